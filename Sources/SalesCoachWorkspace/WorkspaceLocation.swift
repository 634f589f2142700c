/// Where the workspace lives when `--workspace` is not given.
///
/// A pure function of the environment (passed in, never read here) so the
/// rule can be tested without touching the user's real files.
public enum WorkspaceLocation {
    /// The file name inside the data directory.
    public static let fileName = "workspace.sqlite"

    /// `$XDG_DATA_HOME/salescoach/workspace.sqlite`, else
    /// `$HOME/.local/share/salescoach/workspace.sqlite`.
    ///
    /// Following the XDG base directory rules, an empty or relative
    /// `XDG_DATA_HOME` is ignored. With neither variable usable the workspace
    /// falls back to `salescoach/workspace.sqlite` under the current directory,
    /// so a stripped environment (`env -i`) still gets a predictable place.
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "salescoach", fileName)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".local/share/salescoach", fileName)
        }
        return join(".", "salescoach", fileName)
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
