import Foundation

/// What `salescoach --version` and the root `--help` say: the version, the
/// environment variables the program reads and its exit codes, kept here in
/// one place (the README's "Environment and exit codes" repeats this list,
/// and a test holds the two together).
enum ProgramInfo {
    /// The program's version.
    static let version = "0.9.0"

    /// Every environment variable the program reads, with what it does.
    static let environment: [(name: String, meaning: String)] = [
        ("LC_ALL, LC_MESSAGES, LANG", "the language when --lang is not given: Japanese when it starts with ja"),
        ("XDG_DATA_HOME, HOME", "where the workspace is kept: $XDG_DATA_HOME/salescoach/workspace.sqlite, else ~/.local/share/…"),
        ("XDG_STATE_HOME", "where the line history is kept: $XDG_STATE_HOME/salescoach/history, else ~/.local/state/…"),
        ("NO_COLOR", "set and not empty: no colour"),
        ("TERM", "dumb: no line editing, no colour, no progress line"),
        ("COLUMNS", "the width of tables and charts when it cannot be asked of the terminal"),
        ("SALESCOACH_TODAY", "YYYY-MM-DD: the day taken as today (for scripts and tests)"),
        ("SALESCOACH_KNOWLEDGE", "a knowledge/ folder read instead of the built-in one, to edit guidance live"),
        ("SALESCOACH_ASCII", "1: charts drawn with ASCII characters only"),
        ("SALESCOACH_TIMING", "set and not 0: each session line's time on stderr"),
        ("PGHOST, PGUSER, PGPASSWORD, … (libpq)", "the PostgreSQL connection of --database, as for psql"),
    ]

    /// Every exit status, with when it is given.
    static let exitCodes: [(code: String, meaning: String)] = [
        ("0", "done; a session whose every command worked"),
        ("1", "a file or server could not be read or written, or a command read from a pipe failed"),
        ("2", "the session could not start (the workspace, the knowledge base, --file)"),
        ("3", "--strict: C overweight"),
        ("4", "--strict: B under its share or D over its share"),
        ("5", "--strict: A customers neglected"),
        ("6", "--strict: plan data (names or reps not in the customer file, unclassified customers, an empty plan)"),
        ("64", "the command line itself is wrong (an unknown option, a missing value)"),
    ]

    /// The session's options, as the root `--help` lists them.
    static let sessionOptions: [(name: String, meaning: String)] = [
        ("--demo", "a throwaway session on the bundled demo book"),
        ("-f, --file FILE", "load a customer CSV (- for standard input) before the session starts"),
        ("--workspace FILE", "the workspace file"),
        ("--ephemeral", "keep everything in memory; nothing is saved"),
        ("--config FILE", "a config file applied to the workspace"),
        ("--encoding E", "the customer file's encoding: auto, utf-8, shift_jis or utf-16"),
        ("--date-format mdy|dmy|ymd", "how the file's dates with the year last are read"),
        ("--skip-bad-rows", "load the rows that read; write the others, with reasons, to FILE.rejected.csv"),
        ("--lang en|ja", "the session's language"),
        ("--rep NAME", "work on one rep's customers"),
        ("--database URL --table T", "one rep's book from PostgreSQL (with --rep)"),
    ]

    /// The root `--help` text after the abstract, wrapped to 78 columns by
    /// hand with a hanging indent (argument-parser would wrap each line flush left).
    static var discussion: String {
        func block(_ title: String, _ rows: [(String, String)]) -> String {
            let width = min(rows.map(\.0.count).max() ?? 0, 26)
            var lines = [title + ":"]
            for (name, meaning) in rows {
                var line = "  " + name
                if name.count > width {
                    lines.append(line)
                    line = ""
                }
                line = line.padding(toLength: width + 4, withPad: " ", startingAt: 0)
                for word in meaning.split(separator: " ") {
                    if line.count + word.count + 1 > 78, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                        lines.append(line)
                        line = String(repeating: " ", count: width + 4)
                    }
                    line += (line.last == " " ? "" : " ") + word
                }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }
        let intro = """
            Customers are rated on two axes, the company's own attractiveness (客観的評価) and \
            the business it does with us (取り引き実績), and placed in A, B, C or D. \
            Run with no subcommand for the coaching session; type 'help' there.
            """
        return [
            intro, block("Session options (salescoach session --help for all)", sessionOptions),
            block("Environment", environment), block("Exit codes", exitCodes),
        ].joined(separator: "\n\n")
    }
}
