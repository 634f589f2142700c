import GRDB

extension WorkspaceError {
    /// Translates an SQLite failure into what the user can act on.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_READONLY:
            self = .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy(path: path)
        case .SQLITE_FULL:
            self = .diskFull(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self = .damaged(path: path, detail: .sqlite(error.message ?? "SQLite cannot read it"))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            self = .cannotOpen(path: path, reason: .system(error.message ?? "SQLite cannot open it"))
        default:
            self = .storage(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// The same failure as met while opening, where "busy" means another
    /// session is in the middle of a long write, not that a change was lost.
    var whileOpening: WorkspaceError {
        if case .busy(let path) = self { return .busyOpening(path: path) }
        return self
    }
}
