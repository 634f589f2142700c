/// Where the workspace lives when `--workspace` is not given.
///
/// A pure function of the environment (passed in, never read here) so the
/// rule can be tested without touching the user's real files.
public enum WorkspaceLocation {
    /// The file name inside the data directory.
    public static let fileName = "workspace.sqlite"

    /// Neither `XDG_DATA_HOME` nor `HOME` is an absolute path, so there is no
    /// safe default place for the workspace.
    public struct UnknownHome: Error, CustomStringConvertible, Equatable {
        /// `HOME` as it was found (nil when unset).
        public let home: String?

        public var description: String {
            let found = home.map { $0.isEmpty ? "HOME is empty" : "HOME is '\($0)', not an absolute path" }
                ?? "HOME is not set"
            return "no place for the workspace: \(found) and XDG_DATA_HOME is not an absolute path; "
                + "set HOME, or pass --workspace FILE (or --ephemeral for a session that saves nothing)"
        }
    }

    /// `$XDG_DATA_HOME/salescoach/workspace.sqlite`, else
    /// `$HOME/.local/share/salescoach/workspace.sqlite`.
    ///
    /// Following the XDG base directory rules, an empty or relative
    /// `XDG_DATA_HOME` is ignored. A relative or missing `HOME` is never
    /// replaced by the current directory: customer data would land wherever
    /// the user happened to be, a different place each time.
    ///
    /// - Throws: `UnknownHome` when neither variable is an absolute path.
    public static func defaultPath(environment: [String: String]) throws(UnknownHome) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "salescoach", fileName)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return join(home, ".local/share/salescoach", fileName)
        }
        throw UnknownHome(home: environment["HOME"])
    }

    /// The directory holding `path` ("." for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    private static func join(_ base: String, _ parts: String...) -> String {
        var result = base
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        for part in parts { result += (result.hasSuffix("/") ? "" : "/") + part }
        return result
    }
}
