/// A fourth held-out batch: 150 questions (about half in Japanese) written by a
/// helper who never saw the interpreter's source, its tuning questions, the
/// knowledge triggers or the commit history, and who did not run anything.
/// Labels are what a careful human annotator would choose. Never tune on these:
/// failures here are measured, not studied and fixed.
extension QuestionSet {
    static let heldoutFourth = """
        intent | customers | segments | extra | question | previous question
        weeklyPlan | | | | who should i visit this week? |
        weeklyPlan | | | number=6 | Plan 6 visits for me next week, please. |
        weeklyPlan | | | number=5 | 今週の訪問先を５件選んでください |
        weeklyPlan | | | | 来週どこ回ればいい？ |
        weeklyPlan | | | number=8 | I've got Tuesday and Thursday free for customer calls next week. Can you put together a list of eight stops for me? |
        weeklyPlan | | | number=7 | 来週の訪問計画を立てていただけますか。七社くらいでお願いします。 |
        weeklyPlan | | | | make me a visit plan |
        weeklyPlan | | | number=10 | 今週は十件回りたいんだけど、どこ行けばいい？ |
        weeklyPlan | | | number=9 | I have 3 days on the road next week, give me 9 customers to see |
        weeklyPlan | | | | 来週訪問すべきお客様を教えていただけますでしょうか。 |
        weeklyPlan | | | | who shud i go see next wk |
        weeklyPlan | | B | | 今週の訪問リスト作って。B中心で。 |
        weeklyPlan | | B | number=4 | Give me a plan with four visits, mostly B accounts |
        weeklyPlan | | | number=3 | 来週どこ行ったらええか決めてくれへん？三件でええわ |
        planReasons | | | | why those? | who should i visit this week?
        planReasons | | | | なんでこの5社なの？ | 今週の訪問先を５件選んでください
        planReasons | | B | | Why did the plan pick so many B customers? |
        planReasons | | | | この計画になった理由を教えてください。 | 来週の訪問計画を立てていただけますか。七社くらいでお願いします。
        planReasons | Acme Industrial+田中商事 | | | how come Acme is on the list but Tanaka Shoji isn't? | make me a visit plan
        planReasons | | | | どうしてその顔ぶれになったんですか？ | 来週どこ回ればいい？
        planReasons | | | | What was the reasoning behind this week's plan? |
        explainCustomer | 田中商事 | C | | 田中商事ってなんでCなの？ |
        explainCustomer | Northwind Trading | | | tell me about northwind |
        explainCustomer | 富士精機株式会社 | | | 富士精機の分類理由を教えてください |
        explainCustomer | Orion Medical Systems | | | Show me Orion Medical. |
        explainCustomer | 株式会社さくらテクノロジー | | | さくらテクノロジーについて教えて |
        explainCustomer | Summit Foods | | | and Summit Foods? | tell me about northwind
        explainCustomer | 関西建設 | | | じゃあ関西建設は？ | 富士精機の分類理由を教えてください
        explainCustomer | Helios Energy | | | Why is Helios Energy rated the way it is? |
        explainCustomer | 山田工業 | | | yamada kogyoはどのセグメントに入ってる？ |
        explainCustomer | Zenith Robotics | | | what's the deal with Zenith Robotics? |
        explainCustomer | 株式会社東邦電機 | | | 東邦電機の評価、どうなってる？ |
        explainCustomer | Kimura Print Works | C | | Can you explain why Kimura Print Works ended up as a C customer? |
        explainCustomer | 丸の内ホールディングス | | | 丸の内ＨＤの詳細を見せてください |
        explainCustomer | Greenleaf Garden Co. | | | greenleaf garden - why is it there |
        explainCustomer | 北陸製薬 | | | 北陸製薬様の位置づけについてご説明いただけますか。 |
        explainCustomer | Pacific Components | | | Pacfic Components, explain pls |
        explainCustomer | 大和ロジスティクス | | | それから大和ロジは？ | 東邦電機の評価、どうなってる？
        explainCustomer | Blue River Cafe Supply | | | I drop by Blue River Cafe Supply a lot. What segment are they in, and why? |
        explainCustomer | ?Meridian Pharma | | | tell me about Merdian Farma |
        explainCustomer | 太平洋商船 | | | taiheiyo shosenってどんな位置づけの会社？ |
        segmentMembers | | B | | list my B customers |
        segmentMembers | | A | | A顧客の一覧を出して |
        segmentMembers | | D | | which accounts are in D? |
        segmentMembers | | C | | Ｃに入ってる会社はどこですか |
        segmentMembers | | C | | what about C? | list my B customers
        segmentMembers | | B | | B顧客を全部見せてください。 |
        segmentMembers | | A | | Show me all the key accounts |
        segmentMembers | | D | | Dの顧客って誰がいる？ |
        segmentMembers | | A+B | | who's in segment a and b |
        segmentMembers | | B | | 取引はまだ少ないけど会社としては魅力的な先って、どこがありますか |
        segmentAdvice | | C | | how should I handle my C customers? |
        segmentAdvice | | A | | A顧客にはどう対応すべきですか |
        segmentAdvice | | D | | how often should I visit D accounts |
        segmentAdvice | | B | | B顧客にはどれくらい時間を割けばいい？ |
        segmentAdvice | | B | | What's the best approach with segment B? |
        segmentAdvice | | C | | Cのお客さん、正直行くと楽しいんだけど、どう付き合えばいい？ |
        segmentAdvice | | D | | any tips for dealing with the D ones? |
        segmentAdvice | | A | | Ａの客先には何をしておけばいいんでしょう |
        segmentAdvice | | A | | how much of my week should go to A customers? |
        segmentAdvice | | D | | D顧客は放っておいてもいいの？ |
        segmentAdvice | | C | | should i keep visiting C customers every week |
        segmentAdvice | | B | | B先へのアプローチ方法を教えていただけますか。 |
        method | | B | topic=segment-b | what is a B customer? |
        method | | | topic=method-overview | この手法の概要をざっくり教えて |
        method | | | topic=axis-objective | What does the objective evaluation axis measure? |
        method | | | topic=axis-record | 取引実績ってどうやって測るの？ |
        method | | | topic=scoring | how are the scores calculated |
        method | | | topic=budget-first | なぜ営業予算が最優先なんですか？ |
        method | | | topic=glossary | what's 客観的評価 in English? |
        method | | A | topic=segment-a | A顧客って何？ |
        method | | C | topic=segment-c | Explain what segment C means. |
        method | | D | topic=segment-d | Dってどういう意味ですか |
        method | | B+A | topic=why-focus-b | why do we spend the most time on B rather than A? |
        method | | C | topic=c-trap | Cの罠とは何ですか？ |
        method | | | topic=after-sales-follow-up | what is after-sales follow-up in this method? |
        method | | | topic=borderline | 基準線ぎりぎりの顧客って、どう考えればいいの？ |
        method | | | topic=weekly-plan | how am I supposed to use the matrix when planning my week? |
        method | | | topic=plan-check | 計画チェックの結果ってどう読めばいいですか |
        method | | | topic=visit-cadence | how often should customers be rotated from week to week? |
        method | | | topic=manager-review | マネージャーとして、部下の時間の使い方を見直すときのポイントは？ |
        method | | | topic=scoring | what's the cut at 50 about? |
        method | | | topic=c-trap | 情で訪問先を決めちゃうのって、なんでダメなん？ |
        method | | A+B+C+D | topic=method-overview | i'm new here. what are the four groups A B C D? |
        method | | | topic=axis-objective | 客観的評価の軸には何が含まれますか |
        countAndShare | | | | how many customers are in each segment? |
        countAndShare | | B | | B顧客は何社ある？ |
        countAndShare | | C | | what % of my book is C? |
        countAndShare | | | | セグメントごとの分布を見せて |
        countAndShare | | D | | what about D? | what % of my book is C?
        countAndShare | | A | | A顧客の割合はどのくらいですか |
        countAndShare | | A+B | | how many A and B accounts do I have |
        countAndShare | | | | 顧客って全部で何社あるの？ |
        countAndShare | | D | | Ｄって何件くらいあるんやろ |
        whatWouldItTake | Northwind Trading | A | | what would it take for Northwind Trading to become an A? |
        whatWouldItTake | 山田工業 | A | | 山田工業をAに上げるには何が必要？ |
        whatWouldItTake | Keystone Retail Group | | | how could Keystone move up? |
        whatWouldItTake | 株式会社さくらテクノロジー | A | | さくらテクノロジーをA顧客にするには、どうすればいいですか |
        whatWouldItTake | Atlas Semiconductor | A | | what needs to change for Atlas Semiconductor to get into A |
        whatWouldItTake | 東洋重機工業 | | | 東洋重機をランクアップさせるには何が足りない？ |
        whatWouldItTake | Meridian Pharma | A | | if we doubled our orders with Meridian, would it become an A? |
        whatWouldItTake | 株式会社日本データシステム | A | | 日本データシステムとの取引をどれだけ増やせばAになりますか |
        whatWouldItTake | Globex Manufacturing | A | | what would globex need to reach segment A |
        whatWouldItTake | 鈴木モータース | A | | 鈴木モータースがAになるには何が要る？ |
        planCheck | | | | check my plan |
        planCheck | | | | 私の訪問計画をチェックしてください |
        planCheck | | C | | am I spending too much time on C customers? |
        planCheck | | | | 佐々木さんの今週の配分、見てもらえますか |
        planCheck | | | | Is Emily Carter's allocation reasonable? |
        planCheck | | C | | Cに時間かけすぎてないかな？ |
        planCheck | | | | review how Misaki Okada is splitting her time |
        planCheck | | | | 今の時間配分で予算が達成できそうか確認してほしい |
        planCheck | 田中商事+Maple Office Services | | | I visited Tanaka Shoji twice this month and Maple Office Services three times. Is that too much? |
        planCheck | | | | 岡田さんの訪問計画、バランスどう？ |
        compare | Acme Industrial+Northwind Trading | | | Acme or Northwind, which first? |
        compare | 田中商事+関西建設 | | | 田中商事と関西建設、どっちを優先すべき？ |
        compare | Orion Medical Systems+Summit Foods+Vertex Automotive | | | which matters more: Orion Medical Systems, Summit Foods or Vertex? |
        compare | 富士精機株式会社+株式会社東邦電機 | | | 富士精機と東邦電機ならどちらが重要ですか |
        compare | Helios Energy+Pacific Components | | | should i see helios energy before pacific components? |
        compare | 小林包装+山本鉄工所 | | | 小林包装と山本鉄工所、先に行くならどっち |
        compare | Globex Manufacturing+Atlas Semiconductor | | | Compare Globex Manufacturing with Atlas Semiconductor |
        compare | 北陸製薬+太平洋商船 | | | 北陸製薬さんと太平洋商船さん、どちらを先に訪問するべきでしょうか。 |
        help | | | | what can you do? |
        help | | | | これって何ができるの？ |
        help | | | | how do i use this thing |
        help | | | | 使い方を教えてください |
        help | | | | help |
        help | | | | どんな質問なら答えてもらえますか？ |
        outOfScope | Acme Industrial | | | what discount can I offer Acme Industrial on the renewal? |
        outOfScope | | | | 見積書の書き方を教えて |
        outOfScope | Northwind Trading | | | write an email to Northwind asking for a meeting |
        outOfScope | | | | 来期の売上予測を出して |
        outOfScope | | | | how do I find new prospects in Osaka? |
        outOfScope | | | | 競合他社の動向を調べてほしい |
        outOfScope | | | | what's the weather tomorrow |
        outOfScope | | | | 経費精算のやり方は？ |
        outOfScope | | | | which CRM should our team switch to? |
        outOfScope | 田中商事 | | | 田中商事からクレームが来た、どう謝ればいい？ |
        outOfScope | Orion Medical Systems | | | draft a proposal for Orion Medical |
        outOfScope | | | | 契約書のひな形ってありますか |
        outOfScope | | | | tell me a joke |
        outOfScope | | | | 有給休暇の申請方法を教えてください |
        outOfScope | | | | what price should we quote for 500 units? |
        outOfScope | | | | 新規開拓先のリストを作って |
        outOfScope | | | | Can you forecast next quarter's revenue for my territory? |
        outOfScope | | | | 今日のランチ、どこかおすすめある？ |
        outOfScope | Keystone Retail Group | | | how do I negotiate payment terms with Keystone? |
        outOfScope | | | | 部下の評価面談って何を話せばいい？ |
        outOfScope | Globex Manufacturing | | | what pricing is the competitor offering Globex? |
        outOfScope | | | | 名刺の肩書きって英語でどう書く？ |
        """
}
