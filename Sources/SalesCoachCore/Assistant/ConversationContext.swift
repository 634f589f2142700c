/// What a session remembers between questions, so that "why?" after a plan
/// and "and Acme?" after an explanation make sense. A plain value: the caller
/// keeps it and passes it back with the next question.
public struct ConversationContext: Sendable, Hashable {
    /// The intent of the last answered question.
    public var lastIntent: Intent?
    /// The customers the last answer was about.
    public var customers: [String]
    /// The segments the last answer was about.
    public var segments: [Segment]
    /// The language of the conversation so far.
    public var language: Language?
    /// The language this one line must be answered in whatever its words
    /// are: a line that starts with a command word in a session whose
    /// language was chosen (`--lang ja`, "visits Nobody") is answered in the
    /// session's language, as the command's own messages would be.
    public var replyLanguage: Language?
    /// Names suggested by the last answer's "did you mean …?", for a "yes".
    public var suggestions: [String]
    /// The number the last plan was made for, so "why?" explains the same plan.
    public var number: Int?
    /// Every customer the last list answer showed, for "which of those …?".
    public var listed: [String] = []
    /// The list the last answer was, for "and the smallest?" after a ranking.
    public var list: CustomerListQuestion?
    /// The last question whose answer listed only its first few customers,
    /// so "show all", 「全部見せて」 or "the rest?" next prints that list whole.
    public var cutReading: Interpretation?
    /// The customers whose visits the last reports logged, one after another
    /// ("I saw Acme today" … "and visited Konex"), for "did you log those?".
    public var logged: [String] = []
    /// The last customer discussed on its own, kept through a list after it:
    /// "why is it in C?" after a visit told and then what is left of the week.
    public var lastSingle: String?
    /// What the last visit report named when nothing was logged from it (a
    /// name the book lacks, or the customers it could not choose between),
    /// so "did that get logged?" is answered "no".
    public var unlogged: String?
    /// The plan the rep typed into the line that the last answer checked
    /// ("check this plan: …"), so "why?" explains that verdict rather than
    /// checking another plan.
    public var typedPlan: TypedPlan?
    /// The last question the assistant answered, so 「日本語で説明してもらえますか」
    /// answers it again in that language; a command in between clears it.
    public var lastQuestion: String?

    public init(
        lastIntent: Intent? = nil, customers: [String] = [], segments: [Segment] = [], language: Language? = nil,
        suggestions: [String] = [], number: Int? = nil
    ) {
        self.lastIntent = lastIntent
        self.customers = customers
        self.segments = segments
        self.language = language
        self.suggestions = suggestions
        self.number = number
    }

    /// Records what a command showed, so a question after it follows on
    /// ("why?" after `plan`, "what would it take?" after `why NAME`).
    public mutating func discussed(
        _ intent: Intent, customers: [String] = [], segments: [Segment] = [], number: Int? = nil, language: Language
    ) {
        lastIntent = intent
        if customers.count == 1 { lastSingle = customers[0] }
        self.customers = customers
        self.segments = segments
        self.number = number
        self.language = language
        suggestions = []
        // A plan's picks: "why is X on it?" and "swap X for Y" ask about them.
        listed = intent.kind == .weeklyPlan ? customers : []
        list = nil
        cutReading = nil
        logged = []
        unlogged = nil
        typedPlan = nil
        lastQuestion = nil
    }

    /// Records a visit logged from what the rep wrote: the customer is the
    /// one discussed, and joins the visits logged just before it.
    public mutating func loggedVisit(to customer: String, language: Language) {
        let earlier = logged
        discussed(.explainCustomer, customers: [customer], language: language)
        logged = earlier.filter { $0 != customer } + [customer]
    }
}
