import Foundation
import Testing

/// Lines the session reads that are not text it can trust.
@Suite struct TypedInputTests {
    @Test("a line that is not UTF-8 is refused with the byte and its position, and nothing is stored")
    func invalidUTF8() throws {
        let result = try BinaryRunner.run(["--demo"], bytes: Array("add Bad".utf8) + [0xFF] + Array("Name employees=3\nsummary\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr == "error: the line is not valid UTF-8 text (byte 0xFF at position 8); "
            + "nothing was done: set the terminal or the file to UTF-8 and type it again\n")
        #expect(!result.stdout.contains("Bad"))
        #expect(!result.stdout.contains("\u{FFFD}"))
        #expect(result.stdout.contains("total                46"))
    }
}
