/// Reads TOML 1.0 text into its values, each with its full key path and the
/// line its key is on.
///
/// Everything TOML has is read as TOML says (tables, dotted and quoted keys,
/// inline tables, arrays, the four kinds of string with their escapes,
/// integers in every base with `_` between digits, floats, booleans, dates),
/// and everything TOML refuses is refused at its line and column with what
/// was expected. A key or table defined twice is refused naming both lines.
///
/// Written here rather than taken from a TOML library: the one tried
/// (TOMLKit 0.6.0, over toml++) stops the process on an assertion for a table
/// name that starts with a non-ASCII letter (`[顧客]`), gives no line for a
/// well-formed key, and speaks English only; the fuzzer compiles this module
/// on its own, which a C++ dependency would break.
struct TOMLReader {
    struct Field {
        let path: [String]
        let value: ConfigFile.Value
        let line: Int
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private(set) var fields: [Field] = []
    /// Where each value, table header and inline table was defined, to refuse a second definition.
    private var values: [[String]: Int] = [:]
    private var headers: [[String]: Int] = [:]

    /// The values of `text`, in the order they are written.
    ///
    /// - Throws: `ConfigError.syntax` at the first thing TOML refuses;
    ///   `ConfigError.duplicateKey` for a key or table defined twice.
    static func read(_ text: String) throws(ConfigError) -> [Field] {
        var reader = TOMLReader(scalars: Array(text.unicodeScalars))
        try reader.document()
        return reader.fields
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    // MARK: Lines

    private mutating func document() throws(ConfigError) {
        var table: [String] = []
        while position < scalars.count {
            skipSpace()
            guard let next = peek() else { break }
            switch next {
            case "#", "\n", "\r": break
            case "[": table = try header()
            default: try keyValue(in: table)
            }
            try endOfLine()
        }
    }

    /// `[a.b]`: the table the following keys go in. `[[a]]` is read and its
    /// path returned as a table of its own (no setting takes an array of tables).
    private mutating func header() throws(ConfigError) -> [String] {
        let headerLine = line
        position += 1
        let arrayOfTables = peek() == "["
        if arrayOfTables { position += 1 }
        skipSpace()
        let path = try keyPath()
        guard peek() == "]" else { throw problem(.closingBracket) }
        position += 1
        if arrayOfTables {
            guard peek() == "]" else { throw problem(.closingBracket) }
            position += 1
        }
        if let first = headers[path] ?? values[path] {
            throw .duplicateKey(key: "[" + path.joined(separator: ".") + "]", line: headerLine, firstLine: first)
        }
        headers[path] = headerLine
        if arrayOfTables { fields.append(Field(path: path, value: .array, line: headerLine)) }
        return path
    }

    private mutating func keyValue(in table: [String]) throws(ConfigError) {
        let keyLine = line
        let path = table + (try keyPath())
        guard peek() == "=" else { throw problem(.equals) }
        position += 1
        skipSpace()
        try define(path, line: keyLine)
        let value = try value(at: path)
        // An inline table's own keys are its fields; the table is not one more.
        if value != .table { fields.append(Field(path: path, value: value, line: keyLine)) }
    }

    /// Refuses a path already defined, or defined inside a value (`plan = 1` then `plan.capacity = 2`).
    private mutating func define(_ path: [String], line keyLine: Int) throws(ConfigError) {
        for length in 1...path.count {
            if let first = values[Array(path.prefix(length))] {
                throw .duplicateKey(key: path.prefix(length).joined(separator: "."), line: keyLine, firstLine: first)
            }
        }
        if let first = headers[path] {
            throw .duplicateKey(key: path.joined(separator: "."), line: keyLine, firstLine: first)
        }
        values[path] = keyLine
    }

    /// After a header or a value: spaces, an optional comment, then the line's end.
    private mutating func endOfLine() throws(ConfigError) {
        skipSpace()
        if peek() == "#" { try comment() }
        guard let next = peek() else { return }
        guard try newline(next) else { throw problem(.endOfLine) }
    }

    /// Consumes a line break (LF or CRLF); false when `next` is none.
    private mutating func newline(_ next: Unicode.Scalar) throws(ConfigError) -> Bool {
        if next == "\r" {
            guard position + 1 < scalars.count, scalars[position + 1] == "\n" else { throw problem(.lineFeed) }
            position += 1
        } else if next != "\n" {
            return false
        }
        position += 1
        line += 1
        lineStart = position
        return true
    }

    private mutating func comment() throws(ConfigError) {
        while let next = peek(), next != "\n", next != "\r" {
            if isControl(next) { throw problem(.noControlCharacter) }
            position += 1
        }
    }

    // MARK: Keys

    private mutating func keyPath() throws(ConfigError) -> [String] {
        var path: [String] = []
        while true {
            skipSpace()
            path.append(try simpleKey())
            skipSpace()
            guard peek() == "." else { return path }
            position += 1
        }
    }

    private mutating func simpleKey() throws(ConfigError) -> String {
        switch peek() {
        case "\"": return try basicString()
        case "'": return try literalString()
        default:
            let start = position
            while let next = peek(), TOMLReader.isBareKey(next) { position += 1 }
            guard position > start else { throw problem(.key) }
            return String(String.UnicodeScalarView(scalars[start..<position]))
        }
    }

    static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    // MARK: Values

    private mutating func value(at path: [String]) throws(ConfigError) -> ConfigFile.Value {
        switch peek() {
        case "\"": return .text(starts(with: "\"\"\"") ? try multilineString(basic: true) : try basicString())
        case "'": return .text(starts(with: "'''") ? try multilineString(basic: false) : try literalString())
        case "[":
            try array()
            return .array
        case "{":
            try inlineTable(at: path)
            return .table
        case "t", "f":
            for word in ["true", "false"] where starts(with: word) {
                position += word.unicodeScalars.count
                return .boolean(word == "true")
            }
            throw problem(.value)
        case nil:
            throw problem(.value)
        default:
            return try numberOrDate()
        }
    }

    private mutating func array() throws(ConfigError) {
        position += 1
        while true {
            try skipSpaceNewlinesAndComments()
            if peek() == "]" { break }
            _ = try value(at: [])
            try skipSpaceNewlinesAndComments()
            if peek() == "," {
                position += 1
            } else {
                guard peek() == "]" else { throw problem(.arrayEnd) }
                break
            }
        }
        position += 1
    }

    /// `{ a = 1, b = "x" }` on one line: its keys are values under `path`.
    private mutating func inlineTable(at path: [String]) throws(ConfigError) {
        position += 1
        skipSpace()
        if peek() == "}" {
            position += 1
            return
        }
        var seen: [[String]: Int] = [:]
        while true {
            let keyLine = line
            let key = path + (try keyPath())
            guard peek() == "=" else { throw problem(.equals) }
            position += 1
            skipSpace()
            if let first = seen[key] { throw .duplicateKey(key: key.joined(separator: "."), line: keyLine, firstLine: first) }
            seen[key] = keyLine
            let value = try value(at: key)
            if !path.isEmpty { fields.append(Field(path: key, value: value, line: keyLine)) }
            skipSpace()
            if peek() == "," {
                position += 1
                skipSpace()
            } else {
                guard peek() == "}" else { throw problem(.inlineTableEnd) }
                position += 1
                return
            }
        }
    }

    private mutating func skipSpaceNewlinesAndComments() throws(ConfigError) {
        while true {
            skipSpace()
            if peek() == "#" { try comment() }
            guard let next = peek(), try newline(next) else { return }
        }
    }

    // MARK: Strings

    private mutating func basicString() throws(ConfigError) -> String {
        position += 1
        var text = String.UnicodeScalarView()
        while true {
            guard let next = peek(), next != "\n", next != "\r" else { throw problem(.closingQuote) }
            position += 1
            switch next {
            case "\"": return String(text)
            case "\\": text.append(try escape())
            default:
                if isControl(next) { throw problem(.noControlCharacter, back: 1) }
                text.append(next)
            }
        }
    }

    private mutating func literalString() throws(ConfigError) -> String {
        position += 1
        let start = position
        while true {
            guard let next = peek(), next != "\n", next != "\r" else { throw problem(.closingQuote) }
            if next == "'" { break }
            if isControl(next) { throw problem(.noControlCharacter) }
            position += 1
        }
        defer { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    /// `"""…"""` or `'''…'''`: a line break right after the opening is dropped;
    /// in a basic one a backslash at a line's end joins it to the next non-blank text.
    private mutating func multilineString(basic: Bool) throws(ConfigError) -> String {
        let quote: Unicode.Scalar = basic ? "\"" : "'"
        position += 3
        if let next = peek(), next == "\n" || next == "\r" { _ = try newline(next) }
        var text = String.UnicodeScalarView()
        while true {
            guard let next = peek() else { throw problem(.closingTripleQuote) }
            if next == quote, starts(with: String(repeating: Character(quote), count: 3)) {
                // Up to two more quotes before the closing three belong to the text.
                var run = 0
                while position + run < scalars.count, scalars[position + run] == quote { run += 1 }
                guard run <= 5 else { throw problem(.closingTripleQuote) }
                for _ in 0..<(run - 3) { text.append(quote) }
                position += run
                return String(text)
            }
            if next == "\n" || next == "\r" {
                _ = try newline(next)
                text.append("\n")
                continue
            }
            position += 1
            if basic, next == "\\" {
                var look = position
                while look < scalars.count, scalars[look] == " " || scalars[look] == "\t" { look += 1 }
                if look < scalars.count, scalars[look] == "\n" || scalars[look] == "\r" {
                    position = look
                    try skipSpaceNewlinesOnly()
                } else {
                    text.append(try escape())
                }
            } else {
                if isControl(next) && next != "\t" { throw problem(.noControlCharacter, back: 1) }
                text.append(next)
            }
        }
    }

    private mutating func skipSpaceNewlinesOnly() throws(ConfigError) {
        while true {
            skipSpace()
            guard let next = peek(), try newline(next) else { return }
        }
    }

    /// After a backslash: `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
    private mutating func escape() throws(ConfigError) -> Unicode.Scalar {
        guard let next = peek() else { throw problem(.escape) }
        position += 1
        switch next {
        case "b": return "\u{8}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let length = next == "u" ? 4 : 8
            guard position + length <= scalars.count else { throw problem(.escape, back: 2) }
            let digits = String(String.UnicodeScalarView(scalars[position..<(position + length)]))
            guard digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }), let code = UInt32(digits, radix: 16),
                let scalar = Unicode.Scalar(code)
            else { throw problem(.escape, back: 2) }
            position += length
            return scalar
        default:
            throw problem(.escape, back: 2)
        }
    }

    // MARK: Numbers and dates

    /// A number (`50`, `5_0`, `+1.5e3`, `0x32`, `inf`) as plain decimal text,
    /// or a date or time (which no setting takes).
    private mutating func numberOrDate() throws(ConfigError) -> ConfigFile.Value {
        let start = position
        while let next = peek(), TOMLReader.isBareKey(next) || next == "+" || next == "." || next == ":" { position += 1 }
        // A date and a time may be separated by a space: `1979-05-27 07:32:00`.
        if position - start == 10, peek() == " ", position + 3 < scalars.count, scalars[position + 3] == ":" {
            position += 1
            while let next = peek(), TOMLReader.isBareKey(next) || next == "+" || next == "." || next == ":" { position += 1 }
        }
        let token = String(String.UnicodeScalarView(scalars[start..<position]))
        if let number = TOMLReader.number(token) { return .number(number) }
        if TOMLReader.isDate(token) { return .date }
        position = start
        throw problem(token.isEmpty ? .value : .number)
    }

    /// `token` as plain decimal text, if it is a TOML integer or float.
    static func number(_ token: String) -> String? {
        var body = Substring(token)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        if body == "inf" || body == "nan" { return sign + body }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            let digits = body.dropFirst(2)
            guard token.first != "+", token.first != "-", underscoresBetweenDigits(digits, radix: radix),
                let value = Int64(digits.replacingOccurrences(of: "_", with: ""), radix: radix)
            else { return nil }
            return String(value)
        }
        let exponentStart = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = exponentStart.map { body[..<$0] } ?? body
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, underscoresBetweenDigits(parts[0], radix: 10),
            parts[0] == "0" || !parts[0].hasPrefix("0"),
            parts.count == 1 || underscoresBetweenDigits(parts[1], radix: 10)
        else { return nil }
        if let exponentStart {
            var exponent = body[body.index(after: exponentStart)...]
            if let first = exponent.first, first == "+" || first == "-" { exponent = exponent.dropFirst() }
            guard underscoresBetweenDigits(exponent, radix: 10),
                let value = Double(String(token).replacingOccurrences(of: "_", with: ""))
            else { return nil }
            return ConfigFile.decimal(value)
        }
        return sign + mantissa.replacingOccurrences(of: "_", with: "")
    }

