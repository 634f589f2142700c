/// The XDG base directories the program keeps its files in: the variable
/// when it holds an absolute path (the specification says to ignore a
/// relative one), else its default under `$HOME`.
enum BaseDirectory: String {
    case config = "XDG_CONFIG_HOME"
    case state = "XDG_STATE_HOME"
    case cache = "XDG_CACHE_HOME"

    private var underHome: String {
        switch self {
        case .config: ".config"
        case .state: ".local/state"
        case .cache: ".cache"
        }
    }

    /// `file` inside this directory's `salescoach` folder; nil when neither
    /// the variable nor `HOME` is an absolute path.
    func path(of file: String, environment: [String: String]) -> String? {
        if let base = environment[rawValue], base.hasPrefix("/") { return BaseDirectory.joined(base, "salescoach/" + file) }
        if let home = environment["HOME"], home.hasPrefix("/") { return BaseDirectory.joined(home, underHome + "/salescoach/" + file) }
        return nil
    }

    private static func joined(_ base: String, _ rest: String) -> String { (base.hasSuffix("/") ? base : base + "/") + rest }
}
