/// The held-out questions: written before the interpreter existed and never
/// used to adjust it. Their accuracy is reported on its own.
///
/// One question a line: `intent | customers | segments | extra | question | previous question`.
/// Customers are book names joined by `+` (`?name` for a "did you mean" suggestion),
/// segments are letters joined by `+`, extra is `topic=ID` or `number=N`.
extension QuestionSet {
    static let heldout = """
        weeklyPlan |  |  |  | Which customers should I go see this week?
        weeklyPlan |  |  |  | can you draft my visit schedule for next week
        weeklyPlan |  |  | number=8 | give me a plan with 8 visits
        weeklyPlan |  |  |  | whom shuold I visit this week?
        explainCustomer | Northwind Trading |  |  | Why is Northwind Trading classified that way?
        explainCustomer | Acme Industrial |  |  | tell me about acme industrial
        explainCustomer | Globex Manufacturing | B |  | how come Globex is a B?
        explainCustomer | Northwind Trading | D |  | why is Nortwind Trading in D?
        segmentMembers |  | D |  | list my D accounts
        segmentMembers |  | A |  | which customers are key accounts?
        segmentAdvice |  | B |  | what's the best way to work my B customers?
        segmentAdvice |  | D |  | What should I do about segment D?
        method |  |  | topic=axis-record | what goes into the transaction record axis?
        method |  | C | topic=c-trap | why is C called a trap?
        method |  |  | topic=method-overview | explain the matrix method in a nutshell
        method |  |  | topic=budget-first | why does the sales budget come first?
        countAndShare |  | C |  | what percentage of my customers are in C?
        countAndShare |  |  |  | how are my customers distributed across segments?
        countAndShare |  | A |  | how many accounts are in segment A
        whatWouldItTake | Northwind Trading | A |  | what does Northwind Trading need to become an A?
        whatWouldItTake | Kimura Print Works | B |  | How could Kimura Print Works get to B?
        planCheck |  |  |  | does my plan look reasonable?
        planCheck |  | C |  | am I overdoing it with C visits?
        compare | Acme Industrial+Northwind Trading |  |  | Acme Industrial or Northwind Trading — who comes first?
        compare | Summit Foods+Orion Medical Systems |  |  | which is more important to visit, Summit Foods or Orion Medical Systems?
        help |  |  |  | what kind of questions can I ask?
        outOfScope |  |  |  | will it rain tomorrow?
        outOfScope |  |  |  | give me a recipe for pancakes
        outOfScope |  |  |  | what's Toyota's share price today
        outOfScope |  |  |  | write an email to my boss asking for leave
        outOfScope |  |  |  | how do I reverse a linked list in python?
        outOfScope |  |  |  | who won the world cup?
        outOfScope |  |  |  | translate this into French: hello
        outOfScope |  |  |  | asdfgh
        planReasons |  |  |  | why? | plan my week
        explainCustomer | Acme Industrial |  |  | what about Acme? | why is 田中商事 in C?
        weeklyPlan |  |  |  | 今週の訪問先を決めてください
        weeklyPlan |  |  |  | 来週のスケジュールを組んでもらえますか
        weeklyPlan |  |  |  | 今週どこに行けばいい？
        explainCustomer | 山田工業 |  |  | 山田工業の分類理由を教えてください
        explainCustomer | 関西建設 | A |  | 関西建設はどうしてAなんですか
        explainCustomer | 株式会社森田精工 |  |  | 森田精工について詳しく
        segmentMembers |  | B |  | B顧客を一覧で見せて
        segmentMembers |  | C |  | Cランクの会社はどこ？
        segmentMembers |  | A |  | Ａランクの顧客は？
        segmentAdvice |  | A |  | A顧客への接し方を教えてください
        segmentAdvice |  | C |  | Cの顧客とはどう付き合えばいいでしょうか
        method |  |  | topic=axis-objective | 客観的評価には何が含まれますか
        method |  | B | topic=why-focus-b | B顧客を重視する理由は？
        method |  |  | topic=c-trap | 情に流されるとはどういうこと？
        method |  | A | topic=after-sales-follow-up | Aのアフターフォローはなぜ大事？
        method |  |  | topic=glossary | 用語集を見せて
        countAndShare |  | B |  | Bは何件ありますか
        countAndShare |  |  |  | 領域ごとの割合を教えて
        countAndShare |  | D |  | D顧客の数は？
        whatWouldItTake | 田中商事 | B |  | 田中商事がBになるには何が必要？
        whatWouldItTake | 東洋重機工業 | A |  | 東洋重機工業をAに上げる条件は？
        planCheck |  |  |  | 私の訪問計画は大丈夫でしょうか
        planCheck |  | C |  | C顧客に行きすぎていませんか
        compare | 関西建設+田中商事 |  |  | 関西建設と田中商事ならどっちを優先すべき？
        compare | 中央化学工業+大和ロジスティクス |  |  | 中央化学工業と大和ロジスティクス、先に行くべきはどちら？
        help |  |  |  | 使い方を教えて
        outOfScope |  |  |  | 明日の天気は？
        outOfScope |  |  |  | カレーの作り方を教えて
        outOfScope |  |  |  | 日経平均の株価はいくら？
        outOfScope |  |  |  | 取引先にお礼のメールを書いて
        outOfScope |  |  |  | 今日のニュースを教えて
        outOfScope |  |  |  | おすすめのランチは？
        outOfScope |  |  |  | 面白い話をして
        explainCustomer | 山田工業 |  |  | 山田工業は？ | 関西建設はなぜA？
        """

