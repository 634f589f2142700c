/// A fifth held-out batch: about 150 questions in English and Japanese, written by
/// someone who never saw the interpreter's source, its tuning questions or its
/// output, and labelled as a careful human annotator would. Never tune on these:
/// they measure how the interpreter does on phrasings nobody fitted it to.
extension QuestionSet {
    static let heldoutFifth = """
        weeklyPlan | | | | who should i visit this week? |
        weeklyPlan | | | number=5 | Give me 5 visits for next week. |
        weeklyPlan | | | number=8 | plan me eight customer visits for the week pls |
        weeklyPlan | | | | 今週はどこを回ればいいですか？ |
        weeklyPlan | | | number=3 | 来週の訪問先を３件選んでください |
        weeklyPlan | | | number=6 | 今週は六件回る予定なんやけど、どこ行ったらええ？ |
        weeklyPlan | | | | 来週の訪問計画を立てていただけますでしょうか。 |
        weeklyPlan | | | | I've got Tuesday and Thursday free for customer visits, where should I go? |
        weeklyPlan | | | number=10 | ok so next week i can fit in about 10 visits max, whats the best lineup |
        weeklyPlan | | | | 新人です。今週の訪問先リストを作ってもらえますか |
        weeklyPlan | | | number=4 | 4社だけでいいので今週の訪問先を教えて |
        weeklyPlan | | | number=5 | what about five instead? | Give me 7 visits for next week.
        weeklyPlan | | | | suggest a visit schedule for the coming week |
        weeklyPlan | | | number=2 | 今週は２件しか行けないんだけど、どこに行くのが一番いい？ |
        planReasons | | | | why those ones? | who should i visit this week?
        planReasons | | | | なんでこの順番なんですか？ | 今週はどこを回ればいいですか？
        planReasons | | A | | Why did you leave out the A accounts? | Give me 5 visits for next week.
        planReasons | 田中商事 | | | 田中商事が入ってないのはなぜ？ | 来週の訪問先を３件選んでください
        planReasons | | | | どういう基準で選んだのか教えていただけますか | 来週の訪問計画を立てていただけますでしょうか。
        planReasons | | | | explain the reasoning behind that plan | suggest a visit schedule for the coming week
        planReasons | Acme Industrial | | | why is acme on there? | plan me eight customer visits for the week pls
        explainCustomer | Acme Industrial | B | | Why is Acme a B? |
        explainCustomer | 田中商事 | | | 田中商事はなぜこの区分なんですか？ |
        explainCustomer | 田中商事 | C | | 田中商事ってCなの？先代からずっとお世話になってるのに |
        explainCustomer | Kimura Print Works | | | tell me about kimura print |
        explainCustomer | 山田工業 | | | yamada kogyoについて教えて |
        explainCustomer | Orion Medical Systems | | | what segment is Orion Medical in and why |
        explainCustomer | 株式会社さくらテクノロジー | | | さくらテクノロジーの評価はどうなってますか |
        explainCustomer | Northwind Trading | | | and Northwind? | Why is Acme a B?
        explainCustomer | 大和ロジスティクス | | | 大和ロジは？ | 田中商事はなぜこの区分なんですか？
        explainCustomer | Helios Energy | | | Helios Energy - why is it classified the way it is? |
        explainCustomer | Zenith Robotics | | | where does zenith robotics land on the matrix? |
        explainCustomer | 中央化学工業 | | | 中央化学工業の位置づけを説明してください |
        explainCustomer | Greenleaf Garden Co. | | | Greanleaf garden, which box and why? |
        explainCustomer | 株式会社森田精工 | | | 森田精工さんの分類理由を教えていただけますか |
        explainCustomer | Maple Office Services | A | | Is Maple Office Services an A account? |
        explainCustomer | 丸の内ホールディングス | | | 丸の内HDってどういう評価になってる？ |
        explainCustomer | Blue River Cafe Supply | | | blue river cafe suply, tell me about them |
        explainCustomer | Tiny Gears Ltd. | | | what do you know about tiny gears |
        explainCustomer | 有限会社佐藤電材 | | | sato denzaiってなんでこの区分なの？ |
        explainCustomer | Acme Industrial | | | Ａｃｍｅはどうしてこのセグメントなんですか |
        segmentMembers | | B | | list my B customers |
        segmentMembers | | A | | A顧客を一覧で見せてください |
        segmentMembers | | C | | which accounts are C? |
        segmentMembers | | D | | D区分の顧客はどこ？ |
        segmentMembers | | A+B | | show me everyone in A and B |
        segmentMembers | | B | | Ｂランクの会社を全部出して |
        segmentMembers | | C | | Cに入ってる取引先、教えてもらえる？ |
        segmentMembers | | A | | who are my key accounts? |
        segmentMembers | | B | | 重点ターゲットのＢに入っている会社はどれですか |
        segmentMembers | | D | | which customers fall into the low-low box |
        segmentAdvice | | C | | how should I handle C customers? |
        segmentAdvice | | B | | B顧客にはどう攻めればいいですか |
        segmentAdvice | | A | | How often should I be visiting my A accounts? |
        segmentAdvice | | D | | D先にはどのくらい時間かければいい？ |
        segmentAdvice | | C | | Cのお客さん、長い付き合いで訪問を減らしづらいんですが、どう付き合えばいいですか |
        segmentAdvice | | B | | whats the best approach with B accounts to grow the business |
        segmentAdvice | | A | | Ａ顧客に対しては具体的に何をすればよいでしょうか |
        segmentAdvice | | D | | should i even bother visiting D's |
        segmentAdvice | | C+D | | C and D accounts, how much of my week should they get? |
        segmentAdvice | | B | | Bの会社には月何回くらい行くのがいいんでしょう |
        segmentAdvice | | A | | 競合に取られないようにA先ではどう動くべき？ |
        segmentAdvice | | C | | what do i do with the c group, visit less? |
        method | | | topic=method-overview | explain the ABCD method in a nutshell |
        method | | | topic=method-overview | このマトリックスの考え方をざっくり教えてください |
        method | | B | topic=segment-b | what is a B customer? |
        method | | C | topic=segment-c | C顧客ってどういう意味？ |
        method | | A | topic=segment-a | what counts as an A account |
        method | | D | topic=segment-d | D区分とは何ですか |
        method | | | topic=axis-objective | 客観的評価って何を見てるの？ |
        method | | | topic=axis-record | what goes into the transaction record axis? |
        method | | | topic=scoring | how are the scores calculated? |
        method | | | topic=scoring | 基準線の50ってどうやって決まってるんですか |
        method | | | topic=budget-first | why does the sales budget come first? |
        method | | | topic=weekly-plan | マトリックスを週の訪問計画にどう活かすんですか？ |
        method | | | topic=glossary | whats the english for 取引実績? |
        method | | | topic=plan-check | how do I read the plan check results? |
        method | | B+A | topic=why-focus-b | why spend the most time on B rather than A? |
        method | | B | topic=why-focus-b | なんでＢに一番時間をかけるんですか？ |
        method | | C | topic=c-trap | what's the "C trap"? |
        method | | C | topic=c-trap | Cの罠ってなんですか |
        method | | | topic=after-sales-follow-up | この手法でいうアフターフォローとは何でしょうか |
        method | | | topic=borderline | what happens with customers sitting right on the borderline? |
        method | | | topic=visit-cadence | 訪問先を週ごとに入れ替える考え方を教えてください |
        method | | | topic=manager-review | as a manager, how am I supposed to review how my reps spend their week? |
        countAndShare | | B | | how many B customers do I have? |
        countAndShare | | | | 顧客は各区分に何社ずつありますか |
        countAndShare | | C | | what percentage of my book is C? |
        countAndShare | | A | | A顧客って何社ある？ |
        countAndShare | | | | show me the split across the four segments |
        countAndShare | | D | | Dの割合はどのくらいですか |
        countAndShare | | | | how many customers are in my book in total |
        countAndShare | | A+B | | A and B together, how many accounts is that? |
        countAndShare | | | | セグメントごとの件数と比率を出してもらえますか |
        whatWouldItTake | 田中商事 | A | | what would it take for 田中商事 to become an A? |
        whatWouldItTake | Keystone Retail Group | A | | Keystone RetailをAに上げるには何が必要？ |
        whatWouldItTake | 山田工業 | | | 山田工業を上の区分に持っていくには？ |
        whatWouldItTake | Globex Manufacturing | | | how could globex move up a segment |
        whatWouldItTake | Atlas Semiconductor | A | | What does Atlas Semiconductor need to get from B to A? |
        whatWouldItTake | 株式会社日本データシステム | | | 日本データシステムの取引実績をどれだけ伸ばせば区分が変わりますか |
        whatWouldItTake | Meridian Pharma | A | | how much more business would meridian need to be an A |
        whatWouldItTake | 北陸製薬 | A | | 北陸製薬がＡ顧客になるには、あとどのくらい受注が要る？ |
        whatWouldItTake | Vertex Automotive | | | vertex automotiv, what's needed to change its segment? |
        whatWouldItTake | 太平洋商船 | | | 太平洋商船さん、何があれば一段上に行けますかね |
        planCheck | | | | can you check my plan for this week? |
        planCheck | | | | 今週の計画、チェックしてもらえますか |
        planCheck | | C | | am i spending too much time on C accounts? |
        planCheck | | C | | Cに時間使いすぎてないか見てほしい |
        planCheck | | | | I'm the manager. Review Emily Carter's visit plan please |
        planCheck | | | | 岡田さんの時間配分に問題がないか確認していただけますか |
        planCheck | | | | is my visit allocation balanced? |
        planCheck | | B | | Ｂにちゃんと時間割けてるかな、予定見て |
        planCheck | | | | 佐々木の来週の予定、偏ってない？ |
        planCheck | | | | look over my planned visits and tell me what's off |
        compare | Acme Industrial+Northwind Trading | | | Acme or Northwind, who should I see first? |
        compare | 田中商事+山田工業 | | | 田中商事と山田工業、どっちを優先すべき？ |
        compare | Orion Medical Systems+Pacific Components | | | which matters more, orion or pacific components |
        compare | 関西建設+富士精機株式会社 | | | 関西建設と富士精機ではどちらが重要ですか |
        compare | Summit Foods+Helios Energy+Zenith Robotics | | | summit foods vs helios vs zenith, rank them for me |
        compare | 株式会社ひまわり介護+伊藤クリーニング | | | ひまわり介護さんと伊藤クリーニングさん、先に行くならどっち？ |
        compare | Starlight Florist+Sunrise Bakery | | | Starlite Florist or Sunrise Bakery, which one's worth the trip first? |
        compare | 大和ロジスティクス+東洋重機工業 | | | 大和ロジと東洋重機、優先度が高いのはどちらでしょうか |
        help | | | | what can you do? |
        help | | | | 何ができるの？ |
        help | | | | how do i use this thing |
        help | | | | 使い方を教えてください |
        help | | | | what kinds of questions can I ask you? |
        help | | | | どんな質問に答えてもらえますか |
        outOfScope | Acme Industrial | | | what discount can I offer Acme on the renewal? |
        outOfScope | 関西建設 | | | 関西建設向けの見積書を作って |
        outOfScope | Globex Manufacturing | | | write a follow-up email to Globex |
        outOfScope | | | | 来期の売上予測を出してください |
        outOfScope | | | | how do I find new prospects in the medical sector? |
        outOfScope | | | | 競合のA社の価格を調べてほしい |
        outOfScope | | | | which CRM should our team switch to? |
        outOfScope | | | | 経費精算のやり方がわからない |
        outOfScope | | | | whats the weather in Osaka tomorrow |
        outOfScope | | | | お客さんからクレームが来たんだけどどう対応すればいい？ |
        outOfScope | Zenith Robotics | | | can you draft a proposal for Zenith Robotics |
        outOfScope | | | | 有給の申請ってどうやるの |
        outOfScope | | | | tell me a joke |
        outOfScope | | | | 契約書のレビューをお願いできますか |
        outOfScope | | | | what's a good price for our premium tier? |
        outOfScope | | | | 新規開拓のテレアポのコツは？ |
        outOfScope | 田中商事 | | | how do i negotiate payment terms with 田中商事 |
        outOfScope | | | | ランチのおすすめある？ |
        outOfScope | | | | 今月の残業時間って何時間だっけ |
        outOfScope | | | | convert 300 dollars to yen |
        outOfScope | | | | 部下の評価面談で何を話せばいい？ |
        outOfScope | | | | 値引きなしで受注を取るにはどう交渉すればいいですか |
        """
}
