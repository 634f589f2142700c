/// What the interpreter listens for, as data: cue phrases with weights per
/// intent, and weights for what a question names (customers, segments).
///
/// An intent's score is the sum of the weights of its phrases found in the
/// question plus its entity weights; the best score wins if it is high
/// enough. English phrases are words in order, with up to two other words
/// between them ("who should I *go* visit") and typos forgiven on the
/// question's side; plural -s is ignored on both sides. Japanese phrases
/// (in `IntentCues+Japanese.swift`) are found as substrings, so polite
/// endings and missing spaces do not matter.
enum IntentCues {
    typealias Group = (kind: Intent.Kind, weight: Double, phrases: [String])

    static let english: [Group] = [
        (.weeklyPlan, 3, [
            "plan my week", "plan week", "plan visit", "visit plan", "weekly plan", "visit schedule", "schedule visit",
            "who visit", "whom visit", "who should i see", "who should i go see", "who do i call on", "who to see",
            "which customer visit", "which account visit", "where should i go", "where spend time", "suggest visit",
            "draft plan", "make plan", "build plan", "create plan", "give plan", "plan for week", "who should i meet",
            "which customer should i see", "where should i focus this week", "plan my", "draft my schedule",
            "what should i do this week", "itinerary", "line up visit", "drop in on", "drop by", "prioritize visit",
            "where should go", "who need visit", "visit to spend", "route for the week", "who deserve",
            "worth visit", "worth visiting",
        ]),
        (.weeklyPlan, 1, ["this week", "next week", "coming week", "week", "visit", "schedule", "plan", "call on"]),
        (.weeklyPlan, 2.5, ["agenda", "route"]),
        // Questions about how planning works are about the method, not a request for a plan.
        (.weeklyPlan, -4, ["how do i use", "how to use", "how to plan", "how do i plan", "how should i plan", "how does", "supposed to use",
            "how should i use", "use the matrix"]),
        // Checking a plan is not asking for one.
        (.weeklyPlan, -2, ["validate", "check", "review", "evaluate", "is my plan", "wrong", "ok", "okay", "balanced"]),

        (.planReasons, 3, [
            "dropped from my plan", "from the plan", "reason for", "on what basis", "put together", "how did you pick",
            "how did you choose",
            "why these", "why this plan", "why did you pick", "why did you choose", "why did you put",
            "why in the plan", "why is it in the plan", "explain the plan", "explain my plan", "reason for the plan",
            "reasons for the plan", "why those",
        ]),

        (.explainCustomer, 2, [
            "why is", "why", "explain", "tell me about", "what segment", "which segment", "classified", "classify",
            "how is scored", "story with", "where is it", "what about", "why that segment", "why not classified",
            "not classified", "detail", "how come",
        ]),
        (.explainCustomer, 1, ["about", "segment", "score", "where"]),

        (.segmentMembers, 2, [
            "who are", "list", "show", "which customer", "which company", "which account", "which client",
            "who is in", "member", "fall into", "name of", "who belong", "show me", "give me",
            "who are my", "which are", "what are my", "print", "who in", "everyone in", "count as",
        ]),

        (.segmentMembers, 1, ["are in"]),

        (.segmentAdvice, 3, [
            "how handle", "how deal", "how treat", "what should i do with", "what do i do with", "what to do with",
            "how grow", "approach", "strategy", "tips", "how much time should", "how to work", "best way",
            "how should i manage", "handle", "deal with", "do about", "how should i work", "work my", "how to sell",
            "how to approach", "how often visit", "advice", "right way", "how much effort", "effort", "win more",
            "win business", "how to grow", "bother",
            "how often", "ignore", "neglect", "leave alone", "playbook", "game plan",
        ]),

        (.method, 2, [
            "what is", "what does mean", "meaning", "mean", "why focus", "how does work", "method", "axis",
            "why does", "why start", "what goes into", "in a nutshell", "why called", "dangerous", "calculated",
            "how are calculated", "how do i read", "how to read", "how do i use", "why shouldnt", "why not",
            "what the point of", "measure",
        ]),
        (.method, 3, [
            "count as a", "definition", "define", "what kind of customer", "what type of customer", "what sort of customer",
        ]),

        (.countAndShare, 3, [
            "how many", "number of", "count", "percentage", "percent", "share", "breakdown", "distribution",
            "distributed", "proportion", "ratio", "how much of", "in total", "total", "split across", "split by",
            "how big", "mix", "size of", "fraction",
        ]),

        (.whatWouldItTake, 3, [
            "what would it take", "what would move", "move to", "get to", "become", "reach", "what would change",
            "need to become", "get into", "upgrade", "promote", "turn into", "change segment", "make it",
            "what does need", "how could get", "what would make", "move up", "need to reach", "push into",
            "what would push", "move into", "must change",
            "how far", "how much more", "how many more", "to hit", "before they count as", "away from", "required for", "tip over", "tip into",
        ]),

        (.planCheck, 3, [
            "check plan", "plan ok", "plan okay", "plan good", "plan fine", "plan balanced", "plan look",
            "review plan", "review my planned", "too much time", "too many visit", "overdoing", "spending too much",
            "plan reasonable", "is my plan", "planned visit", "check my", "too much on", "too often",
            "plan right", "plan correct", "balanced", "validate", "follow the policy", "policy", "is that bad",
            "lot of visit", "anything wrong",
            "good plan", "thought", "follow the method", "my schedule", "current schedule",
            "plan check", "sensible", "broken", "falling into", "review week", "review her", "review his", "look at her", "look at his",
            "enough a", "all c", "good use", "waste of time", "use of the day", "about right", "time split", "too much", "planning to see", "lean", "too heavily",
            "calendar",
        ]),
        (.planCheck, 2, ["my plan", "is that ok", "is that okay"
        ]),

        (.compare, 2, [
            "or", "vs", "versus", "compare", "which first", "who first", "which is more important",
            "which one", "first", "who comes first", "which should", "priority", "prioritize",
        ]),

        (.help, 3, [
            "what can you do", "what can i ask", "what questions", "how to use", "commands",
            "what kind of question", "what can you answer", "how do i use this", "example question",
            "where do i start", "get started", "getting started", "how do i load", "how to load", "how do i import",
            "how do i add", "list of question", "supported", "thing for", "tool tell", "how do i phrase", "how to phrase",
            "way to ask", "can i ask", "what are you for", "ask you",
            "how do i ask", "how to ask", "what should i type",
        ]),
        (.help, 2.5, ["help"]),

        (.outOfScope, 4, [
            "weather", "rain", "snow", "forecast", "temperature", "recipe", "bake", "cook", "cooking", "pancake",
            "bread", "stock price", "share price", "stock market", "nikkei", "dow jones", "email", "e mail",
            "letter", "code", "function", "python", "javascript", "program", "linked list", "array", "joke",
            "poem", "song", "movie", "news", "prime minister", "president", "world cup", "football", "soccer",
            "translate", "translation", "flight", "hotel", "restaurant", "lunch", "dinner", "population",
            "capital of", "bitcoin", "crypto", "exchange rate", "horoscope", "lottery", "write me", "write an",
            "write a", "sql", "swift function", "french", "spanish", "chinese", "game", "meeting", "reminder",
            "excel", "powerpoint", "printer", "calculator",
            "angry", "complaint", "threatening", "interview", "hire", "hiring", "recruit",
            "furious", "delivery", "quote", "price", "pricing", "discount", "renewal", "proposal", "driving me",
            "my boss", "contract", "invoice", "negotiate", "negotiation",
            "% off", "approve", "upfront", "paid", "payment", "deck", "slide", "pitch", "product", "complained",
            "calm", "market", "google ad", "ads", "mileage", "expense", "gift", "commission",
            "bonus", "vpn", "wifi", "laptop", "password", "burned out", "burnout", "stressed", "married", "birthday",
            "wife", "husband", "invite", "send the", "open on", "address", "phone number", "stock to buy", 
            "book me", "pitched", "prospect", "win back", "switched to", "campaign", "flyer", "what did they offer", "will order", "multi year", "script","taxi", "salary", "vacation", "holiday", "sick leave",
        ]),
    ]

