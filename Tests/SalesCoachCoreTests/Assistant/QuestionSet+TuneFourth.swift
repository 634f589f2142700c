/// A fourth tuning batch, mostly questions outside the method: work that sounds
/// like sales (prices, quotes, discounts, renewals, contracts, invoices, emails,
/// proposals, products, deliveries, complaints, competitors, forecasts, new
/// prospects, marketing, CRM, Excel, pay, expenses, HR, travel, IT) and plain
/// off-topic talk, many naming a real customer or a segment; next to them,
/// in-scope questions in the same vocabulary that the method does answer.
extension QuestionSet {
    static let tuneFourth = """
        outOfScope | Acme Industrial | | | how do I negotiate a better price with Acme Industrial in the Q1 renewal talks?
        outOfScope | 関西建設 | | | 関西建設との価格交渉、どこまで強気に出ていいですか？
        outOfScope | | B | | B顧客と交渉するときのコツを教えて
        outOfScope | | | | my buyer keeps saying "we'll think about it" - how do i close the deal?
        outOfScope | | | | 値下げを要求されたときの切り返しトークを考えてください
        outOfScope | Acme Industrial | | | draft a renewal quote for Acme Industrial
        outOfScope | 中央化学工業 | | | 中央化学工業向けの見積書を作成していただけますでしょうか。
        outOfScope | Summit Foods | | | Summit Foods asked for a quote on 200 units by Friday, what unit price should I put?
        outOfScope | | B | | Bの顧客向けの値引き率は？
        outOfScope | 田中商事 | | | 田中商事は長い付き合いだし、少し値引きしてあげてもいいよね？
        outOfScope | | C | | should C customers get a loyalty discount since they've been with us forever?
        outOfScope | Northwind Trading | | | Northwind Trading wants 15% off. approve or not?
        outOfScope | | A | | Ａ顧客には何パーセントまで値引きできますか
        outOfScope | Starlight Florist | | | waht discount can i give starlight florist if they order twice as much
        outOfScope | Acme Industrial | | | what renewal terms should I offer Acme Industrial so they don't switch to the competitor?
        outOfScope | 株式会社東邦電機 | | | 株式会社東邦電機の保守契約、更新のときに3年契約を提案すべき？
        outOfScope | Orion Medical Systems | | | can you review the liability clause in the Orion Medical Systems contract?
        outOfScope | | | | 契約書の損害賠償条項、上限はどのくらいが一般的ですか。
        outOfScope | 丸の内ホールディングス | | | 丸の内ホールディングスからNDAを結びたいと言われた。注意点は？
        outOfScope | | D | | Ｄの顧客とは取引をやめたい。契約解除の手続きを教えて
        outOfScope | Maple Office Services | | | Maple Office Services wants us to sign their supplier code of conduct. anything to watch out for?
        outOfScope | 鈴木モータース | | | 鈴木モータースの支払いが2か月遅れてる。どう督促すればいい？
        outOfScope | Blue River Cafe Supply | | | can you generate an invoice for last month's order from Blue River Cafe Supply?
        outOfScope | Greenleaf Garden Co. | | | Greenleaf Garden Co. wants net 90 payment terms instead of net 30. should I agree?
        outOfScope | | | | 請求書の再発行ってどうやるんだっけ
        outOfScope | | D | | should D customers be required to pay upfront?
        outOfScope | | A | | write a thank-you email to my A customers
        outOfScope | 富士精機株式会社 | | | 富士精機株式会社の部長宛てに、先日のお礼メールの文面を考えてください。
        outOfScope | | | | 訪問のアポを取るメールを丁寧な敬語で書いて
        outOfScope | Pacific Components | | | pls write a follow up email to pacific components about the delayed shipment
        outOfScope | | C | | C顧客に訪問回数を減らすことを伝えるメール、角が立たない書き方ある？
        outOfScope | 山田工業 | | | 山田工業の大型設備更新に向けた提案書の構成を作って
        outOfScope | Vertex Automotive | | | make me a 10-slide deck for my pitch to Vertex Automotive
        outOfScope | 大和ロジスティクス | | | 昨日の大和ロジスティクスとの打ち合わせの議事録をまとめてください
        outOfScope | | | | make me a powerpoint about the customer matrix for monday's team meeting
        outOfScope | Helios Energy | | | which of our products would fit Helios Energy best?
        outOfScope | | | | 新製品のスペック表ってどこにある？
        outOfScope | Atlas Semiconductor | | | Atlas Semiconductorに聞かれたんだけど、うちの製品って耐熱何度まで対応してる？
        outOfScope | Kimura Print Works | | | Kimura Print Works' delivery is a week late, what do I tell them?
        outOfScope | 小林包装 | | | 小林包装への納品が遅れそうです。先方にどうご説明すればよいでしょうか。
        outOfScope | | | | 在庫切れで納期が読めないときの対応方法は？
        outOfScope | Acme Industrial | | | Acme complained last week about quality, how do I calm them down?
        outOfScope | 東洋重機工業 | | | 東洋重機工業の担当者がめちゃくちゃ怒ってる。どう謝ればいい？
        outOfScope | | | | クレーム対応の基本的な流れを教えてください
        outOfScope | | A | | one of my A customers is furious about a billing error. what should I say on the phone?
        outOfScope | Acme Industrial | | | which competitor pitched Acme Industrial in October and what did they offer?
        outOfScope | | | | 競合のX社の価格帯を調べて
        outOfScope | 株式会社日本データシステム | | | 株式会社日本データシステムは他にどこの業者と取引してる？
        outOfScope | Atlas Semiconductor | | | how's the chip market looking this year? worried about Atlas Semiconductor's budget
        outOfScope | | | | 建設業界の最新ニュースを教えて
        outOfScope | 北陸製薬 | | | 北陸製薬って最近なんかニュースあった？
        outOfScope | | | | forecast my sales for next quarter
        outOfScope | | A | | A顧客からの来期売上を予測して
        outOfScope | Orion Medical Systems | | | how much will Orion Medical Systems order next year?
        outOfScope | | | | 今期の予算、達成できそう？着地見込みを計算して
        outOfScope | | | | show me my pipeline of new prospects by stage
        outOfScope | | | | 新規案件の進捗状況を一覧にして
        outOfScope | | | | give me a list of 50 manufacturing companies in Osaka I could cold call
        outOfScope | | | | 飛び込み営業のコツを教えてください
        outOfScope | | | | テレアポのトークスクリプトを作って
        outOfScope | | | | 新規開拓でアポを取るにはどうしたらいいですか？
        outOfScope | Zenith Robotics | | | I met Zenith Robotics at a trade show. how do I turn that into a first order?
        outOfScope | | | | 展示会で集めた名刺、どうフォローすればいい？
        outOfScope | | D | | plan an email marketing campaign for my D customers
        outOfScope | | | | 展示会のブース、どんなデザインだと目を引く？
        outOfScope | | | | what's a good monthly budget for google ads?
        outOfScope | | | | should we switch from Salesforce to HubSpot?
        outOfScope | | | | おすすめのSFAツールってある？
        outOfScope | | | | can you sync with our CRM and update the deal stages?
        outOfScope | | | | how do I do a vlookup in excel?
        outOfScope | | | | エクセルでピボットテーブルを作る方法を教えてください。
        outOfScope | | | | my csv shows garbled japanese when I open it in excel, how to fix?
        outOfScope | 大和ロジスティクス | | | 大和ロジスティクスの受注でインセンティブはいくらもらえる？
        outOfScope | | | | how is my commission calculated this year?
        outOfScope | | | | ボーナスの査定基準ってどうなってるの
        outOfScope | | B | | will i get paid more if I sell to B customers?
        outOfScope | 田中商事 | | | 田中商事の社長との会食代は経費で落とせますか。
        outOfScope | | | | how do I submit my mileage for customer visits?
        outOfScope | | C | | is it ok to bring gifts to C customers, and can I expense them?
        outOfScope | | | | we're hiring a new sales rep, what should I ask in the interview?
        outOfScope | | | | 新人営業の育成プランを作ってほしい
        outOfScope | | | | 今年の私の人事評価、どうなりそうですか？
        outOfScope | | | | write my self-evaluation for the annual review
        outOfScope | | | | am I a better salesperson than Emily Carter?
        outOfScope | | | | 佐々木さんと岡田さん、どっちの方が営業成績いい？
        outOfScope | | | | can I take next friday off?
        outOfScope | | | | 夏休みの申請ってどこからするの？
        outOfScope | 関西建設 | | | book me a train to 関西建設 for tuesday morning
        outOfScope | | | | 大阪出張のホテルを予約してください
        outOfScope | 北陸製薬 | | | 北陸製薬に行く飛行機、一番安い便はどれ？
        outOfScope | | | | my vpn keeps disconnecting, help
        outOfScope | | | | 社用PCのパスワードを忘れてしまいました
        outOfScope | | | | i'm so burned out from visiting customers every day
        outOfScope | | | | 予算のプレッシャーで眠れません。どうしたらいいでしょう
        outOfScope | | | | 最近営業がつらい。辞めたい
        outOfScope | | | | hey how's it going?
        outOfScope | | | | お疲れさま！今日も寒いね
        outOfScope | | | | あなたは誰が作ったの？
        outOfScope | | | | 日本の消費税率はいつから10%になった？
        outOfScope | | | | will it rain in osaka on thursday? i have visits
        outOfScope | | | | 明日の東京の天気は？
        outOfScope | | | | who won the baseball game last night?
        outOfScope | 株式会社森田精工 | | | 株式会社森田精工の社長がゴルフ好きなんだけど、初心者向けのクラブってどれがいい？
        outOfScope | | | | quick recipe for dinner tonight?
        outOfScope | | | | 接待で使える和食のお店を教えて
        outOfScope | | | | write a python script that sorts my customer csv by profit
        outOfScope | | | | SwiftでJSONをパースする方法は？
        outOfScope | | | | translate this into English: 先日はお忙しいところありがとうございました
        outOfScope | Vertex Automotive | | | Vertex Automotiveに送るメールを英訳してほしい
        outOfScope | | | | 「お世話になっております」って英語で何て言う？
        outOfScope | 田中商事 | | | 田中商事の担当者の誕生日は？
        outOfScope | Meridian Pharma | | | is the purchasing manager at Meridian Pharma married?
        outOfScope | 有限会社佐藤電材 | | | 有限会社佐藤電材の社長の息子さん、どこの大学に行ったんだっけ
        outOfScope | Globex Manufacturing | | | what are the hobbies of Globex Manufacturing's new buyer?
        outOfScope | 太平洋商船 | | | 太平洋商船のキーマンは誰？組織図を知りたい
        outOfScope | Orion Medical Systems | | | call Orion Medical Systems and set up a meeting for next week
        outOfScope | | | | 今週の訪問予定をGoogleカレンダーに登録しておいて
        outOfScope | 株式会社さくらテクノロジー | | | 株式会社さくらテクノロジーにアポのメール送っといて
        outOfScope | | B | | schedule meetings with all my B customers for next week and send the invites
        outOfScope | | | | remind me tomorrow at 9 to call the office
        outOfScope | | | | 訪問計画をPDFにして部長にメールで送っておいてください | 今週の訪問計画を立ててください。
        outOfScope | | | | great, now email each of them a meeting request | plan my week
        outOfScope | | | | ありがとう。じゃあその人たちへの手土産は何がいい？ | 今週の訪問先を教えて
        outOfScope | | | | ok and what discount should I offer them? | why is Acme Industrial an A?
        outOfScope | Sunrise Bakery | | | what time does Sunrise Bakery open on saturdays?
        outOfScope | Copper Kettle Diner | | | Copper Kettle Dinerでランチするならおすすめメニューは？
        outOfScope | Tiny Gears Ltd. | | | what's Tiny Gears Ltd.'s stock price today?
        outOfScope | 株式会社ひまわり介護 | | | 株式会社ひまわり介護の住所と電話番号を教えて
        outOfScope | 加藤ネジ製作所 | | | 加藤ネジ製作所に新商品のサンプルを送りたい。送料はいくら？
        outOfScope | Atlas Semiconductor | | | what would it take to get Atlas Semiconductor to sign a multi-year contract?
        outOfScope | Vertex Automotive+Atlas Semiconductor | | | which is the better stock to buy, Vertex Automotive or Atlas Semiconductor?
        outOfScope | | C | | Ｃのお客さんの社長、高齢で後継者がいないらしい。事業承継の相談に乗るにはどうすれば？
        weeklyPlan | | | | plan my week
        weeklyPlan | | | | plna my week pls
        weeklyPlan | | | number=8 | I've got room for 8 visits this week, who should they be?
        weeklyPlan | | | | 今週の訪問計画を立ててください。
        weeklyPlan | | | number=5 | 来週は5件だけ回れる。どこに行くべき？
        weeklyPlan | | | number=6 | I'm off friday so only 6 visits, build me the week
        weeklyPlan | | | | 予算達成に向けて、今週どこを回ればいいか教えて
        weeklyPlan | | | number=10 | 今週の訪問先を１０件選んで
        weeklyPlan | | | | who should I visit this week instead of cold calling?
        weeklyPlan | | | | 来週のスケジュール、誰のとこ行けばいい？
        planReasons | | | | why these ones? | plan my week
        planReasons | | | | なんでこの顧客たちを選んだの？ | 今週の訪問計画を立ててください。
        planReasons | 田中商事 | | | どうして田中商事が入っていないのですか？ | 今週の訪問計画を作って
        planReasons | | B | | why so many B customers in there? | I've got room for 8 visits this week, who should they be?
        planReasons | | | | 選んだ理由を教えてもらえますか | 来週は5件だけ回れる。どこに行くべき？
        planReasons | Acme Industrial | | | why is Acme Industrial on the list when they complained last week? | plan my week
        explainCustomer | Acme Industrial | A | | Acme Industrial had a competitor pitch in October and a complaint last week — why is it still rated A?
        explainCustomer | 田中商事 | | | 田中商事は先代社長からの付き合いで月2回行ってるけど、どのセグメントになってる？
        explainCustomer | 山田工業 | | | 山田工業って大型設備更新の計画があるらしいけど、マトリックス上はどこに入ってる？
        explainCustomer | Zenith Robotics | | | we met Zenith Robotics at a trade show and they haven't ordered yet — where do they sit in the matrix?
        explainCustomer | 鈴木モータース | C | | なぜ鈴木モータースはCなんですか。取引は多いと思うのですが。
        explainCustomer | Keystone Retail Group | | | Keystone Retail Group is huge but we sell them nothing. what segment is that?
        explainCustomer | 株式会社東邦電機 | | | 株式会社東邦電機について教えて
        explainCustomer | Pacific Components | | | pacific components only has 876 employees, how come it scores high on the objective axis?
        explainCustomer | Greenleaf Garden Co. | | | greenleaf garden co why is it where it is
        explainCustomer | 太平洋商船 | | | 太平洋商船の客観的評価と取引実績は、それぞれどのくらいですか。
        explainCustomer | Meridian Pharma | B | | Is Meridian Pharma a B? It feels like a big client but we barely sell to them.
        explainCustomer | 有限会社高橋塗装 | | | 有限会社高橋塗装ってどういう位置づけのお客さん？
        explainCustomer | Maple Office Services | A | | Maple Office Services makes us good money, so why isn't it an A?
        explainCustomer | 東洋重機工業 | | | 東洋重機工業の担当者が怒ってたって聞いたけど、この顧客の評価ってどうなってる？
        segmentMembers | | A | | which customers are my A accounts?
        segmentMembers | | B | | Ｂの顧客を全部リストアップして
        segmentMembers | | C | | C顧客はどこですか？
        segmentMembers | | D | | list the D ones
        segmentMembers | | A+B | | AとBの顧客を一覧で見せてください
        segmentMembers | | B | | whcih customers are B, the ones I'm supposed to spend most of my time on?
        segmentMembers | | A | | 重要顧客（A）に入ってるのはどこ？
        segmentAdvice | | A | | after closing an order with an A customer, how should I follow up?
        segmentAdvice | | C | | should I be cutting my C visits so I can make budget?
        segmentAdvice | | A | | 競合に取られないように、A顧客にはどう接すればいいですか。
        segmentAdvice | | B | | B顧客にはどのくらい時間をかけるべき？
        segmentAdvice | | D | | D顧客はどう扱えばいい？放っておいていいの？
        segmentAdvice | | C | | Cのお客さんって情があって減らしにくいんだけど、どう付き合えばいい？
        segmentAdvice | | D | | is it fine to just phone my D customers instead of visiting?
        segmentAdvice | | A | | competitors keep circling my A accounts. what does the method say I should be doing with them?
        segmentAdvice | | C | | Ｃ顧客への訪問頻度はどれくらいが適切でしょうか
        segmentAdvice | | B | | B客、どう攻める？
        segmentAdvice | | A+C | | A顧客とC顧客で、対応の仕方はどう変えるべきですか？
        segmentAdvice | | B | | B visits rarely turn into orders right away. should I keep going?
        method | | | topic=budget-first | 新しいお客さんを探すより、今のお客さんを回るほうがいいのはなんで？
        method | | | topic=budget-first | why does the sales budget come first in this method?
        method | | | topic=method-overview | explain the customer matrix method in a nutshell
        method | | | topic=axis-objective | 客観的評価って具体的に何を見てるの？
        method | | | topic=axis-record | what counts as transaction record? orders or profit?
        method | | | topic=axis-record | 取引実績の軸は売上と利益のどちらを見ているのでしょうか。
        method | | | topic=scoring | how are the scores calculated — what's the 50 line?
        method | | | topic=glossary | 取り引き実績って英語で何て言うの？
        method | | B+A | topic=why-focus-b | why does B get the most time rather than A?
        method | | C | topic=c-trap | what is the C trap?
        method | | | topic=c-trap | 情で訪問先を決めちゃうのって何がまずいの？
        method | | | topic=after-sales-follow-up | この手法でいうアフターフォローとは何を指すのですか？
        method | | | topic=borderline | what happens with customers sitting right on the line between two segments?
        method | | | topic=visit-cadence | 毎週同じ客ばかり回ってる。訪問先の入れ替えってどう考えればいい？
        method | | | topic=manager-review | I'm a sales manager. how do I review how my reps spend their week?
        method | | | topic=plan-check | 計画チェックの結果ってどう読めばいいの？
        method | | D | topic=segment-d | D顧客ってそもそも何？
        countAndShare | | A | | what share of our sales comes from A customers?
        countAndShare | | C | | C顧客は何社ありますか？
        countAndShare | | | | how many customers are in each segment?
        countAndShare | | B | | Ｂって全体の何割？
        countAndShare | | | | 各セグメントの利益の割合を教えて
        countAndShare | | A+B | | AとBを合わせると売上の何パーセント？
        whatWouldItTake | 山田工業 | A | | what would it take for 山田工業 to become an A?
        whatWouldItTake | Globex Manufacturing | | | how much more would Globex Manufacturing need to order from us to move up a segment?
        whatWouldItTake | 田中商事 | C+A | | 田中商事がCからAになるには何が必要？
        whatWouldItTake | Atlas Semiconductor | | | Atlas Semiconductorを上のランクに上げるには、あとどれくらい取引が必要ですか。
        whatWouldItTake | Kimura Print Works | D | | could Kimura Print Works drop to D? what would cause that?
        whatWouldItTake | 株式会社日本データシステム | | | 株式会社日本データシステムの取引実績があとどれだけ増えたらセグメントが変わる？
        planCheck | 田中商事+鈴木モータース+Starlight Florist+Acme Industrial | | | check my plan: 田中商事 twice, 鈴木モータース, Starlight Florist and Acme Industrial. balanced?
        planCheck | 関西建設+山田工業+有限会社佐藤電材 | | | 今週は関西建設、山田工業、有限会社佐藤電材を回る予定です。この配分で問題ないですか？
        planCheck | | C+A+D | | here's my week: 4 C visits, 1 A, 1 D. check the allocation
        planCheck | Orion Medical Systems+Summit Foods+Copper Kettle Diner | | | 来週の予定はOrion Medical Systems、Summit Foods、Copper Kettle Dinerです。チェックしてもらえる？
        planCheck | | | | 自分で作った訪問計画、時間配分がおかしくないか見てほしい
        compare | 田中商事+山田工業 | | | 田中商事と山田工業、どっちを先に訪問すべき？
        compare | Acme Industrial+Vertex Automotive | | | Acme Industrial or Vertex Automotive — which should I see first?
        compare | 中央化学工業+富士精機株式会社 | | | 中央化学工業と富士精機株式会社では、どちらを優先すべきでしょうか。
        compare | Northwind Trading+Blue River Cafe Supply | | | only time for one: Northwind Trading or Blue River Cafe Supply?
        compare | 小林包装+Summit Foods | | | 小林包装とSummit Foods、今週行くならどっち？
        help | | | | what can you do?
        help | | | | 何を聞けばいいの？使い方を教えて
        help | | | | how do I load a new customer list?
        help | | | | このツールでできることを教えてください。
        help | | | | どのような聞き方をすればお答えいただけますか
        help | | | | can I point you at the CSV our CRM exports?
        """
}
