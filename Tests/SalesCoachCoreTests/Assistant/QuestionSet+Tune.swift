/// The tuning questions: failures here may be studied and the cue tables
/// adjusted. Same line format as `heldout`.
extension QuestionSet {
    static let tune = """
        weeklyPlan |  |  |  | who should I visit this week?
        weeklyPlan |  |  |  | plan my week
        weeklyPlan |  |  |  | Make me a visit plan
        weeklyPlan |  |  |  | where should I spend my time this week?
        weeklyPlan |  |  | number=12 | plan 12 visits for this week
        weeklyPlan |  |  |  | which accounts do I visit first this week
        weeklyPlan |  |  |  | what's my schedule looking like, who do I call on?
        weeklyPlan |  |  |  | suggest visits for the week
        weeklyPlan |  |  |  | who shoud I vist this wek?
        weeklyPlan |  |  |  | Build a weekly plan please
        weeklyPlan |  |  |  | 今週はどこを訪問すべき？
        weeklyPlan |  |  |  | 訪問計画を作って
        weeklyPlan |  |  |  | 今週の訪問計画を立ててください
        weeklyPlan |  |  |  | 今週は誰に会いに行けばいいですか
        weeklyPlan |  |  | number=10 | 10件で訪問プランを作成してください
        weeklyPlan |  |  |  | 今週の予定を組んで
        weeklyPlan |  |  |  | どの顧客から回ればいいでしょうか
        weeklyPlan |  |  |  | ＰＬＡＮ MY WEEK
        explainCustomer | 田中商事 | C |  | why is 田中商事 in C?
        explainCustomer | Acme Industrial |  |  | explain Acme
        explainCustomer | Acme Industrial |  |  | why is Acme Industrial where it is?
        explainCustomer | Northwind Trading |  |  | What segment is Northwind Trading in?
        explainCustomer | Kimura Print Works | C |  | why is kimura print works a C customer
        explainCustomer | Helios Energy |  |  | tell me about Helios Energy
        explainCustomer | Tiny Gears Ltd. |  |  | why is Tiny Gears not classified?
        explainCustomer | Zenith Robotics |  |  | explain zenith robotics
        explainCustomer | Greenleaf Garden Co. |  |  | how is Greenleaf Garden scored?
        explainCustomer | Orion Medical Systems |  |  | Orion Medical Systems - why that segment?
        explainCustomer | Acme Industrial |  |  | explain Acme Industral
        explainCustomer | Northwind Trading |  |  | what's the story with northwind?
        explainCustomer | 田中商事 | C |  | 田中商事はなぜC？
        explainCustomer | 田中商事 |  |  | 田中商事について教えて
        explainCustomer | 山田工業 |  |  | 山田工業はどの領域ですか
        explainCustomer | 株式会社さくらテクノロジー |  |  | さくらテクノロジーの評価は？
        explainCustomer | 有限会社佐藤電材 | C |  | 佐藤電材がCの理由を説明して
        explainCustomer | 富士精機株式会社 |  |  | 富士精機はなんでこの分類なの？
        explainCustomer | 株式会社東邦電機 |  |  | （株）東邦電機の分類を教えてください
        explainCustomer | 北陸製薬 |  |  | 北陸製薬ってどういう位置づけ？
        explainCustomer | Acme Industrial |  |  | ａｃｍｅ ｉｎｄｕｓｔｒｉａｌについて
        explainCustomer | 田中商事 | C |  | why is Tanaka Shoji in C?
        segmentMembers |  | B |  | who are my B customers?
        segmentMembers |  | C |  | list C customers
        segmentMembers |  | A |  | show me the A accounts
        segmentMembers |  | B |  | which companies are in segment B
        segmentMembers |  | B |  | who are my main targets?
        segmentMembers |  | D |  | Which clients fall into D?
        segmentMembers |  | A |  | show my key acounts
        segmentMembers |  | B |  | Bの顧客は？
        segmentMembers |  | A |  | Aランクの顧客を教えて
        segmentMembers |  | C |  | C顧客の一覧
        segmentMembers |  | A |  | 重要顧客はどこですか
        segmentMembers |  | B |  | 最重点の顧客を見せてください
        segmentMembers |  | D |  | Dに入っている会社は？
        segmentAdvice |  | C |  | how should I handle C customers?
        segmentAdvice |  | A |  | what should I do with my A accounts?
        segmentAdvice |  | B |  | how do I grow B customers?
        segmentAdvice |  | D |  | how much time should D customers get?
        segmentAdvice |  | C |  | tips for dealing with segment C
        segmentAdvice |  | B |  | approach for main targets?
        segmentAdvice |  | C |  | C顧客にはどう対応する？
        segmentAdvice |  | B |  | Bランクの攻め方を教えて
        segmentAdvice |  | A |  | A顧客にはどう接するべきですか
        segmentAdvice |  | D |  | D顧客の扱いはどうすればいいでしょうか
        segmentAdvice |  | C |  | Cの会社とはどう付き合うべき？
        method |  |  | topic=axis-objective | what is the objective evaluation axis?
        method |  | B | topic=why-focus-b | why focus on B?
        method |  |  | topic=method-overview | how does the method work?
        method |  |  | topic=axis-record | what is transaction record?
        method |  | C | topic=c-trap | what's the C trap?
        method |  |  | topic=budget-first | why start from the sales budget?
        method |  |  | topic=weekly-plan | how do I use the matrix to plan my week?
        method |  | A | topic=after-sales-follow-up | why is follow-up important for A customers?
        method |  |  | topic=borderline | what does borderline mean?
        method |  |  | topic=plan-check | how do I read a plan check?
        method |  |  | topic=glossary | what does 取り引き実績 mean in English?
        method |  |  | topic=scoring | how are the scores calculated?
        method |  | B | topic=segment-b | what is a B customer?
        method |  |  | topic=axis-objective | wht is objectve evaluation
        method |  |  | topic=c-trap | why are long relationships dangerous?
        method |  |  | topic=axis-objective | 客観的評価とは？
        method |  | B | topic=why-focus-b | なぜBに注力するの？
        method |  |  | topic=axis-record | 取り引き実績って何ですか
        method |  |  | topic=method-overview | このマトリックスの考え方を教えてください
        method |  | C | topic=c-trap | Cの罠とは何でしょうか
        method |  |  | topic=budget-first | 売上予算から考えるのはなぜ？
        method |  |  | topic=borderline | 境界線上ってどういう意味？
        method |  |  | topic=scoring | スコアの計算方法を教えて
        method |  | D | topic=segment-d | D顧客とは何ですか
        method |  |  | topic=weekly-plan | マトリックスを使った週間計画の立て方は？
        method |  |  | topic=c-trap | 付き合いの長い顧客ばかり訪問してしまうのはなぜダメ？
        countAndShare |  | A |  | how many A customers do I have?
        countAndShare |  | B |  | number of B accounts?
        countAndShare |  |  |  | what's the breakdown by segment?
        countAndShare |  | C |  | what share of sales comes from C?
        countAndShare |  | D |  | how many customers are in D
        countAndShare |  |  |  | How many customers do I have in total?
        countAndShare |  | A |  | Aランクは何社？
        countAndShare |  | C |  | C顧客は何社ありますか
        countAndShare |  |  |  | 各領域の社数を教えて
        countAndShare |  | B |  | Bの割合はどれくらい？
        countAndShare |  | A |  | 重要顧客は何社いますか
        whatWouldItTake | Acme Industrial | A |  | what would move Acme to A?
        whatWouldItTake | Northwind Trading | A |  | what would it take for Northwind Trading to become A?
        whatWouldItTake | 田中商事 | A |  | how can 田中商事 reach A?
        whatWouldItTake | Acme Industrial |  |  | what would change Acme's segment?
        whatWouldItTake | Globex Manufacturing | A |  | How do I get Globex Manufacturing into A
        whatWouldItTake | 田中商事 | A |  | 田中商事をAにするには？
        whatWouldItTake | 山田工業 | A |  | 山田工業がAランクに上がるには何が必要ですか
        whatWouldItTake | 関西建設 |  |  | 関西建設の領域を変えるには？
        whatWouldItTake | 鈴木モータース | B |  | 鈴木モータースをBにする条件は
        planCheck |  |  |  | is my plan OK?
        planCheck |  | C |  | am I spending too much time on C?
        planCheck |  |  |  | check my plan
        planCheck |  |  |  | Can you review my planned visits?
        planCheck |  |  |  | is my visit plan balanced?
        planCheck |  |  |  | 計画をチェックして
        planCheck |  | C |  | Cに時間をかけすぎ？
        planCheck |  |  |  | 私の訪問予定を確認してください
        planCheck |  |  |  | この計画で問題ないですか
        compare | Acme Industrial+田中商事 |  |  | should I visit Acme or 田中商事 first?
        compare | Northwind Trading+Globex Manufacturing |  |  | Northwind Trading vs Globex Manufacturing: which first?
        compare | Summit Foods+Pacific Components |  |  | compare Summit Foods and Pacific Components
        compare | 田中商事+山田工業 |  |  | 田中商事と山田工業、どちらを先に訪問？
        compare | 関西建設+中央化学工業 |  |  | 関西建設と中央化学工業を比べて
        compare | 小林包装+山本鉄工所 |  |  | 小林包装か山本鉄工所か、優先はどっち？
        help |  |  |  | what can you do?
        help |  |  |  | help
        help |  |  |  | what questions can you answer?
        help |  |  |  | 何ができる？
        help |  |  |  | ヘルプ
        help |  |  |  | どんな質問ができますか
        outOfScope |  |  |  | what's the weather?
        outOfScope |  |  |  | how do I bake bread?
        outOfScope |  |  |  | what is the stock price of Apple?
        outOfScope |  |  |  | write me an email to a client
        outOfScope |  |  |  | write a Swift function that sorts an array
        outOfScope |  |  |  | tell me a joke
        outOfScope |  |  |  | who is the prime minister of Japan?
        outOfScope |  |  |  | book a flight to Osaka
        outOfScope |  |  |  | 今日の天気は？
        outOfScope |  |  |  | 肉じゃがのレシピを教えて
        outOfScope |  |  |  | トヨタの株価は？
        outOfScope |  |  |  | お客様へのメールを書いてください
        outOfScope |  |  |  | Pythonでプログラムを書いて
        outOfScope |  |  |  | 東京の人口は？
        outOfScope |  |  |  | 週末のおすすめの映画は？
        outOfScope |  |  |  | 英語に翻訳して
        planReasons |  |  |  | why? | who should I visit this week?
        planReasons |  |  |  | なぜ？ | 今週の訪問計画を作って
        planReasons |  |  |  | why these customers? | plan my week
        explainCustomer | Acme Industrial |  |  | and Acme? | why is 田中商事 in C?
        explainCustomer | 山田工業 |  |  | 山田工業は？ | 田中商事はなぜC？
        segmentMembers |  | C |  | and C? | who are my B customers?
        countAndShare |  | D |  | Dは？ | Aランクは何社？
        whatWouldItTake | Northwind Trading | A |  | and Northwind? | what would move Acme to A?
        weeklyPlan |  |  |  | who needs a visit from me this week?
        weeklyPlan |  |  |  | line up my visits for the coming week
        weeklyPlan |  |  | number=8 | I've got 8 visits to spend, where should they go?
        weeklyPlan |  |  |  | draw up an itinerary for this week
        weeklyPlan |  |  |  | help me prioritise my visits this week
        weeklyPlan |  |  |  | what's on my visiting agenda?
        weeklyPlan |  |  |  | which clients should I drop in on?
        explainCustomer | Atlas Semiconductor |  |  | give me the details on Atlas Semiconductor
        explainCustomer | Keystone Retail Group |  |  | what do you know about Keystone Retail Group?
        explainCustomer | Helios Energy |  |  | why does Helios Energy score so low?
        explainCustomer | Globex Manufacturing |  |  | break down Globex Manufacturing for me
        explainCustomer | Sunrise Bakery |  |  | how is Sunrise Bakery doing?
        explainCustomer | Vertex Automotive | A |  | is Vertex Automotive a key account?
        segmentMembers |  | C |  | give me a list of everyone in C
        segmentMembers |  | B |  | which companies count as B?
        segmentMembers |  | D |  | print the D customers
        segmentMembers |  | A |  | who's in segment A?
        segmentAdvice |  | D |  | what's the right way to treat D accounts?
        segmentAdvice |  | C |  | how much effort should go into C?
        segmentAdvice |  | B |  | any advice on B customers?
        segmentAdvice |  | B |  | how do I win more business from B accounts?
        method |  |  | topic=axis-record | explain transaction record to me
        method |  |  | topic=axis-objective | what does objective evaluation measure?
        method |  | C | topic=c-trap | why shouldn't I spend time on C?
        method |  | A | topic=after-sales-follow-up | what's the point of the A follow-up?
        method |  |  | topic=budget-first | why is the budget the starting point?
        countAndShare |  | B |  | how big is my B segment?
        countAndShare |  | A+B+C+D |  | what's my mix of A, B, C and D?
        countAndShare |  | C |  | count my C customers
        whatWouldItTake | Summit Foods | A |  | what would push Summit Foods into A?
        whatWouldItTake | Kimura Print Works | B |  | what must change for Kimura Print Works to reach B?
        planCheck |  |  |  | does my plan follow the policy?
        planCheck |  | C |  | I planned lots of C visits, is that bad?
        planCheck |  |  |  | validate my visit plan
        compare | Acme Industrial+Northwind Trading |  |  | who's more urgent, Acme or Northwind?
        compare | Atlas Semiconductor+Meridian Pharma |  |  | Atlas Semiconductor versus Meridian Pharma?
        help |  |  |  | what can I ask you?
        help |  |  |  | give me some example questions
        outOfScope |  |  |  | what's 15% of 240?
        outOfScope |  |  |  | recommend a good book
        outOfScope |  |  |  | who is the CEO of Toyota?
        outOfScope |  |  |  | convert 100 dollars to yen
        outOfScope |  |  |  | schedule a meeting with my manager
        outOfScope |  |  |  | how do I fix a printer jam?
        outOfScope |  |  |  | tell me something interesting
        weeklyPlan |  |  |  | 今週の回り方を提案して
        weeklyPlan |  |  |  | 訪問の優先順位を決めて
        weeklyPlan |  |  |  | 今週会うべきお客さんは？
        weeklyPlan |  |  | number=8 | 8件分の訪問計画をお願いします
        weeklyPlan |  |  |  | 来週どの顧客を訪ねるべきですか
        explainCustomer | 太平洋商船 |  |  | 太平洋商船の分析結果を見せて
        explainCustomer | 鈴木モータース |  |  | 鈴木モータースのスコアは？
        explainCustomer | 中村工務店 |  |  | 中村工務店はどうなっていますか
        explainCustomer | 株式会社ひまわり介護 | D |  | 株式会社ひまわり介護はなぜDなの？
        segmentMembers |  | A |  | A顧客は誰ですか
        segmentMembers |  | C |  | Cランクの取引先を一覧にして
        segmentMembers |  | B |  | B領域に入っている会社を教えて
        segmentAdvice |  | D |  | D顧客にはどう接すればいいですか
        segmentAdvice |  | A |  | Aの顧客をどうフォローすべき？
        segmentAdvice |  | B |  | Bランクの顧客を伸ばす方法は？
        method |  |  | topic=axis-objective | 客観的評価はどうやって決まるのですか
        method |  | C | topic=c-trap | Cの罠について教えて
        method |  | B | topic=why-focus-b | なぜBを優先するのですか
        method |  |  | topic=borderline | 境界線上の顧客とは？
        method |  |  | topic=after-sales-follow-up | アフターフォローが大事な理由は？
        countAndShare |  | D |  | Dランクの顧客は何件？
        countAndShare |  |  |  | 顧客全体の構成を教えて
        countAndShare |  | A |  | Aの売上シェアは？
        whatWouldItTake | 山本鉄工所 | B |  | 山本鉄工所がBになる条件は何ですか
        whatWouldItTake | 渡辺書店 | C |  | 渡辺書店をCにするには何が必要？
        planCheck |  |  |  | 今週の計画に問題はありますか
        planCheck |  |  |  | 訪問予定のバランスを見てください
        compare | Acme Industrial+Northwind Trading |  |  | Acme IndustrialとNorthwind Trading、先に行くならどっち？
        compare | 中央化学工業+太平洋商船 |  |  | 中央化学工業と太平洋商船を比較して
        help |  |  |  | どう使えばいいですか
        help |  |  |  | 質問の例を教えて
        outOfScope |  |  |  | 今日は何曜日？
        outOfScope |  |  |  | 英会話のコツを教えて
        outOfScope |  |  |  | おすすめの本は？
        outOfScope |  |  |  | この文章を校正して
        outOfScope |  |  |  | エクセルの使い方を教えて
        outOfScope |  |  |  | 円ドルレートは？
        """
}
