import CLibPQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The libpq functions `PostgresConnection` calls, looked up when the first
/// connection is made rather than linked.
///
/// Linked, libpq and the twenty-one libraries behind it (Kerberos, LDAP, SASL,
/// GnuTLS, OpenSSL…) were loaded and relocated at every start of the
/// program, about 4 ms of CPU, though only `--database` uses them. Loaded
/// here, a session or a `classify` of a file never touches them, and a
/// machine without libpq runs everything but `--database`, which then says
/// what is missing.
struct LibPQ: @unchecked Sendable {
    typealias Connection = OpaquePointer
    typealias Result = OpaquePointer

    let connectdb: @convention(c) (UnsafePointer<CChar>?) -> Connection?
    let status: @convention(c) (Connection?) -> ConnStatusType
    let errorMessage: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (Connection?) -> Void
    let user: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let host: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let port: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let db: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let sendQuery: @convention(c) (Connection?, UnsafePointer<CChar>?) -> Int32
    let setSingleRowMode: @convention(c) (Connection?) -> Int32
    let getResult: @convention(c) (Connection?) -> Result?
    let clear: @convention(c) (Result?) -> Void
    let resultStatus: @convention(c) (Result?) -> ExecStatusType
    let nfields: @convention(c) (Result?) -> Int32
    let fname: @convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?
    let getisnull: @convention(c) (Result?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (Result?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorField: @convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorMessage: @convention(c) (Result?) -> UnsafeMutablePointer<CChar>?

    /// The file names tried, in order: the versioned name the runtime
    /// package installs (Debian's libpq5), then the development link.
    static let fileNames = ["libpq.so.5", "libpq.so", "libpq.5.dylib", "libpq.dylib"]

    /// The library, loaded once per process; or why it could not be.
    static let shared: Swift.Result<LibPQ, PostgresError> = load()

    private static func load() -> Swift.Result<LibPQ, PostgresError> {
        var handle: UnsafeMutableRawPointer?
        var reason = ""
        for name in fileNames {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL)
            if handle != nil { break }
            if reason.isEmpty, let error = dlerror() { reason = String(cString: error) }
        }
        guard let handle else { return .failure(.clientLibraryMissing(reason: reason)) }
        var missing: [String] = []
        func symbol<T>(_ name: String, as type: T.Type = T.self) -> T? {
            guard let address = dlsym(handle, name) else {
                missing.append(name)
                return nil
            }
            return unsafeBitCast(address, to: type)
        }
        let connectdb: (@convention(c) (UnsafePointer<CChar>?) -> Connection?)? = symbol("PQconnectdb")
        let status: (@convention(c) (Connection?) -> ConnStatusType)? = symbol("PQstatus")
        let errorMessage: (@convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?)? = symbol("PQerrorMessage")
        let finish: (@convention(c) (Connection?) -> Void)? = symbol("PQfinish")
        let user: (@convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?)? = symbol("PQuser")
        let host: (@convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?)? = symbol("PQhost")
        let port: (@convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?)? = symbol("PQport")
        let db: (@convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?)? = symbol("PQdb")
        let sendQuery: (@convention(c) (Connection?, UnsafePointer<CChar>?) -> Int32)? = symbol("PQsendQuery")
        let setSingleRowMode: (@convention(c) (Connection?) -> Int32)? = symbol("PQsetSingleRowMode")
        let getResult: (@convention(c) (Connection?) -> Result?)? = symbol("PQgetResult")
        let clear: (@convention(c) (Result?) -> Void)? = symbol("PQclear")
        let resultStatus: (@convention(c) (Result?) -> ExecStatusType)? = symbol("PQresultStatus")
        let nfields: (@convention(c) (Result?) -> Int32)? = symbol("PQnfields")
        let fname: (@convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?)? = symbol("PQfname")
        let getisnull: (@convention(c) (Result?, Int32, Int32) -> Int32)? = symbol("PQgetisnull")
        let getvalue: (@convention(c) (Result?, Int32, Int32) -> UnsafeMutablePointer<CChar>?)? = symbol("PQgetvalue")
        let resultErrorField: (@convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?)? = symbol("PQresultErrorField")
        let resultErrorMessage: (@convention(c) (Result?) -> UnsafeMutablePointer<CChar>?)? = symbol("PQresultErrorMessage")
        guard let connectdb, let status, let errorMessage, let finish, let user, let host, let port, let db, let sendQuery,
            let setSingleRowMode, let getResult, let clear, let resultStatus, let nfields, let fname, let getisnull, let getvalue,
            let resultErrorField, let resultErrorMessage
        else {
            return .failure(.clientLibraryMissing(reason: "no " + missing.joined(separator: ", ") + " in libpq"))
        }
        return .success(
            LibPQ(
                connectdb: connectdb, status: status, errorMessage: errorMessage, finish: finish, user: user, host: host, port: port,
                db: db, sendQuery: sendQuery, setSingleRowMode: setSingleRowMode, getResult: getResult, clear: clear,
                resultStatus: resultStatus, nfields: nfields, fname: fname, getisnull: getisnull, getvalue: getvalue,
                resultErrorField: resultErrorField, resultErrorMessage: resultErrorMessage))
    }
}
