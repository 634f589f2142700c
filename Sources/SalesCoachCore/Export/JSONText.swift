/// A small JSON writer that keeps keys in the order we give them, so
/// `classify --format json` reads name, segment, scores, … like the CSV.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// Renders with two-space indentation; `indent: nil` gives one line.
    public func rendered(indent: Int? = 0) -> String {
        var out = ""
        write(into: &out, level: indent)
        return out
    }

    private func write(into out: inout String, level: Int?) {
        switch self {
        case .string(let s): out += JSONValue.quote(s)
        case .number(let n): out += n.isFinite ? JSONValue.number(n) : "null"
        case .integer(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                out += i == 0 ? "" : ","
                JSONValue.newline(&out, level.map { $0 + 1 })
                item.write(into: &out, level: level.map { $0 + 1 })
            }
            JSONValue.newline(&out, level)
            out += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                out += i == 0 ? "" : ","
                JSONValue.newline(&out, level.map { $0 + 1 })
                out += JSONValue.quote(key) + (level == nil ? ":" : ": ")
                value.write(into: &out, level: level.map { $0 + 1 })
            }
            JSONValue.newline(&out, level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ level: Int?) {
        guard let level else { return }
        out += "\n" + String(repeating: "  ", count: level)
    }

    private static func number(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
