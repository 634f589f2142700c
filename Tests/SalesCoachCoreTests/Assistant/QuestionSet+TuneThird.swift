/// A third batch of tuning questions, written from the user's side without looking at the
/// interpreter: very short and very long inputs, greetings and context before the question,
/// managers, new hires and venting reps, Kansai-ish and keigo Japanese, full-width letters and
/// digits, txt-speak and typos, names without legal form, partial or in romaji, counts as digits,
/// words and kanji, and short follow-ups that lean on the previous question.
extension QuestionSet {
    static let tuneThird = """
        intent | customers | segments | extra | question | previous question
        weeklyPlan |  |  |  | plan |
        weeklyPlan |  |  |  | 予定 |
        weeklyPlan |  |  | number=5 | 来週の訪問先を５件選んで |
        weeklyPlan |  |  | number=8 | make it 8 | who should I visit next week?
        weeklyPlan |  |  | number=10 | 今週は十件回れそうなので、訪問計画を作ってください |
        weeklyPlan |  |  | number=6 | hi, quick one: can u give me 6 visits for next wk pls |
        weeklyPlan |  |  | number=12 | I've got time for a dozen visits next week, who should they be? |
        weeklyPlan |  |  |  | お疲れ様です。来週どこ回ったらええかな？ |
        weeklyPlan |  | B |  | 来週はBの先を中心に予定組んでくれへん？ |
        weeklyPlan | Acme Industrial |  |  | build my plan for next week and make sure acme is in it |
        weeklyPlan |  |  | number=7 | 七件で来週のスケジュールを作成いただけますか |
        weeklyPlan |  |  | number=4 | Only four slots this week because of the trade show. Who gets them? |
        weeklyPlan |  |  | number=3 | 3つだけで | 来週の訪問計画を立てて
        weeklyPlan |  |  |  | 新人です。今週どのお客さんを訪問すればいいか、計画を作ってもらえますか？ |
        weeklyPlan |  |  | number=9 | schedule nine visits for me, prioritised properly |
        weeklyPlan |  |  | number=15 | 15件分の訪問リストを出して |
        weeklyPlan |  |  |  | Long week ahead. We're about 8% behind budget and my manager wants to see a recovery plan by Friday. I've been doing my usual rounds but I don't think that's enough anymore. Who should I actually be visiting next week? |
        weeklyPlan |  | C |  | Cは減らして来週の計画を作り直して |
        weeklyPlan |  |  | number=20 | 来月は二十件くらい訪問できるけど、どこを回るべき？ |
        weeklyPlan |  |  |  | visit plan pls |
        weeklyPlan |  |  | number=5 | ５社 | 今週の訪問先を教えて
        weeklyPlan |  |  |  | 来週の訪問スケジュールを組んでいただけますでしょうか。 |
        weeklyPlan |  |  | number=6 | what about six instead | plan 10 visits for next week
        weeklyPlan |  | A+B |  | give me a plan for next week that only covers A and B accounts |
        weeklyPlan | 山本鉄工所 |  |  | 来週の予定に山本鉄工所も入れて組み直してほしい |
        weeklyPlan |  |  | number=2 | Just two visits this week, I'm mostly stuck in the office. Which two? |
        weeklyPlan |  |  | number=8 | 8件でお願いします | 訪問計画
        weeklyPlan |  |  | number=11 | morning! eleven visits next week, can you sort out who |
        weeklyPlan |  |  | number=3 | 三件だけ回るならどこ？ |
        weeklyPlan |  |  | number=10 | １週間で１０件回る計画を立ててください |
        planReasons |  |  |  | why? | who should I visit this week?
        planReasons |  |  |  | なんで？ | 来週の訪問計画を作って
        planReasons | Acme Industrial |  |  | why is Acme on there | plan my week
        planReasons | 田中商事 |  |  | 田中商事が入ってないのはなぜですか | 今週の予定を組んでください
        planReasons |  | B |  | why so many B's? | give me 8 visits for next week
        planReasons |  |  |  | その選び方の理由を教えてください | ５件で計画して
        planReasons |  |  |  | explain the picks | who do I visit next week
        planReasons | Zenith Robotics |  |  | Zenith Robotics has never ordered anything, why did it make the list? | plan six visits
        planReasons |  | C |  | Cが一件も入ってへんのはなんで？ | 来週どこ行けばいい？
        planReasons |  |  |  | how did you choose these customers? | visit plan pls
        planReasons | 北陸製薬+山田工業 |  |  | 北陸製薬と山田工業を選んだ根拠は？ | 今週の訪問先を決めて
        planReasons |  |  |  | why those ones tho | plan
        planReasons |  |  |  | この順番になっている理由は何でしょうか | 来週の訪問予定を10件出して
        planReasons | Kimura Print Works |  |  | I always see Kimura on Tuesdays, why did you drop them? | who should I see next week
        planReasons |  |  |  | 根拠は？ | 今週は何件回ればいい？5件で組んで
        explainCustomer | Acme Industrial |  |  | acme |
        explainCustomer | 田中商事 | C |  | 田中商事はなんでCなの？ |
        explainCustomer | 山本鉄工所 |  |  | tell me about Yamamoto Tekkosho |
        explainCustomer | 北陸製薬 |  |  | じゃあ北陸製薬は？ | 田中商事はなぜCなんですか
        explainCustomer | Kimura Print Works |  |  | and kimura? | why is Acme an A?
        explainCustomer | 株式会社さくらテクノロジー |  |  | さくらテクノロジーのプロフィールを見せて |
        explainCustomer | 有限会社佐藤電材 |  |  | Sato Denzai - what segment and why |
        explainCustomer | Orion Medical Systems | A |  | why is orion medical an A |
        explainCustomer | 株式会社森田精工 |  |  | 森田精工について教えていただけますか |
        explainCustomer | Helios Energy | B |  | Helios Energy is B? really? we barely know them |
        explainCustomer | Northwind Trading |  |  | Northwnd trading details |
        explainCustomer | 鈴木モータース |  |  | 鈴木モータースってどういう位置づけなん？ |
        explainCustomer | 株式会社日本データシステム |  |  | 日本データシステムの評価を説明してください |
        explainCustomer | Pinewood Crafts | D |  | why is pinewood crafts a D |
        explainCustomer | 関西建設 |  |  | 関西建設はどのセグメント？ |
        explainCustomer | 富士精機株式会社 |  |  | 富士精機は？ | 関西建設はどのセグメントですか
        explainCustomer | Kimura Print Works | A |  | Why isn't Kimura Print Works an A? They've been with us for twenty years. |
        explainCustomer | 株式会社東邦電機 |  |  | 東邦電機のスコア見せて |
        explainCustomer | ?Meridian Pharma |  |  | tell me about merdien farma |
        explainCustomer | 大和ロジスティクス |  |  | 大和ロジの立ち位置を知りたいです |
        explainCustomer | Tiny Gears Ltd. |  |  | TINY GEARS |
        explainCustomer | 小林包装 |  |  | explain Kobayashi Hoso |
        explainCustomer | ?中央化学工業 |  |  | 中央科学ってどんな会社？ |
        explainCustomer | 有限会社高橋塗装 |  |  | 高橋塗装さんの詳細 |
        explainCustomer | 田中商事 | C |  | お疲れ様です。先週の会議で部長から「Cの先に時間をかけすぎ」と言われました。田中商事さんとは先代社長からの付き合いで、月2回は顔を出しています。売上もそこそこあるのに、どうして田中商事はCなんでしょうか？ |
        explainCustomer | Maple Office Services |  |  | maple office, wat segment |
        explainCustomer | 株式会社ひまわり介護 |  |  | ひまわり介護ってどこに入ってるん？ |
        explainCustomer | ?Vertex Automotive |  |  | profile of Vrtx Automtive |
        explainCustomer | 関西建設 |  |  | Kansai Kensetsu |
        segmentMembers |  | C |  | C一覧 |
        segmentMembers |  | A |  | list my key accounts |
        segmentMembers |  | C |  | and C? | which customers are B?
        segmentMembers |  | D |  | Dは？ | Aの顧客を一覧で見せて
        segmentMembers |  | B |  | Ｂ顧客はどこですか |
        segmentMembers |  | A+B |  | AとBの取引先を全部出して |
        segmentMembers |  | D |  | show me the D's |
        segmentMembers |  | C |  | うちのCってどこがあるん？ |
        segmentMembers |  | A |  | 重要顧客のリストをください |
        segmentMembers |  | B |  | B? | list the A customers
        segmentMembers |  | C |  | Which of my accounts fall into segment C? |
        segmentMembers |  | D |  | D分類の得意先を教えていただけますか |
        segmentMembers |  | B |  | お疲れ様です。Bに入っている会社を確認したいです。 |
        segmentMembers |  | A |  | wat customers r A |
        segmentMembers |  | C+D |  | list C and D together |
        segmentMembers |  | B |  | Bのお客さん、誰と誰なん？ |
        segmentMembers |  | A |  | Aランクの会社名だけ並べて |
        segmentMembers |  | D |  | which accounts are low on both axes? |
        segmentMembers |  | C |  | list the customers where we do lots of business but the company itself is small |
        segmentMembers |  | C |  | Ｃの顧客を見せてください |
        segmentAdvice |  | B |  | how should I handle B customers? |
        segmentAdvice |  | C |  | Cのお客さんにはどれくらい時間かけたらええの？ |
        segmentAdvice |  | A |  | how often should I visit my A accounts |
        segmentAdvice |  | D |  | D顧客への対応方針を教えてください |
        segmentAdvice |  | C |  | what about C? | how should I treat B customers?
        segmentAdvice |  | A |  | 重要顧客には普段何をしておけばいい？ |
        segmentAdvice |  | B |  | Bの先にはどのくらいの頻度で訪問すべきでしょうか |
        segmentAdvice |  | D |  | should I even bother visiting D customers? |
        segmentAdvice |  | C |  | 新人です。Cのお客様とはどのように付き合えばよいですか？ |
        segmentAdvice |  | A |  | Aは？ | Cにはどのくらい時間を使うべき？
        segmentAdvice |  | B |  | whats the best way to approach a B account |
        segmentAdvice |  | C |  | I've got loads of C customers who genuinely like me and honestly I enjoy seeing them too. I know I'm meant to cut back but it feels rude. How much time should I really be giving them? |
        segmentAdvice |  | A |  | Ａの取引先には普段どう接すればいいですか |
        segmentAdvice |  | D |  | Dってほっといてええの？ |
        segmentAdvice |  | B |  | How much of my week should go to B accounts? |
        segmentAdvice |  | C |  | C先への訪問頻度は月1回で十分ですか？ |
        segmentAdvice |  | B |  | 伸ばしたいBの得意先、何から手をつければいい？ |
        segmentAdvice |  | A |  | what do i do with key accounts to stop competitors getting in |
        segmentAdvice |  | D |  | how often for D? | how often should I visit B customers?
        segmentAdvice |  | C |  | Cの取引先は電話やメールで済ませてもいいですか |
        segmentAdvice |  | A |  | Aランクの訪問間隔の目安は？ |
        segmentAdvice |  | C+D |  | C and D - how little time can I get away with? |
        segmentAdvice |  | B |  | Bの顧客に割く時間の割合はどれくらいが適切ですか |
        segmentAdvice |  | D |  | Ｄの先、年に何回くらい行けばええんやろ |
        method |  |  | topic=method-overview | how does this whole matrix thing work? |
        method |  |  | topic=method-overview | 新人です。既存顧客を4つに分ける考え方をざっくり教えてください |
        method |  |  | topic=method-overview | このマトリックスって何のためにあるん？ |
        method |  |  | topic=method-overview | So I joined three weeks ago, came over from retail, and everyone here keeps talking about "the matrix" and the four segments like it's obvious. I've skimmed the handbook twice. Can you just explain what the method is? |
        method |  |  | topic=axis-objective | 客観的評価って何？ |
        method |  |  | topic=axis-objective | what goes into the objective evaluation axis |
        method |  |  | topic=axis-objective | 会社の規模とか売上とか、どの数字で会社の魅力を評価してるんですか |
        method |  |  | topic=axis-record | 取り引き実績の軸について説明してください |
        method |  |  | topic=axis-record | what counts as transaction record |
        method |  |  | topic=axis-record | 取引実績ってどの数字を見てるん？ |
        method |  |  | topic=scoring | how are the scores calculated |
        method |  |  | topic=scoring | パーセンタイル順位ってなんですか |
        method |  |  | topic=scoring | why 50? who decided the cut is at 50 |
        method |  |  | topic=budget-first | what comes first, the budget or the matrix? |
        method |  |  | topic=budget-first | 営業予算が最優先ってどういう意味ですか |
        method |  |  | topic=glossary | what's the english for 取引実績? |
        method |  |  | topic=glossary | 用語集 |
        method |  | A | topic=segment-a | what is an A customer? |
        method |  | A | topic=segment-a | A顧客の定義を教えてください |
        method |  | B | topic=segment-b | what about B | what is an A customer?
        method |  | B | topic=segment-b | Bってどういう意味？ |
        method |  | C | topic=segment-c | Ｃってなに |
        method |  | D | topic=segment-d | D顧客とは |
        method |  | D | topic=segment-d | and D? | what's a C customer?
        method |  | B+A | topic=why-focus-b | why focus on B instead of A? |
        method |  | B | topic=why-focus-b | なんでBに一番時間使わなあかんの？ |
        method |  | B | topic=why-focus-b | Bを最重点にする理由は何ですか |
        method |  | C | topic=c-trap | why is C a trap |
        method |  | C | topic=c-trap | Cの罠ってなに？ |
        method |  |  | topic=c-trap | 情で訪問先を決めるのがダメな理由を教えてください |
        method |  |  | topic=after-sales-follow-up | what does after-sales follow-up involve |
        method |  | A | topic=after-sales-follow-up | A顧客のアフターフォローってどういうこと？ |
        method |  |  | topic=borderline | what does borderline mean? |
        method |  |  | topic=borderline | 境界線上の顧客ってどういう意味ですか |
        method |  |  | topic=weekly-plan | how am I supposed to use the matrix when I plan my week? |
        method |  |  | topic=weekly-plan | 週の訪問計画はどういう考え方で立てればいいんですか |
        method |  |  | topic=plan-check | how do I read the plan check warnings? |
        method |  |  | topic=plan-check | 計画チェックの見方がわからない |
        method |  |  | topic=visit-cadence | how often should I be visiting customers in general |
        method |  |  | topic=visit-cadence | 毎週同じ先ばかり回ってしまうんですが、訪問先の入れ替えってどう考えればいいですか |
        method |  |  | topic=manager-review | I'm a team lead. How should I go about reviewing how my reps spend their week? |
        method |  |  | topic=manager-review | マネージャーとして部下の時間配分をどう見ればよいでしょうか |
        countAndShare |  | C |  | how many C customers do I have |
        countAndShare |  | A |  | Aは何社？ |
        countAndShare |  | D |  | Ｄは？ | Aは何社ありますか
        countAndShare |  |  |  | what's the split across segments |
        countAndShare |  | B |  | Bの割合ってどれくらい？ |
        countAndShare |  |  |  | 顧客のセグメント別の分布を見せてください |
        countAndShare |  | C |  | what percentage of my book is C |
        countAndShare |  | A+B |  | AとBあわせて何件？ |
        countAndShare |  |  |  | how many customers in each group |
        countAndShare |  | D |  | how many Ds r there |
        countAndShare |  | B |  | and B? | how many A accounts are there?
        countAndShare |  | C |  | Cの先って全体の何割くらいなんやろ |
        countAndShare |  | A |  | number of key accounts? |
        countAndShare |  | D |  | D顧客の数は？ |
        whatWouldItTake | Kimura Print Works | A |  | what would it take for Kimura to become an A? |
        whatWouldItTake | 北陸製薬 | A |  | 北陸製薬がAになるには何が必要ですか |
        whatWouldItTake | 山田工業 | A |  | How far is Yamada Kogyo from A? |
        whatWouldItTake | Vertex Automotive |  |  | what would move vertex up a segment? |
        whatWouldItTake | 株式会社さくらテクノロジー | A |  | さくらテクノロジーをAに上げるには、あとどれくらい受注が要る？ |
        whatWouldItTake | Acme Industrial | B |  | could Acme drop to B? what would cause that |
        whatWouldItTake | 有限会社佐藤電材 |  |  | 佐藤電材の区分を変えるには何が足りないんでしょう |
        whatWouldItTake | Globex Manufacturing | A |  | how much more business with globex before they count as A |
        whatWouldItTake | Meridian Pharma | A |  | what would Meridian need to do to be an A account |
        whatWouldItTake | 東洋重機工業 | A |  | Toyo Juki - how many more orders to hit A? |
        whatWouldItTake | 株式会社森田精工 | A |  | 森田精工がAに入るには、会社の規模がどれくらい必要？ |
        whatWouldItTake | Northwind Trading |  |  | what's Northwind missing to move up |
        whatWouldItTake | 丸の内ホールディングス | A |  | 丸の内HDをA顧客にするには取引をどれだけ増やせばいいですか |
        whatWouldItTake | Helios Energy | A |  | and Helios to A? | what would it take for Atlas Semiconductor to become A?
        whatWouldItTake | 株式会社日本データシステム | A |  | 日本データシステムってあと何があればAになるん？ |
        whatWouldItTake | 株式会社ひまわり介護 | C |  | ひまわり介護がCになる条件は？ |
        whatWouldItTake | Tiny Gears Ltd. |  |  | Tiny Gearsって、何がどう変わればランクが上がるの？ |
        whatWouldItTake | 田中商事 | A |  | 田中商事さんをＡにするのは無理ですか？何が変われば届きますか |
        whatWouldItTake | 太平洋商船 | A |  | 太平洋商船、Aまであとどのくらい？ |
        planCheck |  | C |  | 田村さんの来週の予定、Cに寄りすぎてない？ |
        planCheck |  |  |  | check my plan |
        planCheck |  |  |  | is my plan balanced? |
        planCheck |  | C |  | am I spending too much time on C |
        planCheck | 田中商事+有限会社佐藤電材+Kimura Print Works | C |  | 今週は田中商事、佐藤電材、Kimura Printに行く予定なんですが、Cに偏ってますか？ |
        planCheck |  |  |  | 私の計画、バランス大丈夫ですか |
        planCheck |  |  |  | can you review Emily's week for me? I'm her manager |
        planCheck |  | B |  | 来週の予定、Bが足りてるか見てもらえますか |
        planCheck |  |  |  | 計画チェック |
        planCheck |  | C |  | Be honest - am I falling into the C trap this week? |
        planCheck |  | A+C |  | is there enough A in my plan or is it all C again |
        planCheck |  |  |  | 佐々木さんの今週の訪問配分、問題ないかチェックして |
        planCheck | Acme Industrial+Pacific Components+Blue River Cafe Supply+Maple Office Services |  |  | My week: acme mon, pacific tue, blue river wed, maple thu. Is that sensible? |
        planCheck |  | C |  | 情で回ってる先が多すぎる気がする。Cばっかりになってないか予定を見てほしい |
        planCheck |  | D |  | too many D visits in my plan? |
        planCheck |  |  |  | 岡田さんの来週のプラン、時間の使い方おかしくないですか？ |
        planCheck |  | C |  | 1日の半分くらいC先で終わってるんやけど、これアカン？ |
        planCheck |  |  |  | plan ok? |
        planCheck |  |  |  | is that balanced? | plan 8 visits for next week
        planCheck | 山本鉄工所+小林包装+田中商事+鈴木モータース |  |  | 来週の予定です。月曜は山本鉄工所、火曜は小林包装、水曜は田中商事、木曜は鈴木モータース、金曜は社内で事務作業。これって問題ありますか？ |
        planCheck |  | C |  | ugh spent all week at C customers again and still missed budget. is my plan broken or what |
        planCheck |  |  |  | 部下の訪問計画を確認したいのですが、偏りがないか見ていただけますか |
        compare | Acme Industrial+Northwind Trading |  |  | acme or northwind first? |
        compare | 山田工業+北陸製薬 |  |  | 山田工業と北陸製薬、どっちを先に回るべき？ |
        compare | 田中商事+株式会社さくらテクノロジー |  |  | 田中商事とさくらテクノロジー、今週どっちを優先したらええ？ |
        compare | Vertex Automotive+Keystone Retail Group |  |  | which matters more, Vertex or Keystone? |
        compare | 山本鉄工所+小林包装 |  |  | Yamamoto Tekkosho vs Kobayashi Hoso |
        compare | Orion Medical Systems+Meridian Pharma+Atlas Semiconductor |  |  | I can only see one of Orion, Meridian and Atlas on Thursday. Which one? |
        compare | 富士精機株式会社+大和ロジスティクス |  |  | 富士精機さんと大和ロジスティクスさんでは、どちらが重要でしょうか |
        compare | Kimura Print Works+Globex Manufacturing |  |  | kimura print works or globex, who should get my friday slot |
        compare | 東洋重機工業+株式会社日本データシステム |  |  | 東洋重機工業と日本データシステムを比較してください |
        compare | Helios Energy+太平洋商船 |  |  | helios vs 太平洋商船 which is the better use of a visit |
        compare | 鈴木モータース+Sunrise Bakery |  |  | 鈴木モータースとSunrise Bakery、行くならどっち？ |
        compare | 中央化学工業+株式会社東邦電機 |  |  | 中央化学と東邦電機ならどっちが大事なん？ |
        compare | Copper Kettle Diner+Starlight Florist |  |  | copper kettle or starlight, does it even matter which? |
        compare | 関西建設+Acme Industrial |  |  | 関西建設とAcme、どちらを優先すべきでしょうか |
        compare | Zenith Robotics+Pinewood Crafts |  |  | Should I go to Zenith Robotics or Pinewood Crafts first? |
        compare | 北陸製薬+Meridian Pharma |  |  | Hokuriku Seiyaku or Meridian - both pharma, which one first? |
        compare | Atlas Semiconductor+Vertex Automotive |  |  | Both Atlas and Vertex want a meeting on Wednesday afternoon and I can't be in two places at once. Atlas has a new fab coming online, Vertex keeps asking for samples. Which one should I go to? |
        compare | 有限会社高橋塗装+加藤ネジ製作所+渡辺書店 |  |  | 高橋塗装、加藤ネジ、渡辺書店の中で一番優先度が高いのはどこですか |
        help |  |  |  | what can you do |
        help |  |  |  | 使い方を教えて |
        help |  |  |  | コマンド一覧 |
        help |  |  |  | help |
        help |  |  |  | 何ができるんですか？ |
        help |  |  |  | how do I ask about a specific customer? |
        help |  |  |  | 初めて使います。どんなことを聞けばいいですか |
        help |  |  |  | commands pls |
        help |  |  |  | これ、どないして使うん？ |
        outOfScope |  |  |  | what's the weather in Osaka tomorrow |
        outOfScope |  |  |  | 明日の天気は？ |
        outOfScope | Acme Industrial |  |  | can you write a follow-up email to Acme for me? |
        outOfScope | 北陸製薬 |  |  | 北陸製薬向けの提案書を作ってください |
        outOfScope |  |  |  | how do I negotiate a bigger discount without losing margin |
        outOfScope |  |  |  | 値引き交渉のコツを教えて |
        outOfScope |  |  |  | which CRM should we switch to? |
        outOfScope |  |  |  | 来期の売上予測を出して |
        outOfScope |  |  |  | how do I cold call new prospects |
        outOfScope |  |  |  | 新規開拓のテレアポ用トークスクリプトがほしい |
        outOfScope |  |  |  | 交通費の精算ってどうやるの？ |
        outOfScope |  |  |  | what's Toyota's share price |
        outOfScope |  |  |  | translate this into English: いつもお世話になっております |
        outOfScope |  |  |  | クレーム対応の仕方を教えてください |
        outOfScope |  |  |  | 契約書の解約条項ってどう読めばいい？ |
        outOfScope |  |  |  | how do I write a python script to parse our CRM export |
        outOfScope |  |  |  | 今日の阪神どうなった？ |
        outOfScope |  |  |  | 給料日っていつですか |
        outOfScope |  |  |  | we need to hire another rep, what should the job ad say? |
        outOfScope |  |  |  | 佐々木さんって最近どう？何か噂聞いた？ |
        outOfScope | Globex Manufacturing |  |  | what price should I quote Globex for the new line? |
        outOfScope |  |  |  | how do I handle a customer who's furious about a late delivery |
        outOfScope |  |  |  | 東京から大阪の新幹線、何時が空いてる？ |
        outOfScope |  |  |  | ugh my manager is driving me nuts, any advice on dealing with her? |
        outOfScope |  |  |  | 競合他社の価格表を手に入れる方法ある？ |
        outOfScope |  |  |  | 値上げをお客さんにどう切り出せばいいですか |
        outOfScope |  |  |  | 夕飯のレシピ考えて |
        outOfScope |  |  |  | what's a good closing technique for a hesitant buyer |
        outOfScope | Acme Industrial |  |  | Our Q1 renewal with Acme is coming up and a competitor pitched them in October. I want to offer a 5% loyalty discount but my boss isn't keen. How should I structure the pricing for the renewal? |
        outOfScope |  |  |  | 新しいSFAツール、どれがおすすめ？ |
        outOfScope |  |  |  | 経費で落とせる接待の上限っていくらやったっけ |
        """
}
