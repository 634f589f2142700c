/// Problems with a configuration file or a `config set` command.
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line that is not `[section]`, `key = value`, a comment or blank.
    case syntax(line: Int, found: String, expected: String)
    case unknownKey(key: String, suggestion: String?)
    case invalidValue(key: String, value: String, expected: String)
    /// The configuration as a whole does not hold together (shares not adding up, …).
    case inconsistent(String)
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
        case .inFile(let source, let line, let error):
            if case .syntax = error { return "\(source), \(error)" }
            return "\(source), line \(line): \(error)"
        }
    }
}
