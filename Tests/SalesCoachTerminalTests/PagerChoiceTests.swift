import Testing

@testable import SalesCoachTerminal

/// When output goes through a pager, decided without a terminal.
@Suite struct PagerChoiceTests {
    static func installed(_ program: String) -> Bool { ["less", "most", "/usr/bin/less"].contains(program) }

    @Test(
        "long output on a terminal goes through $PAGER, less with LESS=FRX by default",
        arguments: [
            ([:], PagerChoice.pager(command: "less", environment: ["LESS": "FRX"])),
            (["LESS": "-S"], .pager(command: "less", environment: [:])),
            (["PAGER": "most"], .pager(command: "most", environment: ["LESS": "FRX"])),
            (["PAGER": "less -R", "LESS": ""], .pager(command: "less -R", environment: [:])),
            (["PAGER": "/usr/bin/less"], .pager(command: "/usr/bin/less", environment: ["LESS": "FRX"])),
        ] as [([String: String], PagerChoice)])
    func pages(environment: [String: String], choice: PagerChoice) {
        #expect(PagerChoice.decide(isTerminal: true, height: 24, rows: 100, environment: environment, disabled: false, isInstalled: Self.installed) == choice)
    }

    @Test(
        "no pager when PAGER is empty or cat, the pager is not installed, TERM is dumb, or --no-pager",
        arguments: [
            (["PAGER": ""], false),
            (["PAGER": "  "], false),
            (["PAGER": "cat"], false),
            (["PAGER": "moar"], false),
            (["TERM": "dumb"], false),
            ([:], true),
        ] as [([String: String], Bool)])
    func noPager(environment: [String: String], disabled: Bool) {
        #expect(PagerChoice.decide(isTerminal: true, height: 24, rows: 100, environment: environment, disabled: disabled, isInstalled: Self.installed) == .none)
    }

    @Test("no pager when standard output is not a terminal, or the output fits the window")
    func notATerminalOrShort() {
        #expect(PagerChoice.decide(isTerminal: false, height: nil, rows: 10_000, environment: [:], disabled: false, isInstalled: Self.installed) == .none)
        #expect(PagerChoice.decide(isTerminal: true, height: 24, rows: 23, environment: [:], disabled: false, isInstalled: Self.installed) == .none)
        #expect(PagerChoice.decide(isTerminal: true, height: 24, rows: 24, environment: [:], disabled: false, isInstalled: Self.installed) != .none)
        #expect(PagerChoice.decide(isTerminal: true, height: 24, rows: 100, environment: [:], disabled: false, isInstalled: { _ in false }) == .none)
    }

    @Test(
        "rows count wrapped lines by display width, not colour codes",
        arguments: [
            ("a\nb\nc\n", 80, 3),
            ("a\nb\nc", 80, 3),
            ("\n\n", 80, 2),
            (String(repeating: "x", count: 81) + "\n", 80, 2),
            (String(repeating: "田", count: 40) + "\n", 80, 1),
            (String(repeating: "田", count: 41) + "\n", 80, 2),
            ("\u{1B}[1m" + String(repeating: "x", count: 80) + "\u{1B}[0m\n", 80, 1),
        ])
    func rows(text: String, width: Int, rows: Int) {
        #expect(PagerChoice.rows(of: text, width: width) == rows)
    }
}
