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
    /// libpq, loaded by the first connection (see `LibPQ`).
    private let pq: LibPQ

    /// Connects to `url` (`postgresql://user@host:5432/db`, `host=… dbname=…`,
    /// or empty for the `PG*` variables alone).
    public init(url: String) throws(PostgresError) {
        let pq = try LibPQ.shared.get()
        self.pq = pq
        guard let connection = pq.connectdb(url) else {
            throw .connection(target: PostgresConnection.redacted(url), message: "out of memory")
        }
        guard pq.status(connection) == CONNECTION_OK else {
            var message = pq.errorMessage(connection).map { String(cString: $0) } ?? ""
            pq.finish(connection)
            // libpq quotes a URL it cannot parse whole, password and all.
            message = PostgresConnection.scrubbed(message, of: url)
            throw .connection(target: PostgresConnection.redacted(url), message: message)
        }
        self.connection = connection
    }

    deinit { pq.finish(connection) }

    /// Where the connection went, for messages: user, host, port and database, never a password.
    public var target: String {
        func text(_ value: UnsafeMutablePointer<CChar>?) -> String { value.map { String(cString: $0) } ?? "" }
        return "\(text(pq.user(connection)))@\(text(pq.host(connection))):\(text(pq.port(connection)))/\(text(pq.db(connection)))"
    }

    /// Runs one statement and hands each row to `row` as it arrives: the
    /// column names, then the values (nil for NULL). Returns the row count.
    @discardableResult
    public func query(_ sql: String, row: (_ columns: [String], _ values: [String?]) throws -> Void) throws -> Int {
        guard pq.sendQuery(connection, sql) == 1 else {
            throw PostgresError.query(message: pq.errorMessage(connection).map { String(cString: $0) } ?? "", detail: nil, hint: nil)
        }
        _ = pq.setSingleRowMode(connection)
        var columns: [String] = []
        var count = 0
        var failure: (any Error)?
        while let result = pq.getResult(connection) {
            defer { pq.clear(result) }
            guard failure == nil else { continue }  // drain what remains, so the connection stays usable
            switch pq.resultStatus(result) {
            case PGRES_SINGLE_TUPLE:
                let fields = pq.nfields(result)
                if columns.isEmpty { columns = (0..<fields).map { pq.fname(result, $0).map { String(cString: $0) } ?? "" } }
                let values: [String?] = (0..<fields).map { field in
                    pq.getisnull(result, 0, field) == 1 ? nil : pq.getvalue(result, 0, field).map { String(cString: $0) } ?? ""
                }
                count += 1
                do { try row(columns, values) } catch { failure = error }
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                break
            default:
                failure = PostgresConnection.error(of: result, pq)
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

    private static func error(of result: OpaquePointer, _ pq: LibPQ) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let value = pq.resultErrorField(result, code) else { return nil }
            let text = String(cString: value)
            return text.isEmpty ? nil : text
        }
        let primary = field(Int32(UInt8(ascii: "M"))) ?? pq.resultErrorMessage(result).map { String(cString: $0) } ?? ""
        return .query(message: primary, detail: field(Int32(UInt8(ascii: "D"))), hint: field(Int32(UInt8(ascii: "H"))))
    }

    /// The passwords written into `url`, if any: `user:secret@` in a URL,
    /// `password=secret` in its query or in libpq's key=value form (quoted or not).
    static func passwords(in url: String) -> [String] {
        var found: [String] = []
        if let scheme = url.range(of: "://") {
            let rest = url[scheme.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                let password = String(authority[authority.index(after: colon)..<at])
                if !password.isEmpty { found.append(password) }
            }
        }
        var search = url[...]
        while let key = search.range(of: "password=", options: .caseInsensitive) {
            var value = search[key.upperBound...]
            if value.first == "'" {
                value = value.dropFirst()
                let end = value.firstIndex(of: "'") ?? value.endIndex
                found.append(String(value[..<end]))
            } else {
                let end = value.firstIndex { $0 == "&" || $0 == " " } ?? value.endIndex
                found.append(String(value[..<end]))
            }
            search = search[key.upperBound...]
        }
        return found.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every password of `url` blanked.
    static func scrubbed(_ text: String, of url: String) -> String {
        passwords(in: url).reduce(text) { $0.replacingOccurrences(of: $1, with: "•••") }
    }

    /// `url` without its passwords, for messages.
    public static func redacted(_ url: String) -> String {
        scrubbed(url, of: url)
    }
}
