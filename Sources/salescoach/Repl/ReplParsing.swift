import SalesCoachCore

/// What parsing a command's words may depend on: the session's day (for
/// `--week next`) and language (for the reason a value is refused). Set by
/// the session around each parse, since the parser builds values on its own.
enum ReplParsing {
    struct Context: Sendable {
        var today: LocalDate
        var language: Language
    }

    @TaskLocal static var context = Context(today: Today.date(), language: .en)

    static var today: LocalDate { context.today }
    static var language: Language { context.language }

    /// Runs `body` with the session's day and language in force.
    static func with<T>(today: LocalDate, language: Language, _ body: () throws -> T) rethrows -> T {
        try $context.withValue(Context(today: today, language: language), operation: body)
    }
}

/// The reason a typed value was refused, in both languages; shown after the
/// command and option it was given to. The parser only keeps an error's
/// description, so that is in the language of the session parsing it.
struct ReplValueError: UserMessage, BilingualMessage, CustomStringConvertible {
    let english: String
    let japanese: String
    let language: Language

    init(_ english: String, _ japanese: String) {
        self.english = english
        self.japanese = japanese
        language = ReplParsing.language
    }

    var description: String { text(in: language) }

    var wording: (en: String, ja: String) { (english, japanese) }
}
