import Foundation
import Testing

/// Every line is read once: a command when it is written as one, a question
/// otherwise, and commands find customers the way questions do.
@Suite struct OneReaderTests {
    private func session(_ lines: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["--demo"], input: lines.joined(separator: "\n") + "\n")
    }

    @Test(
        "a line that starts with a command word but is a question gets the assistant's answer, not an error",
        arguments: [
            ("plan my week", "Visits for the week of"),
            ("list the key accounts", "A customers (key account"),
            ("list my B customers please", "B customers (main target"),
            ("why is 田中商事 in C?", "田中商事 is in C"),
            ("show me my B customers", "B customers (main target"),
        ])
    func commandWordQuestions(line: String, expected: String) throws {
        let result = try session([line])
        #expect(result.stdout.contains(expected), "\(line): \(result.stdout)")
        #expect(!result.stderr.contains("error:"), "\(line): \(result.stderr)")
        #expect(result.status == 0)
    }

    @Test(
        "commands find a customer by short form, romaji or first word, and say which one they took",
        arguments: [
            ("why Northwind", "Northwind Trading is in A"),
            ("why Tanaka Shoji", "田中商事 is in C"),
            ("show 加藤ネジ", "加藤ネジ製作所"),
        ])
    func commandsMatchLikeQuestions(line: String, expected: String) throws {
        let result = try session([line])
        #expect(result.stdout.contains(expected), "\(line): \(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("(taken as "), "\(line): \(result.stdout)")
    }

    @Test("visit and planned add resolve names the same way, and refuse a name the book does not have")
    func changesResolveNames() throws {
        let result = try session(["visit 加藤ネジ", "planned add 加藤ネジ 2", "planned add Nowhere Ltd 2", "planned list"])
        #expect(result.stdout.contains("Logged a visit to 加藤ネジ製作所"), "\(result.stdout)")
        #expect(result.stdout.contains("Planned 2 visits to 加藤ネジ製作所"), "\(result.stdout)")
        #expect(result.stderr.contains("no customer named 'Nowhere Ltd'"), "\(result.stderr)")
        #expect(!result.stdout.contains("Nowhere"), "a name outside the book is never planned: \(result.stdout)")
        #expect(result.status == 1)
    }

    @Test("a name like a customer's but with another word is not taken for it, in commands or questions")
    func anotherCompanyIsNotTaken() throws {
        let result = try session(["why Northwind Logistics", "tell me about Northwind Logistics"])
        #expect(!result.stdout.contains("Northwind Trading is in"), "\(result.stdout)")
        #expect(result.stdout.contains("“Northwind Logistics” is not in your customer list"), "\(result.stdout)")
    }

    @Test("a command that changes data never falls through to a question: its error stands")
    func changesNeverFallThrough() throws {
        let result = try session(["set 田中商事 sales=lots", "remove my C customers"])
        #expect(result.stderr.contains("田中商事, sales: expected a number"), "\(result.stderr)")
        #expect(result.stderr.contains("no customer named 'my C customers'"), "\(result.stderr)")
        #expect(result.status == 1)
    }

    @Test("a mistyped command word is still named as one")
    func mistypedCommand() throws {
        let result = try session(["lsit"])
        #expect(result.stderr.contains("unknown command 'lsit' (did you mean 'list'?)"), "\(result.stderr)")
    }
}

extension OneReaderTests {
    @Test(
        "a company the book does not have, asked about by segment, is said not to be in the list",
        arguments: [
            ("why is Wayne Enterprises a B?", "“Wayne Enterprises” is not in your customer list"),
            ("ソニー株式会社はどのランク？", "「ソニー株式会社」は顧客リストにありません"),
        ])
    func unknownCompanies(line: String, expected: String) throws {
        let result = try session([line])
        #expect(result.stdout.contains(expected), "\(result.stdout)\(result.stderr)")
        #expect(result.status == 0)
    }
}

extension OneReaderTests {
    /// With no language chosen, `visits` after the Japanese report answers in Japanese.
    @Test("a visit told in a sentence is logged on the day it names, in either language, and undo takes it back")
    func visitFromASentence() throws {
        let result = try session([
            "I visited Helios Energy yesterday", "今日田中商事に行ってきた", "visits --since 2026-11-01", "undo", "visits --since 2026-11-01",
        ])
        #expect(result.stdout.contains("Logged a visit to Helios Energy (B) on 2026-11-29, from what you wrote"), "\(result.stdout)")
        #expect(result.stdout.contains("田中商事（C）への訪問を 2026-11-30 に記録しました"), "\(result.stdout)")
        let lists = result.stdout.components(separatedBy: "訪問記録（2026-11-01 以降）")
        try #require(lists.count == 3, "\(result.stdout)")
        #expect(lists[1].contains("Helios Energy") && lists[1].contains("田中商事"))
        #expect(!lists[2].contains("田中商事"), "undo took back the last one: \(lists[2])")
    }

