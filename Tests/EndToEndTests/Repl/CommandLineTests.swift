import Testing

@testable import salescoach

@Suite struct CommandLineTests {
    @Test(
        "the tokenizer keeps quoted names together and apostrophes inside words",
        arguments: [
            ("why \"Acme Industrial\"", ["why", "Acme Industrial"]),
            ("why 「田中 商事」", ["why", "田中 商事"]),
            ("show Macy's", ["show", "Macy's"]),
            ("set 'Kimura Print Works'  sales=12M", ["set", "Kimura Print Works", "sales=12M"]),
            ("   ", []),
        ])
    func tokenizes(line: String, words: [String]) throws {
        #expect(try CommandTokenizer.split(line) == words)
    }

    @Test("an unclosed quote names the column where it opened")
    func unclosedQuote() {
        #expect(throws: CommandTokenizer.TokenizeError.unclosedQuote(opening: "\"", column: 5)) {
            try CommandTokenizer.split("why \"Acme")
        }
    }

    let completion = ReplCompletion(customerNames: ["Acme Industrial", "Acme Logistics", "田中商事", "Northwind Trading"])

    @Test("command names complete at the start of a line")
    func completesCommands() {
        #expect(completion.candidates(before: "", word: "pl") == ["plan", "planned"])
    }

    @Test("customer names complete, Japanese ones too, and multi-word names from the middle")
    func completesNames() {
        #expect(completion.candidates(before: "why ", word: "田") == ["田中商事"])
        #expect(completion.candidates(before: "why ", word: "acme") == ["Acme Industrial", "Acme Logistics"])
        #expect(completion.candidates(before: "why Acme ", word: "L") == ["Logistics"])
        #expect(completion.candidates(before: "planned add ", word: "North") == ["Northwind Trading"])
    }

    @Test("segment letters and setting keys complete where the command takes them")
    func completesSegmentsAndSettings() {
        #expect(completion.candidates(before: "list ", word: "") == ["A", "B", "C", "D", "unclassified", "--sort"])
        #expect(completion.candidates(before: "config set ", word: "plan.sh") == ["plan.share_a=", "plan.share_b=", "plan.share_c=", "plan.share_d="])
    }

    @Test("rep names and 'all' complete after 'rep', a multi-word name from the middle")
    func completesReps() {
        let reps = ReplCompletion(customerNames: ["Acme"], repNames: ["佐々木 健", "Emily Carter", "Emma Stone"])
        #expect(reps.candidates(before: "rep ", word: "em") == ["Emily Carter", "Emma Stone"])
        #expect(reps.candidates(before: "rep Emily ", word: "C") == ["Carter"])
        #expect(reps.candidates(before: "rep ", word: "佐") == ["佐々木 健"])
        #expect(reps.candidates(before: "rep ", word: "a") == ["all"])
    }

    /// A folder as the session lists it: folders end in `/`.
    static let folder = ReplCompletion(customerNames: [], listDirectory: { directory in
        switch directory {
        case "examples/": ["demo-customers.csv", "demo-plan.csv", "team/", "notes.md"]
        case "out/": ["book.CSV", "book.json", "book.xlsx", "matrix.svg", "week.ics", "ws.sqlite", "settings.toml"]
        default: ["examples/", "out/", "README.md", "Makefile", ".hidden.csv"]
        }
    })

    @Test("file paths complete through the injected directory listing")
    func completesPaths() {
        #expect(Self.folder.candidates(before: "load ", word: "ex") == ["examples/"])
        #expect(Self.folder.candidates(before: "load ", word: "examples/demo-c") == ["examples/demo-customers.csv"])
    }

    @Test(
        "a file word offers folders and the files the command reads or writes, by their ending in any case",
        arguments: [
            ("load ", "examples/", ["examples/demo-customers.csv", "examples/demo-plan.csv", "examples/team/"]),
            ("load ", "out/", ["out/book.CSV", "out/book.json", "out/book.xlsx"]),
            ("import ", "out/", ["out/book.CSV", "out/book.json", "out/book.xlsx"]),
            ("export ", "out/", ["out/book.CSV", "out/book.json", "out/book.xlsx"]),
            ("planned load ", "out/", ["out/book.CSV", "out/book.xlsx"]),
            ("check ", "out/", ["out/book.CSV", "out/book.xlsx"]),
            ("backup ", "out/", ["out/ws.sqlite"]),
            ("restore ", "out/", ["out/ws.sqlite"]),
            ("load ", "", ["examples/", "out/"]),
            ("load ", ".h", [".hidden.csv"]),
        ])
    func completesFilesByEnding(before: String, word: String, expected: [String]) {
        #expect(Self.folder.candidates(before: before, word: word) == expected)
    }

    @Test(
        "an option that names a file completes file names: plan --export, matrix --export, after the other words",
        arguments: [
            ("plan --export ", "out/", ["out/book.CSV", "out/book.xlsx", "out/week.ics"]),
            ("plan accept --week next --export ", "out/w", ["out/week.ics"]),
            ("matrix --export ", "out/", ["out/matrix.svg"]),
            ("load book.csv --sheet ", "", []),
        ])
    func completesFileOptions(before: String, word: String, expected: [String]) {
        #expect(Self.folder.candidates(before: before, word: word) == expected)
    }

    @Test("a mistyped command gets the nearest command name")
    func suggestsCommands() {
        #expect(ReplCommands.suggestions(for: "lsit").first == "list")
        #expect(ReplCommands.suggestions(for: "plna").first == "plan")
        #expect(ReplCommands.suggestions(for: "xyzzy").isEmpty)
    }
}
