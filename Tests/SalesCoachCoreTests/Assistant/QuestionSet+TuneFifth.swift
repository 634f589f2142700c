/// A fifth tuning batch: mostly in-scope questions written for the widest
/// variety of wording (synonyms, indirect questions, imperatives, statements
/// that imply a question, British and American spelling, typos, abbreviations,
/// Kansai and honorific Japanese, full-width letters and digits, romaji and
/// partial customer names, counts as digits, words and kanji, follow-ups),
/// plus out-of-scope requests.
extension QuestionSet {
    static let tuneFifth = """
        weeklyPlan |  |  |  | Who should I go and see this week?
        weeklyPlan |  |  | number=5 | Put together an itinerary of five calls for next week
        weeklyPlan |  |  |  | I've got a fairly open week coming up, where should I be spending my days?
        weeklyPlan |  |  |  | draft me a visit rota for the coming week pls
        weeklyPlan |  |  | number=8 | Can you schedule 8 customer meetings for me next week?
        weeklyPlan |  |  |  | I was wondering which clients I ought to drop in on over the next few days.
        weeklyPlan |  |  | number=12 | Need a dozen visits lined up for the week, go.
        weeklyPlan |  | B |  | Plan my week with the emphasis on B accounts
        weeklyPlan |  |  |  | Which accts should be on my agenda Mon to Fri?
        weeklyPlan |  |  | number=6 | Give me half a dozen places to call on this week.
        weeklyPlan |  |  |  | whos on teh visit schedule for me this wk
        weeklyPlan |  |  |  | 今週はどこを回ればいい？
        weeklyPlan |  |  |  | 来週の訪問予定を組んでください
        weeklyPlan |  |  | number=3 | 今週の訪問先を三件選んでほしい
        weeklyPlan |  |  | number=10 | 来週、１０件ほど客先回りしたいので段取りをお願いします
        weeklyPlan |  |  |  | 今週はどちらのお客様にお伺いすべきでしょうか。
        weeklyPlan |  |  |  | 今週どこ行ったらええ？
        weeklyPlan |  |  |  | 来週の営業スケジュール、たたき台を作ってもらえますか
        weeklyPlan |  |  | number=7 | 7社分の訪問計画を立てて
        weeklyPlan |  |  |  | 明日からの一週間、どの得意先に顔を出すべきか知りたいです
        weeklyPlan |  |  |  | 今週の訪問リストちょうだい
        weeklyPlan |  | B |  | Ｂ中心で今週の回り先を決めてくれへん？
        weeklyPlan |  |  | number=4 | 今週は時間がないので四社だけ訪問予定を作って
        weeklyPlan |  |  |  | 週間の訪問計画をご提案いただけますでしょうか
        weeklyPlan |  |  | number=5 | plan 5 visits nxt wk
        planReasons |  |  |  | Why did you pick those? | Who should I go and see this week?
        planReasons | Kimura Print Works |  |  | How come Kimura Print Works isn't on there? | Who should I go and see this week?
        planReasons |  |  |  | What's the reasoning behind that schedule? | Put together an itinerary of five calls for next week
        planReasons | 北陸製薬 |  |  | Why is 北陸製薬 on the list at all? | plan 5 visits nxt wk
        planReasons |  |  |  | Explain why this week's visit plan looks the way it does
        planReasons |  |  |  | what made you choose these particular accounts? | draft me a visit rota for the coming week pls
        planReasons |  | B |  | Why so many B's in there? | Can you schedule 8 customer meetings for me next week?
        planReasons |  | C |  | No C customers at all this week? How come? | Give me half a dozen places to call on this week.
        planReasons | Starlight Florist |  |  | Starlight Florist got dropped from my plan, what's the reason?
        planReasons |  |  |  | I'd like to understand how that itinerary was put together. | Need a dozen visits lined up for the week, go.
        planReasons |  |  |  | On what basis were these ranked? | Which accts should be on my agenda Mon to Fri?
        planReasons |  |  |  | なんでこの先を選んだの？ | 今週はどこを回ればいい？
        planReasons |  |  |  | この予定の根拠を教えてください | 来週の訪問予定を組んでください
        planReasons | 田中商事 |  |  | 田中商事が入ってないのはどうしてですか | 今週の訪問リストちょうだい
        planReasons | 山田工業 |  |  | 山田工業を一番上にした理由は？ | 今週の訪問先を三件選んでほしい
        planReasons |  |  |  | どういう基準で選んだんですか？ | 7社分の訪問計画を立てて
        planReasons |  | A |  | Ａの先が一つしかないのはなぜ？ | 来週の営業スケジュール、たたき台を作ってもらえますか
        planReasons |  |  |  | この計画になったわけを、ざっくり説明して | 今週は時間がないので四社だけ訪問予定を作って
        planReasons | Vertex Automotive |  |  | バーテックスが入っとるのは何でなん？ | 今週どこ行ったらええ？
        planReasons |  |  |  | 選定の理由をお聞かせいただけますか。 | 週間の訪問計画をご提案いただけますでしょうか
        planReasons |  | D |  | なんでDの会社が混ざってるの？ | 来週、１０件ほど客先回りしたいので段取りをお願いします
        planReasons |  |  |  | 先週と顔ぶれが変わったのはなぜ？ | 明日からの一週間、どの得意先に顔を出すべきか知りたいです
        explainCustomer | 田中商事 | C |  | Why is Tanaka Shoji classed as a C?
        explainCustomer | Kimura Print Works |  |  | Tell me about Kimura Print Works
        explainCustomer | Helios Energy | B |  | What makes Helios Energy a B account?
        explainCustomer | Orion Medical Systems | A |  | How come Orion Medical is in A?
        explainCustomer | Zenith Robotics |  |  | What's the story with Zenith Robotics?
        explainCustomer | Acme Industrial |  |  | Which segment does Acme fall into, and why?
        explainCustomer | Lakeside Dental | D |  | I'm surprised Lakeside Dental ended up a D. Explain?
        explainCustomer | Meridian Pharma |  |  | Give me the rundown on Meridian.
        explainCustomer | Pinewood Crafts |  |  | pinewood crafts - where does it sit on the matrix?
        explainCustomer | Globex Manufacturing |  |  | Globx Manufacturing, what's its categorisation based on?
        explainCustomer | Blue River Cafe Supply | A |  | Shouldn't Blue River Cafe Supply be an A?
        explainCustomer | 大和ロジスティクス | A |  | Is Daiwa Logistics one of our key accounts, and on what grounds?
        explainCustomer | ?Greenleaf Garden Co. |  |  | whats the deal with grenlef gardn
        explainCustomer | 山本鉄工所 | C |  | Yamamoto Tekkosho tte naze C nan desu ka?
        explainCustomer | Northwind Trading |  |  | And Northwind Trading? | Why is Tanaka Shoji classed as a C?
        explainCustomer | 株式会社さくらテクノロジー | B |  | さくらテクノロジーはなぜＢなんですか
        explainCustomer | 関西建設 |  |  | 関西建設について教えて
        explainCustomer | 中央化学工業 | A |  | 中央化学工業がAに分類されている根拠は？
        explainCustomer | 有限会社佐藤電材 |  |  | 佐藤電材ってどのランク？
        explainCustomer | 渡辺書店 | D |  | 渡辺書店がDになってるのはどうして
        explainCustomer | 株式会社森田精工 |  |  | 森田精工はどういう位置づけのお客様ですか
        explainCustomer | 丸の内ホールディングス |  |  | 丸の内ＨＤの評価の中身を知りたいです
        explainCustomer | 株式会社東邦電機 |  |  | 東邦電機の分類理由をご説明いただけますか
        explainCustomer | 鈴木モータース |  |  | 鈴木モータースはどこに入るん？
        explainCustomer | 加藤ネジ製作所 |  |  | 加藤ネジさん、どうしてこの区分なのか納得いかないんだけど
        explainCustomer | 株式会社日本データシステム |  |  | 日本データシステムの客観的評価と取引実績はどんな感じ？
        explainCustomer | 有限会社高橋塗装 |  |  | 高橋塗装さんのこと詳しく知りたい
        explainCustomer | Acme Industrial |  |  | アクメってどんな先？
        segmentMembers |  | A |  | Who are my A customers?
        segmentMembers |  | B |  | List every B account.
        segmentMembers |  | D |  | Show me the D's.
        segmentMembers |  | C |  | Which clients land in quadrant C?
        segmentMembers |  | A+B |  | Give me the names in A and B
        segmentMembers |  | B |  | Which companies count as main targets right now?
        segmentMembers |  | A |  | Pull up the key-account list.
        segmentMembers |  | C |  | Who's in the C bucket for Emily Carter?
        segmentMembers |  | D |  | enumerate segment d pls
        segmentMembers |  | B |  | And the B ones? | Who are my A customers?
        segmentMembers |  |  |  | Break my book down by segment and show me who sits where.
        segmentMembers |  | A |  | A顧客の一覧を出して
        segmentMembers |  | B |  | Ｂに入っている取引先はどこですか
        segmentMembers |  | C |  | C区分の得意先を全部教えて
        segmentMembers |  | D |  | Ｄランクのお客さんってどこ？
        segmentMembers |  | C+D |  | CとDの会社名を並べてください
        segmentMembers |  | A |  | 重要顧客（A）に該当する先をリストアップしてもらえますか
        segmentMembers |  | B |  | 伸びしろ大きいとこ、つまりBってどこやっけ
        segmentMembers |  | D |  | じゃあＤは？ | A顧客の一覧を出して
        segmentMembers |  | C |  | 岡田さんの担当でCになってる顧客を知りたいです
        segmentMembers |  | A |  | Aのお客さまってだれだれ？
        segmentMembers |  | B |  | Ｂ象限の先を一覧で見せてください
        segmentAdvice |  | D |  | I'm not sure how to treat my D accounts.
        segmentAdvice |  | B |  | How much of my week should go to B?
        segmentAdvice |  | A |  | What's the best way to look after A customers?
        segmentAdvice |  | C |  | How often should I be calling on C clients?
        segmentAdvice |  | A |  | Any tips for keeping my A's happy so competitors don't get a foot in the door?
        segmentAdvice |  | B |  | What's the playbook for B?
        segmentAdvice |  | D |  | Should I bother visiting D at all?
        segmentAdvice |  | C |  | How do I handle the C lot without neglecting them?
        segmentAdvice |  | B |  | What approach do you recommend for accounts with lots of potential but little business with us yet?
        segmentAdvice |  | A |  | how frequently to visit segment A
        segmentAdvice |  | C |  | And for C? | How much of my week should go to B?
        segmentAdvice |  | B |  | Bのお客様にはどう接すればいいですか
        segmentAdvice |  | D |  | Ｄの先にはどれくらい時間を割くべき？
        segmentAdvice |  | A |  | A顧客への訪問頻度はどのくらいが目安ですか
        segmentAdvice |  | C |  | Cの取引先との付き合い方に悩んでいます
        segmentAdvice |  | A |  | 重要顧客はどうやって守ったらええの？
        segmentAdvice |  | D |  | Dランクの客先、放っておいてもいいんでしょうか
        segmentAdvice |  | B |  | Ｂ攻略のコツを教えて
        segmentAdvice |  | C |  | C顧客は月に何回くらい行けばいいの
        segmentAdvice |  | B+C |  | BとCで時間配分はどう変えるべき？
        segmentAdvice |  | A |  | Ａ先のフォローの仕方をご教示いただけますか
        segmentAdvice |  | D |  | Dはどない扱ったらええんやろ
        segmentAdvice |  | B |  | Bにはどれだけ力入れればいいか知りたいです
        segmentAdvice |  | A |  | Aのお客さんとの関係維持で気をつけることは？
        method |  |  | topic=method-overview | How does this A/B/C/D thing work, in a nutshell?
        method |  |  | topic=method-overview | この手法の全体像をざっくり教えて
        method |  |  | topic=method-overview | Could you explain the matrix method as if I were a new starter?
        method |  |  | topic=axis-objective | What goes into the objective evaluation axis?
        method |  |  | topic=axis-objective | 客観的評価って何を見てるの？
        method |  |  | topic=axis-objective | When you say a company is attractive in itself, what are you measuring?
        method |  |  | topic=axis-record | What counts towards the transaction record?
        method |  |  | topic=axis-record | 取引実績の軸はどう測っていますか
        method |  |  | topic=axis-record | 取り引き実績って具体的には何のこと？
        method |  |  | topic=scoring | How are the scores worked out?
        method |  |  | topic=scoring | パーセンタイルってどういう意味で使ってる？
        method |  |  | topic=scoring | Why is the cut-off at 50?
        method |  |  | topic=budget-first | Why does the sales budget come first?
        method |  |  | topic=budget-first | 予算達成が最優先って、どういうことですか
        method |  |  | topic=glossary | What's the English for 取引実績?
        method |  |  | topic=glossary | 「情」って英語で何て言う？
        method |  |  | topic=glossary | Is there a glossary of the terms you use?
        method | | A | topic=segment-a | What is an A customer, exactly?
        method |  | A | topic=segment-a | Ａ顧客の定義を教えてください
        method |  | B | topic=segment-b | Define segment B.
        method |  | B | topic=segment-b | Bってどういう先のこと？
        method |  | C | topic=segment-c | What does C stand for in this scheme?
        method |  | C | topic=segment-c | C区分ってどんな会社が入るの
        method |  | D | topic=segment-d | What's a D account?
        method |  | D | topic=segment-d | Ｄ顧客とは何か説明してください
        method |  | B+A | topic=why-focus-b | Why should B get more of my time than A?
        method |  | B | topic=why-focus-b | なんでＢに一番時間をかけるんですか
        method |  | B | topic=why-focus-b | What's the rationale for making B the main target?
        method |  | C | topic=c-trap | What is the C trap?
        method |  |  | topic=c-trap | 情で訪問先を選んじゃうって、どういう落とし穴？
        method |  |  | topic=c-trap | I keep popping in on old friends out of loyalty. Is that the trap you warn about?
        method |  |  | topic=after-sales-follow-up | What do you mean by after-sales follow-up?
        method |  |  | topic=after-sales-follow-up | アフターフォローって具体的に何をするの？
        method |  |  | topic=borderline | What happens with customers sitting right on the line between segments?
        method |  |  | topic=borderline | 境界線ギリギリの顧客はどう考えればいい？
        method |  |  | topic=borderline | What does borderline mean in your output?
        method |  |  | topic=weekly-plan | How is the matrix meant to feed into my weekly planning?
        method |  |  | topic=weekly-plan | 週の訪問計画にマトリックスをどう使うの？
        method |  |  | topic=plan-check | How do I read a plan check?
        method |  |  | topic=plan-check | 計画チェックの結果の見方がわからない
        method |  |  | topic=visit-cadence | How often should customers be rotated from week to week?
        method |  |  | topic=visit-cadence | 訪問頻度の考え方を教えて
        method |  |  | topic=visit-cadence | Is there a rule of thumb for visit cadence?
        method |  |  | topic=manager-review | As a manager, how should I review how my reps spend their week?
        method |  |  | topic=manager-review | マネージャーとして部下の時間配分をどうチェックすればいい？
        method |  |  | topic=manager-review | 課長の立場だと、このやり方をどう活かせばよいでしょうか
        method |  | C | topic=c-trap | で、Cの罠って何？ | C区分ってどんな会社が入るの
        countAndShare |  | A |  | How many A customers have I got?
        countAndShare |  | B |  | What percentage of my accounts are B?
        countAndShare |  | D |  | What proportion of the book falls into D?
        countAndShare |  | C |  | Count the C custs.
        countAndShare |  |  |  | How's the book split across the four segments?
        countAndShare |  |  |  | How many clients are there in total?
        countAndShare |  | B+A |  | Number of B accounts versus A accounts?
        countAndShare |  | C |  | What fraction of Emily Carter's customers are C?
        countAndShare |  | D |  | how many Ds r there
        countAndShare |  | C |  | And C? | How many A customers have I got?
        countAndShare |  | A |  | A顧客は何社ありますか
        countAndShare |  | B |  | Ｂの割合はどのくらい？
        countAndShare |  | C |  | Cって全体の何割？
        countAndShare |  | D |  | Ｄは何件ある？
        countAndShare |  |  |  | セグメントごとの社数を教えてください
        countAndShare |  | A |  | 佐々木さんの担当先のうち、Aは何パーセント？
        countAndShare |  | A+B |  | AとBを合わせると何社になる？
        countAndShare |  |  |  | 得意先の構成比を出して
        countAndShare |  | C |  | Cに入ってる先、いくつあるか知りたいです
        countAndShare |  | D |  | 全顧客のうちＤが占めるシェアは？
        countAndShare |  | B |  | B何社あんの？
        countAndShare |  |  |  | 区分別の件数と比率をお示しください
        whatWouldItTake | Vertex Automotive | A |  | What would it take for Vertex Automotive to become an A?
        whatWouldItTake | Kimura Print Works | A |  | What would Kimura need to move up to A?
        whatWouldItTake | Helios Energy | A |  | How could Helios Energy end up in A?
        whatWouldItTake | 田中商事 | D |  | What would push 田中商事 down to D?
        whatWouldItTake | Keystone Retail Group | A |  | What needs to change for Keystone Retail Group to be an A account?
        whatWouldItTake | Atlas Semiconductor | A |  | How much more business would we need with Atlas Semiconductor to make it an A?
        whatWouldItTake | Zenith Robotics | B |  | What would it take to get Zenith Robotics into B?
        whatWouldItTake | Summit Foods | B |  | Could Summit Foods ever be a B? What would have to happen?
        whatWouldItTake | Globex Manufacturing | A |  | What's the gap between Globex and the A segment?
        whatWouldItTake | Northwind Trading | A |  | How far is Northwind Trading from being an A?
        whatWouldItTake | Acme Industrial | A |  | What would tip Acme Industrial over into A?
        whatWouldItTake | 富士精機株式会社 | B |  | What would knock Fuji Seiki down to B?
        whatWouldItTake | 山田工業 | A |  | 山田工業をAにするには何が必要？
        whatWouldItTake | 北陸製薬 | A |  | 北陸製薬がＡに上がる条件は？
        whatWouldItTake | 小林包装 | D |  | 小林包装がDになっちゃうのはどういうとき？
        whatWouldItTake | 東洋重機工業 | A |  | 東洋重機工業をＡ顧客に育てるには、あとどれくらい取引が要りますか
        whatWouldItTake | 鈴木モータース | B |  | 鈴木モータースがBになるには会社の規模がどれくらい必要？
        whatWouldItTake | 株式会社ひまわり介護 | C |  | ひまわり介護がＣに入るには何が足りない？
        whatWouldItTake | 太平洋商船 | A |  | 太平洋商船をＡまで持っていくには何をすればいい
        whatWouldItTake | Pacific Components | A |  | Pacific Componentsが次にAに入るためのハードルを知りたいです
        whatWouldItTake | 株式会社さくらテクノロジー | A |  | さくらテクノロジー、あとどのくらい受注すればＡになる？
        whatWouldItTake | Maple Office Services | D |  | Maple Office ServicesがDに落ちるとしたら、何が起きたとき？
        whatWouldItTake | 関西建設 | A |  | Ａに上げるには？ | 関西建設について教えて
        planCheck |  |  |  | Can you check my plan for next week?
        planCheck | 田中商事+Kimura Print Works+Lakeside Dental |  |  | Here's my schedule: 田中商事 Monday, Kimura Print Works Tuesday, Lakeside Dental Wednesday. Does that look balanced?
        planCheck |  |  |  | Sanity-check Emily Carter's visit allocation, would you?
        planCheck |  | A+B+C+D |  | Is my time split across A/B/C/D about right this week?
        planCheck | Blue River Cafe Supply+Maple Office Services+Greenleaf Garden Co. | C |  | I'm planning to see Blue River Cafe Supply, Maple Office Services and Greenleaf Garden Co. Too much C?
        planCheck |  |  |  | Review my itinerary and tell me if I'm overinvesting anywhere.
        planCheck |  |  |  | Audit Okada's rota for the week.
        planCheck | Helios Energy+Meridian Pharma | D |  | I've booked Helios Energy and Meridian Pharma plus three D's. Thoughts?
        planCheck |  |  |  | Have I got the balance right in my plan?
        planCheck |  |  |  | Does my calendar lean too heavily on old friends?
        planCheck |  |  |  | grade my plan
        planCheck |  |  |  | 来週の自分の訪問計画をチェックしてください
        planCheck | 田中商事+株式会社森田精工+有限会社高橋塗装 |  |  | 今週は田中商事、森田精工、高橋塗装に行く予定だけど、偏ってないかな
        planCheck |  |  |  | 佐々木さんの予定、時間配分見てもらえますか
        planCheck |  | C |  | 私のスケジュール、Cに寄りすぎてない？
        planCheck |  |  |  | 岡田の計画を評価して
        planCheck |  |  |  | 今週の段取りがこれで大丈夫か確認したいです
        planCheck | 山田工業+丸の内ホールディングス+関西建設 |  |  | 山田工業と丸の内ホールディングスと関西建設を回る予定です。バランスはどう？
        planCheck |  |  |  | 部下の訪問配分を点検してほしい
        planCheck |  |  |  | この予定で予算いけるか見てくれへん？
        planCheck |  |  |  | ワイの予定表、診断してや
        planCheck |  | A+B |  | Emilyさんの来週の計画、ＡとＢにちゃんと時間使えてるか確認して
        compare | Vertex Automotive+Atlas Semiconductor |  |  | Should I visit Vertex Automotive or Atlas Semiconductor first?
        compare | 田中商事+関西建設 |  |  | Which is more important right now, 田中商事 or 関西建設?
        compare | Kimura Print Works+Maple Office Services |  |  | Kimura vs Maple Office Services: who gets priority?
        compare | Helios Energy+Keystone Retail Group |  |  | If I can only fit in one, Helios Energy or Keystone Retail Group?
        compare | Orion Medical Systems+Pacific Components+Northwind Trading |  |  | Rank Orion Medical Systems, Pacific Components and Northwind Trading by visit priority.
        compare | Globex Manufacturing+Meridian Pharma |  |  | Between Globex and Meridian, where's my time better spent?
        compare | Sunrise Bakery+Copper Kettle Diner |  |  | Is Sunrise Bakery worth more of my time than Copper Kettle Diner?
        compare | Summit Foods+Acme Industrial |  |  | Who should come first: Summit Foods or Acme?
        compare | Starlight Florist+Pinewood Crafts |  |  | I can't decide between Starlight Florist and Pinewood Crafts.
        compare | Zenith Robotics+Tiny Gears Ltd. |  |  | which one's the bigger fish, Zenith Robotics or Tiny Gears?
        compare | Lakeside Dental+Sunrise Bakery |  |  | And Lakeside Dental against Sunrise Bakery? | Is Sunrise Bakery worth more of my time than Copper Kettle Diner?
        compare | 山田工業+東洋重機工業 |  |  | 山田工業と東洋重機工業、どっちを先に訪問すべき？
        compare | 中央化学工業+富士精機株式会社 |  |  | 中央化学工業と富士精機株式会社ではどちらが優先ですか
        compare | 北陸製薬+太平洋商船 |  |  | 北陸製薬と太平洋商船、重要度を比べて
        compare | 有限会社佐藤電材+小林包装 |  |  | 佐藤電材と小林包装、今週どっち行こうか迷ってる
        compare | 株式会社日本データシステム+丸の内ホールディングス |  |  | 日本データシステムと丸の内ホールディングス、どちらに時間を使うべきでしょうか
        compare | 鈴木モータース+株式会社東邦電機 |  |  | 鈴木モータースより東邦電機を優先すべき？
        compare | 伊藤クリーニング+中村工務店 |  |  | 伊藤クリーニングか中村工務店か、一件しか行けないならどっち？
        compare | 株式会社さくらテクノロジー+関西建設+大和ロジスティクス |  |  | さくらテクノロジーと関西建設と大和ロジスティクス、優先順位をつけてください
        compare | 田中商事+加藤ネジ製作所 |  |  | 田中商事と加藤ネジ、どっちが大事なん？
        compare | 渡辺書店+株式会社ひまわり介護 |  |  | 渡辺書店とひまわり介護やったらどっちが先？
        compare | 株式会社森田精工+山本鉄工所 |  |  | 森田精工と山本鉄工所の訪問優先度を比較したいです
        help |  |  |  | What can you do?
        help |  |  |  | How do I use this thing?
        help |  |  |  | What sort of questions can I ask you?
        help |  |  |  | Is there a list of commands?
        help |  |  |  | Help!
        help |  |  |  | How should I phrase a question about a specific customer?
        help |  |  |  | Can I ask you things in Japanese?
        help |  |  |  | I'm new here, where do I start with SalesCoach?
        help |  |  |  | what are you for
        help |  |  |  | Show me some example questions.
        help |  |  |  | 使い方を教えて
        help |  |  |  | 何ができるの？
        help |  |  |  | どんな質問ならできますか
        help |  |  |  | ヘルプ
        help |  |  |  | 英語で質問しても大丈夫？
        help |  |  |  | 初めて使うんですが、どう聞けばいいでしょうか
        help |  |  |  | このツールの機能一覧を見せて
        help |  |  |  | 質問の例をいくつか出してください
        help |  |  |  | これ、どうやって使うん？
        help |  |  |  | SalesCoachでできることをご案内いただけますか
        outOfScope |  |  |  | What's the weather in Osaka tomorrow?
        outOfScope | Acme Industrial |  |  | Write a follow-up email to the buyer at Acme Industrial.
        outOfScope |  |  |  | What's our competitor charging for similar products?
        outOfScope |  |  |  | How do I find brand-new prospects we've never sold to?
        outOfScope |  |  |  | Can you file my expense report?
        outOfScope |  |  |  | Tell me a joke.
        outOfScope | Atlas Semiconductor |  |  | What's Atlas Semiconductor's share price?
        outOfScope |  |  |  | Translate this quote into French.
        outOfScope | Kimura Print Works |  |  | Email Kimura Print Works' contact about the delivery delay.
        outOfScope |  |  |  | How do I negotiate a discount without losing margin?
        outOfScope |  |  |  | Recommend a good restaurant near Shinjuku for client entertaining.
        outOfScope |  |  |  | What's the capital of Australia?
        outOfScope |  |  |  | Who won the match last night?
        outOfScope |  |  |  | Book me a train to Nagoya.
        outOfScope |  |  |  | How do I reset my laptop password?
        outOfScope |  |  |  | Generate a sales forecast for next year.
        outOfScope |  |  |  | What's the best CRM on the market?
        outOfScope |  |  |  | Write me a cold-calling script.
        outOfScope |  |  |  | Summarise the news about the semiconductor industry.
        outOfScope |  |  |  | How do I ask my boss for a raise?
        outOfScope |  |  |  | 明日の天気は？
        outOfScope |  |  |  | 見積書を作ってください
        outOfScope |  |  |  | 新規開拓のコツを教えて
        outOfScope |  |  |  | 競合他社の価格を調べて
        outOfScope |  |  |  | 経費精算のやり方は？
        outOfScope |  |  |  | おすすめのランチの店ある？
        outOfScope | 中央化学工業 |  |  | 中央化学工業の株価を教えて
        outOfScope |  |  |  | 社長への謝罪メールの文面を考えてほしい
        outOfScope |  |  |  | 値引き交渉のうまいやり方は？
        outOfScope |  |  |  | 名古屋行きの新幹線を予約して
        outOfScope |  |  |  | 英語のプレゼン資料を翻訳して
        outOfScope |  |  |  | 今日のニュースをまとめて
        outOfScope |  |  |  | 名刺の管理方法を教えて
        outOfScope |  |  |  | パソコンが重いんだけどどうしたらいい？
        outOfScope |  |  |  | 来期の売上予測を立てて
        outOfScope |  |  |  | 飛び込み営業のトークスクリプトを書いて
        outOfScope |  |  |  | 上司との関係がうまくいかない
        outOfScope |  |  |  | 手土産は何がいいかな
        outOfScope |  |  |  | 年末調整の書類はいつまで出せばいいですか
        outOfScope |  |  |  | 部長の誕生日プレゼント何がいいと思う？
        """
}
