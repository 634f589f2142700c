/// A sixth held-out batch: 150 questions written from the product brief, the
/// demo customer book and the knowledge topic ids only, by someone who never saw
/// the interpreter's source, its tuning batches or its results. Labels are what a
/// careful human annotator would choose. Never tune on these: failures here
/// measure how the interpreter does on unseen phrasing, and must not be fixed
/// one by one.
extension QuestionSet {
    static let heldoutSixth = """
        weeklyPlan | | | | who should I visit this week?
        weeklyPlan | | | number=5 | give me 5 visits for next week
        weeklyPlan | | | number=3 | need three customer visits lined up for monday-wednesday, who
        weeklyPlan | | | | 今週どこを回ればいいですか？
        weeklyPlan | | | number=8 | 来週の訪問先を８件選んでください
        weeklyPlan | | | number=4 | 今週は四件しか回れへんのやけど、どこ行ったらええ？
        weeklyPlan | | | | so um can you put together my visit plan for the week I've got about two days free for visits and the rest is admin so yeah who
        weeklyPlan | | | number=10 | plan ten visits pls
        weeklyPlan | | | | 来週の訪問計画を作成していただけますでしょうか。
        weeklyPlan | | | number=6 | 訪問先を6社ピックアップして
        weeklyPlan | | | | wich customers shoud i go see next week
        weeklyPlan | | | number=2 | 金曜に２件だけ行けるんだけど、どこがいい？
        weeklyPlan | | B | | plan my week but build it mostly around B accounts
        weeklyPlan | | | number=7 | 今週の訪問予定、七件で組んでもらえる？
        planReasons | | | | why those? | who should I visit this week?
        planReasons | | | | なんでこの順番なの？ | 今週どこを回ればいいですか？
        planReasons | Acme Industrial | | | why is Acme on the list? | give me 5 visits for next week
        planReasons | 田中商事 | | | 田中商事が入ってないのはどうして？ | 来週の訪問先を８件選んでください
        planReasons | | | | explain the reasoning behind this plan | plan ten visits pls
        planReasons | | | | この計画の根拠を教えてください。 | 来週の訪問計画を作成していただけますでしょうか。
        planReasons | | B+A | | why so many B's and no A's at all? | plan my week but build it mostly around B accounts
        explainCustomer | Acme Industrial | | | why is acme where it is in the matrix?
        explainCustomer | 田中商事 | | | 田中商事はなぜこの区分なんですか？
        explainCustomer | Northwind Trading | | | tell me about northwind
        explainCustomer | 山田工業 | | | what's the story with Yamada Kogyo?
        explainCustomer | 株式会社さくらテクノロジー | | | さくらテクノロジーってどういうお客さん？
        explainCustomer | Orion Medical Systems | | | Orion Medical - why that segment?
        explainCustomer | 富士精機株式会社 | | | 富士精機の分類理由をご説明いただけますか。
        explainCustomer | Keystone Retail Group | | | how come keystone retail got that rating
        explainCustomer | Helios Energy | | | Helios Enrgy — what segment and why?
        explainCustomer | Zenith Robotics | | | Zenith Robotics、どういう評価になってるの？
        explainCustomer | 関西建設 | A | | 関西建設がA判定なのはなんで？
        explainCustomer | Pacific Components | | | and Pacific Components? | why is acme where it is in the matrix?
        explainCustomer | 大和ロジスティクス | | | じゃあ大和ロジスティクスは？ | 田中商事はなぜこの区分なんですか？
        explainCustomer | 株式会社森田精工 | | | 森田精工さんについて詳しく知りたいです
        explainCustomer | Blue River Cafe Supply | | | why is blue river cafe classified the way it is they order from us all the time like every week basically
        explainCustomer | 東洋重機工業 | | | can you explain toyo juki's segment
        explainCustomer | Tiny Gears Ltd. | | | tiny gears?? why that bucket
        explainCustomer | 有限会社佐藤電材 | | | 佐藤電材ってなんでこうなってるの
        explainCustomer | 株式会社日本データシステム | | | 日本データシステムがどうしてこのセグメントなのか知りたいです
        explainCustomer | Meridian Pharma | B | | is meridian pharma really a B? why
        segmentMembers | | A | | list my A customers
        segmentMembers | | B | | B顧客の一覧を見せて
        segmentMembers | | C | | which accounts are in C?
        segmentMembers | | D | | D区分に入っているお客様を教えていただけますか
        segmentMembers | | A+B | | show A and B customers
        segmentMembers | | B | | who are my main targets?
        segmentMembers | | C | | Ｃランクの客ってどこ？
        segmentMembers | | A | | うちの重要顧客ってどこになる？
        segmentMembers | | D | | d customers pls
        segmentMembers | | B | | Bに分類されてる会社を全部出して
        segmentAdvice | | C | | how should I handle C customers?
        segmentAdvice | | A | | A顧客にはどう接すればいいですか？
        segmentAdvice | | B | | how often should I be visiting Bs
        segmentAdvice | | D | | Dのお客さんにどれくらい時間使えばいい？
        segmentAdvice | | C | | my C accounts keep calling me for visits, what do I do with them
        segmentAdvice | | B | | B顧客へのアプローチ方法を教えてください
        segmentAdvice | | A | | what should i be doing for A accounts so they don't get poached
        segmentAdvice | | D | | should I just drop D customers?
        segmentAdvice | | C | | Ｃの先って月何回くらい行くもんなん？
        segmentAdvice | | B+C | | how much time on B versus C?
        segmentAdvice | | A | | Ａ顧客の訪問頻度はどの程度が適切でしょうか。
        segmentAdvice | | D | | D先は電話だけで済ませてもいいですか
        method | | | topic=method-overview | explain the method in a nutshell
        method | | | topic=method-overview | この手法の考え方をざっくり教えて
        method | | | topic=axis-objective | 客観的評価って何を見てるの？
        method | | | topic=axis-record | what counts toward the transaction record axis
        method | | | topic=scoring | how are the scores calculated
        method | | | topic=scoring | 50で線を引いてるのはなぜ？パーセンタイルって何？
        method | | | topic=budget-first | 予算とマトリックス、どっちが優先なんですか
        method | | | topic=budget-first | what if hitting my number this month means ignoring the matrix?
        method | | | topic=glossary | what's the english for 取り引き実績?
        method | | A | topic=segment-a | what is an A customer?
        method | | B | topic=segment-b | B顧客とは何ですか？
        method | | C | topic=segment-c | Cってどういう顧客のこと？
        method | | D | topic=segment-d | define segment D
        method | | B+A | topic=why-focus-b | why does B get the most time and not A?
        method | | B | topic=why-focus-b | Bに一番時間を割く理由って何ですか
        method | | C | topic=c-trap | what is the C trap
        method | | | topic=c-trap | 情で訪問先を決めちゃうのってそんなにダメ？
        method | | A | topic=after-sales-follow-up | アフターフォローって具体的に何をするの？A顧客向けの
        method | | | topic=borderline | what happens with customers right on the line between two boxes?
        method | | | topic=weekly-plan | how is the matrix supposed to be used when I build my weekly plan?
        method | | | topic=plan-check | 計画チェックの結果ってどう読めばいいの？
        method | | | topic=visit-cadence | 毎週同じ先ばかり回らないように、どうローテーションすればいい？
        method | | | topic=manager-review | as a manager, how am I supposed to review the way my reps spend their week?
        countAndShare | | | | how many customers in each segment?
        countAndShare | | B | | Bは何社ある？
        countAndShare | | C | | what percentage of my book is C
        countAndShare | | | | 区分ごとの内訳を教えてください
        countAndShare | | A | | how many key accounts do we have
        countAndShare | | A+B | | AとBを合わせると全体の何割？
        countAndShare | | D | | Ｄの件数は？
        countAndShare | | | | breakdown of customers across the four boxes?
        countAndShare | | C+D | | 顧客のうちCとDが占める割合ってどのくらいですか
        whatWouldItTake | Keystone Retail Group | A | | what would it take to get Keystone to A?
        whatWouldItTake | 山田工業 | A | | 山田工業をAに上げるには何が必要？
        whatWouldItTake | 田中商事 | | | 田中商事が今の区分から抜け出すには？
        whatWouldItTake | Zenith Robotics | | | what does Zenith need to move up?
        whatWouldItTake | Globex Manufacturing | B | | how far is globex from being a B
        whatWouldItTake | 株式会社東邦電機 | A | | 東邦電機がＡになるにはあとどれくらい取引が必要ですか
        whatWouldItTake | Atlas Semiconductor | | | how much more would atlas semi need to order before it changes segment
        whatWouldItTake | 北陸製薬 | A | | 北陸製薬をA顧客にするにはどうすれば？
        whatWouldItTake | Summit Foods | A | | what would summit foods have to do to become a key account
        whatWouldItTake | 丸の内ホールディングス | | | 丸の内HDの区分が変わる条件って？
        planCheck | | | | can you check my plan for this week?
        planCheck | | | | 私の今週の予定、チェックしてもらえますか
        planCheck | | C | | am I spending too much time on C customers?
        planCheck | | | | 佐々木さんの訪問計画を確認したい
        planCheck | | | | review Emily Carter's visits for next week, is her allocation ok?
        planCheck | | C | | Cばっかり行ってる気がするんだけど大丈夫かな
        planCheck | | | | chek my visit shedule for nxt week plz, does it look ok
        planCheck | | | | 岡田さんの時間配分、偏ってないか見てほしい
        planCheck | | B | | as a manager I want to see whether my team is giving B enough attention in their plans
        planCheck | | | | 来週の予定を組んだので、問題ないか見てください。
        compare | Acme Industrial+Northwind Trading | | | acme or northwind, which one first?
        compare | 田中商事+関西建設 | | | 田中商事と関西建設、どっちを優先すべき？
        compare | Helios Energy+Vertex Automotive+Atlas Semiconductor | | | between helios, vertex and atlas which matters most
        compare | 富士精機株式会社+中央化学工業 | | | 富士精機と中央化学工業ではどちらが重要ですか
        compare | Kimura Print Works+小林包装 | | | should i see kimura print or kobayashi hoso first
        compare | 山本鉄工所+株式会社森田精工 | | | 山本鉄工所と森田精工、時間がないのでどっちか一つなら？
        compare | ?Meridian Pharma+Orion Medical Systems | | | merdien farmer vs orion medical, who gets my time
        compare | 太平洋商船+丸の内ホールディングス | | | 太平洋商船と丸の内ホールディングスを比べるとどっちが上？
        help | | | | what can you do?
        help | | | | 何ができるの？
        help | | | | how do I use this thing
        help | | | | 使い方を教えていただけますか。
        help | | | | help
        help | | | | どんな質問ができますか？例を教えて
        outOfScope | | | | what's the weather in Osaka tomorrow
        outOfScope | | | | 今日のランチどこがいい？
        outOfScope | Acme Industrial | | | write me a cold email to Acme Industrial
        outOfScope | | | | what's our stock price today
        outOfScope | | | | 競合他社の価格表を調べて
        outOfScope | | | | how do i negotiate a discount with procurement
        outOfScope | | | | 経費精算のやり方教えて
        outOfScope | | | | translate "thank you for your order" into Japanese
        outOfScope | | | | how many vacation days do I have left
        outOfScope | | | | 新規開拓のテレアポのコツは？
        outOfScope | | | | forecast next quarter's revenue for the whole company
        outOfScope | | | | 部長へのメール、敬語がおかしくないかチェックしてくれる？
        outOfScope | | | | what's a good gift for a client's retirement party
        outOfScope | 山田工業 | | | 山田工業の社長の誕生日っていつ？
        outOfScope | | | | tell me a joke
        outOfScope | | | | who won the baseball game last night
        outOfScope | | | | 東京から大阪までの新幹線の時間を調べて
        outOfScope | | | | what's the best CRM software
        outOfScope | | | | how do I reset my password
        outOfScope | | | | 消費税の計算方法を教えて
        outOfScope | Summit Foods | | | what discount should I give Summit Foods on their renewal
        outOfScope | | | | 来月の営業会議の資料作って
        """
}
