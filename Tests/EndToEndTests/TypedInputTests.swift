import Foundation
import Testing

/// Lines the session reads that are not text it can trust.
@Suite struct TypedInputTests {
    /// Runs a demo session on raw input bytes.
    static func session(bytes: [UInt8]) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["--demo"]
        process.environment = BinaryRunner.environment(home: nil)
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus)
    }

    @Test("a line that is not UTF-8 is refused with the byte and its position, and nothing is stored")
    func invalidUTF8() throws {
        let result = try Self.session(bytes: Array("add Bad".utf8) + [0xFF] + Array("Name employees=3\nsummary\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr == "error: the line is not valid UTF-8 text (byte 0xFF at position 8); "
            + "nothing was done: set the terminal or the file to UTF-8 and type it again\n")
        #expect(!result.stdout.contains("Bad"))
        #expect(!result.stdout.contains("\u{FFFD}"))
        #expect(result.stdout.contains("total                46"))
    }
}
