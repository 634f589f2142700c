import Foundation
import Testing

@testable import salescoach

/// The default config file (`$XDG_CONFIG_HOME/salescoach/config.toml`, else
/// `~/.config/salescoach/config.toml`): the one-shot commands read it unless
/// `--config` names another; a workspace takes it when it is made and keeps
/// its own settings after that.
@Suite struct DefaultConfigTests {
    @Test(
        "the default file is under XDG_CONFIG_HOME when it is absolute, else under HOME",
        arguments: [
            (["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/rep"], "/x/config/salescoach/config.toml"),
            (["XDG_CONFIG_HOME": "relative", "HOME": "/home/rep/"], "/home/rep/.config/salescoach/config.toml"),
            (["XDG_CONFIG_HOME": "", "HOME": "/home/rep"], "/home/rep/.config/salescoach/config.toml"),
            (["HOME": "relative"], nil),
            ([:], nil),
        ] as [([String: String], String?)])
    func defaultPath(environment: [String: String], path: String?) {
        #expect(ConfigLocation.defaultPath(environment: environment) == path)
    }

    @Test("--config is read instead of the default file; the default file only when it exists")
    func explicitWins() {
        let environment = ["HOME": "/home/rep"]
        #expect(ConfigLocation.path(explicit: "team.toml", environment: environment, exists: { _ in true }) == "team.toml")
        #expect(ConfigLocation.path(explicit: nil, environment: environment, exists: { _ in true }) == "/home/rep/.config/salescoach/config.toml")
        #expect(ConfigLocation.path(explicit: nil, environment: environment, exists: { _ in false }) == nil)
    }

    /// A home with `text` as its default config file.
    static func home(config text: String) throws -> URL {
        let home = try BinaryRunner.temporaryDirectory()
        let folder = home.appendingPathComponent(".config/salescoach")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return home
    }

    @Test("classify reads the default config file; --config replaces it")
    func classifyReadsTheDefault() throws {
        let plain = try BinaryRunner.run(["classify", "examples/demo-customers.csv", "--format", "csv"])
        let home = try Self.home(config: "[classification]\ncut = 90\n")
        let strict = try BinaryRunner.run(["classify", "examples/demo-customers.csv", "--format", "csv"], home: home)
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(strict.stdout != plain.stdout)
        #expect(!strict.stdout.contains(",A,"), "with a cut of 90 nobody is high on both axes")
        let other = home.appendingPathComponent("other.toml")
        try "# the built-in rule\n".write(to: other, atomically: true, encoding: .utf8)
        let replaced = try BinaryRunner.run(["classify", "examples/demo-customers.csv", "--format", "csv", "--config", other.path], home: home)
        #expect(replaced.stdout == plain.stdout)
    }

    @Test("a broken default file stops classify and a session, naming the file and the line; no workspace is left behind")
    func brokenDefault() throws {
        let home = try Self.home(config: "[classification]\nmode = relative\n")
        let path = home.appendingPathComponent(".config/salescoach/config.toml").path
        let classify = try BinaryRunner.run(["classify", "examples/demo-customers.csv"], home: home)
        #expect(classify.status == 1)
        #expect(classify.stderr.hasPrefix("error: \(path), line 2: 'mode = relative' is not TOML"))
        let session = try BinaryRunner.run([], input: "quit\n", home: home, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(session.status == 2)
        #expect(session.stderr.hasPrefix("エラー: \(path) の2行目：'mode = relative' はTOMLの書き方ではありません"))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("data/salescoach/workspace.sqlite").path))
    }

    @Test("a new workspace takes the default config; after that its own settings win, and --config changes them")
    func workspacePrecedence() throws {
        let home = try Self.home(config: "[plan]\ncapacity = 12\n")
        let first = try BinaryRunner.run([], input: "config plan.capacity\n", home: home)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "plan.capacity = 12\n")
        // The default file changes: the workspace keeps what it was made with, and what was set in it.
        try "[plan]\ncapacity = 20\n".write(
            to: home.appendingPathComponent(".config/salescoach/config.toml"), atomically: true, encoding: .utf8)
        let later = try BinaryRunner.run([], input: "config plan.capacity\nconfig set plan.capacity=15\n", home: home)
        #expect(later.stdout.hasPrefix("plan.capacity = 12\n"))
        let again = try BinaryRunner.run([], input: "config plan.capacity\n", home: home)
        #expect(again.stdout == "plan.capacity = 15\n")
        // --config on the command line is applied to the workspace.
        let explicit = home.appendingPathComponent("team.toml")
        try "[plan]\ncapacity = 9\n".write(to: explicit, atomically: true, encoding: .utf8)
        let overridden = try BinaryRunner.run(["--config", explicit.path], input: "config plan.capacity\n", home: home)
        #expect(overridden.stdout == "plan.capacity = 9\n")
        // A throwaway session is new each time: it takes the default file as it is now.
        let demo = try BinaryRunner.run(["--demo"], input: "config plan.capacity\n", home: home)
        #expect(demo.stdout == "plan.capacity = 20\n")
    }
}
