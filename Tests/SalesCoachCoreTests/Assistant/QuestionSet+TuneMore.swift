/// A further tuning batch (split `tune`): questions written from users' point of view —
/// reps planning the week, new hires learning the method, managers checking a rep's plan —
/// in the phrasings they actually type: terse, lowercase, typos, polite and casual Japanese,
/// full-width letters and digits, romaji and katakana customer names, follow-ups, and
/// business-sounding questions that fall outside the method. Failures here may be studied.
extension QuestionSet {
    static let tuneMore = """
        intent | customers | segments | extra | question | previous question
        weeklyPlan | | | number=5 | who should i visit this week? give me five
        weeklyPlan | | | | plan my week
        weeklyPlan | | | number=8 | Can you put together a visit schedule for next week? I can fit about 8 visits.
        weeklyPlan | | | | I've got a pretty empty calendar next week and want to use it well — who should I go see?
        weeklyPlan | | | number=3 | only 3 slots left this week, which customers?
        weeklyPlan | | | | whos worth visting this week
        weeklyPlan | | | number=6 | Suggest six customers I should call on before Friday.
        weeklyPlan | | | number=2 | I'm out sick most of the week, two visits max. who?
        weeklyPlan | | | number=12 | i want to schedule twelve visits over the next two weeks, pick them for me
        weeklyPlan | Acme Industrial | | number=5 | build me a 5-visit plan for this week and make sure acme is in it
        weeklyPlan | | | number=3 | make it 3 | who should i visit this week? give me five
        weeklyPlan | | | | who's on my visit list for next week?
        weeklyPlan | | | | 今週の訪問先を決めて
        weeklyPlan | | | number=5 | 今週は五件くらい回りたいんだけど、どこに行けばいい？
        weeklyPlan | | | number=5 | 来週の訪問計画を５件で作ってください。
        weeklyPlan | | | number=10 | 十件分の訪問スケジュールを組んでほしい
        weeklyPlan | | | | 今週どこ回ればいいかな
        weeklyPlan | | | number=4 | 今週は出張が入っているので、訪問は4件が限界です。どこを優先すべきでしょうか。
        weeklyPlan | | | | 来週のアポ取り、どのお客さんから始めればよいですか？
        weeklyPlan | | | number=3 | 今週三社だけ訪問するならどこ？
        weeklyPlan | | | number=7 | じゃあ７件にして | 今週の訪問先を決めて
        weeklyPlan | | | | 訪問計画を立てていただけますか
        planReasons | | | | why these? | plan my week
        planReasons | | | | how did you pick those | only 3 slots left this week, which customers?
        planReasons | Helios Energy | | | why is Helios at the top? | Suggest six customers I should call on before Friday.
        planReasons | | B | | why so many B customers in there? | whos worth visting this week
        planReasons | Kimura Print Works | | | I usually see Kimura Print every week, why did you drop them? | Can you put together a visit schedule for next week? I can fit about 8 visits.
        planReasons | | | | explain the reasoning behind this plan please | I've got a pretty empty calendar next week and want to use it well — who should I go see?
        planReasons | | | | なんでこの顔ぶれなの？ | 今週の訪問先を決めて
        planReasons | 田中商事 | | | 田中商事が入っていないのはなぜですか？ | 今週は五件くらい回りたいんだけど、どこに行けばいい？
        planReasons | | | | 選んだ理由を教えて | 来週の訪問計画を５件で作ってください。
        planReasons | | | | この計画の根拠は？ | 十件分の訪問スケジュールを組んでほしい
        planReasons | | C | | Cのお客さんが一つも入ってないけど、なんで？ | 今週どこ回ればいいかな
        planReasons | 山田工業 | | | 山田工業を入れた理由は何でしょうか | 訪問計画を立てていただけますか
        explainCustomer | 田中商事 | C | | why is Tanaka Shoji a C?
        explainCustomer | Acme Industrial | | | and Acme? | why is Tanaka Shoji a C?
        explainCustomer | 株式会社さくらテクノロジー | | | tell me about sakura technology
        explainCustomer | Tiny Gears Ltd. | D | | Why's Tiny Gears in D? they seem fine to me
        explainCustomer | Globex Manufacturing | | | show me globex
        explainCustomer | 中央化学工業 | A | | Chuo Kagaku is an A right? why
        explainCustomer | Zenith Robotics | | | what's the story with Zenith Robotics, we met them at a trade show
        explainCustomer | Meridian Pharma | | | can you explain meridian pharma's classification
        explainCustomer | 大和ロジスティクス | | | What about Yamato Logistics? | can you explain meridian pharma's classification
        explainCustomer | Keystone Retail Group | B+D | | keystone retail - why B and not D?
        explainCustomer | Northwind Trading | | | northwind tradng details pls
        explainCustomer | ?Helios Energy | | | explain hylios enrg
        explainCustomer | Orion Medical Systems | A | | Is Orion Medical an A customer?
        explainCustomer | Pacific Components | | | pacific components - how do its objective and record scores compare?
        explainCustomer | 東洋重機工業 | | | Toyo Juki — why is it classified the way it is?
        explainCustomer | Starlight Florist | | | what segment is starlight florist and why
        explainCustomer | Kimura Print Works | C | | kimura print works is C?? they order from us constantly
        explainCustomer | Summit Foods | A | | why did Summit Foods land in A, their revenue isn't that big
        explainCustomer | 山田工業 | B | | 山田工業がB顧客になっている理由を教えてください
        explainCustomer | 鈴木モータース | | | 鈴木モータースさんってどういう位置づけ？
        explainCustomer | 有限会社佐藤電材 | | | 佐藤電材について説明して
        explainCustomer | 北陸製薬 | | | 北陸製薬はどのセグメント？
        explainCustomer | 株式会社日本データシステム | | | じゃあ日本データシステムは？ | 北陸製薬はどのセグメント？
        explainCustomer | 富士精機株式会社 | A | | 富士精機がＡなのはなぜ
        explainCustomer | 株式会社森田精工 | C | | 森田精工さんは売上も利益もかなり大きいのに、なぜC扱いなんでしょうか？
        explainCustomer | 伊藤クリーニング | | | 伊藤クリーニングのこと教えて
        explainCustomer | 株式会社東邦電機 | | | 東邦電機の評価を見せてください
        explainCustomer | 丸の内ホールディングス | | | 丸の内HDの分類根拠を知りたい
        explainCustomer | 株式会社ひまわり介護 | D | | ひまわり介護ってＤなの？
        explainCustomer | 山本鉄工所 | | | 山本鉄工所さんの客観的評価と取引実績、それぞれどうなっていますか。
        explainCustomer | 有限会社高橋塗装 | | | 高橋塗装はどうしてこの区分になったの
        explainCustomer | 加藤ネジ製作所 | | | 加藤ネジは？ | 高橋塗装はどうしてこの区分になったの
        explainCustomer | 関西建設 | | | 関西建設さんについて詳しく教えていただけますか。
        explainCustomer | Zenith Robotics | | | ゼニス・ロボティクスはどの区分ですか
        segmentMembers | | B | | who are my B customers
        segmentMembers | | C | | and the C ones? | who are my B customers
        segmentMembers | | D | | list the D accounts
        segmentMembers | | A+B | | show me everyone in A or B
        segmentMembers | | A | | which of my accounts are the key accounts?
        segmentMembers | | C | | c customers?
        segmentMembers | | D | | which of my customers fall into segment d
        segmentMembers | | A | | Ａ顧客の一覧を出して
        segmentMembers | | C | | Cに入っている会社はどこですか？
        segmentMembers | | B | | Ｂランクのお客さんを全部見せて
        segmentMembers | | D | | Dってどこの会社が該当する？
        segmentMembers | | B | | 最重点ターゲットになっている先を教えてください
        segmentMembers | | B | | Bの会社名だけ教えて
        segmentMembers | | A | | じゃあAは？ | Cに入っている会社はどこですか？
        segmentMembers | | C | | 情で通ってる系のC先ってどこだっけ
        segmentAdvice | | C | | how should I handle my C customers
        segmentAdvice | | D | | what about D? | how should I handle my C customers
        segmentAdvice | | D | | what do I do with D accounts, just ignore them?
        segmentAdvice | | B | | how much of my week should go to B
        segmentAdvice | | A | | best way to keep my A accounts happy?
        segmentAdvice | | C | | i've been visiting my Cs every week out of habit. what should i do with them going forward?
        segmentAdvice | | B | | new hire here - what's the right approach for B accounts?
        segmentAdvice | | D | | should I still visit D customers at all
        segmentAdvice | | A+B | | how should I split my time between A and B?
        segmentAdvice | | B | | B顧客にはどう接すればいいですか
        segmentAdvice | | A | | Ａのお客さんにはどのくらい時間を割くべき？
        segmentAdvice | | C | | C顧客、訪問回数を減らしたいけど関係を壊したくない。どうすれば？
        segmentAdvice | | B | | Bの攻め方を教えて
        segmentAdvice | | A | | Aの場合はどうする？ | Bの攻め方を教えて
        segmentAdvice | | D | | D先への対応はどの程度にとどめるべきでしょうか。
        segmentAdvice | | A | | A顧客に対して具体的に何をすればいいですか？
        segmentAdvice | | C | | Cのお客さんにかける時間ってどれくらいが目安？
        segmentAdvice | | B | | Ｂ先を開拓するコツは？
        segmentAdvice | | C | | Cの先は電話やメールで済ませてもいいんでしょうか
        segmentAdvice | | C | | Cアカウントのフォローってどうやるのがベスト？
        method | | | topic=method-overview | what's this ABCD method about?
        method | | | topic=method-overview | I'm new — can someone explain the four-quadrant customer thing from the start?
        method | | B | topic=segment-b | what exactly counts as a B account
        method | | C | topic=c-trap | everyone keeps talking about the "C trap" - what is that
        method | | | topic=axis-objective | what does objective evaluation measure exactly?
        method | | | topic=axis-record | what goes into the transaction record axis
        method | | | topic=scoring | how are the scores calculated
        method | | | topic=scoring | what is a percentile rank here and why use it instead of raw revenue
        method | | | topic=budget-first | if I'm behind on my sales budget, does the matrix still apply?
        method | | | topic=glossary | what's the English for 取引実績
        method | | D | topic=segment-d | what does D mean in the matrix
        method | | A | topic=after-sales-follow-up | what does after-sales follow-up mean for A customers
        method | | | topic=borderline | what happens if a customer sits right on the line between two segments
        method | | | topic=weekly-plan | how am I supposed to use the matrix when planning my week
        method | | | topic=plan-check | how do I read the plan check output
        method | | | topic=visit-cadence | should I rotate which customers I visit from week to week?
        method | | | topic=manager-review | As a manager, how should I review how my reps spend their week?
        method | | B+A | topic=why-focus-b | why should B get more time than A? they're already our best customers
        method | | | topic=method-overview | この手法の全体像をざっくり教えて
        method | | B | topic=why-focus-b | Bに一番時間をかけるのはなぜですか？
        method | | C | topic=c-trap | Cの罠って何？
        method | | | topic=c-trap | 情で訪問先を選んじゃうのってなんでダメなの？
        method | | | topic=axis-objective | 客観的評価ってどうやって決まるの？
        method | | | topic=axis-record | 取引実績の軸には何が含まれますか
        method | | | topic=scoring | 基準線が50なのはなぜでしょうか
        method | | | topic=budget-first | 予算達成が最優先ってどういうこと？
        method | | | topic=glossary | 用語の日英対応を見たい
        method | | A | topic=segment-a | Ａ顧客の定義は？
        method | | C | topic=segment-c | C顧客ってどういうお客さんのこと？
        method | | D | topic=segment-d | Ｄってどういう意味ですか
        method | | | topic=after-sales-follow-up | アフターフォローって具体的に何をすること？
        method | | | topic=borderline | 境界線ギリギリの顧客はどう扱うの？
        method | | | topic=weekly-plan | マトリックスを週の訪問計画にどう活かせばいいのか教えてください
        method | | | topic=plan-check | 計画チェックの結果の見方がわかりません
        method | | | topic=visit-cadence | 同じ先に毎週行くのってあり？訪問頻度の考え方を知りたい
        method | | | topic=manager-review | 部下の時間配分をチェックするときのポイントは？
        method | | B | topic=segment-b | 恐れ入りますが、B顧客の定義をご教示いただけますでしょうか。
        countAndShare | | B | | how many B customers do I have
        countAndShare | | C | | and C? | how many B customers do I have
        countAndShare | | | | what's the breakdown of my customers by segment
        countAndShare | | D | | what share of my book is D
        countAndShare | | A+B | | how many are in A vs B
        countAndShare | | | | how many customers are there in total
        countAndShare | | | | is my book lopsided? like how are the customers spread across the four boxes
        countAndShare | | A | | Ａは何社ある？
        countAndShare | | C | | C顧客の割合はどのくらいですか
        countAndShare | | | | 各セグメントに何社ずつ入ってる？
        countAndShare | | D | | Dって全体の何パーセント？
        countAndShare | | | | セグメント別の分布を見せてください
        countAndShare | | B | | Bランクの会社数、数えてもらえる？
        whatWouldItTake | 山田工業 | A | | what would it take for Yamada Kogyo to become an A?
        whatWouldItTake | Globex Manufacturing | A | | how do I get Globex into A
        whatWouldItTake | Zenith Robotics | | | what needs to happen for Zenith to move up
        whatWouldItTake | Keystone Retail Group | A | | keystone has zero sales with us. how much would we need to sell them to make them an A?
        whatWouldItTake | Vertex Automotive | | | what would move vertex automotive out of its current segment
        whatWouldItTake | Tiny Gears Ltd. | C | | what would it take for tiny gears to climb to C
        whatWouldItTake | Atlas Semiconductor | A | | Atlas Semi to A: what would have to change?
        whatWouldItTake | 田中商事 | | | 田中商事をもっと上の区分にするには何が必要？
        whatWouldItTake | 株式会社さくらテクノロジー | A | | さくらテクノロジーをＡに上げるには、どれくらい取引を増やせばいいですか？
        whatWouldItTake | 鈴木モータース | B | | 鈴木モータースがBになる可能性ってある？何が変わればいい？
        whatWouldItTake | 株式会社日本データシステム | A | | 日本データシステムがA顧客になる条件は？
        whatWouldItTake | 東洋重機工業 | A | | 東洋重機をＡにするには何件くらい受注が必要かな
        whatWouldItTake | 北陸製薬 | | | 北陸製薬の区分が変わるとしたら、何がきっかけになりますか
        whatWouldItTake | 丸の内ホールディングス | | | 丸の内ホールディングスの格付けを上げるために必要なことは？
        planCheck | | | | can you check my plan for this week
        planCheck | | C | | am I spending too much time on C customers?
        planCheck | 田中商事+有限会社佐藤電材+Kimura Print Works | | | this week I'm planning to see Tanaka Shoji, Sato Denzai and Kimura Print — is that a good plan?
        planCheck | | | | My manager says my week is unbalanced. Can you look at it and tell me if she's right?
        planCheck | | | | review emily's plan, I'm her manager
        planCheck | | A | | is my plan neglecting my A accounts?
        planCheck | | D | | too many D visits in my schedule?
        planCheck | | | | does my current visit schedule follow the method
        planCheck | Acme Industrial+Globex Manufacturing+Helios Energy+田中商事 | | | my plan: acme, globex, helios, tanaka shoji. thoughts?
        planCheck | | | | 今週の計画、バランスどうかな
        planCheck | | B | | 私の計画、Ｂへの時間が少なすぎませんか？
        planCheck | | C+B | | 今週Cに3日、Bに半日の予定です。これって問題ありますか？
        planCheck | | | | 佐々木さんの今週の予定をチェックしてもらえますか
        planCheck | 鈴木モータース+田中商事 | | | 鈴木モータースと田中商事に毎週行ってるけど、行き過ぎ？
        planCheck | | | | 計画の診断をお願いします
        planCheck | | | | 今の訪問予定、見直したほうがいいところある？
        planCheck | | C | | Cに偏ってないか確認して
        compare | Acme Industrial+Globex Manufacturing | | | acme or globex, who first?
        compare | 株式会社さくらテクノロジー+鈴木モータース | | | Sakura Technology vs Suzuki Motors — which matters more?
        compare | Zenith Robotics+Pinewood Crafts | | | i can only see one of zenith robotics or pinewood crafts tomorrow. which?
        compare | Meridian Pharma+Atlas Semiconductor | | | Meridian or Atlas — which one deserves the slot on Thursday?
        compare | Orion Medical Systems+Northwind Trading | | | compare orion medical and northwind trading for me
        compare | Lakeside Dental+Copper Kettle Diner | | | lakeside dental or copper kettle diner? both tiny, but if I had to pick
        compare | Vertex Automotive+Keystone Retail Group | | | Vertex vs Keystone Retail: where should my next visit go
        compare | Helios Energy+Acme Industrial | | | is helios more important than acme industrial?
        compare | 田中商事+山田工業 | | | 田中商事と山田工業、どっちを優先すべき？
        compare | 北陸製薬+中央化学工業 | | | 北陸製薬と中央化学工業だったら、どちらに先に行くべきでしょうか。
        compare | 有限会社佐藤電材+株式会社日本データシステム | | | 佐藤電材と日本データシステム、比べるとどっちが大事？
        compare | 株式会社東邦電機+株式会社森田精工 | | | 東邦電機さんと森田精工さん、優先度が高いのはどちらですか
        compare | 大和ロジスティクス+関西建設 | | | yamato logisticsと関西建設、先に訪問すべきなのはどっち？
        compare | 伊藤クリーニング+株式会社ひまわり介護 | | | 伊藤クリーニングとひまわり介護ならどっちに行くべき？
        compare | 丸の内ホールディングス+太平洋商船 | | | 丸の内ホールディングスと太平洋商船、どちらの方が重要度が高いでしょうか？
        help | | | | what can you do
        help | | | | how do I use this thing
        help | | | | what kinds of questions can I ask you?
        help | | | | I'm new, where do I even start with this tool
        help | | | | 何ができるの？
        help | | | | 使い方を教えてください
        help | | | | ヘルプ
        help | | | | どんな質問に答えられますか
        help | | | | コマンド一覧ある？
        outOfScope | | | | what's the weather in osaka tomorrow
        outOfScope | | | | any news on the yen today?
        outOfScope | | | | write me a python script to parse a csv
        outOfScope | | | | how do I negotiate a bigger discount without losing margin
        outOfScope | | | | which CRM should we switch to, salesforce or hubspot?
        outOfScope | | | | can you forecast next quarter's revenue for me
        outOfScope | | | | how should I price our new maintenance package
        outOfScope | | | | what's toyota's stock price
        outOfScope | | | | did you hear sasaki is transferring to osaka?
        outOfScope | Globex Manufacturing | | | write a follow-up email to Globex after yesterday's meeting
        outOfScope | | | | what's a good closing line for a cold call
        outOfScope | | | | how do I set up a sales pipeline in excel
        outOfScope | | | | tell me a joke
        outOfScope | | | | how do I handle an angry customer who's threatening to cancel
        outOfScope | | | | what's our commission structure this year
        outOfScope | | | | 明日の東京の天気は？
        outOfScope | Acme Industrial | | | Acmeの担当者に送るお詫びメールを書いて
        outOfScope | | | | 値引き交渉のコツを教えて
        outOfScope | | | | 来期の売上予測を出してほしい
        outOfScope | | | | 新しい営業を採用したいんだけど、面接で何を聞けばいい？
        outOfScope | | | | 経費精算のやり方がわからない
        outOfScope | | | | 次の文を英語に訳して：いつもお世話になっております
        outOfScope | | | | 今日の晩ごはん何にしよう
        outOfScope | | | | 有給の申請ってどうやるの
        outOfScope | 北陸製薬 | | | 北陸製薬の株価は？
        outOfScope | | | | 競合他社の情報を調べてください
        outOfScope | | | | 名刺交換のマナーを教えてください
        outOfScope | | | | 新規開拓のテレアポ用トークスクリプトを作って
        outOfScope | | | | 親子丼の作り方教えて
        """
}
