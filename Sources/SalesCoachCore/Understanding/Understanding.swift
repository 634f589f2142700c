import Foundation

/// What the assistant listens for, as data: cue phrases per intent and per
/// knowledge topic, the scoring's thresholds, everyday words,
/// other names for the segments, readings of Japanese company-name words,
/// the phrases of the small recognisers (customer lists, visit reports,
/// follow-ups) and the labelled tune questions the model learns from.
///
/// It is read from the files under knowledge/understanding/ (embedded in the
/// library at build time) so that the people who write the guidance can tune
/// the assistant without touching Swift; `knowledge/understanding/README.md`
/// describes the files. A mistake in them is an `UnderstandingError` naming
/// the file and line.
public struct Understanding: Sendable {
    struct CueGroup: Sendable {
        let kind: Intent.Kind
        let weight: Double
        let phrases: [String]
    }

    struct TopicGroup: Sendable {
        let topic: String
        let weight: Double
        let phrases: [String]
    }

    /// Numbers the scoring uses, by the key the `[settings]` section gives them.
    enum Setting: String, Sendable, CaseIterable {
        case minimumProbability = "minimum-probability"
        case unfamiliarWords = "unfamiliar-words"
        case unfamiliarPairs = "unfamiliar-pairs"
        case unfamiliarCueLimit = "unfamiliar-cue-limit"
        case topicShare = "topic-share"
        case furtherShare = "further-share"
    }

    var intentCues: [CueGroup] = []
    var topicCues: [TopicGroup] = []
    var settings: [Setting: Double] = [:]
    /// One-word requests ("plan", 「予定」), by their compact text.
    var requests: [String: Intent.Kind] = [:]
    var segmentSynonyms: [(segment: Segment, phrases: [String])] = []
    /// "whats" → ["what", "is"].
    var contractions: [String: [String]] = [:]
    /// Everyday words mistyped ("whcih" → "which"), put right before a
    /// question is read, so every reader of it sees the word meant.
    public internal(set) var typos: [String: String] = [:]
    /// Japanese slips of the input method, put right before a question is
    /// read (訪門 → 訪問): each of the same length, so positions stay aligned.
    var kanjiSlips: [(typed: [Character], meant: [Character])] = []
    var wordSets: [String: Set<String>] = [:]
    var phraseLists: [String: [String]] = [:]
    var readingTables: [String: [String: [String]]] = [:]
    var tuneQuestions: [LabeledQuestion] = []

    /// The named word set; empty for a name no file defines (`init` checks the ones the code uses).
    func words(_ name: String) -> Set<String> { wordSets[name] ?? [] }
    func phrases(_ name: String) -> [String] { phraseLists[name] ?? [] }
    func readings(_ name: String) -> [String: [String]] { readingTables[name] ?? [:] }
    func setting(_ key: Setting) -> Double { settings[key] ?? 0 }

    /// Every cue phrase of the intent and topic tables.
    var allCuePhrases: [String] { intentCues.flatMap(\.phrases) + topicCues.flatMap(\.phrases) }


