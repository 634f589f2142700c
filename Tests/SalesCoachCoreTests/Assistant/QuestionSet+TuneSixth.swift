/// A sixth tuning batch (failures here may be studied and fixed): voice dictation
/// with fillers, fast phone typing, English-Japanese mixing, a sales director asking
/// about the whole team, a trainer quizzing a new hire, a sceptical veteran, questions
/// about a colleague's customers, statements, negations, segment comparisons,
/// time-bound asks, and British, American and Indian English.
extension QuestionSet {
    static let tuneSixth = """
        intent | customers | segments | extra | question | previous question
        weeklyPlan | | | | um so what does my week look like uh who should I be going to see next week
        weeklyPlan | | | number=5 | okay so uh give me like five visits for next week um prioritise whatever matters most
        weeklyPlan | | | | えーと来週のですねあのー訪問予定を組んでもらえますか
        weeklyPlan | | | number=4 | らいしゅう訪問先4件だして
        weeklyPlan | | | | nxt wk visits pls
        weeklyPlan | | | | 来週の visit plan 作ってくれる？
        weeklyPlan | | | number=6 | Could you pencil in half a dozen calls for me for the coming week
        weeklyPlan | | | | Kindly prepare my visit schedule for next week and do the needful
        weeklyPlan | | | | 今週は残り2日しかないけど、どこを回るのがいい？
        weeklyPlan | | | number=3 | I've only got Thursday and Friday free, so three visits max — who gets them?
        weeklyPlan | | | | 月末までに回っておくべき先を出して
        weeklyPlan | | | | Before the year closes out, which accounts should I be seeing this week?
        weeklyPlan | | | | 新人の岡田さん向けに来週の訪問計画を作ってあげて
        weeklyPlan | | | | Build Emily's route for next week, she's asked me to sort it out
        weeklyPlan | | | number=8 | 来週は8件回れるので、優先順に並べてください
        weeklyPlan | | B | | next week mostly B accounts please, who should I hit
        weeklyPlan | | | | I need a plan for next week, I keep ending up at the same old places
        weeklyPlan | | | | 来週どこいく？
        weeklyPlan | | | number=10 | 来週10件くらい訪問したいんだけど候補ちょうだい
        weeklyPlan | | | | so next week right I want to see the people I ought to see not just the ones I like seeing sort me out
        weeklyPlan | | | | What's on the cards for me visit-wise this coming week?
        weeklyPlan | | | number=2 | 来週は出張で2件しか行けない。どこにすべき？
        weeklyPlan | | | | 週明けからの訪問ルート、提案してもらえる？
        weeklyPlan | | | number=7 | Please schedule 7 visits for me next week itself, mix it properly
        weeklyPlan | | | | 来週の予定の planning お願い、なるべく効率よく
        weeklyPlan | | | | 来週のおすすめ訪問先って出せる？
        weeklyPlan | | | number=3 | 金曜だけ空いてるから3社えらんで
        planReasons | | | | why those ones | um so what does my week look like uh who should I be going to see next week
        planReasons | | | | なんでこの5社なの？ | 来週の訪問先を5件出して
        planReasons | 山田工業 | | | 山田工業が入ってるのはなぜ？ | 来週の訪問計画を作って
        planReasons | | | | what's the logic behind that list | Could you pencil in half a dozen calls for me for the coming week
        planReasons | | | | y these | nxt wk visits pls
        planReasons | Keystone Retail Group | | | why's Keystone on there, they've never bought a thing from us | plan my week
        planReasons | 田中商事 | | | 田中商事が入ってないのはどうして？毎月行ってるのに | 来週どこいく？
        planReasons | | | | その選び方の根拠を新人にも分かるように説明して | 来週の訪問計画を立てて
        planReasons | | B | | why so many B's in there | give me next week's visits
        planReasons | | | | Kindly explain the reason for selecting these customers only | Kindly prepare my visit schedule for next week and do the needful
        planReasons | | | | え、なんでそこ？ | 来週どこ回ればいい？
        planReasons | | | | and the reasoning is? | What's on the cards for me visit-wise this coming week?
        planReasons | Helios Energy+Zenith Robotics | | | Helios and Zenith — why pick them over my regulars? | Please schedule 7 visits for me next week itself
        planReasons | | | | この順番になってる理由は？ | 来週は8件回れるので、優先順に並べてください
        planReasons | | | | ok but um why those uh particular ones like what made them come out on top | okay so uh give me like five visits for next week
        planReasons | | C | | C顧客がひとつも入ってないのはなぜ | 来週の訪問計画お願い
        planReasons | | | | 理由おしえて | らいしゅう訪問先4件だして
        planReasons | | | | why these and not the ones I normally go to | I need a plan for next week, I keep ending up at the same old places
        planReasons | 大和ロジスティクス | | | 大和ロジスティクスがまた入ってるけど、先週行ったばかりだよ？なんで？ | 来週の visit plan 作ってくれる？
        planReasons | | | | Justify those picks for me — I have to defend them to my director | Build my route for next week
        planReasons | | | | どういう基準で選んだの？ | 週明けからの訪問ルート、提案してもらえる？
        planReasons | 株式会社さくらテクノロジー | | | さくらテクノロジーを選んだ理由は | 金曜だけ空いてるから3社えらんで
        explainCustomer | Acme Industrial | A | | I reckon Acme should be an A, not whatever it is now
        explainCustomer | 田中商事 | C | | 田中商事がCなのは納得いかない。毎月注文くれてるのに
        explainCustomer | Kimura Print Works | C | | What is the reason for Kimura Print Works being in C category only?
        explainCustomer | 山田工業 | | | えーと山田工業ってあのーどこに分類されてるんでしたっけ
        explainCustomer | Zenith Robotics | | | where does zenith robotics land and why, we've got nothing from them yet
        explainCustomer | 北陸製薬 | B | | 北陸製薬なんでB
        explainCustomer | 中央化学工業 | | | 中央化学工業 の segment と理由を教えて
        explainCustomer | Orion Medical Systems | | | Explain Orion Medical to me like I'm brand new here — where does it sit?
        explainCustomer | Northwind Trading | A | | Northwind is an A? Seriously? Walk me through that
        explainCustomer | 株式会社さくらテクノロジー | | | さくらテクノロジーの評価どうなってる？
        explainCustomer | Pacific Components | | | Emily's asking why Pacific Components got the grade it did, what do I tell her
        explainCustomer | 鈴木モータース | A | | 鈴木モータースってAじゃないの？
        explainCustomer | Globex Manufacturing | | | Globex — what's its objective score versus its record score?
        explainCustomer | 小林包装 | | | 岡田さん担当の小林包装、なんであの区分なのか説明してあげて
        explainCustomer | Summit Foods | | | is summit foods on the borderline or firmly in its box
        explainCustomer | ?Kimura Print Works | | | kimua prnit wrks whch segmnt
        explainCustomer | 有限会社高橋塗装 | D | | 高橋塗装がDって、ちょっと厳しすぎない？
        explainCustomer | Lakeside Dental | | | Lakeside Dental — tell me which quadrant and what's driving it
        explainCustomer | 株式会社東邦電機 | | | 東邦電機の分類の根拠を、客観的評価と取引実績それぞれで教えてください
        explainCustomer | 丸の内ホールディングス | B | | I think 丸の内ホールディングス is clearly a B, am I right?
        explainCustomer | Blue River Cafe Supply | | | Blue River Cafe Supply って segment どこ？ why?
        explainCustomer | Helios Energy | | | Helios has no growth figure on file, so how did it get classified at all
        explainCustomer | 株式会社森田精工 | A | | 森田精工はうちの売上けっこう大きいのにAにならないのはどうして
        explainCustomer | Atlas Semiconductor | | | Atlas Semiconductor, tell me about it — which box and why
        explainCustomer | 株式会社日本データシステム | | | 日本データシステムって受注0件なのに売上があるけど、どういう分類になってる？
        explainCustomer | 東洋重機工業 | | | 佐々木さんの東洋重機工業ってどのグループ？理由も
        explainCustomer | 有限会社佐藤電材 | | | 佐藤電材のポジション教えて
        segmentMembers | | B | | which customers are NOT in B
        segmentMembers | | A | | Aの顧客一覧を出して
        segmentMembers | | C | | えーとCに入ってるお客さんってあのー誰と誰でしたっけ
        segmentMembers | | D | | list D accts
        segmentMembers | | A | | 佐々木さんの担当でAに入ってるのはどこ？
        segmentMembers | | B | | Show me Emily's B accounts — the whole lot
        segmentMembers | | B | | B セグメントの customers を全部 list して
        segmentMembers | | A+B | | For the team as a whole, who's in A and who's in B?
        segmentMembers | | C | | Kindly share the names of C category customers under Okada-san
        segmentMembers | | D | | D以外の顧客を教えて
        segmentMembers | | B | | Bってどこどこ？
        segmentMembers | | A | | Who are our key accounts, the ones we can't afford to lose?
        segmentMembers | | C | | 情で通ってる先、つまりCってどこ？
        segmentMembers | | B | | which customers are big companies but we barely sell to them
        segmentMembers | | D | | D customers list pls, the ones I can mostly leave alone
        segmentMembers | | A | | 来期に向けてAの顧客を確認しておきたい、リストちょうだい
        segmentMembers | | C+D | | C と D に入ってる会社を教えてください
        segmentMembers | | B | | so um who's in uh B right now like the main target ones
        segmentMembers | | A | | Aじゃない顧客ってどれ？
        segmentMembers | | B | | Remind me which accounts count as B for me again
        segmentMembers | | D | | 岡田さんのD先ってどこがある？
        segmentMembers | | C | | Give me every C account across the three reps
        segmentMembers | | B | | 最重点ターゲットの会社名を全部あげて
        segmentMembers | | C | | 昔からの付き合いで小さい会社、C区分の先を一覧で
        segmentAdvice | | A | | A顧客にはどう接したらいい？
        segmentAdvice | | B | | How am I supposed to work my B accounts — what do I actually do on the visit?
        segmentAdvice | | C | | えーとCのお客さんってあのーどのくらい手をかければいいんですかね
        segmentAdvice | | D | | D顧客どうする？ほっとく？
        segmentAdvice | | B | | Bへのアプローチ、具体的に何すればいい
        segmentAdvice | | A | | what's the game plan for A customers so competitors don't sneak in
        segmentAdvice | | C | | C の accounts って how should I handle them? 昔からの付き合いなんだけど
        segmentAdvice | | D | | Kindly advise the approach for D category customers
        segmentAdvice | | B | | As a director, what should my team be doing differently with B accounts this quarter?
        segmentAdvice | | A | | 来月、A顧客に対して何をしておくべき？
        segmentAdvice | | C | | how do I keep my C customers happy without wasting half my week on them
        segmentAdvice | | D | | D accts strategy?
        segmentAdvice | | B | | 新人に教えるとしたら、B顧客の攻め方はどう説明する？
        segmentAdvice | | A | | Do I still need to visit my A accounts if they're ordering fine anyway?
        segmentAdvice | | C | | Cの先は電話だけで済ませるのってアリ？
        segmentAdvice | | D | | what should I be doing with the D lot, honestly
        segmentAdvice | | B | | Bのお客さん、年内にどう動けばいい？
        segmentAdvice | | A | | Aのお客さんのフォロー、具体的にどうしたらいい
        segmentAdvice | | C | | so uh my C people um what's the right way to uh deal with them going forward
        segmentAdvice | | D | | D顧客への訪問はどのくらい減らしていいですか
        segmentAdvice | | B | | My B accounts never return my calls — how should I be approaching them?
        segmentAdvice | | A | | What do I do with a key account that's already buying everything from us?
        segmentAdvice | | B | | B向けの訪問ってどんな話をすればいいの
        method | | | topic=method-overview | Explain this whole four-box matrix thing to me like I'm new
        method | | | topic=method-overview | えーとこの4つに分けるやり方ってあのーそもそもどういう考え方なんですか
        method | | | topic=method-overview | マトリックスの考え方をざっくり教えて
        method | | | topic=method-overview | Honestly this matrix stuff sounds like consultant nonsense — what's the actual idea behind it?
        method | | | topic=axis-objective | 客観的評価って何を見てるの？
        method | | | topic=axis-objective | What goes into the objective evaluation axis — just revenue, or more than that?
        method | | | topic=axis-objective | why should the customer's own size matter if they hardly buy from us
        method | | | topic=axis-record | 取引実績の軸は何で測ってる？
        method | | | topic=axis-record | transaction record means what exactly, orders or profit or both
        method | | | topic=scoring | How are the scores actually worked out — percentiles or what?
        method | | | topic=scoring | 50が基準線ってどういう意味？
        method | | | topic=scoring | Kindly explain the scoring logic and the cut-off value
        method | | | topic=budget-first | 予算達成とこのマトリックス、どっちが優先？
        method | | | topic=budget-first | If I'm behind on budget this quarter, does the matrix still come first?
        method | | | topic=glossary | 取り引き実績って英語で何て言うの
        method | | | topic=glossary | what's the Japanese term for objective evaluation, my manager keeps saying it
        method | | A | topic=segment-a | What's an A customer, in plain terms?
        method | | A | topic=segment-a | A顧客の定義を教えて
        method | | B | topic=segment-b | Bってどういう顧客のこと？
        method | | B | topic=segment-b | define segment B for me
        method | | C | topic=segment-c | C顧客ってどういう会社のこと？
        method | | C | topic=segment-c | what does it mean to be a C
        method | | D | topic=segment-d | Dってどういう位置づけ？
        method | | D | topic=segment-d | Explain D to a new joiner
        method | | B+A | topic=why-focus-b | is B more important than A then?
        method | | B+A | topic=why-focus-b | なんでBに一番時間をかけるの？Aの方が大事じゃない？
        method | | B | topic=why-focus-b | Why should B get most of my time when they barely buy from us?
        method | | C | topic=c-trap | isn't it wrong to neglect C customers? they've been loyal to us for decades
        method | | C | topic=c-trap | the C trap — what is it? my trainer mentioned it
        method | | C | topic=c-trap | 長年の付き合いを大事にするのが営業の基本でしょ。Cを減らせってのはおかしくない？
        method | | | topic=after-sales-follow-up | アフターフォローって具体的に何のこと？
        method | | A | topic=after-sales-follow-up | What's meant by after-sales follow-up for A — is it just checking in?
        method | | | topic=borderline | What happens with customers sitting right on the cut line?
        method | | | topic=borderline | 境界線ギリギリの顧客ってどう考えればいい？
        method | | | topic=weekly-plan | How is the matrix meant to feed into my weekly planning, in general?
        method | | | topic=weekly-plan | 週の訪問計画にこの分類をどう使うのが正しいの？
        method | | | topic=plan-check | How do I read the plan check — what do the numbers mean?
        method | | | topic=plan-check | 計画チェックの結果ってどう見ればいいの
        method | | | topic=visit-cadence | How often should I be seeing each customer, in principle?
        method | | | topic=visit-cadence | 毎週同じ先ばかり行ってしまう。入れ替えの考え方は？
        method | | | topic=manager-review | As a sales director, how should I review how my reps spend their week?
        method | | | topic=manager-review | マネージャーとして部下の時間配分をどうチェックすればいい？
        method | | | topic=glossary | 客観的評価 in English is what?
        method | | | topic=scoring | パーセンタイルってどういう計算？
        method | | | topic=budget-first | 予算が一番って言うけど、それなら分類いらなくない？
        countAndShare | | B | | how many B's have we got
        countAndShare | | A | | Aって何社ある？
        countAndShare | | | | セグメントごとの件数と割合を出して
        countAndShare | | D | | what percentage of the book is D
        countAndShare | | C | | えーとCの割合ってあのー全体の何割くらいですか
        countAndShare | | A+B | | A versus B — how many of each across the team?
        countAndShare | | | | breakdown by segment for the whole team pls, counts and %
        countAndShare | | B | | Kindly tell me the count of B category customers
        countAndShare | | C | | 佐々木さんのC顧客は何件？
        countAndShare | | | | How's Emily's book split across the four boxes?
        countAndShare | | D | | D何件
        countAndShare | | A | | A以外は何社？
        countAndShare | | B | | what share of my customers are B, roughly
        countAndShare | | | | 全顧客のうち、各区分が何%ずつか知りたい
        countAndShare | | C+D | | C と D 合わせて何社になる？
        countAndShare | | | | so um how does the um split look across the four segments for me
        countAndShare | | B | | Bセグメントの比率って how much?
        countAndShare | | A | | How many key accounts does Okada have?
        countAndShare | | | | 区分の分布を見せて
        countAndShare | | D | | are more than half my customers D or is that just how it feels
        countAndShare | | | | チーム全体で区分ごとに何社ずつある？
        whatWouldItTake | Globex Manufacturing | A | | What would it take for Globex to become an A?
        whatWouldItTake | 田中商事 | A | | 田中商事をAにするには何が必要？
        whatWouldItTake | 北陸製薬 | | | 北陸製薬、どれくらい取引が増えたら区分が変わる？
        whatWouldItTake | Kimura Print Works | B | | could Kimura Print Works ever become a B — what would need to change
        whatWouldItTake | Atlas Semiconductor | A | | how much more business with Atlas before it tips into A
        whatWouldItTake | 山田工業 | | | えーと山田工業をですねあのー上の区分に上げるにはどうなればいいんでしょう
        whatWouldItTake | Acme Industrial | | | what would make Acme drop out of its current segment?
        whatWouldItTake | Keystone Retail Group | A | | Keystone to A — what's the gap?
        whatWouldItTake | 株式会社さくらテクノロジー | A | | さくらテクノロジーがAになるには売上いくら必要？
        whatWouldItTake | Summit Foods | | | Summit Foods is on the edge, what would tip it over?
        whatWouldItTake | 鈴木モータース | D | | 鈴木モータースってDに落ちる可能性ある？何があったら落ちる？
        whatWouldItTake | Zenith Robotics | | | what needs to happen for Zenith to move up once they start ordering
        whatWouldItTake | Meridian Pharma | A | | Kindly tell what is required for Meridian Pharma to move to A category
        whatWouldItTake | 丸の内ホールディングス | A | | 丸の内HD、A昇格の条件は？
        whatWouldItTake | Vertex Automotive | A | | Vertex Automotive を A に持っていくには how much more sales が必要？
        whatWouldItTake | 東洋重機工業 | | | 東洋重機工業の区分を変えるには何件くらい受注すればいい？
        whatWouldItTake | Helios Energy | A | | Before year end, could we realistically get Helios into A, and how?
        whatWouldItTake | 有限会社佐藤電材 | | | 佐藤電材が今の区分から抜け出すには？
        whatWouldItTake | Orion Medical Systems | B | | What would push Orion Medical down to B?
        whatWouldItTake | Pinewood Crafts | C | | pinewood crafts to C, possible? what'd it take
        whatWouldItTake | 株式会社日本データシステム | A | | 日本データシステムを来期中にAに上げたい。何をどれだけ積めばいい？
        planCheck | 田中商事+鈴木モータース+Kimura Print Works | | | 来週は田中商事、鈴木モータース、Kimura Print Worksに行く予定。これでいい？
        planCheck | | | | check my plan for next week
        planCheck | | | | えーと来週の予定ちょっとあのー見てもらえますか、偏ってないかなって
        planCheck | | | | Is Emily's plan for next week balanced, or is she over-visiting small accounts?
        planCheck | Acme Industrial+Globex Manufacturing+Helios Energy+Sunrise Bakery | | | Mon Acme, Tue Globex, Wed Helios, Thu Sunrise Bakery — thoughts?
        planCheck | | | | 岡田さんの来週の訪問計画、配分おかしくない？
        planCheck | 山田工業+北陸製薬+田中商事 | | | 山田工業 北陸製薬 田中商事 回る予定 どう
        planCheck | | | | Kindly review my planned visits and tell if the allocation is proper
        planCheck | | | | my diary's already full for the fortnight, can you sanity-check it?
        planCheck | | C | | 今月の予定、Cに寄りすぎてないか確認して
        planCheck | Blue River Cafe Supply+Maple Office Services+株式会社森田精工 | | | so I'm thinking um Blue River then Maple Office then uh 森田精工 is that a sensible week
        planCheck | | | | 私の計画チェックして
        planCheck | | | | Go through Sasaki-san's planned visits and flag anything off
        planCheck | Orion Medical Systems+Zenith Robotics | | | Planning Orion Medical and Zenith Robotics on Wednesday — good use of the day?
        planCheck | | B | | 来週の予定、Bが少なすぎない？
        planCheck | | | | as director i want to see if the team's planned visits line up with the method
        planCheck | 中央化学工業+大和ロジスティクス+富士精機株式会社 | A | | 中央化学工業、大和ロジスティクス、富士精機って予定してるけど、Aばっかりで大丈夫？
        planCheck | | | | My plan for next week — is it too heavy on old friends?
        planCheck | 渡辺書店+中村工務店 | | | 渡辺書店と中村工務店を来週入れてるんだけど、時間の無駄？
        planCheck | | | | Please check my next week plan once and tell me if it is okay
        planCheck | | | | 登録済みの訪問予定、時間の使い方として妥当か見て
        compare | 山田工業+田中商事 | | | 山田工業と田中商事、どっちを優先すべき？
        compare | Globex Manufacturing+Atlas Semiconductor | | | Globex or Atlas, who should I see first
        compare | 鈴木モータース+北陸製薬 | | | えーと鈴木モータースと北陸製薬だとあのーどっち先に行った方がいいですかね
        compare | Acme Industrial+Northwind Trading | | | acme vs northwind which one matters more for visits
        compare | Kimura Print Works+Vertex Automotive | | | Kimura Print Works と Vertex Automotive, which is the priority?
        compare | Helios Energy+Zenith Robotics+Keystone Retail Group | | | Helios, Zenith, Keystone — rank them for me by visit priority
        compare | 株式会社さくらテクノロジー+丸の内ホールディングス | | | さくらテクノロジーと丸の内ホールディングス、訪問の優先度を比べて
        compare | Meridian Pharma+Pacific Components | | | I think Meridian deserves more of my time than Pacific Components, agree?
        compare | 小林包装+山本鉄工所 | | | 岡田さんが小林包装と山本鉄工所で迷ってる。どっちがいい？
        compare | 東洋重機工業+関西建設 | | | 東洋重機工業 vs 関西建設 どっち
        compare | Summit Foods+Orion Medical Systems | | | Kindly compare Summit Foods and Orion Medical and tell which to visit first
        compare | 有限会社高橋塗装+伊藤クリーニング | | | 高橋塗装と伊藤クリーニング、行くならどっち？
        compare | Lakeside Dental+Copper Kettle Diner | | | Lakeside Dental or Copper Kettle Diner — if I can only fit one in this month
        compare | 株式会社日本データシステム+株式会社東邦電機 | | | 日本データシステムと東邦電機の優先度を比較して
        compare | Starlight Florist+Sunrise Bakery | | | starlight florist or sunrise bakery, is there any difference honestly
        compare | 中央化学工業+大和ロジスティクス | | | 中央化学工業と大和ロジスティクス、今月先に顔を出すべきはどっち
        compare | 太平洋商船+北陸製薬 | | | 太平洋商船 or 北陸製薬, which one should I prioritise before year end?
        compare | Greenleaf Garden Co.+Maple Office Services | | | Greenleaf Garden vs Maple Office Services for next week's one free slot
        compare | 加藤ネジ製作所+株式会社ひまわり介護 | | | 加藤ネジとひまわり介護 どっち優先
        compare | Tiny Gears Ltd.+Pinewood Crafts | | | Tiny Gears vs Pinewood, which is less of a waste of time
        compare | ?Vertex Automotive+Helios Energy | | | vertx autmotiv or helios which first
        compare | 富士精機株式会社+Orion Medical Systems | A | | 富士精機とOrion Medical、A同士だとどっちを優先？
        compare | 関西建設+山田工業 | | | 関西建設と山田工業ならどっちに時間を使うべき？
        help | | | | what can you actually do
        help | | | | えーとこれってあのー何を聞けばいいんですか
        help | | | | このツールの使い方おしえて
        help | | | | how do I ask you about a specific customer
        help | | | | 英語で質問しても大丈夫？
        help | | | | can I mix Japanese and English when I ask you things
        help | | | | Kindly share the list of questions supported by this tool
        help | | | | 新人向けに、このアシスタントで何ができるか一覧で教えて
        help | | | | whats this thing for
        help | | | | どんな質問に答えられるの？例をいくつか
        help | | | | I'm a director — what can this tool tell me about my team?
        help | | | | help
        help | | | | ヘルプ
        help | | | | Is there a way to ask for a plan with a fixed number of visits? how do I phrase it
        help | | | | 使い方がよくわからない。最初に何を聞けばいい？
        help | | | | so um how does this work do I just like talk to it
        help | | | | 質問のしかたのコツってある？
        help | | | | what kinds of questions work best here?
        help | | | | できることリスト
        outOfScope | Acme Industrial | | | draft an email to Acme about the Q1 renewal
        outOfScope | | | | 見積書の値引き、何%までならOK？
        outOfScope | | | | what discount can I give without approval
        outOfScope | | | | 契約書のひな形ちょうだい
        outOfScope | | | | forecast our revenue for next quarter
        outOfScope | | | | 新規開拓のリスト作って
        outOfScope | | | | find me some new prospects in the Kansai area
        outOfScope | 関西建設 | | | 関西建設からクレームが来た、どう謝ればいい？
        outOfScope | | | | what's our competitor's pricing on industrial fasteners
        outOfScope | | | | 経費精算のやり方教えて
        outOfScope | | | | my laptop won't connect to the VPN
        outOfScope | | | | 有給の申請ってどうやるの
        outOfScope | Meridian Pharma | | | write a proposal deck for Meridian Pharma
        outOfScope | | | | えーと明日のあのー天気ってどうなってます？
        outOfScope | | | | um can you like uh book me a train to Osaka for Tuesday
        outOfScope | | | | 競合のA社の動きを調べて
        outOfScope | | | | Kindly prepare the quotation for 500 units and send it to the client
        outOfScope | | | | 部下の評価面談、何を話せばいい？
        outOfScope | | | | how do I negotiate a price increase with a long-time customer
        outOfScope | | | | 来期の売上予測を作って
        outOfScope | | | | translate this contract clause into English for me
        outOfScope | | | | 見積もりのテンプレどこ？
        outOfScope | | | | can you summarise the news on the semiconductor market this week
        outOfScope | Acme Industrial | | | a competitor pitched Acme in October — what are they likely offering?
        outOfScope | | | | 社用車の予約したい
        outOfScope | | | | what's the best lunch spot near Shinjuku station
        outOfScope | | | | give me a cold-call script for a new lead
        outOfScope | 田中商事 | | | 田中商事の社長の誕生日プレゼント、何がいい？
        outOfScope | | | | expenses claim for the taxi last week, how do I file it
        outOfScope | | | | このメール、もっと丁寧な敬語に直して
        outOfScope | | | | who should we hire for the open sales position
        outOfScope | | | | 来期の予算額はいくらに設定すべき？
        outOfScope | | | | write me a LinkedIn post about our new product
        outOfScope | | | | Kindly calculate the commission on my sales this month
        outOfScope | | | | password reset for the CRM please
        outOfScope | | | | 請求書の支払い期限ってどこで確認する？
        outOfScope | Northwind Trading | | | Northwind wants net-90 payment terms, should I agree?
        outOfScope | | | | えーと来週の会議室あのー押さえといてもらえます？
        outOfScope | | | | make a powerpoint on Q3 results for the board
        outOfScope | | | | クレーム対応のマニュアルある？
        outOfScope | | | | what's the exchange rate yen to dollar today
        outOfScope | | | | 展示会で会った見込み客へのフォローメールを書いて
        outOfScope | | | | how do I win back a customer who switched to a competitor
        outOfScope | | | | 新商品の価格設定どうすればいい？
        outOfScope | | B | | Bセグメント向けのキャンペーンチラシを作って
        outOfScope | 山田工業 | | | 山田工業の設備更新の見積もり、価格どうしよう
        outOfScope | | | | tell me a joke
        outOfScope | | | | 競合他社の最新の値下げ情報ある？
        outOfScope | | | | 来月の営業会議の議事録まとめて
        """
}