    /// More held-out questions, written after the interpreter existed but
    /// before they were ever run, and never used to adjust it either.
    static let heldoutLate = """
        weeklyPlan |  |  |  | I have four free slots this week, who deserves them?
        weeklyPlan |  |  |  | what does my week look like?
        weeklyPlan |  |  |  | propose this week's route
        weeklyPlan |  |  | number=6 | I can only do 6 visits, plan them
        explainCustomer | Pacific Components |  |  | what's going on with Pacific Components?
        explainCustomer | Meridian Pharma |  |  | give me the rundown on Meridian Pharma
        explainCustomer | Summit Foods | A |  | Is Summit Foods really an A?
        explainCustomer | Copper Kettle Diner |  |  | where does Copper Kettle Diner sit in the matrix?
        segmentMembers |  | C |  | which of my accounts are C?
        segmentMembers |  | B |  | name the B accounts
        segmentAdvice |  | A |  | how do I keep my A customers happy?
        segmentAdvice |  | D |  | should I even bother visiting D customers?
        method |  |  | topic=axis-objective | what counts toward objective evaluation?
        method |  | B | topic=why-focus-b | why does B get half my visits?
        method |  |  | topic=borderline | what happens to customers near the cut line?
        countAndShare |  | B |  | what fraction of my book is B?
        countAndShare |  |  |  | give me the segment counts
        whatWouldItTake | Lakeside Dental | C |  | could Lakeside Dental ever become a C?
        whatWouldItTake | Pacific Components | A |  | what's missing for Pacific Components to be A?
        planCheck |  |  |  | here's my plan, anything wrong with it?
        planCheck |  | D |  | am I wasting time on D accounts?
        compare | Helios Energy+Keystone Retail Group |  |  | Helios Energy vs Keystone Retail Group, which one this week?
        compare | Sunrise Bakery+Meridian Pharma |  |  | between Sunrise Bakery and Meridian Pharma who gets my visit?
        help |  |  |  | how does this assistant work?
        outOfScope |  |  |  | what's the capital of Australia?
        outOfScope |  |  |  | set a reminder for 3pm
        outOfScope |  |  |  | how's the yen doing against the dollar?
        outOfScope |  |  |  | summarize this article for me
        outOfScope |  |  |  | what should I eat tonight?
        planReasons |  |  |  | how did you pick them? | plan my week
        weeklyPlan |  |  |  | 今週のおすすめ訪問先は？
        weeklyPlan |  |  |  | 明日からの訪問順を考えて
        weeklyPlan |  |  | number=5 | 今週は5件しか回れません。どこに行くべき？
        explainCustomer | 中央化学工業 |  |  | 中央化学工業の現状を知りたい
        explainCustomer | 丸の内ホールディングス | B |  | 丸の内ホールディングスがBなのはどうして？
        explainCustomer | 渡辺書店 |  |  | 渡辺書店はどういう評価になっていますか
        segmentMembers |  | D |  | Dに分類されている顧客を全部出して
        segmentMembers |  | A |  | 優良顧客の名前を教えて
        segmentAdvice |  | B |  | B顧客にはどれくらい訪問すればいい？
        segmentAdvice |  | C |  | C顧客との関係はどう保てばいいですか
        method |  |  | topic=axis-record | 取引実績の軸はどう決まるの？
        method |  |  | topic=budget-first | なぜ最初に売上予算を考えるのですか
        method |  |  | topic=method-overview | この手法の基本を説明して
        countAndShare |  | C |  | C顧客の比率を教えて
        countAndShare |  |  |  | 全体で何社ありますか
        whatWouldItTake | 小林包装 | A |  | 小林包装がAに入るにはどうすれば？
        whatWouldItTake | 北陸製薬 | A |  | 北陸製薬をAランクにするには何を伸ばせばいい？
        planCheck |  | B |  | 今週の予定、Bが少なすぎませんか
        planCheck |  |  |  | 立てた計画を評価してください
        compare | 鈴木モータース+伊藤クリーニング |  |  | 鈴木モータースと伊藤クリーニング、どちらを優先しますか
        compare | 富士精機株式会社+関西建設 |  |  | 富士精機と関西建設ならどっちに先に行く？
        help |  |  |  | このツールで何が聞ける？
        outOfScope |  |  |  | 為替レートを教えて
        outOfScope |  |  |  | 今夜のおすすめレストランは？
        outOfScope |  |  |  | 議事録を要約して
        outOfScope |  |  |  | 明日の会議を設定して
        outOfScope |  |  |  | 部長への報告書を作成して
        explainCustomer | 加藤ネジ製作所 |  |  | 加藤ネジ製作所は？ | Aランクの顧客は？
        segmentMembers |  | D |  | what about D? | who are my B customers?
        outOfScope |  |  |  | ok thanks
        """
}