    /// The names the code asks for; a file set without one of them is refused
    /// at load rather than making the assistant quietly deaf to something.
    static let requiredWords = [
        "everyday", "segment-nouns-plural", "segment-nouns-singular", "segment-words-before", "segment-lead-ins",
        "determiners", "affix-words-en", "company-words-en", "why-en", "yes", "reason-en", "choice-en", "plan-en", "plan-ok-en",
    ]
    static let requiredPhrases = [
        "plan-ok-ja", "team-wide-en", "team-wide-ja", "list-total-en", "list-total-ja", "list-average-en", "list-average-ja", "plan-edit-add-en", "plan-edit-add-ja", "plan-edit-remove-en", "plan-edit-remove-ja", "plan-edit-target-en", "plan-edit-target-ja", "plan-edit-those-en", "plan-edit-those-ja", "plan-edit-it-en", "plan-edit-asking-en", "plan-edit-asking-ja", "self-introduction-en", "self-introduction-en-after", "self-introduction-ja", "greetings",
        "small-talk-addressees", "thanks", "book-nouns-en", "book-nouns-ja", "list-declining-en", "list-declining-ja", "undo-filler", "visit-weeks", "show-all-en", "show-all-ja", "show-rest-en", "show-rest-ja", "list-no-business-en", "list-no-business-ja",
        "ranked-by-en", "ranked-by-ja", "axis-objective-en", "axis-objective-ja", "axis-record-en", "axis-record-ja",
        "list-elapsed-en", "list-elapsed-ja", "time-split-en", "time-split-ja", "each-segment-en", "each-segment-ja",
        "should-en", "should-ja", "segment-handling-en", "segment-handling-ja", "asks-count-en", "asks-count-ja", "in-it-en", "in-it-ja", "swap-en", "swap-ja", "too-often-en", "too-often-ja", "comfort-plan-en", "comfort-plan-ja", "lesson-en", "lesson-ja", "method-works-en", "method-works-ja", "visit-lead-ins-en", "visit-day-openers-en", "time-choice-en", "time-choice-ja", "problem-words-en", "problem-words-ja", "confirm-en", "confirm-ja", "skip-segment-en", "skip-segment-ja", "risk-words-en", "risk-words-ja", "rank-reps-en", "rank-reps-ja", "reach-words-en", "reach-words-ja", "skip-visit-en", "skip-visit-ja", "what-if-up-en", "what-if-up-ja", "what-if-down-en", "what-if-down-ja", "top-low-en", "top-low-ja", "top-low-size-en", "top-low-size-ja",
        "company-nouns-en", "company-nouns-ja", "listed-en", "listed-ja",
        "list-about-the-idea-en", "list-about-the-idea-ja", "list-focus-en", "list-focus-ja", "list-asks-for-customers-en",
        "list-asks-for-customers-ja", "list-borderline-en", "list-borderline-ja", "list-not-seen-en", "list-not-seen-ja",
        "visit-verbs-en", "visit-verbs-ja", "visit-negations-en", "visit-days", "follow-up", "why-ja", "reason-ja",
        "choice-ja", "plan-ja", "affixes-ja", "affixes-en", "list-negations-en", "list-recent-en", "list-not-recent-ja",
        "list-several-en", "list-several-ja", "list-last-visit-en", "list-last-visit-ja", "move-verbs-en", "move-verbs-ja",
        "top-en", "top-ja", "asks-rep-en", "asks-rep-ja", "top-size-en", "top-size-ja", "customer-nouns-en", "customer-nouns-ja",
        "asks-visit-worth-en", "asks-visit-worth-ja", "reps-most-en", "reps-most-ja", "progress-moved-en", "progress-moved-ja",
        "progress-payoff-en", "progress-payoff-ja", "progress-history-en", "progress-history-ja",
        "progress-fall-en", "progress-fall-ja", "progress-about-customers-en", "progress-about-customers-ja",
        "progress-refers-back-en", "progress-refers-back-ja", "progress-what-changed-en", "progress-what-changed-ja",
        "progress-past-en", "progress-past-ja", "progress-move-base-en", "near-a-en", "near-a-ja", "list-never-en", "list-never-ja", "progress-count-en", "progress-count-ja",
        "progress-compare-en", "progress-compare-ja", "progress-visit-words-en", "progress-visit-words-ja",
        "segment-difference-en", "segment-difference-ja", "progress-stayed-en", "progress-stayed-ja",
        "list-visit-log-en", "list-visit-log-ja", "list-visit-verbs-en", "list-not-visited-ja", "reps-breakdown-en", "reps-breakdown-ja", "upside-en", "upside-ja", "general-subjects-ja", "comfort-en", "comfort-ja", "comfort-who-en", "comfort-who-ja", "list-recent-ja", "accept-plan-en", "accept-plan-ja", "logged-check-en", "logged-check-ja", "list-unclassified-en", "list-unclassified-ja", "overdue-en", "overdue-ja", "in-plan-en", "in-plan-ja", "name-lead-ins-en", "list-overdue-en", "list-overdue-ja", "follow-up-lead-ins", "list-at-risk-en", "list-at-risk-ja",
    ] + Metric.allCases.flatMap { ["metric-\($0.rawValue)-en", "metric-\($0.rawValue)-ja"] }
    static let requiredReadings = ["family-names", "places", "trades", "loanwords", "kanji"]

    /// Reads every `.cues` file and every `.questions` file under tune/ of `files`
    /// (paths relative to knowledge/understanding/); other files (README.md) are skipped.
    public init(files: [(path: String, text: String)]) throws(UnderstandingError) {
        for file in files.sorted(by: { $0.path < $1.path }) {
            if file.path.hasSuffix(".cues") {
                for section in try CueFile.sections(file: file.path, text: file.text) {
                    try read(section, file: file.path)
                }
            } else if file.path.hasSuffix(".questions") {
                let split = String(file.path.split(separator: "/").last!.dropLast(".questions".count))
                tuneQuestions += try LabeledQuestion.parse(file.text, split: split, file: file.path)
            }
        }
        func missing(_ what: String) -> UnderstandingError {
            UnderstandingError(file: "", line: 0, .missingSection(what))
        }
        for name in Self.requiredWords where wordSets[name] == nil { throw missing("[words \(name)]") }
        for name in Self.requiredPhrases where phraseLists[name] == nil { throw missing("[phrases \(name)]") }
        for name in Self.requiredReadings where readingTables[name] == nil { throw missing("[readings \(name)]") }
        for key in Setting.allCases where settings[key] == nil {
            throw UnderstandingError(file: "", line: 0, .missingSetting(key.rawValue))
        }
        if intentCues.isEmpty { throw missing("[intent …]") }
    }

