import Foundation
import Testing

/// How the session starts in unusual environments.
@Suite struct SessionStartTests {
    @Test("without HOME the session refuses to guess a workspace and creates nothing in the current folder",
          arguments: [[:], ["HOME": "relative/home"]])
    func noHome(extra: [String: String]) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(["session"], input: "summary\n", environment: extra, directory: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: no place for the workspace: HOME is"))
        #expect(result.stderr.contains("set HOME, or pass --workspace FILE (or --ephemeral"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let ephemeral = try BinaryRunner.run(["--ephemeral"], input: "summary\n", environment: extra, directory: directory)
        #expect(ephemeral.status == 0, "stderr: \(ephemeral.stderr)")
    }
}

/// `SALESCOACH_TIMING=1`, for measuring a session on a large book.
@Suite struct SessionTimingTests {
    @Test("with SALESCOACH_TIMING each line's time goes to stderr, named by its line; without it nothing does")
    func timingOnStderr() throws {
        let result = try BinaryRunner.run(
            ["--demo"], input: "list B\nwhy 田中商事\n", environment: ["SALESCOACH_TIMING": "1"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("time: ") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(" ms  list B") == true, "\(lines)")
        #expect(lines.last?.hasSuffix(" ms  why 田中商事") == true, "\(lines)")
        #expect(!result.stdout.contains("time: "))
        let quiet = try BinaryRunner.run(["--demo"], input: "list B\n", environment: ["SALESCOACH_TIMING": "0"])
        #expect(!quiet.stderr.contains("time: "))
    }
}

/// The assistant's model kept in the user's cache folder between sessions.
@Suite struct ModelCacheTests {
    @Test("the first session stores the assistant's model; the next reads it and answers the same; a damaged file is replaced")
    func modelIsKeptBetweenSessions() throws {
        let home = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let cache = home.appendingPathComponent("cache")
        let model = cache.appendingPathComponent("salescoach/assistant-model")
        let question = "who should I visit this week?\n田中商事はなぜC？\n"
        let first = try BinaryRunner.run(["--demo", "--ephemeral"], input: question, environment: ["HOME": home.path, "XDG_CACHE_HOME": cache.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let stored = try Data(contentsOf: model)
        #expect(stored.count > 1_000)
        let second = try BinaryRunner.run(["--demo", "--ephemeral"], input: question, environment: ["HOME": home.path, "XDG_CACHE_HOME": cache.path])
        #expect(second.stdout == first.stdout)
        #expect(try Data(contentsOf: model) == stored)
        try Data("not a model".utf8).write(to: model)
        let third = try BinaryRunner.run(["--demo", "--ephemeral"], input: question, environment: ["HOME": home.path, "XDG_CACHE_HOME": cache.path])
        #expect(third.stdout == first.stdout)
        #expect(try Data(contentsOf: model) == stored)
    }
}
