/// Whether output may contain color and bold escape codes.
///
/// Decided once by the executable and passed to every renderer, so the renderers stay
/// pure and a test can ask for either without touching the environment.
public enum ColorMode: Sendable, Hashable {
    /// ANSI SGR codes for color, bold and dim.
    case on
    /// Plain text: not a single escape code.
    case off

    /// The mode for a stream, following the `NO_COLOR` convention (https://no-color.org).
    ///
    /// Off when `NO_COLOR` is set to anything non-empty, when the stream is not a
    /// terminal (a pipe or a file), or when `TERM` is `dumb`; on otherwise.
    /// - Parameters:
    ///   - environment: the process environment, passed in rather than read here.
    ///   - isTerminal: whether the output stream is a terminal (`isatty`).
    public static func detect(environment: [String: String], isTerminal: Bool) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .off }
        guard isTerminal else { return .off }
        if environment["TERM"] == "dumb" { return .off }
        return .on
    }
}
