import Foundation
import Testing

@testable import SalesCoachCore

/// The settings table is the one place a fixed key, its kind and its range
/// are written: `Config` reads and writes through it, and the README lists it.
@Suite struct SettingTableTests {
    @Test("every fixed setting round-trips through the table, and its range is what set enforces", arguments: Setting.all.map(\.key))
    func roundTrip(key: String) throws {
        let setting = try #require(Setting.named(key))
        var config = Config.standard
        let current = try #require(config.settings.first { $0.key == key }?.value)
        try config.set(key, to: current)
        #expect(config.settings.first { $0.key == key }?.value == current)
        switch setting.kind {
        case .whole(let range, _):
            #expect(throws: ConfigError.self) { try config.set(key, to: String(range.upperBound + 1)) }
            try config.set(key, to: String(range.lowerBound))
        case .fraction(let range, _):
            #expect(throws: ConfigError.invalidValue(
                key: key, value: "1000000", expected: .number(range))
            ) { try config.set(key, to: "1000000") }
        case .mode:
            #expect(throws: ConfigError.self) { try config.set(key, to: "sideways") }
        }
    }

    @Test("completion and suggestions offer exactly the table's keys and the metric families")
    func knownKeys() {
        let keys = Set(Config.knownKeys)
        for setting in Setting.all { #expect(keys.contains(setting.key)) }
        for metric in Metric.allCases {
            #expect(keys.contains("weights.\(metric.rawValue)") && keys.contains("thresholds.\(metric.rawValue)"))
        }
    }

    @Test("the README's configuration block names every fixed setting")
    func readmeListsEverySetting() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```toml").dropFirst().first?.components(separatedBy: "```").first)
        var section = ""
        var listed: Set<String> = []
        for line in block.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("[") { section = String(text.dropFirst().prefix { $0 != "]" }); continue }
            if let equals = text.firstIndex(of: "="), !text.hasPrefix("#") {
                listed.insert(section + "." + text[..<equals].trimmingCharacters(in: .whitespaces))
            }
        }
        for setting in Setting.all { #expect(listed.contains(setting.key), "README lacks \(setting.key)") }
    }
}
