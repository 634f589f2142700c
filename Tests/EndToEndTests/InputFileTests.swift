import Foundation
import Testing

/// Files the commands read: pipes work, what is not a file says what it is,
/// and binary content is located.
@Suite struct InputFileTests {
    static let demo = BinaryRunner.packageRoot.appendingPathComponent("examples/demo-customers.csv")

    @Test("classify reads a customer file from a pipe: /dev/stdin and a process substitution")
    func pipes() throws {
        let csv = try String(contentsOf: Self.demo, encoding: .utf8)
        let stdin = try BinaryRunner.run(["classify", "/dev/stdin", "--format", "csv"], input: csv)
        #expect(stdin.status == 0, "stderr: \(stdin.stderr)")
        #expect(stdin.stdout.split(separator: "\n").count == 47)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "'\(BinaryRunner.binary.path)' classify <(cat examples/demo-customers.csv) --format csv"]
        process.currentDirectoryURL = BinaryRunner.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: printed, as: UTF8.self).split(separator: "\n").count == 47)
    }

    @Test("a folder or a device is named as such, not blamed on permissions", arguments: [
        ("/tmp", "error: /tmp is a folder; expected a CSV file"),
        ("/dev/null", "error: /dev/null is a device, not a file; expected a CSV file"),
    ])
    func notAFile(path: String, message: String) throws {
        let result = try BinaryRunner.run(["classify", path])
        #expect(result.status == 1)
        #expect(result.stderr == message + "\n")
    }

    @Test("a NUL byte in a customer file is located by line, column and byte")
    func nulInCSV() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("nul.csv")
        try Data(Array("name,sales\nAcme,1\nBe".utf8) + [0] + Array("ta,2\n".utf8)).write(to: file)
        let result = try BinaryRunner.run(["classify", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(file.path), line 3, column 3 (byte 20): a NUL byte"))
    }

    @Test("a config file starting with a NUL byte is an error with its line, not silently ignored")
    func nulInConfig() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let config = directory.appendingPathComponent("team.toml")
        try Data([0] + Array("[classification]\ncut = 40\n".utf8)).write(to: config)
        let result = try BinaryRunner.run(["classify", Self.demo.path, "--config", config.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(config.path), line 1, column 1: a NUL byte; expected a UTF-8 text file (is it a binary file?)\n")
        let bom = directory.appendingPathComponent("bom.toml")
        try Data([0xEF, 0xBB, 0xBF] + Array("[classification]\ncut = 40\n".utf8)).write(to: bom)
        #expect(try BinaryRunner.run(["classify", Self.demo.path, "--config", bom.path]).status == 0)
    }
}
