import Foundation
import SalesCoachCore

/// Which config file a command reads: `--config FILE` when given, else the
/// user's default config file when it exists, else the built-in defaults.
///
/// `--config FILE` is used instead of the default file, not on top of it, so
/// each file is a whole policy that checks on its own (shares add up to 100).
enum ConfigLocation {
    /// `$XDG_CONFIG_HOME/salescoach/config.toml`, else `~/.config/salescoach/config.toml`;
    /// nil when neither variable is an absolute path (XDG ignores a relative one).
    static func defaultPath(environment: [String: String]) -> String? {
        BaseDirectory.config.path(of: "config.toml", environment: environment)
    }

    /// The file to read: `explicit` (from `--config`), else the default file if it exists.
    static func path(explicit: String?, environment: [String: String], exists: (String) -> Bool) -> String? {
        if let explicit { return explicit }
        return defaultPath(environment: environment).flatMap { exists($0) ? $0 : nil }
    }

    /// The settings a one-shot command uses (see the type's comment).
    static func settings(explicit: String?, environment: [String: String], language: Language) throws -> Config {
        guard let path = path(explicit: explicit, environment: environment, exists: { FileManager.default.fileExists(atPath: $0) })
        else { return .standard }
        return try CommandFiles.readConfig(path, language: language)
    }
}
