/// Problems with a configuration file or a `config set` command.
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line that is not `[section]`, `key = value`, a comment or blank.
    case syntax(line: Int, found: String, expected: String)
    case unknownKey(key: String, suggestion: String?)
    case invalidValue(key: String, value: String, expected: String)
    /// The configuration as a whole does not hold together (shares not adding up, …).
    case inconsistent(String)
    /// Bytes that are not text: a NUL or other binary byte, or invalid UTF-8.
    case notText(line: Int, column: Int, byte: UInt8, nul: Bool)
    /// The same setting twice in one file.
    case duplicateKey(key: String, line: Int, firstLine: Int)
    /// Any of the above, found in a file at a line.
    indirect case inFile(source: String, line: Int, ConfigError)

    public var description: String {
        switch self {
        case .syntax(let line, let found, let expected):
            return "line \(line): expected \(expected), found '\(found)'"
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown setting '\(key)'\(hint); 'config' lists the settings"
        case .invalidValue(let key, let value, let expected):
            return "\(key): expected \(expected), found '\(value)'"
        case .inconsistent(let message):
            return message
        case .notText(let line, let column, let byte, let nul):
            let what = nul ? "a NUL byte" : "the byte 0x" + String(byte, radix: 16, uppercase: true) + ", not UTF-8 text"
            return "line \(line), column \(column): \(what); expected a UTF-8 text file (is it a binary file?)"
        case .duplicateKey(let key, let line, let firstLine):
            return "line \(line): '\(key)' is set again (first on line \(firstLine)); keep one of the two lines"
        case .inFile(let source, let line, let error):
            switch error {
            case .syntax, .notText, .duplicateKey: return "\(source), \(error)"
            default: break
            }
            return "\(source), line \(line): \(error)"
        }
    }
}
