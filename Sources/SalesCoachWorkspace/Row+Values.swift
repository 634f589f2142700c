import GRDB

// Values are read by hand instead of through GRDB's typed subscripts, which
// stop the program on a value of the wrong type; a workspace edited by another
// tool must give a wrong or missing value at worst, never a crash.
extension Row {
    func value(_ column: String) -> DatabaseValue {
        self[column] as DatabaseValue? ?? .null
    }

    func text(_ column: String) -> String? { Row.text(value(column)) }
    func real(_ column: String) -> Double? { Row.real(value(column)) }
    func int64(_ column: String) -> Int64? { Row.int64(value(column)) }
    func int(_ column: String) -> Int? { int64(column).flatMap { Int(exactly: $0) } }

    // By position, for the hot loop of reading a large customer list (a
    // lookup by name costs about as much as the rest of the row together).
    func value(at index: Int) -> DatabaseValue { index < count ? self[index] as DatabaseValue : .null }
    func text(at index: Int) -> String? { Row.text(value(at: index)) }
    func real(at index: Int) -> Double? { Row.real(value(at: index)) }

    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .string(let text): text
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .blob(let data): String(decoding: data, as: UTF8.self)
        }
    }

    static func real(_ value: DatabaseValue) -> Double? {
        switch value.storage {
        case .double(let number): number
        case .int64(let number): Double(number)
        case .string(let text): Double(text)
        case .null, .blob: nil
        }
    }

    static func int64(_ value: DatabaseValue) -> Int64? {
        switch value.storage {
        case .int64(let number): number
        case .double(let number): Int64(exactly: number)
        case .string(let text): Int64(text)
        case .null, .blob: nil
        }
    }
}
