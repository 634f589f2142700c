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
