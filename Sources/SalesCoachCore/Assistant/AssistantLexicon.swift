/// Words the interpreter knows besides its cue phrases: everyday English that
/// must never be "corrected" into a cue word or taken for a customer's name,
/// and the words that mark a letter as a segment ("A customers", "segment A").
enum AssistantLexicon {
    /// Everyday words. A typed word found here is left as it is.
    static let everyday: Set<String> = [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "best", "better", "between", "big", "both", "but", "by", "can", "could",
        "day", "did", "do", "does", "doing", "done", "down", "each", "else", "even", "ever", "every", "few", "for",
        "from", "get", "give", "go", "going", "good", "got", "great", "had", "has", "have", "he", "her", "here",
        "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "know", "last", "less", "let", "like",
        "little", "long", "look", "lot", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must",
        "my", "need", "new", "next", "no", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
        "our", "out", "over", "own", "please", "put", "quite", "really", "right", "said", "same", "say", "see",
        "she", "should", "show", "since", "so", "some", "still", "such", "sure", "take", "tell", "than", "thank",
        "thanks", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "think", "this", "those",
        "through", "time", "to", "today", "too", "under", "until", "up", "us", "use", "very", "want", "was", "way",
        "we", "well", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "would", "yes", "yet", "you", "your", "yours", "hi", "hello", "hey", "ok", "okay", "oh", "first",
        "second", "small", "large", "top", "main", "key", "general", "global", "national", "united", "central",
        "north", "south", "east", "west", "blue", "green", "red", "black", "white", "gold", "star", "sun", "tiny",
        "golden", "royal", "city", "house", "home", "world", "work", "works", "year", "week", "month", "tomorrow",
        "yesterday", "morning", "tonight", "people", "person", "man", "woman", "name", "number", "high", "low",
        "old", "young", "early", "late", "real", "free", "open", "close", "full", "half", "part", "line", "group",
        "team", "service", "services", "system", "systems", "trading", "industrial", "industries", "company",
        "companies", "customer", "customers", "account", "accounts", "client", "clients", "market", "office",
        "sales", "data", "info", "information", "money", "price", "cost", "deal", "order", "orders",
    ]

    /// Words that make a letter before them a segment: "A customers", "C accounts".
    static let segmentNounsPlural: Set<String> = [
        "customers", "accounts", "clients", "companies", "ones", "firms", "businesses", "segments", "visits",
    ]

    /// Singular nouns that make an upper-case "A" before them a segment after
    /// a determiner ("an A customer", "which A account").
    static let segmentNounsSingular: Set<String> = [
        "customer", "account", "client", "company", "one", "firm", "segment", "rank", "ranked", "tier", "class",
        "quadrant", "list", "share", "visit", "category", "group", "grade", "zone", "box", "follow", "followup",
    ]

    /// Words that make the letter after them a segment: "segment A", "rank B".
    static let segmentWordsBefore: Set<String> = [
        "segment", "segments", "rank", "ranked", "class", "quadrant", "category", "tier", "group", "grade", "box",
        "zone", "bucket", "area",
    ]

    /// Words after which a lone "A" at the end of a question is a segment: "in A?", "to A".
    static let segmentLeadIns: Set<String> = [
        "in", "to", "into", "from", "is", "be", "become", "becomes", "reach", "as", "vs", "versus", "or", "and",
        "than", "an", "get", "at", "not", "move", "moves", "stay", "stays", "remain", "rated", "classified",
    ]

    /// Determiners that make "A customer" mean a segment-A customer.
    static let determiners: Set<String> = [
        "an", "the", "my", "our", "each", "every", "any", "all", "this", "that", "which", "per", "one", "your",
    ]

    /// Other names for the segments, as reps say them.
    static let segmentSynonyms: [(Segment, [String])] = [
        (.a, ["key account", "key customer", "key client", "best customer", "top account", "重要顧客", "優良顧客", "最優良", "high on both", "both high", "両方高い", "どちらも高い"]),
        (.b, ["main target", "growth account", "high potential", "最重点", "重点顧客", "伸びしろのある顧客", "lots of potential", "potential but little", "big companies but", "barely sell",
            "little business with us"]),
        (.c, ["comfort zone account", "comfortable account", "comfortable customer", "居心地の良い顧客", "居心地のいい顧客", "company itself is small",
            "small company with a long history"]),
        (.d, ["low priority customer", "low priority account", "後回しの顧客", "低優先", "low on both", "both low", "両方低い", "どちらも低い"]),
    ]

    /// Words never corrected and never taken for a customer's first name:
    /// everyday words and every word of a cue phrase.
    static let commonWords: Set<String> = {
        var words = everyday
        words.formUnion(segmentNounsPlural)
        words.formUnion(segmentNounsSingular)
        words.formUnion(segmentWordsBefore)
        for phrase in IntentCues.allPhrases + TopicCues.allPhrases where phrase.allSatisfy(\.isASCII) {
            for word in phrase.split(separator: " ") { words.insert(String(word)) }
        }
        return words
    }()
}
