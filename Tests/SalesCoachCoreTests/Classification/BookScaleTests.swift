import Foundation
import Testing

@testable import SalesCoachCore

/// A book of one size is recognised by head count, with the note and the
/// config command that would judge size on a fixed line; a mixed book is not.
@Suite struct BookScaleTests {
    static func book(_ employees: [Double?], orders: Double = 5) -> [Customer] {
        employees.enumerated().map { index, count in
            var metrics = MetricValues()
            metrics[.employees] = count
            metrics[.orders] = orders + Double(index)
            return Customer(name: "Co \(index)", metrics: metrics)
        }
    }

    @Test("the Fortune Global 500 book is all large, and the note says what low means there, in both languages")
    func fortune500() throws {
        guard let url = ImportFixture.sharedData("fortune-global-500-2017/canonical_synthetic_tx.csv") else {
            print("note: ../shared/data not found next to the repository; skipping this check")
            return
        }
        let customers = try CustomerImporter.importCustomers(from: Data(contentsOf: url), source: "f500").customers
        let scale = try #require(BookScale.of(customers))
        #expect(scale.kind == .allLarge)
        #expect(scale.counted == 500)
        let en = scale.note(in: .en).joined(separator: "\n")
        #expect(en.contains("smaller than most in this book, not a small company"))
        #expect(en.contains("config set classification.mode=absolute thresholds.employees=1000 thresholds.orders="))
        #expect(scale.note(in: .ja).joined().contains("このリストの中では規模が小さい方"))
    }

    @Test("a book of small firms is all small and points to a line for small companies; its config command is valid")
    func smallFirms() throws {
        let scale = try #require(BookScale.of(Self.book([12, 45, 80, 150, 210, 30, 60, 95, 120, 280, 18])))
        #expect(scale.kind == .allSmall)
        #expect(scale.medianEmployees == 80)
        #expect(scale.note(in: .en)[0].contains("larger than most in this book, not a large company"))
        #expect(scale.note(in: .ja)[0].contains("このリストの中では規模が大きい方"))
        // The suggested command is one the config accepts and validates.
        var config = Config.standard
        for assignment in try #require(scale.absoluteExample).split(separator: " ").dropFirst(2) {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            try config.set(parts[0], to: parts[1])
        }
        try config.validate()
        #expect(config.classifier.mode == .absolute)
        #expect(config.classifier.thresholds[.employees] == 100)
        #expect(config.classifier.thresholds[.orders] == 10)
    }

    @Test("a book of firms almost all under 100 staff gets no fixed line to try, and the note says a fixed line would call them all small")
    func tinyFirms() throws {
        let scale = try #require(BookScale.of(Self.book([12, 45, 78, 15, 21, 30, 60, 9, 12, 28, 18])))
        #expect(scale.kind == .allSmall)
        #expect(scale.absoluteExample == nil)
        #expect(scale.note(in: .en)[1].contains("all of them would be small (C or D)"))
        #expect(scale.note(in: .ja)[1].contains("全社が「小」"))
    }

    @Test("a mixed book, a book with too few head counts, and a book 89% large are not called homogeneous")
    func notHomogeneous() {
        #expect(BookScale.of(Self.book([12, 45, 5_000, 150, 20_000, 30, 60, 950, 120, 280])) == nil)
        #expect(BookScale.of(Self.book([5_000, 8_000, 20_000, nil, nil, nil, nil, nil, nil, nil, nil])) == nil)
        let mostlyLarge = Array(repeating: 5_000.0, count: 89) + Array(repeating: 50.0, count: 11)
        #expect(BookScale.of(Self.book(mostlyLarge)) == nil)
        let ninetyLarge = Array(repeating: 5_000.0, count: 90) + Array(repeating: 50.0, count: 10)
        #expect(BookScale.of(Self.book(ninetyLarge))?.kind == .allLarge)
    }
}
