/// What the interpreter understood a question to ask, with everything it
/// found in it. The answerer works only from this value.
public struct Interpretation: Sendable, Hashable {
    public var intent: Intent
    /// The language to answer in: the question's.
    public var language: Language
    /// Customers named with certainty, as the book spells them, in order.
    public var customers: [String]
    /// Segments named, in order; for `whatWouldItTake` the last one is the target.
    public var segments: [Segment]
    /// A number in the question ("plan 12 visits").
    public var number: Int?
    /// 0–1: how clearly the winning intent beat the others.
    public var confidence: Double
    /// Other intents that scored close, best first, for "did you mean …?".
    public var alternatives: [Intent.Kind]
    /// Customer names that nearly matched, for "did you mean …?".
    public var didYouMean: [String]
    /// Words that look like a customer's name but match nobody in the book.
    public var unknownName: String?
    /// Whether the question leaned on the conversation ("and Acme?", "why?").
    public var isFollowUp: Bool
    /// Whether words known to be outside the coach's field were found
    /// (weather, recipes, email…): such a question is never rescued by a
    /// knowledge search.
    /// Set when the question asks for a list of the user's customers (with
    /// `intent` `.segmentMembers`): the answer comes from the book, not an article.
    public var customerList: CustomerListQuestion?
    /// Set when the question asks about progress over time (moves, time in
    /// B, one customer's history): the answer comes from the segment history.
    public var progress: ProgressQuestion?
    /// The question's own words, kept with `progress` so the answer can read
    /// the period it names ("this year", 今期) against the day it is asked.
    public var progressWords: String?
    /// Whether the question speaks of customers or accounts at all ("show me
    /// Emily's customers"), so that one without a segment may list them all.
    public var mentionsCustomers = false
    /// A question about one customer that asks whether it is borderline.
    public var asksBorderline = false
    /// A question about one customer that asks who its rep is.
    public var asksRep = false
    /// A question about one customer that asks whether it deserves a visit now.
    public var asksVisitWorth = false
    /// "when should I next visit X?": the verdict as a day.
    public var asksWhen = false
    /// "X or Acme Trading, which first?": the other company named, which the book lacks.
    public var missingOther: String?
    /// 「焼津ってどう？」 where the place is one customer's whole name (焼津漁業協同組合)
    /// and others carry it too: those others, named before the answer about that one.
    public var alsoNamedSo: SharedName?
    /// "the shipyards": the parts of a name that say the trade asked (造船, ドック, 重工),
    /// with `customerList` `.place(kanji: word, reading: "")` naming the word asked.
    public var tradeParts: [String]?
    /// 「病院の売上合計は？」: the trade word whose customers `within` holds, so the answer names them.
    public var poolTrade: String?
    /// 「それって私にできること？」 after a customer's move: whether its figures are the rep's to change, said first.
    public var asksIfInReach = false
    /// 「もう行かなくていい？」 about one customer: the visit verdict as advice, since "yes" would read both ways.
    public var asksSkipVisit = false
    /// 「それって危ない？」 about the customer just discussed: yes or no on its risk, said first.
    public var asksRisk = false
    /// "What's the biggest customer by sales?": one customer asked for, named before the ranking.
    public var asksOne = false
    /// 「じゃあCはいかなくていいってこと？」: whether a segment can be left unvisited, said first.
    public var asksSkipSegment = false
    /// "what if its sales halved?", 「受注が倍になったらAになる？」: one figure of the customer changed in
    /// thought (with intent `whatWouldItTake`, the segment asked about as its target).
    public var whatIf: WhatIfChange?
    /// 「じゃあBってことでいいの？」 about the customer just discussed: whether it is in this segment, said first.
    public var confirmsSegment: Segment?
    /// 「それ、スコアちょうど50ってこと？」: whether an axis score of that customer is this, said first.
    public var confirmsScore: Int?

