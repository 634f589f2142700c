/// Everything a user can configure: the classification rule, extra column
/// names for imports, and the planning policy.
///
/// Settings are addressed by flat keys (`classification.cut`, `weights.sales`,
/// `columns.取引先名`, `plan.share_b`) so that the config file, the REPL's
/// `config set` and the workspace's key/value table all speak the same names.
public struct Config: Sendable, Hashable {
    public var classifier: ClassifierConfig
    /// Extra CSV header names mapped to fields, beyond the built-in aliases.
    public var columns: [String: CustomerField]
    public var plan: PlanPolicy

    public init(classifier: ClassifierConfig = .standard, columns: [String: CustomerField] = [:], plan: PlanPolicy = .standard) {
        self.classifier = classifier
        self.columns = columns
        self.plan = plan
    }

    public static let standard = Config()

    /// Reads a config file's bytes: UTF-8 with or without a byte-order mark.
    ///
    /// - Throws: `ConfigError.inFile` naming `source` and the line: binary or
    ///   invalid UTF-8 bytes, a bad line, a setting given twice, a bad value.
    public init(file bytes: [UInt8], source: String) throws(ConfigError) {
        let text: String
        do {
            text = try ConfigFile.text(from: bytes)
        } catch {
            throw .inFile(source: source, line: 0, error)
        }
        try self.init(file: text, source: source)
    }

    /// Reads a config file's text (TOML, see `ConfigFile`); errors name `source` and the line.
    ///
    /// A value must have the TOML type its setting takes: numbers bare
    /// (`cut = 5_0`), text quoted (`mode = 'absolute'`).
    public init(file text: String, source: String) throws(ConfigError) {
        self.init()
        let entries: [ConfigFile.Entry]
        do {
            entries = try ConfigFile.parse(text)
        } catch {
            throw .inFile(source: source, line: 0, error)
        }
        for entry in entries {
            do throws(ConfigError) {
                guard let kind = Config.valueKind(ofKey: entry.key) else {
                    throw ConfigError.unknownKey(key: entry.key, suggestion: Config.suggest(entry.key))
                }
                switch (kind, entry.value) {
                case (.number, .number(let text)) where entry.key == "version":
                    guard let found = Int(text), found >= 1 else {
                        throw ConfigError.invalidValue(key: "version", value: text, expected: .wholeNumber(1...ConfigFile.version))
                    }
                    if found > ConfigFile.version { throw ConfigError.newerVersion(found: found, supported: ConfigFile.version) }
                case (.number, .number(let text)), (.text, .text(let text)): try set(entry.key, to: text)
                default: throw ConfigError.wrongType(key: entry.key, found: entry.value, expected: kind)
                }
            } catch {
                throw .inFile(source: source, line: entry.line, error)
            }
        }
        do {
            try validate()
        } catch {
            throw .inFile(source: source, line: entries.last?.line ?? 0, error)
        }
    }

    /// Rebuilds a config from stored settings (the workspace's key/value table).
    public init(settings: [String: String]) throws(ConfigError) {
        self.init()
        for key in settings.keys.sorted() {
            try set(key, to: settings[key] ?? "")
        }
        try validate()
    }

    /// Every setting with its current value, in a stable order, as text.
    public var settings: [(key: String, value: String)] {
        let table = Setting.all
        var result: [(String, String)] = table.filter { $0.key.hasPrefix("classification.") }.map { ($0.key, $0.value(in: self)) }
        for metric in Metric.allCases {
            result.append(("weights.\(metric.rawValue)", Config.format(classifier.weight(of: metric))))
        }
        for metric in Metric.allCases {
            if let threshold = classifier.thresholds[metric] {
                result.append(("thresholds.\(metric.rawValue)", Config.format(threshold)))
            }
        }
        for header in columns.keys.sorted() {
            result.append(("columns.\(header)", columns[header]?.canonicalName ?? ""))
        }
        result += table.filter { $0.key.hasPrefix("plan.") }.map { ($0.key, $0.value(in: self)) }
        return result.map { (key: $0.0, value: $0.1) }
    }

    /// The settings that differ from the defaults, for saving.
    public var changedSettings: [String: String] {
        let defaults = Dictionary(Config.standard.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var changed: [String: String] = [:]
        for (key, value) in settings where defaults[key] != value { changed[key] = value }
        return changed
    }

    /// All keys `set` accepts (besides `columns.<any header>`), for help and suggestions.
    public static var knownKeys: [String] {
        Setting.all.map(\.key) + Metric.allCases.map { "weights.\($0.rawValue)" } + Metric.allCases.map { "thresholds.\($0.rawValue)" }
    }

    /// The TOML type a key's value has in a config file; nil for a key no setting has.
    static func valueKind(ofKey key: String) -> ConfigError.ValueKind? {
        if key == "version" { return .number }
        if let setting = Setting.named(key) {
            if case .mode = setting.kind { return .text }
            return .number
        }
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0].lowercased() {
        case "weights", "thresholds": return Metric(rawValue: parts[1].lowercased()) == nil ? nil : .number
        case "columns": return .text
        default: return nil
        }
    }

