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
