import Foundation
import Testing

/// The shell completion scripts complete what the options take: bash runs
/// the generated script's own function on a typed line.
@Suite struct CompletionScriptTests {
    /// What bash offers for `line` (ending in a space: a new word) with the generated script.
    static func bashCompletions(_ line: String, script: URL) throws -> [String] {
        let program = """
            source '\(script.path)'
            COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
            _salescoach salescoach "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program, "bash", line]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(
        "bash completes the values of the typed options, at the top and in the commands",
        arguments: [
            ("salescoach --lang ", ["en", "ja"]),
            ("salescoach --encoding ", ["auto", "utf-8", "shift_jis", "utf-16"]),
            ("salescoach classify --lang ", ["en", "ja"]),
            ("salescoach classify --format ", ["table", "csv", "json", "xlsx"]),
            ("salescoach classify --output-encoding ", ["utf-8", "utf-8-bom", "cp932"]),
            ("salescoach team --date-format ", ["mdy", "dmy", "ymd"]),
            ("salescoach sql --dialect ", ["postgres", "duckdb", "spark"]),
            ("salescoach cl", ["classify"]),
        ])
    func bash(line: String, expected: [String]) throws {
        let generated = try BinaryRunner.run(["--generate-completion-script", "bash"])
        #expect(generated.status == 0)
        let script = try BinaryRunner.temporaryDirectory().appendingPathComponent("salescoach.bash")
        try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
        #expect(try Self.bashCompletions(line, script: script) == expected)
    }

    @Test("zsh and fish scripts name the option values too", arguments: ["zsh", "fish"])
    func otherShells(shell: String) throws {
        let generated = try BinaryRunner.run(["--generate-completion-script", shell])
        #expect(generated.status == 0)
        #expect(generated.stdout.contains("lang"))
        #expect(generated.stdout.contains("shift_jis"))
        #expect(generated.stdout.contains("utf-8-bom"))
    }
}