    /// Changes one setting; the value is checked, the whole config is not
    /// (call `validate()` after a batch, since shares change together).
    public mutating func set(_ key: String, to value: String) throws(ConfigError) {
        if let setting = Setting.named(key) { return try setting.apply(value, to: &self) }
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw .unknownKey(key: key, suggestion: Config.suggest(key)) }
        let (section, name) = (parts[0].lowercased(), parts[1])
        switch section {
        case "weights":
            guard let metric = Metric(rawValue: name.lowercased()) else { throw .unknownKey(key: key, suggestion: Config.suggest(key)) }
            classifier.weights[metric] = try Config.rational(key, value, in: Rational(0)...Rational(1000))
        case "thresholds":
            guard let metric = Metric(rawValue: name.lowercased()) else { throw .unknownKey(key: key, suggestion: Config.suggest(key)) }
            if value.trimmingWhitespace.isEmpty || value.lowercased() == "none" {
                classifier.thresholds[metric] = nil
            } else {
                guard let number = Double(value.trimmingWhitespace), number.isFinite else {
                    throw .invalidValue(key: key, value: value, expected: .threshold)
                }
                classifier.thresholds[metric] = number
            }
        case "columns":
            let header = name.trimmingWhitespace
            guard !header.isEmpty else { throw .invalidValue(key: key, value: value, expected: .columnHeader) }
            if value.trimmingWhitespace.isEmpty || value.lowercased() == "none" {
                columns[header] = nil
            } else {
                guard let field = CustomerField(canonicalName: value.trimmingWhitespace) else {
                    throw .invalidValue(key: key, value: value, expected: .field(CustomerField.all.map(\.canonicalName)))
                }
                columns[header] = field
            }
        default:
            throw .unknownKey(key: key, suggestion: Config.suggest(key))
        }
    }

    /// Checks what single settings cannot: the shares add up to 100, the
    /// absolute mode has thresholds for both axes, some metric has weight.
    public func validate() throws(ConfigError) {
        let total = Segment.allCases.reduce(Rational.zero) { $0 + plan.share(of: $1) }
        if total != Rational(100) {
            let shares = Segment.allCases.map { "\($0.rawValue) \(Config.format(plan.share(of: $0)))%" }.joined(separator: ", ")
            throw .inconsistent(.sharesTotal(total: Config.format(total), shares: shares))
        }
        if plan.maxShareC < plan.share(of: .c) {
            throw .inconsistent(.shareCAboveMax(shareC: Config.format(plan.share(of: .c)), maxShareC: Config.format(plan.maxShareC)))
        }
        for axis in Axis.allCases where !axis.metrics.contains(where: { classifier.uses($0) }) {
            throw .inconsistent(classifier.mode == .absolute ? .absoluteWithoutThreshold(axis) : .axisWithoutWeight(axis))
        }
    }

    public static func format(_ value: Rational) -> String {
        if value.denominator == 1 { return String(value.numerator) }
        // Plain decimals only (never 1e-05), so a saved setting always reads back.
        return Formatting.trimmed(value.doubleValue, decimals: 9)
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func rational(_ key: String, _ value: String, in range: ClosedRange<Rational>) throws(ConfigError) -> Rational {
        guard let number = Rational(decimal: value.trimmingWhitespace.replacingOccurrences(of: "%", with: "")), range.contains(number) else {
            throw .invalidValue(key: key, value: value, expected: .number(range))
        }
        return number
    }

    static func integer(_ key: String, _ value: String, in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard let number = Int(value.trimmingWhitespace), range.contains(number) else {
            throw .invalidValue(key: key, value: value, expected: .wholeNumber(range))
        }
        return number
    }

    /// The known key meant by a mistyped one; a key without its section
    /// (`cut` at the top of a file, `cutt` in `config cutt`) gets the key in its section.
    public static func suggest(_ key: String) -> String? {
        let lowered = key.lowercased()
        if let sectioned = knownKeys.first(where: { $0.hasSuffix("." + lowered) }) { return sectioned }
        if let full = Suggestions.closest(to: key, in: knownKeys, limit: 1).first { return full }
        guard !lowered.contains(".") else { return nil }
        let names = knownKeys.compactMap { $0.split(separator: ".").last.map(String.init) }
        guard let name = Suggestions.closest(to: lowered, in: names, limit: 1).first else { return nil }
        return knownKeys.first { $0.hasSuffix("." + name) }
    }
}
