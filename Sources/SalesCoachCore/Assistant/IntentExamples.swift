/// Example questions with their intent, the model's learning data
/// (`IntentModel`). Customer names are masked as ◆: the model learns how
/// questions are asked, not which customers are in them.
///
/// The lines are the team's tune questions, written here by
/// `SALESCOACH_WRITE_EXAMPLES=1 swift test --filter IntentExampleWriter`, and a
/// test keeps them equal. Held-out questions never go in, so the held-out
/// figures stay a fair test. Add a phrasing by adding a labelled tune
/// question and writing the examples again.
enum IntentExamples {
    static var all: [(kind: Intent.Kind, question: String)] {
        text.split(separator: "\n").compactMap { line in
            guard let bar = line.firstIndex(of: "|"),
                let kind = Intent.Kind(rawValue: line[..<bar].trimmingCharacters(in: .whitespaces))
            else { return nil }
            return (kind, String(line[line.index(after: bar)...]).trimmingCharacters(in: .whitespaces))
        }
    }

    static let text = """
        weeklyPlan | who should I visit this week?
        weeklyPlan | plan my week
        weeklyPlan | Make me a visit plan
        weeklyPlan | where should I spend my time this week?
        weeklyPlan | plan 12 visits for this week
        weeklyPlan | which accounts do I visit first this week
        weeklyPlan | what's my schedule looking like, who do I call on?
        weeklyPlan | suggest visits for the week
        weeklyPlan | who shoud I vist this wek?
        weeklyPlan | Build a weekly plan please
        weeklyPlan | 今週はどこを訪問すべき?
        weeklyPlan | 訪問計画を作って
        weeklyPlan | 今週の訪問計画を立ててください
        weeklyPlan | 今週は誰に会いに行けばいいですか
        weeklyPlan | 10件で訪問プランを作成してください
        weeklyPlan | 今週の予定を組んで
        weeklyPlan | どの顧客から回ればいいでしょうか
        weeklyPlan | PLAN MY WEEK
        explainCustomer | why is ◆ in C?
        explainCustomer | explain ◆
        explainCustomer | why is ◆ where it is?
        explainCustomer | What segment is ◆ in?
        explainCustomer | why is ◆ a C customer
        explainCustomer | tell me about ◆
        explainCustomer | why is ◆ not classified?
        explainCustomer | explain ◆
        explainCustomer | how is ◆ scored?
        explainCustomer | ◆ - why that segment?
        explainCustomer | explain ◆
        explainCustomer | what's the story with ◆?
        explainCustomer | ◆はなぜC?
        explainCustomer | ◆について教えて
        explainCustomer | ◆はどの領域ですか
        explainCustomer | ◆の評価は?
        explainCustomer | ◆がCの理由を説明して
        explainCustomer | ◆はなんでこの分類なの?
        explainCustomer | ◆の分類を教えてください
        explainCustomer | ◆ってどういう位置づけ?
        explainCustomer | ◆について
        explainCustomer | why is ◆ in C?
        segmentMembers | who are my B customers?
        segmentMembers | list C customers
        segmentMembers | show me the A accounts
        segmentMembers | which companies are in segment B
        segmentMembers | who are my main targets?
        segmentMembers | Which clients fall into D?
        segmentMembers | show my key acounts
        segmentMembers | Bの顧客は?
        segmentMembers | Aランクの顧客を教えて
        segmentMembers | C顧客の一覧
        segmentMembers | 重要顧客はどこですか
        segmentMembers | 最重点の顧客を見せてください
        segmentMembers | Dに入っている会社は?
        segmentAdvice | how should I handle C customers?
        segmentAdvice | what should I do with my A accounts?
        segmentAdvice | how do I grow B customers?
        segmentAdvice | how much time should D customers get?
        segmentAdvice | tips for dealing with segment C
        segmentAdvice | approach for main targets?
        segmentAdvice | C顧客にはどう対応する?
        segmentAdvice | Bランクの攻め方を教えて
        segmentAdvice | A顧客にはどう接するべきですか
        segmentAdvice | D顧客の扱いはどうすればいいでしょうか
        segmentAdvice | Cの会社とはどう付き合うべき?
        method | what is the objective evaluation axis?
        method | why focus on B?
        method | how does the method work?
        method | what is transaction record?
        method | what's the C trap?
        method | why start from the sales budget?
        method | how do I use the matrix to plan my week?
        method | why is follow-up important for A customers?
        method | what does borderline mean?
        method | how do I read a plan check?
        method | what does 取り引き実績 mean in English?
        method | how are the scores calculated?
        method | what is a B customer?
        method | wht is objectve evaluation
        method | why are long relationships dangerous?
        method | 客観的評価とは?
        method | なぜBに注力するの?
        method | 取り引き実績って何ですか
        method | このマトリックスの考え方を教えてください
        method | Cの罠とは何でしょうか
        method | 売上予算から考えるのはなぜ?
        method | 境界線上ってどういう意味?
        method | スコアの計算方法を教えて
        method | D顧客とは何ですか
        method | マトリックスを使った週間計画の立て方は?
        method | 付き合いの長い顧客ばかり訪問してしまうのはなぜダメ?
        countAndShare | how many A customers do I have?
        countAndShare | number of B accounts?
        countAndShare | what's the breakdown by segment?
        countAndShare | what share of sales comes from C?
        countAndShare | how many customers are in D
        countAndShare | How many customers do I have in total?
        countAndShare | Aランクは何社?
        countAndShare | C顧客は何社ありますか
        countAndShare | 各領域の社数を教えて
        countAndShare | Bの割合はどれくらい?
        countAndShare | 重要顧客は何社いますか
        whatWouldItTake | what would move ◆ to A?
        whatWouldItTake | what would it take for ◆ to become A?
        whatWouldItTake | how can ◆ reach A?
        whatWouldItTake | what would change ◆'s segment?
        whatWouldItTake | How do I get ◆ into A
        whatWouldItTake | ◆をAにするには?
        whatWouldItTake | ◆がAランクに上がるには何が必要ですか
        whatWouldItTake | ◆の領域を変えるには?
        whatWouldItTake | ◆をBにする条件は
        planCheck | is my plan OK?
        planCheck | am I spending too much time on C?
        planCheck | check my plan
        planCheck | Can you review my planned visits?
        planCheck | is my visit plan balanced?
        planCheck | 計画をチェックして
        planCheck | Cに時間をかけすぎ?
        planCheck | 私の訪問予定を確認してください
        planCheck | この計画で問題ないですか
        compare | should I visit ◆ or ◆ first?
        compare | ◆ vs ◆: which first?
        compare | compare ◆ and ◆
        compare | ◆と◆、どちらを先に訪問?
        compare | ◆と◆を比べて
        compare | ◆か◆か、優先はどっち?
        help | what can you do?
        help | help
        help | what questions can you answer?
        help | 何ができる?
        help | ヘルプ
        help | どんな質問ができますか
        outOfScope | what's the weather?
        outOfScope | how do I bake bread?
        outOfScope | what is the stock price of Apple?
        outOfScope | write me an email to a client
        outOfScope | write a Swift function that sorts an array
        outOfScope | tell me a joke
        outOfScope | who is the prime minister of Japan?
        outOfScope | book a flight to Osaka
        outOfScope | 今日の天気は?
        outOfScope | 肉じゃがのレシピを教えて
        outOfScope | トヨタの株価は?
        outOfScope | お客様へのメールを書いてください
        outOfScope | Pythonでプログラムを書いて
        outOfScope | 東京の人口は?
        outOfScope | 週末のおすすめの映画は?
        outOfScope | 英語に翻訳して
        weeklyPlan | who needs a visit from me this week?
        weeklyPlan | line up my visits for the coming week
        weeklyPlan | I've got 8 visits to spend, where should they go?
        weeklyPlan | draw up an itinerary for this week
        weeklyPlan | help me prioritise my visits this week
        weeklyPlan | what's on my visiting agenda?
        weeklyPlan | which clients should I drop in on?
        explainCustomer | give me the details on ◆
        explainCustomer | what do you know about ◆?
        explainCustomer | why does ◆ score so low?
        explainCustomer | break down ◆ for me
        explainCustomer | how is ◆ doing?
        explainCustomer | is ◆ a key account?
        segmentMembers | give me a list of everyone in C
        segmentMembers | which companies count as B?
        segmentMembers | print the D customers
        segmentMembers | who's in segment A?
        segmentAdvice | what's the right way to treat D accounts?
        segmentAdvice | how much effort should go into C?
        segmentAdvice | any advice on B customers?
        segmentAdvice | how do I win more business from B accounts?
        method | explain transaction record to me
        method | what does objective evaluation measure?
        method | why shouldn't I spend time on C?
        method | what's the point of the A follow-up?
        method | why is the budget the starting point?
        countAndShare | how big is my B segment?
        countAndShare | what's my mix of A, B, C and D?
        countAndShare | count my C customers
        whatWouldItTake | what would push ◆ into A?
        whatWouldItTake | what must change for ◆ to reach B?
        planCheck | does my plan follow the policy?
        planCheck | I planned lots of C visits, is that bad?
        planCheck | validate my visit plan
        compare | who's more urgent, ◆ or ◆?
        compare | ◆ versus ◆?
        help | what can I ask you?
        help | give me some example questions
        outOfScope | what's 15% of 240?
        outOfScope | recommend a good book
        outOfScope | who is the CEO of Toyota?
        outOfScope | convert 100 dollars to yen
        outOfScope | schedule a meeting with my manager
        outOfScope | how do I fix a printer jam?
        outOfScope | tell me something interesting
        weeklyPlan | 今週の回り方を提案して
        weeklyPlan | 訪問の優先順位を決めて
        weeklyPlan | 今週会うべきお客さんは?
        weeklyPlan | 8件分の訪問計画をお願いします
        weeklyPlan | 来週どの顧客を訪ねるべきですか
        explainCustomer | ◆の分析結果を見せて
        explainCustomer | ◆のスコアは?
        explainCustomer | ◆はどうなっていますか
        explainCustomer | ◆はなぜDなの?
        segmentMembers | A顧客は誰ですか
        segmentMembers | Cランクの取引先を一覧にして
        segmentMembers | B領域に入っている会社を教えて
        segmentAdvice | D顧客にはどう接すればいいですか
        segmentAdvice | Aの顧客をどうフォローすべき?
        segmentAdvice | Bランクの顧客を伸ばす方法は?
        method | 客観的評価はどうやって決まるのですか
        method | Cの罠について教えて
        method | なぜBを優先するのですか
        method | 境界線上の顧客とは?
        method | アフターフォローが大事な理由は?
        countAndShare | Dランクの顧客は何件?
        countAndShare | 顧客全体の構成を教えて
        countAndShare | Aの売上シェアは?
        whatWouldItTake | ◆がBになる条件は何ですか
        whatWouldItTake | ◆をCにするには何が必要?
        planCheck | 今週の計画に問題はありますか
        planCheck | 訪問予定のバランスを見てください
        compare | ◆と◆、先に行くならどっち?
        compare | ◆と◆を比較して
        help | どう使えばいいですか
        help | 質問の例を教えて
        outOfScope | 今日は何曜日?
        outOfScope | 英会話のコツを教えて
        outOfScope | おすすめの本は?
        outOfScope | この文章を校正して
        outOfScope | エクセルの使い方を教えて
        outOfScope | 円ドルレートは?
        weeklyPlan | who should i visit this week? give me five
        weeklyPlan | plan my week
        weeklyPlan | Can you put together a visit schedule for next week? I can fit about 8 visits.
        weeklyPlan | I've got a pretty empty calendar next week and want to use it well — who should I go see?
        weeklyPlan | only 3 slots left this week, which customers?
        weeklyPlan | whos worth visting this week
        weeklyPlan | Suggest six customers I should call on before Friday.
        weeklyPlan | I'm out sick most of the week, two visits max. who?
        weeklyPlan | i want to schedule twelve visits over the next two weeks, pick them for me
        weeklyPlan | build me a 5-visit plan for this week and make sure ◆ is in it
        weeklyPlan | who's on my visit list for next week?
        weeklyPlan | 今週の訪問先を決めて
        weeklyPlan | 今週は五件くらい回りたいんだけど、どこに行けばいい?
        weeklyPlan | 来週の訪問計画を5件で作ってください。
        weeklyPlan | 十件分の訪問スケジュールを組んでほしい
        weeklyPlan | 今週どこ回ればいいかな
        weeklyPlan | 今週は出張が入っているので、訪問は4件が限界です。どこを優先すべきでしょうか。
        weeklyPlan | 来週のアポ取り、どのお客さんから始めればよいですか?
        weeklyPlan | 今週三社だけ訪問するならどこ?
        weeklyPlan | 訪問計画を立てていただけますか
        explainCustomer | why is ◆ a C?
        explainCustomer | tell me about ◆
        explainCustomer | Why's ◆ in D? they seem fine to me
        explainCustomer | show me ◆
        explainCustomer | ◆ is an A right? why
        explainCustomer | what's the story with ◆, we met them at a trade show
        explainCustomer | can you explain ◆'s classification
        explainCustomer | ◆ - why B and not D?
        explainCustomer | ◆ details pls
        explainCustomer | explain ◆ enrg
        explainCustomer | Is ◆ an A customer?
        explainCustomer | ◆ - how do its objective and record scores compare?
        explainCustomer | ◆ — why is it classified the way it is?
        explainCustomer | what segment is ◆ and why
        explainCustomer | ◆ is C?? they order from us constantly
        explainCustomer | why did ◆ land in A, their revenue isn't that big
        explainCustomer | ◆がB顧客になっている理由を教えてください
        explainCustomer | ◆さんってどういう位置づけ?
        explainCustomer | ◆について説明して
        explainCustomer | ◆はどのセグメント?
        explainCustomer | ◆がAなのはなぜ
        explainCustomer | ◆さんは売上も利益もかなり大きいのに、なぜC扱いなんでしょうか?
        explainCustomer | ◆のこと教えて
        explainCustomer | ◆の評価を見せてください
        explainCustomer | ◆HDの分類根拠を知りたい
        explainCustomer | ◆ってDなの?
        explainCustomer | ◆さんの客観的評価と取引実績、それぞれどうなっていますか。
        explainCustomer | ◆はどうしてこの区分になったの
        explainCustomer | ◆さんについて詳しく教えていただけますか。
        explainCustomer | ゼニス・ロボティクスはどの区分ですか
        segmentMembers | who are my B customers
        segmentMembers | list the D accounts
        segmentMembers | show me everyone in A or B
        segmentMembers | which of my accounts are the key accounts?
        segmentMembers | c customers?
        segmentMembers | which of my customers fall into segment d
        segmentMembers | A顧客の一覧を出して
        segmentMembers | Cに入っている会社はどこですか?
        segmentMembers | Bランクのお客さんを全部見せて
        segmentMembers | Dってどこの会社が該当する?
        segmentMembers | 最重点ターゲットになっている先を教えてください
        segmentMembers | Bの会社名だけ教えて
        segmentMembers | 情で通ってる系のC先ってどこだっけ
        segmentAdvice | how should I handle my C customers
        segmentAdvice | what do I do with D accounts, just ignore them?
        segmentAdvice | how much of my week should go to B
        segmentAdvice | best way to keep my A accounts happy?
        segmentAdvice | i've been visiting my Cs every week out of habit. what should i do with them going forward?
        segmentAdvice | new hire here - what's the right approach for B accounts?
        segmentAdvice | should I still visit D customers at all
        segmentAdvice | how should I split my time between A and B?
        segmentAdvice | B顧客にはどう接すればいいですか
        segmentAdvice | Aのお客さんにはどのくらい時間を割くべき?
        segmentAdvice | C顧客、訪問回数を減らしたいけど関係を壊したくない。どうすれば?
        segmentAdvice | Bの攻め方を教えて
        segmentAdvice | D先への対応はどの程度にとどめるべきでしょうか。
        segmentAdvice | A顧客に対して具体的に何をすればいいですか?
        segmentAdvice | Cのお客さんにかける時間ってどれくらいが目安?
        segmentAdvice | B先を開拓するコツは?
        segmentAdvice | Cの先は電話やメールで済ませてもいいんでしょうか
        segmentAdvice | Cアカウントのフォローってどうやるのがベスト?
        method | what's this ABCD method about?
        method | I'm new — can someone explain the four-quadrant customer thing from the start?
        method | what exactly counts as a B account
        method | everyone keeps talking about the "C trap" - what is that
        method | what does objective evaluation measure exactly?
        method | what goes into the transaction record axis
        method | how are the scores calculated
        method | what is a percentile rank here and why use it instead of raw revenue
        method | if I'm behind on my sales budget, does the matrix still apply?
        method | what's the English for 取引実績
        method | what does D mean in the matrix
        method | what does after-sales follow-up mean for A customers
        method | what happens if a customer sits right on the line between two segments
        method | how am I supposed to use the matrix when planning my week
        method | how do I read the plan check output
        method | should I rotate which customers I visit from week to week?
        method | As a manager, how should I review how my reps spend their week?
        method | why should B get more time than A? they're already our best customers
        method | この手法の全体像をざっくり教えて
        method | Bに一番時間をかけるのはなぜですか?
        method | Cの罠って何?
        method | 情で訪問先を選んじゃうのってなんでダメなの?
        method | 客観的評価ってどうやって決まるの?
        method | 取引実績の軸には何が含まれますか
        method | 基準線が50なのはなぜでしょうか
        method | 予算達成が最優先ってどういうこと?
        method | 用語の日英対応を見たい
        method | A顧客の定義は?
        method | C顧客ってどういうお客さんのこと?
        method | Dってどういう意味ですか
        method | アフターフォローって具体的に何をすること?
        method | 境界線ギリギリの顧客はどう扱うの?
        method | マトリックスを週の訪問計画にどう活かせばいいのか教えてください
        method | 計画チェックの結果の見方がわかりません
        method | 同じ先に毎週行くのってあり?訪問頻度の考え方を知りたい
        method | 部下の時間配分をチェックするときのポイントは?
        method | 恐れ入りますが、B顧客の定義をご教示いただけますでしょうか。
        countAndShare | how many B customers do I have
        countAndShare | what's the breakdown of my customers by segment
        countAndShare | what share of my book is D
        countAndShare | how many are in A vs B
        countAndShare | how many customers are there in total
        countAndShare | is my book lopsided? like how are the customers spread across the four boxes
        countAndShare | Aは何社ある?
        countAndShare | C顧客の割合はどのくらいですか
        countAndShare | 各セグメントに何社ずつ入ってる?
        countAndShare | Dって全体の何パーセント?
        countAndShare | セグメント別の分布を見せてください
        countAndShare | Bランクの会社数、数えてもらえる?
        whatWouldItTake | what would it take for ◆ to become an A?
        whatWouldItTake | how do I get ◆ into A
        whatWouldItTake | what needs to happen for ◆ to move up
        whatWouldItTake | ◆ has zero sales with us. how much would we need to sell them to make them an A?
        whatWouldItTake | what would move ◆ out of its current segment
        whatWouldItTake | what would it take for ◆ to climb to C
        whatWouldItTake | ◆ Semi to A: what would have to change?
        whatWouldItTake | ◆をもっと上の区分にするには何が必要?
        whatWouldItTake | ◆をAに上げるには、どれくらい取引を増やせばいいですか?
        whatWouldItTake | ◆がBになる可能性ってある?何が変わればいい?
        whatWouldItTake | ◆がA顧客になる条件は?
        whatWouldItTake | ◆をAにするには何件くらい受注が必要かな
        whatWouldItTake | ◆の区分が変わるとしたら、何がきっかけになりますか
        whatWouldItTake | ◆の格付けを上げるために必要なことは?
        planCheck | can you check my plan for this week
        planCheck | am I spending too much time on C customers?
        planCheck | this week I'm planning to see ◆, ◆ and ◆ — is that a good plan?
        planCheck | My manager says my week is unbalanced. Can you look at it and tell me if she's right?
        planCheck | review emily's plan, I'm her manager
        planCheck | is my plan neglecting my A accounts?
        planCheck | too many D visits in my schedule?
        planCheck | does my current visit schedule follow the method
        planCheck | my plan: ◆, ◆, ◆, ◆. thoughts?
        planCheck | 今週の計画、バランスどうかな
        planCheck | 私の計画、Bへの時間が少なすぎませんか?
        planCheck | 今週Cに3日、Bに半日の予定です。これって問題ありますか?
        planCheck | 佐々木さんの今週の予定をチェックしてもらえますか
        planCheck | ◆と◆に毎週行ってるけど、行き過ぎ?
        planCheck | 計画の診断をお願いします
        planCheck | 今の訪問予定、見直したほうがいいところある?
        planCheck | Cに偏ってないか確認して
        compare | ◆ or ◆, who first?
        compare | ◆ vs ◆ — which matters more?
        compare | i can only see one of ◆ or ◆ tomorrow. which?
        compare | ◆ or ◆ — which one deserves the slot on Thursday?
        compare | compare ◆ and ◆ for me
        compare | ◆ or ◆? both tiny, but if I had to pick
        compare | ◆ vs ◆: where should my next visit go
        compare | is ◆ more important than ◆?
        compare | ◆と◆、どっちを優先すべき?
        compare | ◆と◆だったら、どちらに先に行くべきでしょうか。
        compare | ◆と◆、比べるとどっちが大事?
        compare | ◆さんと◆さん、優先度が高いのはどちらですか
        compare | ◆と◆、先に訪問すべきなのはどっち?
        compare | ◆と◆ならどっちに行くべき?
        compare | ◆と◆、どちらの方が重要度が高いでしょうか?
        help | what can you do
        help | how do I use this thing
        help | what kinds of questions can I ask you?
        help | I'm new, where do I even start with this tool
        help | 何ができるの?
        help | 使い方を教えてください
        help | ヘルプ
        help | どんな質問に答えられますか
        help | コマンド一覧ある?
        outOfScope | what's the weather in osaka tomorrow
        outOfScope | any news on the yen today?
        outOfScope | write me a python script to parse a csv
        outOfScope | how do I negotiate a bigger discount without losing margin
        outOfScope | which CRM should we switch to, salesforce or hubspot?
        outOfScope | can you forecast next quarter's revenue for me
        outOfScope | how should I price our new maintenance package
        outOfScope | what's toyota's stock price
        outOfScope | did you hear sasaki is transferring to osaka?
        outOfScope | write a follow-up email to ◆ after yesterday's meeting
        outOfScope | what's a good closing line for a cold call
        outOfScope | how do I set up a sales pipeline in excel
        outOfScope | tell me a joke
        outOfScope | how do I handle an angry customer who's threatening to cancel
        outOfScope | what's our commission structure this year
        outOfScope | 明日の東京の天気は?
        outOfScope | ◆の担当者に送るお詫びメールを書いて
        outOfScope | 値引き交渉のコツを教えて
        outOfScope | 来期の売上予測を出してほしい
        outOfScope | 新しい営業を採用したいんだけど、面接で何を聞けばいい?
        outOfScope | 経費精算のやり方がわからない
        outOfScope | 次の文を英語に訳して:いつもお世話になっております
        outOfScope | 今日の晩ごはん何にしよう
        outOfScope | 有給の申請ってどうやるの
        outOfScope | ◆の株価は?
        outOfScope | 競合他社の情報を調べてください
        outOfScope | 名刺交換のマナーを教えてください
        outOfScope | 新規開拓のテレアポ用トークスクリプトを作って
        outOfScope | 親子丼の作り方教えて
        weeklyPlan | plan
        weeklyPlan | 予定
        weeklyPlan | 来週の訪問先を5件選んで
        weeklyPlan | 今週は十件回れそうなので、訪問計画を作ってください
        weeklyPlan | hi, quick one: can u give me 6 visits for next wk pls
        weeklyPlan | I've got time for a dozen visits next week, who should they be?
        weeklyPlan | お疲れ様です。来週どこ回ったらええかな?
        weeklyPlan | 来週はBの先を中心に予定組んでくれへん?
        weeklyPlan | build my plan for next week and make sure ◆ is in it
        weeklyPlan | 七件で来週のスケジュールを作成いただけますか
        weeklyPlan | Only four slots this week because of the trade show. Who gets them?
        weeklyPlan | 新人です。今週どのお客さんを訪問すればいいか、計画を作ってもらえますか?
        weeklyPlan | schedule nine visits for me, prioritised properly
        weeklyPlan | 15件分の訪問リストを出して
        weeklyPlan | Long week ahead. We're about 8% behind budget and my manager wants to see a recovery plan by Friday. I've been doing my usual rounds but I don't think that's enough anymore. Who should I actually be visiting next week?
        weeklyPlan | Cは減らして来週の計画を作り直して
        weeklyPlan | 来月は二十件くらい訪問できるけど、どこを回るべき?
        weeklyPlan | visit plan pls
        weeklyPlan | 来週の訪問スケジュールを組んでいただけますでしょうか。
        weeklyPlan | give me a plan for next week that only covers A and B accounts
        weeklyPlan | 来週の予定に◆も入れて組み直してほしい
        weeklyPlan | Just two visits this week, I'm mostly stuck in the office. Which two?
        weeklyPlan | morning! eleven visits next week, can you sort out who
        weeklyPlan | 三件だけ回るならどこ?
        weeklyPlan | 1週間で10件回る計画を立ててください
        explainCustomer | ◆
        explainCustomer | ◆はなんでCなの?
        explainCustomer | tell me about ◆
        explainCustomer | ◆のプロフィールを見せて
        explainCustomer | ◆ - what segment and why
        explainCustomer | why is ◆ an A
        explainCustomer | ◆について教えていただけますか
        explainCustomer | ◆ is B? really? we barely know them
        explainCustomer | ◆ details
        explainCustomer | ◆ってどういう位置づけなん?
        explainCustomer | ◆の評価を説明してください
        explainCustomer | why is ◆ a D
        explainCustomer | ◆はどのセグメント?
        explainCustomer | Why isn't ◆ an A? They've been with us for twenty years.
        explainCustomer | ◆のスコア見せて
        explainCustomer | tell me about ◆ farma
        explainCustomer | 大和ロジの立ち位置を知りたいです
        explainCustomer | ◆
        explainCustomer | explain ◆
        explainCustomer | 中央科学ってどんな会社?
        explainCustomer | ◆さんの詳細
        explainCustomer | お疲れ様です。先週の会議で部長から「Cの先に時間をかけすぎ」と言われました。◆さんとは先代社長からの付き合いで、月2回は顔を出しています。売上もそこそこあるのに、どうして◆はCなんでしょうか?
        explainCustomer | ◆, wat segment
        explainCustomer | ◆ってどこに入ってるん?
        explainCustomer | profile of Vrtx Automtive
        explainCustomer | ◆
        segmentMembers | C一覧
        segmentMembers | list my key accounts
        segmentMembers | B顧客はどこですか
        segmentMembers | AとBの取引先を全部出して
        segmentMembers | show me the D's
        segmentMembers | うちのCってどこがあるん?
        segmentMembers | 重要顧客のリストをください
        segmentMembers | Which of my accounts fall into segment C?
        segmentMembers | D分類の得意先を教えていただけますか
        segmentMembers | お疲れ様です。Bに入っている会社を確認したいです。
        segmentMembers | wat customers r A
        segmentMembers | list C and D together
        segmentMembers | Bのお客さん、誰と誰なん?
        segmentMembers | Aランクの会社名だけ並べて
        segmentMembers | which accounts are low on both axes?
        segmentMembers | list the customers where we do lots of business but the company itself is small
        segmentMembers | Cの顧客を見せてください
        segmentAdvice | how should I handle B customers?
        segmentAdvice | Cのお客さんにはどれくらい時間かけたらええの?
        segmentAdvice | how often should I visit my A accounts
        segmentAdvice | D顧客への対応方針を教えてください
        segmentAdvice | 重要顧客には普段何をしておけばいい?
        segmentAdvice | Bの先にはどのくらいの頻度で訪問すべきでしょうか
        segmentAdvice | should I even bother visiting D customers?
        segmentAdvice | 新人です。Cのお客様とはどのように付き合えばよいですか?
        segmentAdvice | whats the best way to approach a B account
        segmentAdvice | I've got loads of C customers who genuinely like me and honestly I enjoy seeing them too. I know I'm meant to cut back but it feels rude. How much time should I really be giving them?
        segmentAdvice | Aの取引先には普段どう接すればいいですか
        segmentAdvice | Dってほっといてええの?
        segmentAdvice | How much of my week should go to B accounts?
        segmentAdvice | C先への訪問頻度は月1回で十分ですか?
        segmentAdvice | 伸ばしたいBの得意先、何から手をつければいい?
        segmentAdvice | what do i do with key accounts to stop competitors getting in
        segmentAdvice | Cの取引先は電話やメールで済ませてもいいですか
        segmentAdvice | Aランクの訪問間隔の目安は?
        segmentAdvice | C and D - how little time can I get away with?
        segmentAdvice | Bの顧客に割く時間の割合はどれくらいが適切ですか
        segmentAdvice | Dの先、年に何回くらい行けばええんやろ
        method | how does this whole matrix thing work?
        method | 新人です。既存顧客を4つに分ける考え方をざっくり教えてください
        method | このマトリックスって何のためにあるん?
        method | So I joined three weeks ago, came over from retail, and everyone here keeps talking about "the matrix" and the four segments like it's obvious. I've skimmed the handbook twice. Can you just explain what the method is?
        method | 客観的評価って何?
        method | what goes into the objective evaluation axis
        method | 会社の規模とか売上とか、どの数字で会社の魅力を評価してるんですか
        method | 取り引き実績の軸について説明してください
        method | what counts as transaction record
        method | 取引実績ってどの数字を見てるん?
        method | how are the scores calculated
        method | パーセンタイル順位ってなんですか
        method | why 50? who decided the cut is at 50
        method | what comes first, the budget or the matrix?
        method | 営業予算が最優先ってどういう意味ですか
        method | what's the english for 取引実績?
        method | 用語集
        method | what is an A customer?
        method | A顧客の定義を教えてください
        method | Bってどういう意味?
        method | Cってなに
        method | D顧客とは
        method | why focus on B instead of A?
        method | なんでBに一番時間使わなあかんの?
        method | Bを最重点にする理由は何ですか
        method | why is C a trap
        method | Cの罠ってなに?
        method | 情で訪問先を決めるのがダメな理由を教えてください
        method | what does after-sales follow-up involve
        method | A顧客のアフターフォローってどういうこと?
        method | what does borderline mean?
        method | 境界線上の顧客ってどういう意味ですか
        method | how am I supposed to use the matrix when I plan my week?
        method | 週の訪問計画はどういう考え方で立てればいいんですか
        method | how do I read the plan check warnings?
        method | 計画チェックの見方がわからない
        method | how often should I be visiting customers in general
        method | 毎週同じ先ばかり回ってしまうんですが、訪問先の入れ替えってどう考えればいいですか
        method | I'm a team lead. How should I go about reviewing how my reps spend their week?
        method | マネージャーとして部下の時間配分をどう見ればよいでしょうか
        countAndShare | how many C customers do I have
        countAndShare | Aは何社?
        countAndShare | what's the split across segments
        countAndShare | Bの割合ってどれくらい?
        countAndShare | 顧客のセグメント別の分布を見せてください
        countAndShare | what percentage of my book is C
        countAndShare | AとBあわせて何件?
        countAndShare | how many customers in each group
        countAndShare | how many Ds r there
        countAndShare | Cの先って全体の何割くらいなんやろ
        countAndShare | number of key accounts?
        countAndShare | D顧客の数は?
        whatWouldItTake | what would it take for ◆ to become an A?
        whatWouldItTake | ◆がAになるには何が必要ですか
        whatWouldItTake | How far is ◆ from A?
        whatWouldItTake | what would move ◆ up a segment?
        whatWouldItTake | ◆をAに上げるには、あとどれくらい受注が要る?
        whatWouldItTake | could ◆ drop to B? what would cause that
        whatWouldItTake | ◆の区分を変えるには何が足りないんでしょう
        whatWouldItTake | how much more business with ◆ before they count as A
        whatWouldItTake | what would ◆ need to do to be an A account
        whatWouldItTake | ◆ - how many more orders to hit A?
        whatWouldItTake | ◆がAに入るには、会社の規模がどれくらい必要?
        whatWouldItTake | what's ◆ missing to move up
        whatWouldItTake | ◆HDをA顧客にするには取引をどれだけ増やせばいいですか
        whatWouldItTake | ◆ってあと何があればAになるん?
        whatWouldItTake | ◆がCになる条件は?
        whatWouldItTake | ◆って、何がどう変わればランクが上がるの?
        whatWouldItTake | ◆さんをAにするのは無理ですか?何が変われば届きますか
        whatWouldItTake | ◆、Aまであとどのくらい?
        planCheck | 田村さんの来週の予定、Cに寄りすぎてない?
        planCheck | check my plan
        planCheck | is my plan balanced?
        planCheck | am I spending too much time on C
        planCheck | 今週は◆、◆、◆に行く予定なんですが、Cに偏ってますか?
        planCheck | 私の計画、バランス大丈夫ですか
        planCheck | can you review Emily's week for me? I'm her manager
        planCheck | 来週の予定、Bが足りてるか見てもらえますか
        planCheck | 計画チェック
        planCheck | Be honest - am I falling into the C trap this week?
        planCheck | is there enough A in my plan or is it all C again
        planCheck | 佐々木さんの今週の訪問配分、問題ないかチェックして
        planCheck | My week: ◆ mon, ◆ tue, ◆ wed, ◆ thu. Is that sensible?
        planCheck | 情で回ってる先が多すぎる気がする。Cばっかりになってないか予定を見てほしい
        planCheck | too many D visits in my plan?
        planCheck | 岡田さんの来週のプラン、時間の使い方おかしくないですか?
        planCheck | 1日の半分くらいC先で終わってるんやけど、これアカン?
        planCheck | plan ok?
        planCheck | 来週の予定です。月曜は◆、火曜は◆、水曜は◆、木曜は◆、金曜は社内で事務作業。これって問題ありますか?
        planCheck | ugh spent all week at C customers again and still missed budget. is my plan broken or what
        planCheck | 部下の訪問計画を確認したいのですが、偏りがないか見ていただけますか
        compare | ◆ or ◆ first?
        compare | ◆と◆、どっちを先に回るべき?
        compare | ◆と◆、今週どっちを優先したらええ?
        compare | which matters more, ◆ or ◆?
        compare | ◆ vs ◆
        compare | I can only see one of ◆, ◆ and ◆ on Thursday. Which one?
        compare | ◆さんと◆さんでは、どちらが重要でしょうか
        compare | ◆ or ◆, who should get my friday slot
        compare | ◆と◆を比較してください
        compare | ◆ vs ◆ which is the better use of a visit
        compare | ◆と◆、行くならどっち?
        compare | ◆と◆ならどっちが大事なん?
        compare | ◆ or ◆, does it even matter which?
        compare | ◆と◆、どちらを優先すべきでしょうか
        compare | Should I go to ◆ or ◆ first?
        compare | ◆ or ◆ - both pharma, which one first?
        compare | Both ◆ and ◆ want a meeting on Wednesday afternoon and I can't be in two places at once. ◆ has a new fab coming online, ◆ keeps asking for samples. Which one should I go to?
        compare | ◆、◆、◆の中で一番優先度が高いのはどこですか
        help | what can you do
        help | 使い方を教えて
        help | コマンド一覧
        help | help
        help | 何ができるんですか?
        help | how do I ask about a specific customer?
        help | 初めて使います。どんなことを聞けばいいですか
        help | commands pls
        help | これ、どないして使うん?
        outOfScope | what's the weather in Osaka tomorrow
        outOfScope | 明日の天気は?
        outOfScope | can you write a follow-up email to ◆ for me?
        outOfScope | ◆向けの提案書を作ってください
        outOfScope | how do I negotiate a bigger discount without losing margin
        outOfScope | 値引き交渉のコツを教えて
        outOfScope | which CRM should we switch to?
        outOfScope | 来期の売上予測を出して
        outOfScope | how do I cold call new prospects
        outOfScope | 新規開拓のテレアポ用トークスクリプトがほしい
        outOfScope | 交通費の精算ってどうやるの?
        outOfScope | what's Toyota's share price
        outOfScope | translate this into English: いつもお世話になっております
        outOfScope | クレーム対応の仕方を教えてください
        outOfScope | 契約書の解約条項ってどう読めばいい?
        outOfScope | how do I write a python script to parse our CRM export
        outOfScope | 今日の阪神どうなった?
        outOfScope | 給料日っていつですか
        outOfScope | we need to hire another rep, what should the job ad say?
        outOfScope | 佐々木さんって最近どう?何か噂聞いた?
        outOfScope | what price should I quote ◆ for the new line?
        outOfScope | how do I handle a customer who's furious about a late delivery
        outOfScope | 東京から大阪の新幹線、何時が空いてる?
        outOfScope | ugh my manager is driving me nuts, any advice on dealing with her?
        outOfScope | 競合他社の価格表を手に入れる方法ある?
        outOfScope | 値上げをお客さんにどう切り出せばいいですか
        outOfScope | 夕飯のレシピ考えて
        outOfScope | what's a good closing technique for a hesitant buyer
        outOfScope | Our Q1 renewal with ◆ is coming up and a competitor pitched them in October. I want to offer a 5% loyalty discount but my boss isn't keen. How should I structure the pricing for the renewal?
        outOfScope | 新しいSFAツール、どれがおすすめ?
        outOfScope | 経費で落とせる接待の上限っていくらやったっけ
        outOfScope | how do I negotiate a better price with ◆ in the Q1 renewal talks?
        outOfScope | ◆との価格交渉、どこまで強気に出ていいですか?
        outOfScope | B顧客と交渉するときのコツを教えて
        outOfScope | my buyer keeps saying "we'll think about it" - how do i close the deal?
        outOfScope | 値下げを要求されたときの切り返しトークを考えてください
        outOfScope | draft a renewal quote for ◆
        outOfScope | ◆向けの見積書を作成していただけますでしょうか。
        outOfScope | ◆ asked for a quote on 200 units by Friday, what unit price should I put?
        outOfScope | Bの顧客向けの値引き率は?
        outOfScope | ◆は長い付き合いだし、少し値引きしてあげてもいいよね?
        outOfScope | should C customers get a loyalty discount since they've been with us forever?
        outOfScope | ◆ wants 15% off. approve or not?
        outOfScope | A顧客には何パーセントまで値引きできますか
        outOfScope | waht discount can i give ◆ if they order twice as much
        outOfScope | what renewal terms should I offer ◆ so they don't switch to the competitor?
        outOfScope | ◆の保守契約、更新のときに3年契約を提案すべき?
        outOfScope | can you review the liability clause in the ◆ contract?
        outOfScope | 契約書の損害賠償条項、上限はどのくらいが一般的ですか。
        outOfScope | ◆からNDAを結びたいと言われた。注意点は?
        outOfScope | Dの顧客とは取引をやめたい。契約解除の手続きを教えて
        outOfScope | ◆ wants us to sign their supplier code of conduct. anything to watch out for?
        outOfScope | ◆の支払いが2か月遅れてる。どう督促すればいい?
        outOfScope | can you generate an invoice for last month's order from ◆?
        outOfScope | ◆ wants net 90 payment terms instead of net 30. should I agree?
        outOfScope | 請求書の再発行ってどうやるんだっけ
        outOfScope | should D customers be required to pay upfront?
        outOfScope | write a thank-you email to my A customers
        outOfScope | ◆の部長宛てに、先日のお礼メールの文面を考えてください。
        outOfScope | 訪問のアポを取るメールを丁寧な敬語で書いて
        outOfScope | pls write a follow up email to ◆ about the delayed shipment
        outOfScope | C顧客に訪問回数を減らすことを伝えるメール、角が立たない書き方ある?
        outOfScope | ◆の大型設備更新に向けた提案書の構成を作って
        outOfScope | make me a 10-slide deck for my pitch to ◆
        outOfScope | 昨日の◆との打ち合わせの議事録をまとめてください
        outOfScope | make me a powerpoint about the customer matrix for monday's team meeting
        outOfScope | which of our products would fit ◆ best?
        outOfScope | 新製品のスペック表ってどこにある?
        outOfScope | ◆に聞かれたんだけど、うちの製品って耐熱何度まで対応してる?
        outOfScope | ◆' delivery is a week late, what do I tell them?
        outOfScope | ◆への納品が遅れそうです。先方にどうご説明すればよいでしょうか。
        outOfScope | 在庫切れで納期が読めないときの対応方法は?
        outOfScope | ◆ complained last week about quality, how do I calm them down?
        outOfScope | ◆の担当者がめちゃくちゃ怒ってる。どう謝ればいい?
        outOfScope | クレーム対応の基本的な流れを教えてください
        outOfScope | one of my A customers is furious about a billing error. what should I say on the phone?
        outOfScope | which competitor pitched ◆ in October and what did they offer?
        outOfScope | 競合のX社の価格帯を調べて
        outOfScope | ◆は他にどこの業者と取引してる?
        outOfScope | how's the chip market looking this year? worried about ◆'s budget
        outOfScope | 建設業界の最新ニュースを教えて
        outOfScope | ◆って最近なんかニュースあった?
        outOfScope | forecast my sales for next quarter
        outOfScope | A顧客からの来期売上を予測して
        outOfScope | how much will ◆ order next year?
        outOfScope | 今期の予算、達成できそう?着地見込みを計算して
        outOfScope | show me my pipeline of new prospects by stage
        outOfScope | 新規案件の進捗状況を一覧にして
        outOfScope | give me a list of 50 manufacturing companies in Osaka I could cold call
        outOfScope | 飛び込み営業のコツを教えてください
        outOfScope | テレアポのトークスクリプトを作って
        outOfScope | 新規開拓でアポを取るにはどうしたらいいですか?
        outOfScope | I met ◆ at a trade show. how do I turn that into a first order?
        outOfScope | 展示会で集めた名刺、どうフォローすればいい?
        outOfScope | plan an email marketing campaign for my D customers
        outOfScope | 展示会のブース、どんなデザインだと目を引く?
        outOfScope | what's a good monthly budget for google ads?
        outOfScope | should we switch from Salesforce to HubSpot?
        outOfScope | おすすめのSFAツールってある?
        outOfScope | can you sync with our CRM and update the deal stages?
        outOfScope | how do I do a vlookup in excel?
        outOfScope | エクセルでピボットテーブルを作る方法を教えてください。
        outOfScope | my csv shows garbled japanese when I open it in excel, how to fix?
        outOfScope | ◆の受注でインセンティブはいくらもらえる?
        outOfScope | how is my commission calculated this year?
        outOfScope | ボーナスの査定基準ってどうなってるの
        outOfScope | will i get paid more if I sell to B customers?
        outOfScope | ◆の社長との会食代は経費で落とせますか。
        outOfScope | how do I ◆ my mileage for customer visits?
        outOfScope | is it ok to bring gifts to C customers, and can I expense them?
        outOfScope | we're hiring a new sales rep, what should I ask in the interview?
        outOfScope | 新人営業の育成プランを作ってほしい
        outOfScope | 今年の私の人事評価、どうなりそうですか?
        outOfScope | write my self-evaluation for the annual review
        outOfScope | am I a better salesperson than Emily Carter?
        outOfScope | 佐々木さんと岡田さん、どっちの方が営業成績いい?
        outOfScope | can I take next friday off?
        outOfScope | 夏休みの申請ってどこからするの?
        outOfScope | book me a train to ◆ for tuesday morning
        outOfScope | 大阪出張のホテルを予約してください
        outOfScope | ◆に行く飛行機、一番安い便はどれ?
        outOfScope | my vpn keeps disconnecting, help
        outOfScope | 社用PCのパスワードを忘れてしまいました
        outOfScope | i'm so burned out from visiting customers every day
        outOfScope | 予算のプレッシャーで眠れません。どうしたらいいでしょう
        outOfScope | 最近営業がつらい。辞めたい
        outOfScope | hey how's it going?
        outOfScope | お疲れさま!今日も寒いね
        outOfScope | あなたは誰が作ったの?
        outOfScope | 日本の消費税率はいつから10%になった?
        outOfScope | will it rain in osaka on thursday? i have visits
        outOfScope | 明日の東京の天気は?
        outOfScope | who won the baseball game last night?
        outOfScope | ◆の社長がゴルフ好きなんだけど、初心者向けのクラブってどれがいい?
        outOfScope | quick recipe for dinner tonight?
        outOfScope | 接待で使える和食のお店を教えて
        outOfScope | write a python script that sorts my customer csv by profit
        outOfScope | SwiftでJSONをパースする方法は?
        outOfScope | translate this into English: 先日はお忙しいところありがとうございました
        outOfScope | ◆に送るメールを英訳してほしい
        outOfScope | 「お世話になっております」って英語で何て言う?
        outOfScope | ◆の担当者の誕生日は?
        outOfScope | is the purchasing manager at ◆ married?
        outOfScope | ◆の社長の息子さん、どこの大学に行ったんだっけ
        outOfScope | what are the hobbies of ◆'s new buyer?
        outOfScope | ◆のキーマンは誰?組織図を知りたい
        outOfScope | call ◆ and set up a meeting for next week
        outOfScope | 今週の訪問予定をGoogleカレンダーに登録しておいて
        outOfScope | ◆にアポのメール送っといて
        outOfScope | schedule meetings with all my B customers for next week and send the invites
        outOfScope | remind me tomorrow at 9 to call the office
        outOfScope | what time does ◆ open on saturdays?
        outOfScope | ◆でランチするならおすすめメニューは?
        outOfScope | what's ◆'s stock price today?
        outOfScope | ◆の住所と電話番号を教えて
        outOfScope | ◆に新商品のサンプルを送りたい。送料はいくら?
        outOfScope | what would it take to get ◆ to sign a multi-year contract?
        outOfScope | which is the better stock to buy, ◆ or ◆?
        outOfScope | Cのお客さんの社長、高齢で後継者がいないらしい。事業承継の相談に乗るにはどうすれば?
        weeklyPlan | plan my week
        weeklyPlan | plna my week pls
        weeklyPlan | I've got room for 8 visits this week, who should they be?
        weeklyPlan | 今週の訪問計画を立ててください。
        weeklyPlan | 来週は5件だけ回れる。どこに行くべき?
        weeklyPlan | I'm off friday so only 6 visits, build me the week
        weeklyPlan | 予算達成に向けて、今週どこを回ればいいか教えて
        weeklyPlan | 今週の訪問先を10件選んで
        weeklyPlan | who should I visit this week instead of cold calling?
        weeklyPlan | 来週のスケジュール、誰のとこ行けばいい?
        explainCustomer | ◆ had a competitor pitch in October and a complaint last week — why is it still rated A?
        explainCustomer | ◆は先代社長からの付き合いで月2回行ってるけど、どのセグメントになってる?
        explainCustomer | ◆って大型設備更新の計画があるらしいけど、マトリックス上はどこに入ってる?
        explainCustomer | we met ◆ at a trade show and they haven't ordered yet — where do they sit in the matrix?
        explainCustomer | なぜ◆はCなんですか。取引は多いと思うのですが。
        explainCustomer | ◆ is huge but we sell them nothing. what segment is that?
        explainCustomer | ◆について教えて
        explainCustomer | ◆ only has 876 employees, how come it scores high on the objective axis?
        explainCustomer | ◆ why is it where it is
        explainCustomer | ◆の客観的評価と取引実績は、それぞれどのくらいですか。
        explainCustomer | Is ◆ a B? It feels like a big client but we barely sell to them.
        explainCustomer | ◆ってどういう位置づけのお客さん?
        explainCustomer | ◆ makes us good money, so why isn't it an A?
        explainCustomer | ◆の担当者が怒ってたって聞いたけど、この顧客の評価ってどうなってる?
        segmentMembers | which customers are my A accounts?
        segmentMembers | Bの顧客を全部リストアップして
        segmentMembers | C顧客はどこですか?
        segmentMembers | list the D ones
        segmentMembers | AとBの顧客を一覧で見せてください
        segmentMembers | whcih customers are B, the ones I'm supposed to spend most of my time on?
        segmentMembers | 重要顧客(A)に入ってるのはどこ?
        segmentAdvice | after closing an order with an A customer, how should I follow up?
        segmentAdvice | should I be cutting my C visits so I can make budget?
        segmentAdvice | 競合に取られないように、A顧客にはどう接すればいいですか。
        segmentAdvice | B顧客にはどのくらい時間をかけるべき?
        segmentAdvice | D顧客はどう扱えばいい?放っておいていいの?
        segmentAdvice | Cのお客さんって情があって減らしにくいんだけど、どう付き合えばいい?
        segmentAdvice | is it fine to just phone my D customers instead of visiting?
        segmentAdvice | competitors keep circling my A accounts. what does the method say I should be doing with them?
        segmentAdvice | C顧客への訪問頻度はどれくらいが適切でしょうか
        segmentAdvice | B客、どう攻める?
        segmentAdvice | A顧客とC顧客で、対応の仕方はどう変えるべきですか?
        segmentAdvice | B visits rarely turn into orders right away. should I keep going?
        method | 新しいお客さんを探すより、今のお客さんを回るほうがいいのはなんで?
        method | why does the sales budget come first in this method?
        method | explain the customer matrix method in a nutshell
        method | 客観的評価って具体的に何を見てるの?
        method | what counts as transaction record? orders or profit?
        method | 取引実績の軸は売上と利益のどちらを見ているのでしょうか。
        method | how are the scores calculated — what's the 50 line?
        method | 取り引き実績って英語で何て言うの?
        method | why does B get the most time rather than A?
        method | what is the C trap?
        method | 情で訪問先を決めちゃうのって何がまずいの?
        method | この手法でいうアフターフォローとは何を指すのですか?
        method | what happens with customers sitting right on the line between two segments?
        method | 毎週同じ客ばかり回ってる。訪問先の入れ替えってどう考えればいい?
        method | I'm a sales manager. how do I review how my reps spend their week?
        method | 計画チェックの結果ってどう読めばいいの?
        method | D顧客ってそもそも何?
        countAndShare | what share of our sales comes from A customers?
        countAndShare | C顧客は何社ありますか?
        countAndShare | how many customers are in each segment?
        countAndShare | Bって全体の何割?
        countAndShare | 各セグメントの利益の割合を教えて
        countAndShare | AとBを合わせると売上の何パーセント?
        whatWouldItTake | what would it take for ◆ to become an A?
        whatWouldItTake | how much more would ◆ need to order from us to move up a segment?
        whatWouldItTake | ◆がCからAになるには何が必要?
        whatWouldItTake | ◆を上のランクに上げるには、あとどれくらい取引が必要ですか。
        whatWouldItTake | could ◆ drop to D? what would cause that?
        whatWouldItTake | ◆の取引実績があとどれだけ増えたらセグメントが変わる?
        planCheck | check my plan: ◆ twice, ◆, ◆ and ◆. balanced?
        planCheck | 今週は◆、◆、◆を回る予定です。この配分で問題ないですか?
        planCheck | here's my week: 4 C visits, 1 A, 1 D. check the allocation
        planCheck | 来週の予定は◆、◆、◆です。チェックしてもらえる?
        planCheck | 自分で作った訪問計画、時間配分がおかしくないか見てほしい
        compare | ◆と◆、どっちを先に訪問すべき?
        compare | ◆ or ◆ — which should I see first?
        compare | ◆と◆では、どちらを優先すべきでしょうか。
        compare | only time for one: ◆ or ◆?
        compare | ◆と◆、今週行くならどっち?
        help | what can you do?
        help | 何を聞けばいいの?使い方を教えて
        help | how do I load a new customer list?
        help | このツールでできることを教えてください。
        help | どのような聞き方をすればお答えいただけますか
        help | can I point you at the CSV our CRM exports?
        weeklyPlan | Who should I go and see this week?
        weeklyPlan | Put together an itinerary of five calls for next week
        weeklyPlan | I've got a fairly open week coming up, where should I be spending my days?
        weeklyPlan | draft me a visit rota for the coming week pls
        weeklyPlan | Can you schedule 8 customer meetings for me next week?
        weeklyPlan | I was wondering which clients I ought to drop in on over the next few days.
        weeklyPlan | Need a dozen visits lined up for the week, go.
        weeklyPlan | Plan my week with the emphasis on B accounts
        weeklyPlan | Which accts should be on my agenda Mon to Fri?
        weeklyPlan | Give me half a dozen places to call on this week.
        weeklyPlan | whos on teh visit schedule for me this wk
        weeklyPlan | 今週はどこを回ればいい?
        weeklyPlan | 来週の訪問予定を組んでください
        weeklyPlan | 今週の訪問先を三件選んでほしい
        weeklyPlan | 来週、10件ほど客先回りしたいので段取りをお願いします
        weeklyPlan | 今週はどちらのお客様にお伺いすべきでしょうか。
        weeklyPlan | 今週どこ行ったらええ?
        weeklyPlan | 来週の営業スケジュール、たたき台を作ってもらえますか
        weeklyPlan | 7社分の訪問計画を立てて
        weeklyPlan | 明日からの一週間、どの得意先に顔を出すべきか知りたいです
        weeklyPlan | 今週の訪問リストちょうだい
        weeklyPlan | B中心で今週の回り先を決めてくれへん?
        weeklyPlan | 今週は時間がないので四社だけ訪問予定を作って
        weeklyPlan | 週間の訪問計画をご提案いただけますでしょうか
        weeklyPlan | plan 5 visits nxt wk
        planReasons | Explain why this week's visit plan looks the way it does
        planReasons | ◆ got dropped from my plan, what's the reason?
        explainCustomer | Why is ◆ classed as a C?
        explainCustomer | Tell me about ◆
        explainCustomer | What makes ◆ a B account?
        explainCustomer | How come ◆ is in A?
        explainCustomer | What's the story with ◆?
        explainCustomer | Which segment does ◆ fall into, and why?
        explainCustomer | I'm surprised ◆ ended up a D. Explain?
        explainCustomer | Give me the rundown on ◆.
        explainCustomer | ◆ - where does it sit on the matrix?
        explainCustomer | ◆, what's its categorisation based on?
        explainCustomer | Shouldn't ◆ be an A?
        explainCustomer | Is ◆ one of our key accounts, and on what grounds?
        explainCustomer | whats the deal with ◆
        explainCustomer | ◆ tte naze C nan desu ka?
        explainCustomer | ◆はなぜBなんですか
        explainCustomer | ◆について教えて
        explainCustomer | ◆がAに分類されている根拠は?
        explainCustomer | ◆ってどのランク?
        explainCustomer | ◆がDになってるのはどうして
        explainCustomer | ◆はどういう位置づけのお客様ですか
        explainCustomer | ◆HDの評価の中身を知りたいです
        explainCustomer | ◆の分類理由をご説明いただけますか
        explainCustomer | ◆はどこに入るん?
        explainCustomer | ◆さん、どうしてこの区分なのか納得いかないんだけど
        explainCustomer | ◆の客観的評価と取引実績はどんな感じ?
        explainCustomer | ◆さんのこと詳しく知りたい
        explainCustomer | アクメってどんな先?
        segmentMembers | Who are my A customers?
        segmentMembers | List every B account.
        segmentMembers | Show me the D's.
        segmentMembers | Which clients land in quadrant C?
        segmentMembers | Give me the names in A and B
        segmentMembers | Which companies count as main targets right now?
        segmentMembers | Pull up the key-account list.
        segmentMembers | Who's in the C bucket for Emily Carter?
        segmentMembers | enumerate segment d pls
        segmentMembers | Break my book down by segment and show me who sits where.
        segmentMembers | A顧客の一覧を出して
        segmentMembers | Bに入っている取引先はどこですか
        segmentMembers | C区分の得意先を全部教えて
        segmentMembers | Dランクのお客さんってどこ?
        segmentMembers | CとDの会社名を並べてください
        segmentMembers | 重要顧客(A)に該当する先をリストアップしてもらえますか
        segmentMembers | 伸びしろ大きいとこ、つまりBってどこやっけ
        segmentMembers | 岡田さんの担当でCになってる顧客を知りたいです
        segmentMembers | Aのお客さまってだれだれ?
        segmentMembers | B象限の先を一覧で見せてください
        segmentAdvice | I'm not sure how to treat my D accounts.
        segmentAdvice | How much of my week should go to B?
        segmentAdvice | What's the best way to look after A customers?
        segmentAdvice | How often should I be calling on C clients?
        segmentAdvice | Any tips for keeping my A's happy so competitors don't get a foot in the door?
        segmentAdvice | What's the playbook for B?
        segmentAdvice | Should I bother visiting D at all?
        segmentAdvice | How do I handle the C lot without neglecting them?
        segmentAdvice | What approach do you recommend for accounts with lots of potential but little business with us yet?
        segmentAdvice | how frequently to visit segment A
        segmentAdvice | Bのお客様にはどう接すればいいですか
        segmentAdvice | Dの先にはどれくらい時間を割くべき?
        segmentAdvice | A顧客への訪問頻度はどのくらいが目安ですか
        segmentAdvice | Cの取引先との付き合い方に悩んでいます
        segmentAdvice | 重要顧客はどうやって守ったらええの?
        segmentAdvice | Dランクの客先、放っておいてもいいんでしょうか
        segmentAdvice | B攻略のコツを教えて
        segmentAdvice | C顧客は月に何回くらい行けばいいの
        segmentAdvice | BとCで時間配分はどう変えるべき?
        segmentAdvice | A先のフォローの仕方をご教示いただけますか
        segmentAdvice | Dはどない扱ったらええんやろ
        segmentAdvice | Bにはどれだけ力入れればいいか知りたいです
        segmentAdvice | Aのお客さんとの関係維持で気をつけることは?
        method | How does this A/B/C/D thing work, in a nutshell?
        method | この手法の全体像をざっくり教えて
        method | Could you explain the matrix method as if I were a new starter?
        method | What goes into the objective evaluation axis?
        method | 客観的評価って何を見てるの?
        method | When you say a company is attractive in itself, what are you measuring?
        method | What counts towards the transaction record?
        method | 取引実績の軸はどう測っていますか
        method | 取り引き実績って具体的には何のこと?
        method | How are the scores worked out?
        method | パーセンタイルってどういう意味で使ってる?
        method | Why is the cut-off at 50?
        method | Why does the sales budget come first?
        method | 予算達成が最優先って、どういうことですか
        method | What's the English for 取引実績?
        method | 「情」って英語で何て言う?
        method | Is there a glossary of the terms you use?
        method | What is an A customer, exactly?
        method | A顧客の定義を教えてください
        method | Define segment B.
        method | Bってどういう先のこと?
        method | What does C stand for in this scheme?
        method | C区分ってどんな会社が入るの
        method | What's a D account?
        method | D顧客とは何か説明してください
        method | Why should B get more of my time than A?
        method | なんでBに一番時間をかけるんですか
        method | What's the rationale for making B the main target?
        method | What is the C trap?
        method | 情で訪問先を選んじゃうって、どういう落とし穴?
        method | I keep popping in on old friends out of loyalty. Is that the trap you warn about?
        method | What do you mean by after-sales follow-up?
        method | アフターフォローって具体的に何をするの?
        method | What happens with customers sitting right on the line between segments?
        method | 境界線ギリギリの顧客はどう考えればいい?
        method | What does borderline mean in your output?
        method | How is the matrix meant to feed into my weekly planning?
        method | 週の訪問計画にマトリックスをどう使うの?
        method | How do I read a plan check?
        method | 計画チェックの結果の見方がわからない
        method | How often should customers be rotated from week to week?
        method | 訪問頻度の考え方を教えて
        method | Is there a rule of thumb for visit cadence?
        method | As a manager, how should I review how my reps spend their week?
        method | マネージャーとして部下の時間配分をどうチェックすればいい?
        method | 課長の立場だと、このやり方をどう活かせばよいでしょうか
        countAndShare | How many A customers have I got?
        countAndShare | What percentage of my accounts are B?
        countAndShare | What proportion of the book falls into D?
        countAndShare | Count the C custs.
        countAndShare | How's the book split across the four segments?
        countAndShare | How many clients are there in total?
        countAndShare | Number of B accounts versus A accounts?
        countAndShare | What fraction of Emily Carter's customers are C?
        countAndShare | how many Ds r there
        countAndShare | A顧客は何社ありますか
        countAndShare | Bの割合はどのくらい?
        countAndShare | Cって全体の何割?
        countAndShare | Dは何件ある?
        countAndShare | セグメントごとの社数を教えてください
        countAndShare | 佐々木さんの担当先のうち、Aは何パーセント?
        countAndShare | AとBを合わせると何社になる?
        countAndShare | 得意先の構成比を出して
        countAndShare | Cに入ってる先、いくつあるか知りたいです
        countAndShare | 全顧客のうちDが占めるシェアは?
        countAndShare | B何社あんの?
        countAndShare | 区分別の件数と比率をお示しください
        whatWouldItTake | What would it take for ◆ to become an A?
        whatWouldItTake | What would ◆ need to move up to A?
        whatWouldItTake | How could ◆ end up in A?
        whatWouldItTake | What would push ◆ down to D?
        whatWouldItTake | What needs to change for ◆ to be an A account?
        whatWouldItTake | How much more business would we need with ◆ to make it an A?
        whatWouldItTake | What would it take to get ◆ into B?
        whatWouldItTake | Could ◆ ever be a B? What would have to happen?
        whatWouldItTake | What's the gap between ◆ and the A segment?
        whatWouldItTake | How far is ◆ from being an A?
        whatWouldItTake | What would tip ◆ over into A?
        whatWouldItTake | What would knock ◆ down to B?
        whatWouldItTake | ◆をAにするには何が必要?
        whatWouldItTake | ◆がAに上がる条件は?
        whatWouldItTake | ◆がDになっちゃうのはどういうとき?
        whatWouldItTake | ◆をA顧客に育てるには、あとどれくらい取引が要りますか
        whatWouldItTake | ◆がBになるには会社の規模がどれくらい必要?
        whatWouldItTake | ◆がCに入るには何が足りない?
        whatWouldItTake | ◆をAまで持っていくには何をすればいい
        whatWouldItTake | ◆が次にAに入るためのハードルを知りたいです
        whatWouldItTake | ◆、あとどのくらい受注すればAになる?
        whatWouldItTake | ◆がDに落ちるとしたら、何が起きたとき?
        planCheck | Can you check my plan for next week?
        planCheck | Here's my schedule: ◆ Monday, ◆ Tuesday, ◆ Wednesday. Does that look balanced?
        planCheck | Sanity-check Emily Carter's visit allocation, would you?
        planCheck | Is my time split across A/B/C/D about right this week?
        planCheck | I'm planning to see ◆, ◆ and ◆ Too much C?
        planCheck | Review my itinerary and tell me if I'm overinvesting anywhere.
        planCheck | Audit Okada's rota for the week.
        planCheck | I've booked ◆ and ◆ plus three D's. Thoughts?
        planCheck | Have I got the balance right in my plan?
        planCheck | Does my calendar lean too heavily on old friends?
        planCheck | grade my plan
        planCheck | 来週の自分の訪問計画をチェックしてください
        planCheck | 今週は◆、◆、◆に行く予定だけど、偏ってないかな
        planCheck | 佐々木さんの予定、時間配分見てもらえますか
        planCheck | 私のスケジュール、Cに寄りすぎてない?
        planCheck | 岡田の計画を評価して
        planCheck | 今週の段取りがこれで大丈夫か確認したいです
        planCheck | ◆と◆と◆を回る予定です。バランスはどう?
        planCheck | 部下の訪問配分を点検してほしい
        planCheck | この予定で予算いけるか見てくれへん?
        planCheck | ワイの予定表、診断してや
        planCheck | Emilyさんの来週の計画、AとBにちゃんと時間使えてるか確認して
        compare | Should I visit ◆ or ◆ first?
        compare | Which is more important right now, ◆ or ◆?
        compare | ◆ vs ◆: who gets priority?
        compare | If I can only fit in one, ◆ or ◆?
        compare | Rank ◆, ◆ and ◆ by visit priority.
        compare | Between ◆ and ◆, where's my time better spent?
        compare | Is ◆ worth more of my time than ◆?
        compare | Who should come first: ◆ or ◆?
        compare | I can't decide between ◆ and ◆.
        compare | which one's the bigger fish, ◆ or ◆?
        compare | ◆と◆、どっちを先に訪問すべき?
        compare | ◆と◆ではどちらが優先ですか
        compare | ◆と◆、重要度を比べて
        compare | ◆と◆、今週どっち行こうか迷ってる
        compare | ◆と◆、どちらに時間を使うべきでしょうか
        compare | ◆より◆を優先すべき?
        compare | ◆か◆か、一件しか行けないならどっち?
        compare | ◆と◆と◆、優先順位をつけてください
        compare | ◆と◆、どっちが大事なん?
        compare | ◆と◆やったらどっちが先?
        compare | ◆と◆の訪問優先度を比較したいです
        help | What can you do?
        help | How do I use this thing?
        help | What sort of questions can I ask you?
        help | Is there a list of commands?
        help | Help!
        help | How should I phrase a question about a specific customer?
        help | Can I ask you things in Japanese?
        help | I'm new here, where do I start with SalesCoach?
        help | what are you for
        help | Show me some example questions.
        help | 使い方を教えて
        help | 何ができるの?
        help | どんな質問ならできますか
        help | ヘルプ
        help | 英語で質問しても大丈夫?
        help | 初めて使うんですが、どう聞けばいいでしょうか
        help | このツールの機能一覧を見せて
        help | 質問の例をいくつか出してください
        help | これ、どうやって使うん?
        help | SalesCoachでできることをご案内いただけますか
        outOfScope | What's the weather in Osaka tomorrow?
        outOfScope | Write a follow-up email to the buyer at ◆.
        outOfScope | What's our competitor charging for similar products?
        outOfScope | How do I find brand-new prospects we've never sold to?
        outOfScope | Can you file my expense report?
        outOfScope | Tell me a joke.
        outOfScope | What's ◆'s share price?
        outOfScope | Translate this quote into French.
        outOfScope | Email ◆' contact about the delivery delay.
        outOfScope | How do I negotiate a discount without losing margin?
        outOfScope | Recommend a good restaurant near Shinjuku for client entertaining.
        outOfScope | What's the capital of Australia?
        outOfScope | Who won the match last night?
        outOfScope | Book me a train to Nagoya.
        outOfScope | How do I reset my laptop password?
        outOfScope | Generate a sales forecast for next year.
        outOfScope | What's the best CRM on the market?
        outOfScope | Write me a cold-calling script.
        outOfScope | Summarise the news about the semiconductor industry.
        outOfScope | How do I ask my boss for a raise?
        outOfScope | 明日の天気は?
        outOfScope | 見積書を作ってください
        outOfScope | 新規開拓のコツを教えて
        outOfScope | 競合他社の価格を調べて
        outOfScope | 経費精算のやり方は?
        outOfScope | おすすめのランチの店ある?
        outOfScope | ◆の株価を教えて
        outOfScope | 社長への謝罪メールの文面を考えてほしい
        outOfScope | 値引き交渉のうまいやり方は?
        outOfScope | 名古屋行きの新幹線を予約して
        outOfScope | 英語のプレゼン資料を翻訳して
        outOfScope | 今日のニュースをまとめて
        outOfScope | 名刺の管理方法を教えて
        outOfScope | パソコンが重いんだけどどうしたらいい?
        outOfScope | 来期の売上予測を立てて
        outOfScope | 飛び込み営業のトークスクリプトを書いて
        outOfScope | 上司との関係がうまくいかない
        outOfScope | 手土産は何がいいかな
        outOfScope | 年末調整の書類はいつまで出せばいいですか
        outOfScope | 部長の誕生日プレゼント何がいいと思う?
        weeklyPlan | um so what does my week look like uh who should I be going to see next week
        weeklyPlan | okay so uh give me like five visits for next week um prioritise whatever matters most
        weeklyPlan | えーと来週のですねあのー訪問予定を組んでもらえますか
        weeklyPlan | らいしゅう訪問先4件だして
        weeklyPlan | nxt wk visits pls
        weeklyPlan | 来週の visit plan 作ってくれる?
        weeklyPlan | Could you pencil in half a dozen calls for me for the coming week
        weeklyPlan | Kindly prepare my visit schedule for next week and do the needful
        weeklyPlan | 今週は残り2日しかないけど、どこを回るのがいい?
        weeklyPlan | I've only got Thursday and Friday free, so three visits max — who gets them?
        weeklyPlan | 月末までに回っておくべき先を出して
        weeklyPlan | Before the year closes out, which accounts should I be seeing this week?
        weeklyPlan | 新人の岡田さん向けに来週の訪問計画を作ってあげて
        weeklyPlan | Build Emily's route for next week, she's asked me to sort it out
        weeklyPlan | 来週は8件回れるので、優先順に並べてください
        weeklyPlan | next week mostly B accounts please, who should I hit
        weeklyPlan | I need a plan for next week, I keep ending up at the same old places
        weeklyPlan | 来週どこいく?
        weeklyPlan | 来週10件くらい訪問したいんだけど候補ちょうだい
        weeklyPlan | so next week right I want to see the people I ought to see not just the ones I like seeing sort me out
        weeklyPlan | What's on the cards for me visit-wise this coming week?
        weeklyPlan | 来週は出張で2件しか行けない。どこにすべき?
        weeklyPlan | 週明けからの訪問ルート、提案してもらえる?
        weeklyPlan | Please schedule 7 visits for me next week itself, mix it properly
        weeklyPlan | 来週の予定の planning お願い、なるべく効率よく
        weeklyPlan | 来週のおすすめ訪問先って出せる?
        weeklyPlan | 金曜だけ空いてるから3社えらんで
        explainCustomer | I reckon ◆ should be an A, not whatever it is now
        explainCustomer | ◆がCなのは納得いかない。毎月注文くれてるのに
        explainCustomer | What is the reason for ◆ being in C category only?
        explainCustomer | えーと◆ってあのーどこに分類されてるんでしたっけ
        explainCustomer | where does ◆ land and why, we've got nothing from them yet
        explainCustomer | ◆なんでB
        explainCustomer | ◆ の segment と理由を教えて
        explainCustomer | Explain ◆ to me like I'm brand new here — where does it sit?
        explainCustomer | ◆ is an A? Seriously? Walk me through that
        explainCustomer | ◆の評価どうなってる?
        explainCustomer | Emily's asking why ◆ got the grade it did, what do I tell her
        explainCustomer | ◆ってAじゃないの?
        explainCustomer | ◆ — what's its objective score versus its record score?
        explainCustomer | 岡田さん担当の◆、なんであの区分なのか説明してあげて
        explainCustomer | is ◆ on the borderline or firmly in its box
        explainCustomer | ◆ whch segmnt
        explainCustomer | ◆がDって、ちょっと厳しすぎない?
        explainCustomer | ◆ — tell me which quadrant and what's driving it
        explainCustomer | ◆の分類の根拠を、客観的評価と取引実績それぞれで教えてください
        explainCustomer | I think ◆ is clearly a B, am I right?
        explainCustomer | ◆ って segment どこ? why?
        explainCustomer | ◆ has no growth figure on file, so how did it get classified at all
        explainCustomer | ◆はうちの売上けっこう大きいのにAにならないのはどうして
        explainCustomer | ◆, tell me about it — which box and why
        explainCustomer | ◆って受注0件なのに売上があるけど、どういう分類になってる?
        explainCustomer | 佐々木さんの◆ってどのグループ?理由も
        explainCustomer | ◆のポジション教えて
        segmentMembers | which customers are NOT in B
        segmentMembers | Aの顧客一覧を出して
        segmentMembers | えーとCに入ってるお客さんってあのー誰と誰でしたっけ
        segmentMembers | list D accts
        segmentMembers | 佐々木さんの担当でAに入ってるのはどこ?
        segmentMembers | Show me Emily's B accounts — the whole lot
        segmentMembers | B セグメントの customers を全部 list して
        segmentMembers | For the team as a whole, who's in A and who's in B?
        segmentMembers | Kindly share the names of C category customers under Okada-san
        segmentMembers | D以外の顧客を教えて
        segmentMembers | Bってどこどこ?
        segmentMembers | Who are our key accounts, the ones we can't afford to lose?
        segmentMembers | 情で通ってる先、つまりCってどこ?
        segmentMembers | which customers are big companies but we barely sell to them
        segmentMembers | D customers list pls, the ones I can mostly leave alone
        segmentMembers | 来期に向けてAの顧客を確認しておきたい、リストちょうだい
        segmentMembers | C と D に入ってる会社を教えてください
        segmentMembers | so um who's in uh B right now like the main target ones
        segmentMembers | Aじゃない顧客ってどれ?
        segmentMembers | Remind me which accounts count as B for me again
        segmentMembers | 岡田さんのD先ってどこがある?
        segmentMembers | Give me every C account across the three reps
        segmentMembers | 最重点ターゲットの会社名を全部あげて
        segmentMembers | 昔からの付き合いで小さい会社、C区分の先を一覧で
        segmentAdvice | A顧客にはどう接したらいい?
        segmentAdvice | How am I supposed to work my B accounts — what do I actually do on the visit?
        segmentAdvice | えーとCのお客さんってあのーどのくらい手をかければいいんですかね
        segmentAdvice | D顧客どうする?ほっとく?
        segmentAdvice | Bへのアプローチ、具体的に何すればいい
        segmentAdvice | what's the game plan for A customers so competitors don't sneak in
        segmentAdvice | C の accounts って how should I handle them? 昔からの付き合いなんだけど
        segmentAdvice | Kindly advise the approach for D category customers
        segmentAdvice | As a director, what should my team be doing differently with B accounts this quarter?
        segmentAdvice | 来月、A顧客に対して何をしておくべき?
        segmentAdvice | how do I keep my C customers happy without wasting half my week on them
        segmentAdvice | D accts strategy?
        segmentAdvice | 新人に教えるとしたら、B顧客の攻め方はどう説明する?
        segmentAdvice | Do I still need to visit my A accounts if they're ordering fine anyway?
        segmentAdvice | Cの先は電話だけで済ませるのってアリ?
        segmentAdvice | what should I be doing with the D lot, honestly
        segmentAdvice | Bのお客さん、年内にどう動けばいい?
        segmentAdvice | Aのお客さんのフォロー、具体的にどうしたらいい
        segmentAdvice | so uh my C people um what's the right way to uh deal with them going forward
        segmentAdvice | D顧客への訪問はどのくらい減らしていいですか
        segmentAdvice | My B accounts never return my calls — how should I be approaching them?
        segmentAdvice | What do I do with a key account that's already buying everything from us?
        segmentAdvice | B向けの訪問ってどんな話をすればいいの
        method | Explain this whole four-box matrix thing to me like I'm new
        method | えーとこの4つに分けるやり方ってあのーそもそもどういう考え方なんですか
        method | マトリックスの考え方をざっくり教えて
        method | Honestly this matrix stuff sounds like consultant nonsense — what's the actual idea behind it?
        method | 客観的評価って何を見てるの?
        method | What goes into the objective evaluation axis — just revenue, or more than that?
        method | why should the customer's own size matter if they hardly buy from us
        method | 取引実績の軸は何で測ってる?
        method | transaction record means what exactly, orders or profit or both
        method | How are the scores actually worked out — percentiles or what?
        method | 50が基準線ってどういう意味?
        method | Kindly explain the scoring logic and the cut-off value
        method | 予算達成とこのマトリックス、どっちが優先?
        method | If I'm behind on budget this quarter, does the matrix still come first?
        method | 取り引き実績って英語で何て言うの
        method | what's the Japanese term for objective evaluation, my manager keeps saying it
        method | What's an A customer, in plain terms?
        method | A顧客の定義を教えて
        method | Bってどういう顧客のこと?
        method | define segment B for me
        method | C顧客ってどういう会社のこと?
        method | what does it mean to be a C
        method | Dってどういう位置づけ?
        method | Explain D to a new joiner
        method | is B more important than A then?
        method | なんでBに一番時間をかけるの?Aの方が大事じゃない?
        method | Why should B get most of my time when they barely buy from us?
        method | isn't it wrong to neglect C customers? they've been loyal to us for decades
        method | the C trap — what is it? my trainer mentioned it
        method | 長年の付き合いを大事にするのが営業の基本でしょ。Cを減らせってのはおかしくない?
        method | アフターフォローって具体的に何のこと?
        method | What's meant by after-sales follow-up for A — is it just checking in?
        method | What happens with customers sitting right on the cut line?
        method | 境界線ギリギリの顧客ってどう考えればいい?
        method | How is the matrix meant to feed into my weekly planning, in general?
        method | 週の訪問計画にこの分類をどう使うのが正しいの?
        method | How do I read the plan check — what do the numbers mean?
        method | 計画チェックの結果ってどう見ればいいの
        method | How often should I be seeing each customer, in principle?
        method | 毎週同じ先ばかり行ってしまう。入れ替えの考え方は?
        method | As a sales director, how should I review how my reps spend their week?
        method | マネージャーとして部下の時間配分をどうチェックすればいい?
        method | 客観的評価 in English is what?
        method | パーセンタイルってどういう計算?
        method | 予算が一番って言うけど、それなら分類いらなくない?
        countAndShare | how many B's have we got
        countAndShare | Aって何社ある?
        countAndShare | セグメントごとの件数と割合を出して
        countAndShare | what percentage of the book is D
        countAndShare | えーとCの割合ってあのー全体の何割くらいですか
        countAndShare | A versus B — how many of each across the team?
        countAndShare | breakdown by segment for the whole team pls, counts and %
        countAndShare | Kindly tell me the count of B category customers
        countAndShare | 佐々木さんのC顧客は何件?
        countAndShare | How's Emily's book split across the four boxes?
        countAndShare | D何件
        countAndShare | A以外は何社?
        countAndShare | what share of my customers are B, roughly
        countAndShare | 全顧客のうち、各区分が何%ずつか知りたい
        countAndShare | C と D 合わせて何社になる?
        countAndShare | so um how does the um split look across the four segments for me
        countAndShare | Bセグメントの比率って how much?
        countAndShare | How many key accounts does Okada have?
        countAndShare | 区分の分布を見せて
        countAndShare | are more than half my customers D or is that just how it feels
        countAndShare | チーム全体で区分ごとに何社ずつある?
        whatWouldItTake | What would it take for ◆ to become an A?
        whatWouldItTake | ◆をAにするには何が必要?
        whatWouldItTake | ◆、どれくらい取引が増えたら区分が変わる?
        whatWouldItTake | could ◆ ever become a B — what would need to change
        whatWouldItTake | how much more business with ◆ before it tips into A
        whatWouldItTake | えーと◆をですねあのー上の区分に上げるにはどうなればいいんでしょう
        whatWouldItTake | what would make ◆ drop out of its current segment?
        whatWouldItTake | ◆ to A — what's the gap?
        whatWouldItTake | ◆がAになるには売上いくら必要?
        whatWouldItTake | ◆ is on the edge, what would tip it over?
        whatWouldItTake | ◆ってDに落ちる可能性ある?何があったら落ちる?
        whatWouldItTake | what needs to happen for ◆ to move up once they start ordering
        whatWouldItTake | Kindly tell what is required for ◆ to move to A category
        whatWouldItTake | ◆HD、A昇格の条件は?
        whatWouldItTake | ◆ を A に持っていくには how much more sales が必要?
        whatWouldItTake | ◆の区分を変えるには何件くらい受注すればいい?
        whatWouldItTake | Before year end, could we realistically get ◆ into A, and how?
        whatWouldItTake | ◆が今の区分から抜け出すには?
        whatWouldItTake | What would push ◆ down to B?
        whatWouldItTake | ◆ to C, possible? what'd it take
        whatWouldItTake | ◆を来期中にAに上げたい。何をどれだけ積めばいい?
        planCheck | 来週は◆、◆、◆に行く予定。これでいい?
        planCheck | check my plan for next week
        planCheck | えーと来週の予定ちょっとあのー見てもらえますか、偏ってないかなって
        planCheck | Is Emily's plan for next week balanced, or is she over-visiting small accounts?
        planCheck | Mon ◆, Tue ◆, Wed ◆, Thu ◆ — thoughts?
        planCheck | 岡田さんの来週の訪問計画、配分おかしくない?
        planCheck | ◆ ◆ ◆ 回る予定 どう
        planCheck | Kindly review my planned visits and tell if the allocation is proper
        planCheck | my diary's already full for the fortnight, can you sanity-check it?
        planCheck | 今月の予定、Cに寄りすぎてないか確認して
        planCheck | so I'm thinking um ◆ then ◆ then uh ◆ is that a sensible week
        planCheck | 私の計画チェックして
        planCheck | Go through Sasaki-san's planned visits and flag anything off
        planCheck | Planning ◆ and ◆ on Wednesday — good use of the day?
        planCheck | 来週の予定、Bが少なすぎない?
        planCheck | as director i want to see if the team's planned visits line up with the method
        planCheck | ◆、◆、◆って予定してるけど、Aばっかりで大丈夫?
        planCheck | My plan for next week — is it too heavy on old friends?
        planCheck | ◆と◆を来週入れてるんだけど、時間の無駄?
        planCheck | Please check my next week plan once and tell me if it is okay
        planCheck | 登録済みの訪問予定、時間の使い方として妥当か見て
        compare | ◆と◆、どっちを優先すべき?
        compare | ◆ or ◆, who should I see first
        compare | えーと◆と◆だとあのーどっち先に行った方がいいですかね
        compare | ◆ vs ◆ which one matters more for visits
        compare | ◆ と ◆, which is the priority?
        compare | ◆, ◆, ◆ — rank them for me by visit priority
        compare | ◆と◆、訪問の優先度を比べて
        compare | I think ◆ deserves more of my time than ◆, agree?
        compare | 岡田さんが◆と◆で迷ってる。どっちがいい?
        compare | ◆ vs ◆ どっち
        compare | Kindly compare ◆ and ◆ and tell which to visit first
        compare | ◆と◆、行くならどっち?
        compare | ◆ or ◆ — if I can only fit one in this month
        compare | ◆と◆の優先度を比較して
        compare | ◆ or ◆, is there any difference honestly
        compare | ◆と◆、今月先に顔を出すべきはどっち
        compare | ◆ or ◆, which one should I prioritise before year end?
        compare | ◆ vs ◆ for next week's one free slot
        compare | ◆と◆ どっち優先
        compare | ◆ vs ◆, which is less of a waste of time
        compare | ◆ or ◆ which first
        compare | ◆と◆、A同士だとどっちを優先?
        compare | ◆と◆ならどっちに時間を使うべき?
        help | what can you actually do
        help | えーとこれってあのー何を聞けばいいんですか
        help | このツールの使い方おしえて
        help | how do I ask you about a specific customer
        help | 英語で質問しても大丈夫?
        help | can I mix Japanese and English when I ask you things
        help | Kindly share the list of questions supported by this tool
        help | 新人向けに、このアシスタントで何ができるか一覧で教えて
        help | whats this thing for
        help | どんな質問に答えられるの?例をいくつか
        help | I'm a director — what can this tool tell me about my team?
        help | help
        help | ヘルプ
        help | Is there a way to ask for a plan with a fixed number of visits? how do I phrase it
        help | 使い方がよくわからない。最初に何を聞けばいい?
        help | so um how does this work do I just like talk to it
        help | 質問のしかたのコツってある?
        help | what kinds of questions work best here?
        help | できることリスト
        outOfScope | draft an email to ◆ about the Q1 renewal
        outOfScope | 見積書の値引き、何%までならOK?
        outOfScope | what discount can I give without approval
        outOfScope | 契約書のひな形ちょうだい
        outOfScope | forecast our revenue for next quarter
        outOfScope | 新規開拓のリスト作って
        outOfScope | find me some new prospects in the ◆ area
        outOfScope | ◆からクレームが来た、どう謝ればいい?
        outOfScope | what's our competitor's pricing on industrial fasteners
        outOfScope | 経費精算のやり方教えて
        outOfScope | my laptop won't connect to the VPN
        outOfScope | 有給の申請ってどうやるの
        outOfScope | write a proposal deck for ◆
        outOfScope | えーと明日のあのー天気ってどうなってます?
        outOfScope | um can you like uh book me a train to Osaka for Tuesday
        outOfScope | 競合のA社の動きを調べて
        outOfScope | Kindly prepare the quotation for 500 units and send it to the client
        outOfScope | 部下の評価面談、何を話せばいい?
        outOfScope | how do I negotiate a price increase with a long-time customer
        outOfScope | 来期の売上予測を作って
        outOfScope | translate this contract clause into English for me
        outOfScope | 見積もりのテンプレどこ?
        outOfScope | can you summarise the news on the semiconductor market this week
        outOfScope | a competitor pitched ◆ in October — what are they likely offering?
        outOfScope | 社用車の予約したい
        outOfScope | what's the best lunch spot near Shinjuku station
        outOfScope | give me a cold-call script for a new lead
        outOfScope | ◆の社長の誕生日プレゼント、何がいい?
        outOfScope | expenses claim for the taxi last week, how do I file it
        outOfScope | このメール、もっと丁寧な敬語に直して
        outOfScope | who should we hire for the open sales position
        outOfScope | 来期の予算額はいくらに設定すべき?
        outOfScope | write me a LinkedIn post about our new product
        outOfScope | Kindly calculate the commission on my sales this month
        outOfScope | password reset for the CRM please
        outOfScope | 請求書の支払い期限ってどこで確認する?
        outOfScope | ◆ wants net-90 payment terms, should I agree?
        outOfScope | えーと来週の会議室あのー押さえといてもらえます?
        outOfScope | make a powerpoint on Q3 results for the board
        outOfScope | クレーム対応のマニュアルある?
        outOfScope | what's the exchange rate yen to dollar today
        outOfScope | 展示会で会った見込み客へのフォローメールを書いて
        outOfScope | how do I win back a customer who switched to a competitor
        outOfScope | 新商品の価格設定どうすればいい?
        outOfScope | Bセグメント向けのキャンペーンチラシを作って
        outOfScope | ◆の設備更新の見積もり、価格どうしよう
        outOfScope | tell me a joke
        outOfScope | 競合他社の最新の値下げ情報ある?
        outOfScope | 来月の営業会議の議事録まとめて
        """
}
