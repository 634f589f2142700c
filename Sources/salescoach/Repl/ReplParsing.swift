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

/// The reason a typed value was refused, in the session's language; shown
/// after the command and option it was given to.
struct ReplValueError: Error, CustomStringConvertible {
    let description: String

    init(_ english: String, _ japanese: String) {
        description = ReplParsing.language == .en ? english : japanese
    }
}