    @Test("an unsure visit report logs nothing and says what to type")
    func unsureVisitReport() throws {
        let result = try session(["visited Northwnd yesterday", "I didn't visit Helios Energy", "visits"])
        #expect(result.stdout.contains("nothing was logged. To log it, type: visit \"Northwind Trading\" yesterday"), "\(result.stdout)")
        #expect(!result.stdout.contains("Logged a visit"), "\(result.stdout)")
    }
}

extension OneReaderTests {
    @Test("'move X to next week' and 「Xを来週に回して」 move the planned visits, as planned move does")
    func moveInWords() throws {
        let result = try session([
            "planned add 田中商事 2", "move 田中商事 to next week", "planned add Vertex Automotive", "Vertex Automotiveを来週に回して",
            "planned list --week next",
        ])
        #expect(result.stdout.contains("Moved the planned visits to 田中商事 from the week of 2026-11-30"), "\(result.stdout)")
        #expect(result.stdout.contains("Vertex Automotive の訪問予定を2026-11-30 の週"), "\(result.stdout)")
        // No language chosen: the list after the Japanese line is in Japanese.
        #expect(result.stdout.contains("2026-12-07 の週（2026-W50・来週）：3件"), "\(result.stdout)")
    }
}

extension OneReaderTests {
    @Test("a question naming a rep (「佐々木さんの今週の計画」, “Emily's B customers”) is answered on that rep's customers with the whole list's segments, and the session's scope stays as it was")
    func repNamedInAQuestion() throws {
        let result = try session(["佐々木さんの今週の計画", "who are Emily's B customers?", "summary"])
        #expect(result.stdout.contains("（佐々木 健さんの担当先、リスト全体での分類）"), "\(result.stdout)")
        #expect(result.stdout.contains("(Emily Carter's customers, as ranked in the whole list)"), "\(result.stdout)")
        // Emily Carter has 12 customers, 5 of them B in the whole list (3 once ranked among themselves).
        #expect(result.stdout.contains("B customers (main target: most of your time): 5 of 12"), "\(result.stdout)")
        #expect(result.stdout.contains("total                46   100%"), "the scope is back to the whole list: \(result.stdout)")
    }
}

extension OneReaderTests {
    @Test("only a first-hand report logs a visit: 'Acme Industrial met its targets' is not one; the reply is in the words' language")
    func firstHandOnly() throws {
        let result = try session(["Acme Industrial met its targets this year", "visited 田中商事 today", "visits"])
        #expect(!result.stdout.contains("Logged a visit to Acme Industrial"), "\(result.stdout)")
        #expect(result.stdout.contains("Logged a visit to 田中商事 (C) on 2026-11-30"), "\(result.stdout)")
    }
}

extension OneReaderTests {
    @Test("a visit told twice in words is logged once, and the second telling says so")
    func visitToldTwice() throws {
        let result = try session(["I visited Helios Energy today", "visited helios energy today", "visits"])
        #expect(result.stdout.contains("Logged a visit to Helios Energy (B) on 2026-11-30"), "\(result.stdout)")
        #expect(result.stdout.contains("A visit to Helios Energy on 2026-11-30 is already logged; nothing was added."), "\(result.stdout)")
        let log = result.stdout.components(separatedBy: "Visits logged").last ?? ""
        #expect(log.components(separatedBy: "Helios Energy").count - 1 == 1, "one visit in the log: \(log)")
    }
}

extension OneReaderTests {
    @Test("'how is Emily doing?' shows that rep's book at a glance rather than declining")
    func howIsARepDoing() throws {
        let result = try session(["how is Emily doing?"])
        #expect(result.stdout.contains("(Emily Carter's customers, as ranked in the whole list)"), "\(result.stdout)")
        #expect(result.stdout.contains("Emily Carter's 12 customers by segment"), "\(result.stdout)")
        // The whole list's counts for her customers (A 2 · B 5 · C 0 · D 4), not a ranking among her own 12.
        #expect(result.stdout.contains("  A: 2 ") && result.stdout.contains("  B: 5 ") && result.stdout.contains("  D: 4 "), "\(result.stdout)")
        #expect(!result.stdout.contains("I can't answer"), "\(result.stdout)")
    }
}

extension OneReaderTests {
    @Test("「佐々木さんの状況は？」 is that rep's book at a glance, not \"which segment?\"")
    func repStatusInJapanese() throws {
        let result = try session(["佐々木さんの状況は？"])
        #expect(result.stdout.contains("佐々木 健さんの担当先23社の領域別の内訳"), "\(result.stdout)")
        #expect(!result.stdout.contains("どの領域ですか"), "\(result.stdout)")
    }
}