    /// A word in several customers' names, and the customers other than the one answered.
    public struct SharedName: Hashable, Sendable {
        public let word: String
        public let others: [String]
    }
    /// "plan my week, osu bakery has to be in it": the customers named are to be in the plan.
    public var includesCustomers = false
    /// Customers a plan request asks to leave out ("leave out 21seiki", 「道後菓子舗は外して」).
    public var excludedCustomers: [String] = []
    /// "Show me Michael Brown's plan and tell me if it keeps C under the policy":
    /// a check that shows the plan it checks.
    public var asksToSeePlan = false
    /// "which customers have an axis score of exactly 50?": the borderline list
    /// narrowed to the customers standing on the cut itself.
    public var onTheCut = false
    /// 「松葉ガニの会社ってどこだっけ？」: the word of the question found in the
    /// notes of the customers answered about, said first.
    public var foundInNotes: String?
    /// "why is X a C when its sales are so high?": the figure the rep thinks
    /// should have put it elsewhere, answered with the axis it counts on and
    /// the other axis that decided.
    public var whyDespite: Metric?
    /// Weekdays given half a day ("thursday only half day", 「木曜は半日」).
    public var halfDays: Set<Int> = []
    /// "what should I replace?" right after a typed plan was checked: the
    /// visits to take out and the ones to put in, not the verdict again.
    public var asksChanges = false
    /// "what should i do with it", 「どうすればいい？」: what to do comes first.
    public var asksAction = false
    /// A visit question asked the other way round: whether it gets too many
    /// ("am I visiting them too often?", 「行きすぎてない？」), so yes means fewer.
    public var asksTooOften = false
    /// The one figure a question about a customer asks for ("what's Acme's
    /// profit?", 「中央メディカルとの取引額は？」): answered on the first line.
    public var askedMetric: Metric?
    /// The metrics a per-rep breakdown is asked for ("sales and profit by rep?"); our sales when none.
    public var askedMetrics: [Metric] = []
    /// Segments a total question also asks to count ("total sales and the
    /// number of D's", 「売上合計とDの数も」): the total is over every segment.
    public var countedSegments: [Segment] = []
    /// A question about one customer that asks when it was last visited.
    public var asksLastVisit = false
    /// "my last visit there before today": the last visit before today's
    /// (a visit logged today is the one just told).
    public var lastVisitBeforeToday = false
    /// "is it still overdue?" about one customer: yes or no by its segment's cadence.
    public var asksOverdue = false
    /// 「それって現実的？」, "is that realistic?" right after what would move a
    /// customer: whether those changes are within reach, said first.
    public var asksReach = false
    /// "which customers are borderline on the transaction record?": the one
    /// axis the borderline list keeps to.
    public var borderlineAxis: Axis?
    /// 「じゃあBはどれくらい入ってる？」 right after a plan: that segment's visits
    /// in the plan looked at (the saved week's after a check), against the policy.
    public var planShare: Segment?
    /// 「苅田セメントの客観評価いくつ？Bまであとどれくらい」: the axis scores asked
    /// for beside what would move it, said first.
    public var asksScore = false
    /// The customer a mistyped or shortened name was taken as, said in the answer.
    public var takenAs: String?
    /// A comparison that asks how two customers differ, not only which comes first.
    public var asksDifference = false
    /// Two segments asked about side by side ("what's the difference between A and C?").
    public var contrast: (Segment, Segment)? {
        get { contrastPair.map { ($0[0], $0[1]) } }
        set { contrastPair = newValue.map { [$0.0, $0.1] } }
    }
    private var contrastPair: [Segment]?
    /// The customers of the list just shown, when the question asks about
    /// them ("which of those has the most sales?", 「その中で一番大きい会社は？」).
    public var within: [String]?
    /// A request for a lesson ("give me a quick lesson"): the overview, and how to start `learn`.
    public var asksLesson = false
    /// A newcomer asking where to start (「新人です。何から始めれば」): the lesson,
    /// then the first question to ask of their own book.
    public var asksStart = false
    /// A question that sets the two axes side by side ("the difference between
    /// objective evaluation and transaction record").
    public var contrastsAxes = false
    /// 「BとAどっちに時間使うべき？」: of two segments, which gets more of the week;
    /// the contrast opens with that verdict.
    public var asksWhichGetsTime = false
    /// "is that a problem?" right after a list of customers left unseen: a verdict on `within`.
    public var asksIfProblem = false
    /// "who needs help the most?", 「一番サポートが必要な担当は？」: the reps ranked
    /// by what their books show needs a manager's hand, not only counted.
    public var asksHelp = false
    /// "which rep has the most B accounts and are they visiting them?": each
    /// rep's count with how many of those were seen lately.
    public var asksWhetherVisited = false
    /// "total sales per rep and the top customer for each": each rep's largest beside the totals.
    public var asksTopPerRep = false
    /// "plan for the whole team", 「担当者ごとの計画」: a week for each rep, each at a rep's capacity.
    public var asksTeamPlan = false
    /// A question about drifting to C ("too much time on C?", 「Cに偏ってない？」),
    /// answered from the visits made when nothing is planned.
    public var asksComfort = false
    /// "how many in D and whose are they": the count split by rep too.
    public var asksWhose = false
    /// A swap in the plan just shown ("swap X for Y"): the customer to take
    /// out, then the one to put in.
    public var swap: (out: String, in: String)? {
        get { swapPair.map { ($0[0], $0[1]) } }
        set { swapPair = newValue.map { [$0.out, $0.in] } }
    }
    private var swapPair: [String]?
    /// A request for every customer of a list, not its first few ("show
    /// me all my B customers", 「全部見せて」, "the rest?" after a list).
    public var showsAll = false
    /// The reps a question sets side by side ("compare Daniel and Priya"), with `.repBreakdown`.
    public var reps: [String] = []
    /// A line that was only a greeting or thanks (with intent `.help`).
    public var smallTalk: SmallTalk?
    /// A ranking asked from the bottom ("the smallest", 「一番少ない」).
    public var lowestFirst = false
    /// "and the rest?" right after a plan or its check: the customers the plan
    /// leaves out, with why each waits (with intent `.planReasons`).
    public var asksLeftOut = false
    /// A limit on visits a day ("max 2 a day", 「1日3件まで」): the week's plan
    /// holds that many for each working day left.
    public var visitsPerDay: Int?
    /// The weekdays (1 = Monday … 5 = Friday) a plan request keeps to ("Monday to Wednesday", 「月曜と水曜だけ」).
    public var onlyDays: Set<Int>?
    /// Weekdays the request takes off the plan ("drop friday", 「金曜は終日会議」).
    public var droppedDays: Set<Int> = []
    /// How many days the plan may use ("only 2 days", 「3日で」), the first ones free.
    public var dayCount: Int?
    /// At most this many visits to a segment in the plan ("max 2 C visits", 「Cは1件まで」).
    public var segmentCaps: [Segment: Int] = [:]
    /// The customer is the first of the list just shown, asked for as the best of it.
    public var firstOfListed = false
    /// The question asks what the customers listed add up to ("total of the top 3", 「上位3社の合計」).
    public var asksSum = false
    /// A segment's customers asked for with one figure ("sales of the A
    /// companies", 「Aの顧客の売上を教えて」): each with that figure, and their total.
    public var segmentFigures = false
    /// The company typed that the book lacks when a customer it starts like is
    /// offered ("Tokuyama Corporation" beside 徳山ソーダ販売): said to be missing first.
    public var missingBesideSuggestion: String?
    /// "profit margin", 「粗利率」: our profit as a share of our sales, not either amount.
    public var asksMargin = false
    /// "is 水戸薬品 in it?", 「水戸薬品は入ってる？」 after a plan: yes or no first.
    public var asksWhetherInPlan = false
    /// "is 佐藤's C share too high?", 「Cが多すぎ？」 of a count: the verdict by the time C takes.
    public var asksTooMuch = false
    /// "which customers have missing data?": beside those no segment holds, the
    /// placed customers with an empty cell.
    public var asksEmptyCells = false
    /// The count is for the whole plan ("2 in total", 「全部で2件」), not per day.
    public var saysTotal = false
    /// The days named add to the plan's days ("add monday too", 「月曜も」) rather than replace them.
    public var addsDays = false
    /// Days a plan request names relative to today (0 today, 1 tomorrow), made weekdays by the assistant.
    public var relativeDays: Set<Int> = []
    /// Days off told relative to today (「明日は休み」, "i'm off tomorrow"): 0 today, 1 tomorrow.
    public var droppedRelative: Set<Int> = []
    /// "did that get logged?" after a report nothing was logged from: what it named.
    public var notLogged: String?
    /// Hours the question gives for the week ("I have 9 hours"), which plan in time.
    public var hours: Double?
    /// The hours one visit takes, when the question says ("2 hours per visit",
    /// 「1件2時間」): the plan's hours go into visits at that, not at the config's.
    public var hoursPerVisit: Double?
    /// A plan typed in the line ("check plan: X, Y, Z"): what a check checks.
    public var typedPlan: TypedPlan?
    public internal(set) var hasOutOfScopeCue = false
    /// Whether a method question named no topic the tables know, so the
    /// overview was chosen for want of anything better.
    var topicIsFallback = false

    public init(
        intent: Intent, language: Language, customers: [String] = [], segments: [Segment] = [], number: Int? = nil,
        confidence: Double = 1, alternatives: [Intent.Kind] = [], didYouMean: [String] = [], unknownName: String? = nil,
        isFollowUp: Bool = false
    ) {
        self.intent = intent
        self.language = language
        self.customers = customers
        self.segments = segments
        self.number = number
        self.confidence = confidence
        self.alternatives = alternatives
        self.didYouMean = didYouMean
        self.unknownName = unknownName
        self.isFollowUp = isFollowUp
    }

    /// Taken as `intent` on a cue the interpreter trusts (a swap, a change to
    /// a typed plan): these customers, no list, at least fairly sure. The
    /// fields the cue sets beyond these stay with the caller.
    mutating func settle(as intent: Intent, customers: [String], followUp: Bool) {
        self.intent = intent
        self.customers = customers
        customerList = nil
        isFollowUp = followUp
        confidence = max(confidence, 0.7)
    }
}
