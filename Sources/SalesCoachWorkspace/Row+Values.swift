import GRDB

// Values are read by hand instead of through GRDB's typed subscripts, which
// stop the program on a value of the wrong type; a workspace edited by another
// tool must give a wrong or missing value at worst, never a crash.
extension Row {
    func value(_ column: String) -> DatabaseValue {
        self[column] as DatabaseValue? ?? .null
    }

    func text(_ column: String) -> String? {
        switch value(column).storage {
        case .null: nil
        case .string(let text): text
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .blob(let data): String(decoding: data, as: UTF8.self)
        }
    }

    func real(_ column: String) -> Double? {
        switch value(column).storage {
        case .double(let number): number
        case .int64(let number): Double(number)
        case .string(let text): Double(text)
        case .null, .blob: nil
        }
    }

    func int64(_ column: String) -> Int64? {
        switch value(column).storage {
        case .int64(let number): number
        case .double(let number): Int64(exactly: number)
        case .string(let text): Int64(text)
        case .null, .blob: nil
        }
    }

    func int(_ column: String) -> Int? { int64(column).flatMap { Int(exactly: $0) } }
}
