import Foundation
import SalesCoachCore
import Testing

@testable import salescoach

/// `--help`, the README and the man pages say the same things: all come from
/// the command definitions and `ProgramInfo`, and these tests fail when a
/// committed copy (README, `man/`) is out of date. They never rewrite files:
/// `make man` does, and the README's tables are copied from the message.
@Suite struct ProgramDocsTests {
    static func committed(_ path: String) throws -> String {
        try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("the committed man pages are what the definitions make (run 'make man' after changing an option)", arguments: [
        (Language.en, "man/salescoach.1"), (Language.ja, "man/ja/salescoach.1"),
    ])
    func manPagesAreCurrent(language: Language, path: String) throws {
        let made = ManualPage(language: language).roff
        let committed = try Self.committed(path)
        #expect(committed == made, "\(path) is stale: run 'make man'")
    }

    @Test("every option and command the man page shows has its Japanese text")
    func japaneseIsComplete() {
        #expect(ManualPage.untranslated() == [])
    }

    @Test("the Japanese page is Japanese: no English help text left in it")
    func japanesePageSpeaksJapanese() throws {
        let page = ManualPage(language: .ja).roff
        #expect(page.contains(".SH オプション"))
        #expect(page.contains("環境変数"))
        #expect(!page.contains("A customer CSV to load"))
        #expect(!page.contains("Print one SQL query"))
    }

    @Test("the English page has only characters every troff device has: … is written as three dots, so a C locale keeps it")
    func englishPageUnderCLocale() throws {
        let page = ManualPage(language: .en).roff
        #expect(!page.contains("…"))
        #expect(page.contains("~/.local/share/.\\|.\\|."))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/man")
        process.arguments = ["-l", BinaryRunner.packageRoot.appendingPathComponent("man/salescoach.1").path]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(!warnings.contains("warning"), "\(warnings)")
        #expect(text.contains("~/.local/share/..."), "\(text)")
    }

    @Test("the README's environment and exit code tables are ProgramInfo's")
    func readmeTables() throws {
        let readme = try Self.committed("README.md")
        #expect(readme.contains(ProgramInfo.markdown), "README's tables differ; they should read:\n\(ProgramInfo.markdown)")
    }

    @Test("the root --help lists every session option, environment variable and exit code")
    func rootHelp() throws {
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        for argument in ManualPage.session(ManualPage.commands()).arguments ?? [] where argument.shouldDisplay ?? true {
            guard let long = argument.names?.first(where: { $0.kind != "short" })?.name, long != "help", long != "version" else { continue }
            #expect(help.stdout.contains("--" + long), "--help lacks --\(long)")
        }
        for row in ProgramInfo.environment + ProgramInfo.exitCodes {
            #expect(help.stdout.contains("  " + row.name), "--help lacks \(row.name)")
        }
    }
}
