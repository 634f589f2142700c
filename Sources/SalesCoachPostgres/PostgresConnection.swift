import Foundation
import CLibPQ

/// One connection to a PostgreSQL server through libpq, so that everything
/// PostgreSQL users already set up works: a URL or `key=value` string, the
/// `PG*` variables, `~/.pgpass`, service files, `sslmode`.
///
/// Rows come back one at a time (libpq's single-row mode), so a million-row
/// answer is written out as it arrives instead of being held whole.
public final class PostgresConnection {
    private let connection: OpaquePointer

    /// Connects to `url` (`postgresql://user@host:5432/db`, `host=… dbname=…`,
    /// or empty for the `PG*` variables alone).
    public init(url: String) throws(PostgresError) {
        guard let connection = PQconnectdb(url) else {
            throw .connection(target: PostgresConnection.redacted(url), message: "out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            var message = String(cString: PQerrorMessage(connection))
            PQfinish(connection)
            // libpq quotes a URL it cannot parse whole, password and all.
            if let password = PostgresConnection.password(in: url) { message = message.replacingOccurrences(of: password, with: "•••") }
            throw .connection(target: PostgresConnection.redacted(url), message: message)
        }
        self.connection = connection
    }

    deinit { PQfinish(connection) }

    /// Where the connection went, for messages: user, host, port and database, never a password.
    public var target: String {
        func text(_ value: UnsafeMutablePointer<CChar>?) -> String { value.map { String(cString: $0) } ?? "" }
        return "\(text(PQuser(connection)))@\(text(PQhost(connection))):\(text(PQport(connection)))/\(text(PQdb(connection)))"
    }

    /// Runs one statement and hands each row to `row` as it arrives: the
    /// column names, then the values (nil for NULL). Returns the row count.
    @discardableResult
    public func query(_ sql: String, row: (_ columns: [String], _ values: [String?]) throws -> Void) throws -> Int {
        guard PQsendQuery(connection, sql) == 1 else {
            throw PostgresError.query(message: String(cString: PQerrorMessage(connection)), detail: nil, hint: nil)
        }
        PQsetSingleRowMode(connection)
        var columns: [String] = []
        var count = 0
        var failure: (any Error)?
        while let result = PQgetResult(connection) {
            defer { PQclear(result) }
            guard failure == nil else { continue }  // drain what remains, so the connection stays usable
            switch PQresultStatus(result) {
            case PGRES_SINGLE_TUPLE:
                let fields = PQnfields(result)
                if columns.isEmpty { columns = (0..<fields).map { String(cString: PQfname(result, $0)) } }
                let values: [String?] = (0..<fields).map { field in
                    PQgetisnull(result, 0, field) == 1 ? nil : String(cString: PQgetvalue(result, 0, field))
                }
                count += 1
                do { try row(columns, values) } catch { failure = error }
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                break
            default:
                failure = PostgresConnection.error(of: result)
            }
        }
        if let failure { throw failure }
        return count
    }

    /// Every row of a small answer.
    public func rows(_ sql: String) throws -> [[String?]] {
        var rows: [[String?]] = []
        try query(sql) { _, values in rows.append(values) }
        return rows
    }

    /// The columns of `table` (`schema.table` or `table`, as the search path finds it), in order.
    public func columns(of table: String) throws -> [String] {
        var parts = table.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let name = parts.removeLast()
        let schema = parts.last
        let literal = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        let sql = """
            SELECT a.attname FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname = \(literal(name)) AND a.attnum > 0 AND NOT a.attisdropped
              AND \(schema.map { "n.nspname = \(literal($0))" } ?? "pg_catalog.pg_table_is_visible(c.oid)")
            ORDER BY a.attnum
            """
        return try rows(sql).compactMap { $0.first ?? nil }
    }

    private static func error(of result: OpaquePointer) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            let text = String(cString: value)
            return text.isEmpty ? nil : text
        }
        let primary = field(Int32(UInt8(ascii: "M"))) ?? String(cString: PQresultErrorMessage(result))
        return .query(message: primary, detail: field(Int32(UInt8(ascii: "D"))), hint: field(Int32(UInt8(ascii: "H"))))
    }

    /// The password written into `url`, if any.
    static func password(in url: String) -> String? {
        if let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].lastIndex(of: "@") {
            let credentials = url[scheme.upperBound..<at]
            if let colon = credentials.firstIndex(of: ":") {
                let password = String(credentials[credentials.index(after: colon)...])
                return password.isEmpty ? nil : password
            }
        }
        for pair in url.split(separator: " ") where pair.lowercased().hasPrefix("password=") {
            let password = String(pair.dropFirst("password=".count))
            return password.isEmpty ? nil : password
        }
        return nil
    }

    /// `url` without its password, for messages.
    public static func redacted(_ url: String) -> String {
        // postgresql://user:secret@host/db → postgresql://user@host/db
        if let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].lastIndex(of: "@") {
            let credentials = url[scheme.upperBound..<at]
            if let colon = credentials.firstIndex(of: ":") {
                return String(url[..<colon]) + String(url[at...])
            }
            return url
        }
        // key=value form: drop password=….
        return url.split(separator: " ").filter { !$0.lowercased().hasPrefix("password=") }.joined(separator: " ")
    }
}
