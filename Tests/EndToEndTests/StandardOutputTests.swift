import Foundation
import Testing

/// Output that cannot be written is a failure the user hears about, never a
/// silent success with the output cut.
@Suite struct StandardOutputTests {
    @Test("classify, check and the session fail when standard output is full", arguments: [
        ["classify", "examples/demo-customers.csv"],
        ["classify", "examples/demo-customers.csv", "--format", "csv"],
        ["check", "PLAN", "--customers", "examples/demo-customers.csv"],
        ["--demo"],
    ])
    func fullStandardOutput(arguments: [String]) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let plan = directory.appendingPathComponent("plan.csv")
        try "customer,visits,rep\n田中商事,3,Sato\n".write(to: plan, atomically: true, encoding: .utf8)
        let arguments = arguments.map { $0 == "PLAN" ? plan.path : $0 }
        let result = try BinaryRunner.run(
            arguments, input: "summary\nlist\n", standardOutput: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("error: cannot write standard output: No space left on device\n"))
        #expect(result.stderr.components(separatedBy: "cannot write standard output").count == 2)
    }

    @Test("in Japanese a full standard output is said in Japanese, with the system's words kept")
    func fullStandardOutputInJapanese() throws {
        let result = try BinaryRunner.run(
            ["classify", "examples/demo-customers.csv", "--lang", "ja"], standardOutput: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("エラー: 標準出力に書き込めません：ディスクの空きがありません（理由: No space left on device）\n"), "\(result.stderr)")
    }
}
