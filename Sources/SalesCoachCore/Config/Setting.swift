/// One setting with a fixed key: what it holds, the values it takes and
/// what it means. The one table `Config` reads and writes through, `config`
/// lists, completion offers and the README's configuration block is checked
/// against, so a range or a key is never written down twice.
///
/// Families of keys (`weights.<metric>`, `thresholds.<metric>`,
/// `columns.<header>`) are not in the table: their keys depend on the metric
/// or the file.
public struct Setting: Sendable {
    public enum Kind: Sendable {
        case whole(ClosedRange<Int>, WritableKeyPath<Config, Int> & Sendable)
        case fraction(ClosedRange<Rational>, WritableKeyPath<Config, Rational> & Sendable)
        case mode
    }

    public let key: String
    public let kind: Kind
    public let meaning: String
    public let meaningJapanese: String

    /// The values it takes, as the README and `config` show them: "1–1000", "relative or absolute".
    public var range: String {
        switch kind {
        case .whole(let range, _): "\(range.lowerBound)–\(range.upperBound)"
        case .fraction(let range, _): "\(Config.format(range.lowerBound))–\(Config.format(range.upperBound))"
        case .mode: "relative or absolute"
        }
    }

    /// `range` as `config` shows it in `language`.
    public func range(in language: Language) -> String {
        if case .mode = kind, language == .ja { return "relative か absolute" }
        return range
    }

    public func meaning(in language: Language) -> String { language == .en ? meaning : meaningJapanese }

    /// The setting's value in `config`, as text.
    func value(in config: Config) -> String {
        switch kind {
        case .whole(_, let path): String(config[keyPath: path])
        case .fraction(_, let path): Config.format(config[keyPath: path])
        case .mode: config.classifier.mode.rawValue
        }
    }

    /// Reads `text` as this setting's value and writes it into `config`.
    func apply(_ text: String, to config: inout Config) throws(ConfigError) {
        switch kind {
        case .whole(let range, let path): config[keyPath: path] = try Config.integer(key, text, in: range)
        case .fraction(let range, let path): config[keyPath: path] = try Config.rational(key, text, in: range)
        case .mode:
            guard let mode = ClassifierConfig.Mode(rawValue: text.trimmingWhitespace.lowercased()) else {
                throw .invalidValue(key: key, value: text, expected: .mode)
            }
            config.classifier.mode = mode
        }
    }

    /// The setting named `key` (case-insensitive), if it is one of the table's.
    public static func named(_ key: String) -> Setting? {
        let wanted = key.lowercased()
        return all.first { $0.key == wanted }
    }

    public static let all: [Setting] = [
        Setting(key: "classification.mode", kind: .mode,
                meaning: "rank customers against the book (relative) or against fixed thresholds (absolute)",
                meaningJapanese: "リスト内の順位で評価（relative）か、固定の基準値で評価（absolute）か"),
        Setting(key: "classification.cut", kind: .fraction(Rational(0)...Rational(100), \.classifier.cut),
                meaning: "an axis score at or above this is high",
                meaningJapanese: "軸のスコアがこの値以上なら「高」"),
        Setting(key: "classification.borderline_margin", kind: .fraction(Rational(0)...Rational(50), \.classifier.borderlineMargin),
                meaning: "a score this close to the cut is marked borderline",
                meaningJapanese: "基準線からこの幅以内のスコアを境界線上とする"),
        Setting(key: "plan.capacity", kind: .whole(1...1000, \.plan.capacity),
                meaning: "visits per week", meaningJapanese: "1週間の訪問件数"),
        Setting(key: "plan.hours_per_visit", kind: .fraction(Rational(1, 100)...Rational(24), \.plan.hoursPerVisit),
                meaning: "hours one visit takes, for plans in hours", meaningJapanese: "1件の訪問にかかる時間（時間で計画するとき）"),
        Setting(key: "plan.share_a", kind: .fraction(Rational(0)...Rational(100), \.shareA),
                meaning: "A's share of the visits, %", meaningJapanese: "訪問に占めるAの割合（%）"),
        Setting(key: "plan.share_b", kind: .fraction(Rational(0)...Rational(100), \.shareB),
                meaning: "B's share of the visits, % (the largest: the main target)", meaningJapanese: "訪問に占めるBの割合（%、最大にする）"),
        Setting(key: "plan.share_c", kind: .fraction(Rational(0)...Rational(100), \.shareC),
                meaning: "C's share of the visits, % (never above max_share_c)", meaningJapanese: "訪問に占めるCの割合（%、max_share_c 以下）"),
        Setting(key: "plan.share_d", kind: .fraction(Rational(0)...Rational(100), \.shareD),
                meaning: "D's share of the visits, %", meaningJapanese: "訪問に占めるDの割合（%）"),
        Setting(key: "plan.max_share_c", kind: .fraction(Rational(0)...Rational(100), \.plan.maxShareC),
                meaning: "check warns when C gets more than this share, %", meaningJapanese: "Cの割合がこれを超えるとチェックで警告（%）"),
        Setting(key: "plan.follow_up_weeks_a", kind: .whole(1...52, \.plan.followUpWeeksA),
                meaning: "see every A customer this often, in weeks (stretched, with a note, when A's share cannot hold it)",
                meaningJapanese: "A顧客を訪問する間隔（週。Aの枠で足りなければ注記のうえ延ばす）"),
        Setting(key: "plan.overdue_weeks_c", kind: .whole(0...104, \.plan.overdueWeeksC),
                meaning: "C comes into a plan after this many weeks without a visit", meaningJapanese: "この週数訪問がないとCを計画に入れる"),
        Setting(key: "plan.overdue_weeks_d", kind: .whole(0...104, \.plan.overdueWeeksD),
                meaning: "D comes into a plan after this many weeks without a visit", meaningJapanese: "この週数訪問がないとDを計画に入れる"),
        Setting(key: "plan.comfort_window_weeks", kind: .whole(1...52, \.plan.comfortWindowWeeks),
                meaning: "weeks of visits `comfort` looks back over", meaningJapanese: "`comfort` が振り返る週数"),
    ]
}

extension Config {
    // The plan shares as plain values, so the settings table can point at them.
    var shareA: Rational { get { plan.share(of: .a) } set { plan.shares[.a] = newValue } }
    var shareB: Rational { get { plan.share(of: .b) } set { plan.shares[.b] = newValue } }
    var shareC: Rational { get { plan.share(of: .c) } set { plan.shares[.c] = newValue } }
    var shareD: Rational { get { plan.share(of: .d) } set { plan.shares[.d] = newValue } }
}
