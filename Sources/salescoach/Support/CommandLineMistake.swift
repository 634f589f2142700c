import ArgumentParser
import SalesCoachCore

/// A one-shot command's line that is wrong in itself (two inputs from
/// standard input, an encoding nothing would use, a picture not named .svg):
/// found after parsing, said by the same presenter as every error, and ending
/// with exit 64 as argument-parser's own refusals do.
struct CommandLineMistake: UserMessage {
    let failure: Session.Failure

    init(_ failure: Session.Failure) { self.failure = failure }

    /// An error value in `language`.
    init(_ message: any UserMessage, in language: Language) { failure = Session.Failure(message, in: language) }

    func text(in language: Language) -> String { failure.text(in: language) }
    func hint(in language: Language) -> String? { failure.hint(in: language) }

    /// `body`, any message it throws counted as a mistake in the command line.
    static func checking<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Session.Failure {
            throw CommandLineMistake(failure)
        }
    }

    /// The status a one-shot command ends with after `error` was said: 64 for a mistake in the command line, else 1.
    static func exitCode(for error: any Error) -> ExitCode {
        error is CommandLineMistake ? .validationFailure : ExitCode(1)
    }
}