    private mutating func read(_ section: CueSection, file: String) throws(UnderstandingError) {
        func fail(_ problem: UnderstandingError.Problem, line: Int = section.line) -> UnderstandingError {
            UnderstandingError(file: file, line: line, problem)
        }
        func arguments(_ count: Int, _ usage: String) throws(UnderstandingError) {
            guard section.arguments.count == count else { throw fail(.expected(.section(usage: usage))) }
        }
        func intent(_ word: String, line: Int = section.line) throws(UnderstandingError) -> Intent.Kind {
            guard let kind = Intent.Kind(rawValue: word) else {
                let known = Intent.Kind.allCases.map(\.rawValue)
                throw fail(.unknown(.intent, word, known: known, listed: false), line: line)
            }
            return kind
        }
        func weight(_ word: String, line: Int = section.line) throws(UnderstandingError) -> Double {
            guard let value = Double(word), value.isFinite else {
                throw fail(.notAWeight(word), line: line)
            }
            return value
        }
        let entries = section.entries.map(\.text)
        switch section.kind {
        case "intent":
            try arguments(2, "intent KIND WEIGHT")
            intentCues.append(CueGroup(kind: try intent(section.arguments[0]), weight: try weight(section.arguments[1]), phrases: entries))
        case "topic":
            try arguments(2, "topic ENTRY-ID WEIGHT")
            topicCues.append(TopicGroup(topic: section.arguments[0], weight: try weight(section.arguments[1]), phrases: entries))
        case "settings":
            for entry in section.entries {
                let parts = entry.text.split(separator: "=").map { String($0.trimmedForData) }
                guard parts.count == 2 else { throw fail(.expected(.setting), line: entry.line) }
                guard let key = Setting(rawValue: parts[0]) else {
                    let known = Setting.allCases.map(\.rawValue)
                    throw fail(.unknown(.setting, parts[0], known: known, listed: false), line: entry.line)
                }
                settings[key] = try weight(parts[1], line: entry.line)
            }
        case "request":
            try arguments(1, "request KIND")
            let kind = try intent(section.arguments[0])
            for entry in entries { requests[entry] = kind }
        case "segment":
            try arguments(1, "segment LETTER")
            guard let segment = Segment(letter: section.arguments[0]) else { throw fail(.unknownSegment(section.arguments[0], joined: false)) }
            segmentSynonyms.append((segment, entries))
        case "contractions":
            for entry in section.entries {
                let parts = entry.text.split(separator: "=").map { String($0.trimmedForData) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw fail(.expected(.contraction), line: entry.line)
                }
                contractions[parts[0]] = parts[1].split(separator: " ").map(String.init)
            }
        case "typos":
            for entry in section.entries {
                let parts = entry.text.split(separator: "=").map { String($0.trimmedForData) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains(" ") else {
                    throw fail(.expected(.contraction), line: entry.line)
                }
                typos[parts[0].lowercased()] = parts[1]
            }
        case "slips":
            for entry in section.entries {
                let parts = entry.text.split(separator: "=").map { Array($0.trimmedForData) }
                guard parts.count == 2, !parts[0].isEmpty, parts[0].count == parts[1].count else {
                    throw fail(.expected(.slip), line: entry.line)
                }
                kanjiSlips.append((parts[0], parts[1]))
            }
        case "words":
            try arguments(1, "words NAME")
            var set = wordSets[section.arguments[0]] ?? []
            for entry in entries { set.formUnion(entry.split(separator: " ").map(String.init)) }
            wordSets[section.arguments[0]] = set
        case "phrases":
            try arguments(1, "phrases NAME")
            phraseLists[section.arguments[0], default: []] += entries
        case "readings":
            try arguments(1, "readings NAME")
            var table = readingTables[section.arguments[0]] ?? [:]
            for entry in section.entries {
                let parts = entry.text.split(separator: "=").map { String($0.trimmedForData) }
                guard parts.count == 2, !parts[0].isEmpty else { throw fail(.expected(.reading), line: entry.line) }
                let readings = parts[1].split(separator: "|").map { String($0.trimmedForData) }.filter { !$0.isEmpty }
                guard !readings.isEmpty else { throw fail(.noReading(parts[0]), line: entry.line) }
                guard table[parts[0]] == nil else { throw fail(.readTwice(parts[0], section: section.arguments[0]), line: entry.line) }
                table[parts[0]] = readings
            }
            readingTables[section.arguments[0]] = table
        default:
            let known = ["intent", "topic", "settings", "request", "segment", "contractions", "typos", "slips", "words", "phrases", "readings"]
            throw fail(.unknown(.section, section.kind, known: known, listed: true))
        }
    }
}

extension Understanding {
    /// The files shipped in knowledge/understanding/, read once per process.
    /// They are checked by the tests at build time; should they ever fail to
    /// read, `standardError` says where and the assistant works from nothing
    /// (every question is declined) rather than crashing the session.
    public static let standard: Understanding = (try? loaded.get()) ?? Understanding()

    /// Why the shipped files could not be read, if they could not.
    public static var standardError: UnderstandingError? {
        if case .failure(let error) = loaded { return error }
        return nil
    }

    private static let loaded = Result { () throws(UnderstandingError) in try Understanding(files: EmbeddedUnderstanding.files) }

    /// Nothing understood: the fallback when the shipped files are broken.
    init() {}
}
