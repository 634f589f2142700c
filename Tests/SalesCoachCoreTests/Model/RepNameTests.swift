import Testing

@testable import SalesCoachCore

@Suite struct RepNameTests {
    static let reps = ["佐々木 健", "Emily Carter", "岡田 美咲", "Emma Carter"]

    @Test(
        "a rep is found whatever the case, width, spacing or honorific",
        arguments: [
            ("佐々木 健", "佐々木 健"), ("佐々木健", "佐々木 健"), ("佐々木 健さん", "佐々木 健"), ("佐々木さん", "佐々木 健"),
            ("ＥＭＩＬＹ ＣＡＲＴＥＲ", "Emily Carter"), ("emily", "Emily Carter"), ("岡田", "岡田 美咲"),
            ("岡田様", "岡田 美咲"),
        ])
    func found(typed: String, rep: String) {
        #expect(RepName.match(typed, in: Self.reps) == .found(rep))
    }

    @Test("a word two reps share is not a guess: both are offered")
    func ambiguous() {
        #expect(RepName.match("carter", in: Self.reps) == .unknown(suggestions: ["Emily Carter", "Emma Carter"]))
    }

    @Test("an unknown rep gets the closest names")
    func unknown() {
        #expect(RepName.match("Emilly Carter", in: Self.reps) == .unknown(suggestions: ["Emily Carter", "Emma Carter"]))
        #expect(RepName.match("Tanaka", in: Self.reps) == .unknown(suggestions: []))
    }

    @Test("the reps of a file come once each, as first spelt, in order")
    func repsOfCustomers() {
        let customers = [
            Customer(name: "a", rep: "Sato"), Customer(name: "b", rep: "SATO "), Customer(name: "c"),
            Customer(name: "d", rep: "佐藤さん"), Customer(name: "e", rep: "佐藤"),
        ]
        #expect(RepName.reps(of: customers) == ["Sato", "佐藤さん"])
        #expect(RepName.customers(of: "sato", in: customers).map(\.name) == ["a", "b"])
        #expect(Classifier().classifyPerRep(customers).map(\.rep) == ["Sato", nil, "佐藤さん"])
    }
}