    /// Digits of `radix`, at least one, with each `_` between two digits.
    private static func underscoresBetweenDigits(_ text: Substring, radix: Int) -> Bool {
        guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else { return false }
        return text.allSatisfy { $0 == "_" || ($0.isASCII && $0.hexDigitValue.map { $0 < radix } == true) }
    }

    /// A TOML date, time or date-time: `1979-05-27`, `07:32:00`, `1979-05-27T07:32:00Z`.
    static func isDate(_ token: String) -> Bool {
        let shape = String(token.map { $0.isASCII && $0.isNumber ? "9" : $0 })
        let date = "9999-99-99"
        let time = "99:99:99"
        func isTime(_ text: Substring) -> Bool {
            guard text.hasPrefix(time) else { return false }
            var rest = text.dropFirst(time.count)
            if rest.hasPrefix(".") {
                rest = rest.dropFirst()
                let digits = rest.prefix { $0 == "9" }
                guard !digits.isEmpty else { return false }
                rest = rest.dropFirst(digits.count)
            }
            return rest.isEmpty || rest == "Z" || rest == "z" || rest == "+99:99" || rest == "-99:99"
        }
        if shape == date { return true }
        if shape.hasPrefix(date), let separator = shape.dropFirst(date.count).first, "Tt ".contains(separator) {
            return isTime(shape.dropFirst(date.count + 1))
        }
        return isTime(Substring(shape)) && !shape.contains("Z") && !shape.contains("+")
    }

    // MARK: Scanning

    private func peek() -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func starts(with text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return position + wanted.count <= scalars.count && Array(scalars[position..<(position + wanted.count)]) == wanted
    }

    private mutating func skipSpace() {
        while let next = peek(), next == " " || next == "\t" { position += 1 }
    }

    /// Control characters TOML allows nowhere but as tab (and line breaks between lines).
    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// A syntax error at the current position (`back` characters before it),
    /// with the whole line as found.
    private func problem(_ expected: ConfigError.Syntax, back: Int = 0) -> ConfigError {
        var end = lineStart
        while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        let found = String(String.UnicodeScalarView(scalars[lineStart..<end]))
        return .syntax(line: line, column: max(position - back, lineStart) - lineStart + 1, found: found, expected: expected)
    }
}
