import Testing

@testable import SalesCoachCore

/// The config file reader on random text (never a crash, every error located)
/// and on random valid files (read as written, and the workspace's key/value
/// form reads back as the same settings).
@Suite struct ConfigPropertyTests {
    static let seeds: [UInt64] = Array(1...80)

    /// Pieces config files are made of, and pieces that break them.
    static let fragments = [
        "[", "]", "=", "\"", "\\", "#", " ", "\t", "\n", "\r\n", "\r", ".", "-", "%", "0", "1", "50", "62.5", "1e3",
        "0.000000001", "99999999999999999999", "none", "relative", "absolute", "[classification]", "[weights]",
        "[thresholds]", "[columns]", "[plan]", "cut", "borderline_margin", "mode", "sales", "profit", "growth",
        "employees", "capacity", "share_b", "share_c", "hours_per_visit", "name", "取引先名", "売上", "ｶﾅ", "🚀",
        "\u{0}", "\u{1B}[31m", "\u{202E}", "\u{200B}", "\u{FEFF}", "é", "e\u{301}", "\"a=b#c\"",
    ]

    @Test("random text never crashes the reader; what it accepts round-trips", arguments: seeds)
    func randomText(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<40 {
            let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                Self.fragments.randomElement(using: &random) ?? ""
            }.joined()
            let config: Config
            do {
                config = try Config(file: text, source: "random.toml")
            } catch {
                #expect(error.description.hasPrefix("random.toml, "), "\(error)")
                if case .inFile(_, let line, _) = error {
                    #expect(line >= 0 && line <= text.count + 1)
                } else {
                    Issue.record("an error without its file: \(error)")
                }
                continue
            }
            try expectRoundTrip(config)
        }
    }

    @Test("a random valid file reads as written and round-trips", arguments: seeds)
    func randomValidFile(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var expected: [String: String] = [:]
        var lines: [String] = []
        func decimal(_ range: ClosedRange<Int>) -> String {
            // Up to four decimals: smaller fractions print as `1e-05` today, which
            // the reader refuses (fuzz/regressions/ConfigFile-setting-printed-with-exponent.toml).
            let scale = [1, 10, 100, 10_000].randomElement(using: &random) ?? 1
            let value = Int.random(in: (range.lowerBound * scale)...(range.upperBound * scale), using: &random)
            return Config.format(Rational(Int128(value), Int128(scale)))
        }
        let mode = Bool.random(using: &random) ? "absolute" : "relative"
        expected["classification.mode"] = mode
        expected["classification.cut"] = decimal(0...100)
        expected["classification.borderline_margin"] = decimal(0...50)
        lines += ["[classification]", "mode = \"\(mode)\"", "cut = \(expected["classification.cut"] ?? "")",
                  "borderline_margin=\(expected["classification.borderline_margin"] ?? "")  # margin"]
        lines.append("[weights]")
        for metric in Metric.allCases {
            let weight = Axis.allCases.contains { $0.metrics.first == metric } ? decimal(1...1000) : decimal(0...1000)
            expected["weights.\(metric.rawValue)"] = weight
            lines.append("\(metric.rawValue.uppercased()) = \(weight)")
        }
        lines.append("[thresholds]")
        for metric in Metric.allCases where mode == "absolute" || Bool.random(using: &random) {
            let threshold = Config.format(Double(Int.random(in: -1_000_000...1_000_000_000, using: &random)) / 8)
            expected["thresholds.\(metric.rawValue)"] = threshold
            lines.append("\(metric.rawValue) = \(threshold)")
        }
        lines.append("[columns]")
        let headers = ["取引先コード", "Umsatz", "a=b", "Last \"Visit\"", "# not a comment", "ｶﾅ 名"]
        for header in headers.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random)) {
            let field = CustomerField.all.randomElement(using: &random) ?? .name
            expected["columns.\(header)"] = field.canonicalName
            let quoted = "\"" + header.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            lines.append("\(quoted) = \"\(field.canonicalName)\"")
        }
        lines += ["[plan]", "capacity = \(Int.random(in: 1...1000, using: &random))"]
        let a = Int.random(in: 0...100, using: &random)
        let b = Int.random(in: 0...(100 - a), using: &random)
        let c = Int.random(in: 0...(100 - a - b), using: &random)
        for (key, share) in [("share_a", a), ("share_b", b), ("share_c", c), ("share_d", 100 - a - b - c)] {
            expected["plan.\(key)"] = String(share)
            lines.append("\(key) = \(share)")
        }
        // C's maximum is never below its share: such a policy is refused (every plan would warn).
        let maxC = Int.random(in: max(c, 1)...100, using: &random)
        expected["plan.max_share_c"] = String(maxC)
        lines.append("max_share_c = \(maxC)")
        let text = lines.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n")

        let config = try Config(file: text, source: "team.toml")
        let settings = Dictionary(uniqueKeysWithValues: config.settings.map { ($0.key, $0.value) })
        for (key, value) in expected {
            #expect(settings[key] == value, "\(key) in\n\(text)")
        }
        try expectRoundTrip(config)
    }

    /// The workspace stores `settings` (or only `changedSettings`) and rebuilds
    /// the config from them; both must give the same settings back.
    func expectRoundTrip(_ config: Config) throws {
        let all = Dictionary(config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        let fromAll = try Config(settings: all)
        #expect(fromAll.settings.map { "\($0.key)=\($0.value)" } == config.settings.map { "\($0.key)=\($0.value)" })
        let fromChanged = try Config(settings: config.changedSettings)
        #expect(fromChanged.settings.map { "\($0.key)=\($0.value)" } == config.settings.map { "\($0.key)=\($0.value)" })
        #expect(fromChanged.classifier.cut == config.classifier.cut)
        for metric in Metric.allCases {
            #expect(fromChanged.classifier.weight(of: metric) == config.classifier.weight(of: metric))
            #expect(fromChanged.classifier.thresholds[metric] == config.classifier.thresholds[metric])
        }
        #expect(fromChanged.columns == config.columns)
    }
}
