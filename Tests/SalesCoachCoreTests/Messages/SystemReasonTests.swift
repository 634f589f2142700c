import Foundation
import Testing

@testable import SalesCoachCore

/// The system's reason for a failure keeps its own words, which a user would
/// search for, and a Japanese session says it in Japanese around them.
@Suite struct SystemReasonTests {
    @Test(
        "a common errno reads in Japanese with the system's words beside it",
        arguments: [
            (ENOENT, "No such file or directory", "そのようなファイルやフォルダーはありません（理由: No such file or directory）"),
            (EACCES, "Permission denied", "権限がありません（理由: Permission denied）"),
            (EISDIR, "Is a directory", "フォルダーです（理由: Is a directory）"),
            (ENOSPC, "No space left on device", "ディスクの空きがありません（理由: No space left on device）"),
        ])
    func japanese(code: Int32, system: String, text: String) {
        let reason = SystemReason(code: code, system: system)
        #expect(reason.text(in: .ja) == text)
        #expect(reason.text(in: .en) == system)
    }

    @Test("an errno without Japanese words is still framed in Japanese, with its number")
    func unmapped() {
        #expect(SystemReason(code: 9999, system: "Unknown error 9999").text(in: .ja) == "システムのエラーです（理由: Unknown error 9999、errno 9999）")
    }
}