    /// What a question names, and how much that says about each intent.
    enum Feature: Sendable, Hashable {
        case noCustomer, oneCustomer, twoCustomers, segment, noSegment
        /// Words that look like a company name the book does not have ("Tanaka Shoji").
        case unknownName
    }

    static let features: [(kind: Intent.Kind, feature: Feature, weight: Double)] = [
        (.explainCustomer, .oneCustomer, 2),
        (.explainCustomer, .twoCustomers, 1),
        (.explainCustomer, .noCustomer, -2.5),
        (.explainCustomer, .unknownName, 2),
        (.whatWouldItTake, .unknownName, 2),
        (.whatWouldItTake, .oneCustomer, 1.5),
        (.whatWouldItTake, .noCustomer, -2.5),
        (.compare, .twoCustomers, 3),
        (.compare, .oneCustomer, -3),
        (.compare, .noCustomer, -4),
        (.segmentMembers, .segment, 2),
        (.segmentMembers, .noSegment, -2),
        (.segmentAdvice, .segment, 1.5),
        // Advice is always about a segment: "how do I handle an angry customer" is not.
        (.segmentAdvice, .noSegment, -3),
        (.countAndShare, .segment, 0.5),
        (.method, .segment, 0.5),
        (.method, .oneCustomer, -1.5),
        (.method, .twoCustomers, -2),
        (.planCheck, .oneCustomer, -1),
        (.weeklyPlan, .oneCustomer, -1),
        (.weeklyPlan, .twoCustomers, -2),
        (.outOfScope, .oneCustomer, -2),
        (.outOfScope, .segment, -1),
    ]

    /// A question with this many English words (or Japanese character pairs)
    /// that no example question shares is "unfamiliar": it likely asks about
    /// something the method does not cover ("what time does Sunrise Bakery
    /// open on saturdays?"), even when it names a customer or a segment.
    /// Chosen by learning from three tune batches and measuring the fourth, in turn.
    static let unfamiliarWords = 2
    static let unfamiliarPairs = 5
    static let unfamiliarShift = 3.0
    /// An in-scope cue score from which unfamiliar words no longer count.
    static let unfamiliarCueLimit = 4.0
    static let unfamiliar: [(Intent.Kind, Double)] = [
        (.outOfScope, unfamiliarShift), (.explainCustomer, -unfamiliarShift), (.whatWouldItTake, -unfamiliarShift / 2),
        (.segmentMembers, -unfamiliarShift / 2), (.segmentAdvice, -unfamiliarShift / 2), (.method, -unfamiliarShift / 2),
        (.countAndShare, -unfamiliarShift / 2), (.compare, -unfamiliarShift / 2),
    ]

    /// An answer needs at least this score; below it the question is out of scope.
    static let minimumScore = 2.0

    /// Every phrase of every table, for the vocabulary.
    static var allPhrases: [String] { (english + japanese).flatMap(\.phrases) }
}
