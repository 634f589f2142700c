/// A third held-out batch of labelled questions for the assistant's question interpreter.
///
/// Written on 2026-11-29 by a helper session that had not read the interpreter's sources,
/// its cue tables, the knowledge files' triggers or any earlier question batch (only the
/// line format in `QuestionSet.swift`, the demo customer book and the knowledge ids and
/// titles). The questions were written before any further tuning, were never run against
/// the interpreter while being written, and must never be tuned on: failures here are to
/// be counted, not studied and fixed.
///
/// Line format: `intent | customers | segments | extra | question | previous question`.
extension QuestionSet {
    static let heldoutThird = """
        intent | customers | segments | extra | question | previous question
        weeklyPlan | | | | who should i visit this week |
        weeklyPlan | | | number=5 | Can you put together a plan for next week? I've got room for five visits. |
        weeklyPlan | | | | 今週どこ回ればいい？ |
        weeklyPlan | | | number=6 | 来週の訪問計画を６件で作ってください |
        weeklyPlan | | | number=4 | 明日は四件くらい回れそう。どこ行くべき？ |
        weeklyPlan | | | | Plan my visits for tomorrow please |
        weeklyPlan | | | number=8 | I'm back from leave on monday and want to fill the week, roughly 8 customer visits. which ones should I organise? |
        weeklyPlan | | | | 今週の訪問スケジュールを組んでいただけますか。 |
        weeklyPlan | | | number=3 | just give me 3 visits for thursday |
        weeklyPlan | | | number=10 | 来週は十件訪問する予定です。おすすめの訪問先を教えて |
        weeklyPlan | | | | visit list for next week? |
        weeklyPlan | | | number=7 | 七社分の訪問プラン作って |
        weeklyPlan | | | number=2 | hmm, can we cut it down to two? | Can you put together a plan for next week? I've got room for five visits.
        weeklyPlan | | | | 来週の予定、誰のところに行けばいいか提案してもらえる？ |
        planReasons | | | | why? | who should i visit this week
        planReasons | | | | なぜこの顧客たちなの？ | 今週どこ回ればいい？
        planReasons | | | | what made you choose these? | Plan my visits for tomorrow please
        planReasons | | | | 選んだ理由を教えてください | 来週の訪問計画を６件で作ってください
        planReasons | | | | why these and not the customers i usually see | visit list for next week?
        planReasons | | | | どうしてこの会社が入ってるの | 七社分の訪問プラン作って
        planReasons | | | | whats the reasoning behind this plan | just give me 3 visits for thursday
        explainCustomer | 田中商事 | C | | why is tanaka shoji a C? |
        explainCustomer | 株式会社さくらテクノロジー | | | さくらテクノロジーについて教えて |
        explainCustomer | Northwind Trading | | | northwind? |
        explainCustomer | 山田工業 | B | | 山田工業ってなんでBなんですか？ |
        explainCustomer | Tiny Gears Ltd. | | | Show me tiny gears |
        explainCustomer | Orion Medical Systems | A | | Why does Orion Medical end up as an A account? |
        explainCustomer | 中央化学工業 | | | 中央化学工業のスコアを見せて |
        explainCustomer | 富士精機株式会社 | | | 富士精機の評価について詳しくご説明いただけますでしょうか。 |
        explainCustomer | Kimura Print Works | | | what are the scores for kimura print? |
        explainCustomer | 株式会社森田精工 | C | | 森田精工がＣ判定なのはどうして？ |
        explainCustomer | Meridian Pharma | | | explain Meridan Pharma to me |
        explainCustomer | 大和ロジスティクス | | | Daiwa Logistics, tell me about them |
        explainCustomer | Zenith Robotics | | | zenith robotics has no orders yet so what segment is it in and why |
        explainCustomer | Globex Manufacturing | | | and Globex? | Why does Orion Medical end up as an A account?
        explainCustomer | 関西建設 | | | 関西建設は？ | 山田工業ってなんでBなんですか？
        explainCustomer | 北陸製薬 | | | what's the story with Hokuriku Seiyaku? |
        explainCustomer | 株式会社ひまわり介護 | | | ひまわり介護ってどういう評価になってる？ |
        explainCustomer | 有限会社高橋塗装 | | | 高橋塗装のスコア |
        explainCustomer | 小林包装 | | | じゃあ小林包装は？ | 森田精工がＣ判定なのはどうして？
        explainCustomer | ?Vertex Automotive | | | show me Vertx Autmotve |
        explainCustomer | 有限会社佐藤電材 | | | 佐藤電材がどの区分に入るのか、根拠も含めて説明してほしいです |
        segmentMembers | | B | | who's in B? |
        segmentMembers | | A | | Ａ顧客を全部出して |
        segmentMembers | | C | | C list |
        segmentMembers | | D | | Dランクの会社はどこですか？ |
        segmentMembers | | B | | Bに入っている取引先を一覧で見せてください |
        segmentMembers | | A | | Could you list the customers that are in segment A? |
        segmentMembers | | C | | which customers are C right now |
        segmentMembers | | D | | what about D? | which customers are C right now
        segmentMembers | | A+B | | AとBの顧客リストちょうだい |
        segmentMembers | | C | | Ｃってどこの会社が入ってるの |
        segmentAdvice | | C | | how should I deal with my C customers? |
        segmentAdvice | | B | | B顧客にはどう接すればいいですか |
        segmentAdvice | | D | | how much time should i spend on D accounts |
        segmentAdvice | | A | | Ａの先にはどんな対応をすればいい？ |
        segmentAdvice | | B | | What's the best way to approach B companies when they barely buy from us yet? |
        segmentAdvice | | C | | Cの客先、どのくらいの頻度で行けばいいかな |
        segmentAdvice | | D | | Dの顧客って放っておいていいの？ |
        segmentAdvice | | A | | what should I be doing with my A accounts so we don't lose them |
        segmentAdvice | | B | | Ｂランクの攻め方を教えてください。 |
        segmentAdvice | | D | | D customers - worth visiting at all, or just phone and email? |
        method | | | topic=method-overview | I'm new here, could someone explain how this whole customer matrix works? |
        method | | | topic=method-overview | この4つに分けるやり方って、そもそも何のためにやるんですか？ |
        method | | | topic=axis-objective | 客観的評価って具体的に何を見てるの？ |
        method | | | topic=axis-record | what goes into the transaction record score? orders? profit? |
        method | | | topic=scoring | How are the scores worked out, and what does the 50 mean |
        method | | | topic=scoring | パーセンタイルで計算してるって聞いたけど、どういう仕組み？ |
        method | | | topic=budget-first | 予算達成とマトリックス、どっちを優先すべき？ |
        method | | | topic=glossary | what's 取引実績 in english |
        method | | | topic=glossary | 用語の英訳の一覧ってありますか |
        method | | A | topic=segment-a | What does it mean when a customer is an A? |
        method | | B | topic=segment-b | Ｂ顧客ってどういう会社のこと？ |
        method | | C | topic=segment-c | what defines a C account |
        method | | D | topic=segment-d | D顧客の定義を教えてください |
        method | | B | topic=why-focus-b | why should B get the most hours? seems backwards to me |
        method | | B | topic=why-focus-b | なんでＢに一番時間を使うんですか？Ａのほうが大事じゃないの？ |
        method | | C | topic=c-trap | Cの罠ってなに |
        method | | C | topic=c-trap | My manager keeps warning me about falling into the C trap. what is that exactly? |
        method | | | topic=after-sales-follow-up | What does the method mean by after-sales follow-up? |
        method | | | topic=after-sales-follow-up | アフターフォローって、この手法だと具体的に何をすることですか |
        method | | | topic=borderline | 基準線ギリギリの顧客はどう扱えばいいの？ |
        method | | | topic=weekly-plan | in general, how is a weekly visit plan supposed to be built from the matrix? |
        method | | | topic=plan-check | 計画チェックの結果の見方がよくわかりません |
        method | | | topic=visit-cadence | how often should each customer be visited, and should I rotate who I see from week to week? |
        method | | | topic=manager-review | as a team lead, what should I be looking for when I review how my reps split their week? |
        countAndShare | | A | | how many A customers do i have |
        countAndShare | | | | セグメントごとの顧客数を教えて |
        countAndShare | | B | | What percentage of my accounts are B? |
        countAndShare | | | | how are my customers spread across the four segments? |
        countAndShare | | C | | Ｃは何社ある？ |
        countAndShare | | D | | D顧客の割合はどれくらいでしょうか |
        countAndShare | | | | breakdown by segment pls |
        countAndShare | | A+B | | AとBを合わせると何件になりますか？ |
        countAndShare | | | | 顧客全体のうち、各ランクが占める比率は？ |
        whatWouldItTake | 株式会社さくらテクノロジー | A | | What would Sakura Technology need to become an A? |
        whatWouldItTake | 山田工業 | A | | 山田工業をAに上げるには何が必要？ |
        whatWouldItTake | 田中商事 | | | what would it take to move tanaka shoji up a level? |
        whatWouldItTake | Keystone Retail Group | A | | How far is Keystone Retail from being an A? |
        whatWouldItTake | 丸の内ホールディングス | A | | 丸の内ホールディングスがＡになるには、あとどれくらい受注が必要ですか |
        whatWouldItTake | Atlas Semiconductor | | | what does atlas semiconductor need to change segment |
        whatWouldItTake | 北陸製薬 | A | | 北陸製薬をＢからＡに引き上げる条件は？ |
        whatWouldItTake | Acme Industrial | A | | if we land the renewal in Q1, would acme industrial become an A? what would it take |
        whatWouldItTake | 株式会社日本データシステム | | | 日本データシステムの実績をどれだけ伸ばせば上のランクに行ける？ |
        whatWouldItTake | Summit Foods | A | | what would summit foods need to hit A |
        planCheck | | | | can you check my plan? |
        planCheck | | C | | am I wasting too much time on C accounts this month? |
        planCheck | | | | 今週の計画、これで大丈夫かチェックしてもらえますか |
        planCheck | | | | is this rep's time split sensible? I'm reviewing her week |
        planCheck | | | | 部下の訪問配分、バランスおかしくない？ |
        planCheck | | C | | Ｃばっかり行ってる気がする、見てくれる？ |
        planCheck | | B | | am I spending enough time on B |
        planCheck | | | | 私の訪問計画を評価してください |
        planCheck | | A+C | | sanity check please, I think I'm putting too many visits into A and C |
        compare | 田中商事+山田工業 | | | 田中商事と山田工業、どっちを先に行くべき？ |
        compare | Acme Industrial+Northwind Trading | | | acme or northwnd first? |
        compare | Globex Manufacturing+Meridian Pharma | | | Which should I prioritise right now, Globex or Meridian Pharma? |
        compare | 株式会社さくらテクノロジー+中央化学工業 | | | さくらテクノロジーと中央化学工業ではどちらを優先すべきでしょうか。 |
        compare | Kimura Print Works+Vertex Automotive | | | I only have one slot left on friday. kimura print works or vertex automotive? |
        compare | 東洋重機工業+株式会社日本データシステム+太平洋商船 | | | 東洋重機工業、日本データシステム、太平洋商船の中で一番優先度が高いのは？ |
        compare | 株式会社森田精工+Tiny Gears Ltd. | | | morita seiko vs tiny gears, who gets the visit? |
        compare | 大和ロジスティクス+関西建設 | | | 大和ロジスティクスと関西建設ってどっちが重要？ |
        help | | | | what can you do? |
        help | | | | 使い方を教えて |
        help | | | | how do i use this thing |
        help | | | | どんな質問ができますか？ |
        help | | | | hi, what kind of stuff can I ask you |
        help | | | | ヘルプ |
        outOfScope | | | | will it rain in osaka tomorrow |
        outOfScope | | | | 今日の日経平均はいくら？ |
        outOfScope | | | | write me a python script that parses a csv file |
        outOfScope | | | | 肉じゃがの作り方教えて |
        outOfScope | | | | how many vacation days do I get per year? |
        outOfScope | Acme Industrial | | | Can you draft a follow-up email to Acme Industrial about yesterday's meeting? |
        outOfScope | 田中商事 | | | 田中商事の社長の趣味って何？ |
        outOfScope | | | | the client keeps pushing back on price, how do I handle the negotiation? |
        outOfScope | | | | おすすめのSFAツールってある？ |
        outOfScope | | | | 来期の売上予測を出してください |
        outOfScope | | | | translate "thank you for your continued business" into Chinese |
        outOfScope | | | | any news on the semiconductor industry today? |
        outOfScope | | | | 出張の宿泊費って上限いくらでしたっけ |
        outOfScope | | | | how do I find new prospects who aren't customers yet? cold calling tips? |
        outOfScope | Atlas Semiconductor | | | what's Atlas Semiconductor's share price today |
        outOfScope | | | | 名刺交換の正しいマナーを教えてください |
        outOfScope | | | | この見積もり、値引きは何％までなら大丈夫？ |
        outOfScope | | | | what's the commission structure for Q4 |
        outOfScope | | | | 新人研修のスケジュールってどこで見れる？ |
        """
}
