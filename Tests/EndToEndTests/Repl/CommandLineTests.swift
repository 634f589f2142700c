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

    @Test("file paths complete through the injected directory listing")
    func completesPaths() {
        let files = ReplCompletion(customerNames: [], listDirectory: { directory in
            directory == "examples/" ? ["demo-customers.csv", "demo-plan.csv"] : ["examples", "README.md"]
        })
        #expect(files.candidates(before: "load ", word: "ex") == ["examples"])
        #expect(files.candidates(before: "load ", word: "examples/demo-c") == ["examples/demo-customers.csv"])
    }

    @Test("a mistyped command gets the nearest command name")
    func suggestsCommands() {
        #expect(ReplCommands.suggestions(for: "lsit").first == "list")
        #expect(ReplCommands.suggestions(for: "plna").first == "plan")
        #expect(ReplCommands.suggestions(for: "xyzzy").isEmpty)
    }
}
