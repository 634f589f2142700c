import Foundation
import Testing

/// The shell completion scripts complete what the options take: bash runs
/// the generated script's own function on a typed line; zsh and fish, when
/// installed, complete the line as they would at a prompt.
@Suite struct CompletionScriptTests {
    /// What bash offers for `line` (ending in a space: a new word) with the generated script, in `folder`.
    static func bashCompletions(_ line: String, script: URL, in folder: URL? = nil) throws -> [String] {
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
        return try output(of: process, in: folder)
    }

    /// What zsh offers for `line` at an interactive prompt with `compinit` and the
    /// script loaded: every candidate the completion functions add, caught by
    /// wrapping `compadd`, typed into a pseudo-terminal (`zsh/zpty`).
    static func zshCompletions(_ line: String, script: URL, in folder: URL) throws -> [String] {
        let program = #"""
            zmodload zsh/zpty
            zpty z zsh -f -i
            zpty -w z "PROMPT=''; autoload -U compinit; compinit -u -D; source ${(q)1}; compdef _salescoach salescoach"
            zpty -w z 'compadd() { builtin compadd "$@"; local -a hits; builtin compadd -O hits "$@"; print -rl -- "<<${^hits}>>" }'
            zpty -w z "bindkey '^I' complete-word; print '<<'READY'>>'"
            zpty -r z out '*<<READY>>*'
            # The line editor reads what is typed once it has turned bracketed paste on.
            zpty -r z out '*2004h*'
            zpty -n -w z "$2"$'\t'
            zpty -w z $'\C-u'"print '<<'DONE'>>'"
            zpty -r z out '*<<DONE>>*'
            zpty -d z
            print -r -- "$out" | tr -d '\r' | sed -n 's/^.*<<\(.*\)>>$/\1/p' | grep -vx DONE
            """#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zsh")
        process.arguments = ["-f", "-c", program, "zsh", script.path, line]
        return try output(of: process, in: folder)
    }

    /// What fish offers for `line` with the script loaded (`complete -C`), without the descriptions.
    static func fishCompletions(_ line: String, script: URL, in folder: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fish")
        process.arguments = ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script.path, line]
        return try output(of: process, in: folder).map { String($0.prefix { $0 != "\t" }) }
    }

    /// The lines `process` prints, run in `folder`.
    private static func output(of process: Process, in folder: URL?) throws -> [String] {
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The script for `shell`, written to a file.
    static func script(for shell: String) throws -> URL {
        let generated = try BinaryRunner.run(["--generate-completion-script", shell])
        #expect(generated.status == 0)
        let script = try BinaryRunner.temporaryDirectory().appendingPathComponent("salescoach.\(shell)")
        try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
        return script
    }

    /// A folder with one file of each kind the program reads or writes, a
    /// note it does not, and a folder to go into.
    static func folderOfFiles() throws -> URL {
        let folder = try BinaryRunner.temporaryDirectory()
        for name in ["a.csv", "B.CSV", "c.xlsx", "d.txt", "e.toml", "f.svg", "g.sqlite", "h.md", "i.json", "j.ics"] {
            try "".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        return folder
    }

    static let customerFiles = ["B.CSV", "a.csv", "c.xlsx", "d.txt", "i.json", "sub"]
    static let planFiles = ["B.CSV", "a.csv", "c.xlsx", "d.txt", "sub"]

    /// A typed line and the names it completes to in `folderOfFiles`, sorted, folders without their `/`.
    static let fileLines: [(String, [String])] = [
        ("salescoach --file ", customerFiles),
        ("salescoach -f ", customerFiles),
        ("salescoach --workspace ", ["g.sqlite", "sub"]),
        ("salescoach --config ", ["e.toml", "sub"]),
        ("salescoach --demo --config ", ["e.toml", "sub"]),
        ("salescoach classify ", customerFiles),
        ("salescoach classify a.csv --config ", ["e.toml", "sub"]),
        ("salescoach classify a.csv --matrix ", ["f.svg", "sub"]),
        ("salescoach classify a.csv --export ", ["c.xlsx", "sub"]),
        ("salescoach check ", planFiles),
        ("salescoach check a.csv --customers ", customerFiles),
        ("salescoach check a.csv --config ", ["e.toml", "sub"]),
        ("salescoach team ", customerFiles),
        ("salescoach team a.csv --plan ", planFiles),
        ("salescoach team a.csv --visits ", ["B.CSV", "a.csv", "d.txt", "sub"]),
        ("salescoach team a.csv --chart ", ["f.svg", "sub"]),
        ("salescoach team a.csv --history ", ["g.sqlite", "sub"]),
        ("salescoach sql --source ", ["B.CSV", "a.csv", "sub"]),
        ("salescoach sql --rollup ", ["B.CSV", "a.csv", "sub"]),
        ("salescoach sql --config ", ["e.toml", "sub"]),
    ]

    /// Completions as compared: sorted, a folder without the `/` some shells add.
    static func names(_ completions: [String]) -> [String] {
        completions.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.sorted()
    }

    /// bash always; zsh and fish where they are installed (`apt-get install zsh fish`).
    static let shells = ["bash"] + ["zsh", "fish"].filter { FileManager.default.isExecutableFile(atPath: "/usr/bin/\($0)") }

    @Test(
        "each shell completes file names after every option and argument that names a file, by the file's ending",
        arguments: shells, fileLines)
    func files(shell: String, typed: (line: String, expected: [String])) throws {
        let script = try Self.script(for: shell)
        let folder = try Self.folderOfFiles()
        let completions = switch shell {
        case "zsh": try Self.zshCompletions(typed.line, script: script, in: folder)
        case "fish": try Self.fishCompletions(typed.line, script: script, in: folder)
        default: try Self.bashCompletions(typed.line, script: script, in: folder)
        }
        #expect(Self.names(completions) == typed.expected)
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
