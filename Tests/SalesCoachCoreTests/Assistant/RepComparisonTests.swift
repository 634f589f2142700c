import Testing

@testable import SalesCoachCore

/// A manager's questions about reps: two reps side by side, and one rep's
/// whole book asked for as a "book".
@Suite struct RepComparisonTests {
    typealias T = AssistantAnswerTests

    /// A rep's segment counts as the whole list ranks them.
    static func counts(of rep: String) -> [Segment: Int] {
        let names = Set(RepName.customers(of: rep, in: DemoBook.customers).map(\.name))
        var counts: [Segment: Int] = [:]
        for c in DemoBook.classifications where names.contains(c.name) { if let s = c.segment { counts[s, default: 0] += 1 } }
        return counts
    }

    @Test(
        "two reps named are set side by side, in the order named, with each one's counts by segment",
        arguments: [
            ("compare Emily and Okada", ["Emily Carter", "岡田 美咲"]), ("how are Emily Carter and 佐々木 健 doing?", ["Emily Carter", "佐々木 健"]),
            ("岡田さんと佐々木さんを比べて", ["岡田 美咲", "佐々木 健"]),
        ])
    func sideBySide(question: String, reps: [String]) {
        let answer = T.ask(question)
        #expect(answer.interpretation.customerList == .repBreakdown && answer.interpretation.reps == reps, "\(answer.lines)")
        let rows = answer.lines.filter { line in reps.contains { line.hasPrefix("  \($0)") } }
        #expect(rows.count == reps.count, "\(answer.lines)")
        for (row, rep) in zip(rows, reps) {
            #expect(row.hasPrefix("  \(rep)"))
            let counts = Self.counts(of: rep)
            let cells = Segment.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: " · ")
            #expect(row.contains(cells), "\(row)")
        }
    }

    @Test("the rep with the most B customers is named; reps level on B are said to be level")
    func mostB() {
        let answer = T.ask("compare Emily and Okada")
        let (emily, okada) = (Self.counts(of: "Emily Carter")[.b] ?? 0, Self.counts(of: "岡田 美咲")[.b] ?? 0)
        let line = answer.lines.first { $0.contains("B customers") && !$0.hasPrefix("  ") }
        if emily == okada {
            #expect(line?.contains("same number") == true, "\(answer.lines)")
        } else {
            #expect(line?.contains(emily > okada ? "Emily Carter" : "岡田 美咲") == true, "\(answer.lines)")
        }
    }

    @Test("one rep named is not a comparison")
    func oneRep() {
        #expect(T.ask("how is Emily doing?").interpretation.customerList != .repBreakdown)
    }

    @Test("all reps named in a question are found, including a kanji family name with さん beside another rep")
    func allNamed() {
        let reps = ["Emily Carter", "中村直美", "Priya Shah"]
        #expect(RepName.allNamed(in: "中村さんと Priyaさんを比べて", reps: reps) == ["中村直美", "Priya Shah"])
        #expect(RepName.allNamed(in: "compare Priya's book with Emily's", reps: reps) == ["Priya Shah", "Emily Carter"])
        #expect(RepName.named(in: "Priyaさんの計画", reps: reps) == "Priya Shah")
    }

    @Test("a rep's 'book' is every customer of it, segment by segment", arguments: ["show me my book", "what's in my portfolio?", "担当先を全部見せて"])
    func wholeBook(question: String) {
        let answer = T.ask(question)
        let classified = Set(DemoBook.classifications.filter { $0.segment != nil }.map(\.name))
        let names = answer.lines.compactMap { line in classified.filter { line.hasPrefix("  ") && line.contains($0) }.max { $0.count < $1.count } }
        #expect(Set(names).isSubset(of: classified) && Segment.allCases.allSatisfy { s in answer.lines.contains { $0.hasPrefix(s.rawValue) || $0.hasPrefix("\(s.rawValue)の顧客") } }, "\(answer.lines)")
    }

    @Test("asking how many visits to make this week is the plan, not the visits made", arguments: ["今週何件訪問すればいい？", "how many visits should I make this week?"])
    func visitsToMake(question: String) {
        #expect(T.ask(question).interpretation.intent == .weeklyPlan)
    }

    @Test("a Japanese name spelt the English way in a report is the customer ('Cosmo' for コスモ)")
    func englishSpelling() {
        let matcher = CustomerMatcher(names: ["コスモ電子", "Konex"])
        #expect(matcher.match(in: "I visited Cosmo Denshi today").names == ["コスモ電子"])
        #expect(Romaji.fold("cosmo") == Romaji.fold("kosmo") && Romaji.fold("chiba") == Romaji.fold("tiba"))
    }
}
