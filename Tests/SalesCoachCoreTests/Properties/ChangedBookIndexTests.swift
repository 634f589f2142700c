import Testing

@testable import SalesCoachCore

/// After a change to a few customers, a session updates the planner's
/// candidates (`PlanBook.updating`) and the assistant's per-segment order
/// (`AssistantData(…changes:)`) for the rows `ClassifiedBook.changes` names
/// instead of making them again. These hold both to what making them again
/// gives, over runs of random edits on random books, and hold the changes
/// themselves to the rows that really differ.
@Suite("Updating the planner's and the assistant's indexes after a change")
struct ChangedBookIndexTests {
    static let seeds = Array(UInt64(0)..<60)
    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    /// One random change that keeps the book's size, as `set` makes them.
    static func edit(_ customers: inout [Customer], random: inout RandomBook) {
        let row = random.int(0...(customers.count - 1))
        let metric = Metric.allCases[random.int(0...(Metric.allCases.count - 1))]
        switch random.int(0...9) {
        case 0: customers[row].metrics[metric] = nil
        case 1:
            let other = random.int(0...(customers.count - 1))
            customers[row].metrics[metric] = customers[other].metrics[metric] ?? random.value(for: metric)
        case 2: customers[row].lastVisit = today.adding(days: -random.int(0...120))
        case 3: customers[row].notes = ["follow up on the quote", nil].randomElement(using: &random.generator) ?? nil
        case 4: customers[row].rep = ["Sato", "Ann Lee", nil].randomElement(using: &random.generator) ?? nil
        default: customers[row].metrics[metric] = random.value(for: metric)
        }
    }

    /// A few logged visits, some with a reason to see a C customer.
    static func visitLog(_ customers: [Customer], random: inout RandomBook) -> [VisitRecord] {
        (0..<random.int(0...6)).map { _ in
            VisitRecord(
                customerName: customers[random.int(0...(customers.count - 1))].name,
                date: today.adding(days: -random.int(0...60)), note: Bool.random(using: &random.generator) ? "asked for a quote" : nil)
        }
    }

    /// Everything the plan and the check read from the candidates (each
    /// candidate by its description, every field of it).
    static func same(_ book: PlanBook, _ other: PlanBook) -> Bool {
        let (x, y) = (book.candidates, other.candidates)
        return Segment.allCases.allSatisfy { "\(x.customers(in: $0))" == "\(y.customers(in: $0))" }
            && x.upsideRank == y.upsideRank && x.eligibleCount == y.eligibleCount && x.dueByPolicyA == y.dueByPolicyA
            && x.unclassified == y.unclassified && x.keys == y.keys && book.positions == other.positions
    }

    @Test("after each of a run of edits, the updated candidates and order equal those made again", arguments: seeds)
    func updatesMatchRebuilds(seed: UInt64) throws {
        var random = RandomBook(seed: seed &+ 11_000)
        let classifier = Classifier(config: random.config(mode: seed % 5 == 0 ? .absolute : .relative))
        var customers = random.customers(count: seed % 3 == 0 ? 2_200 : random.int(4...60))
        for i in customers.indices where Bool.random(using: &random.generator) {
            customers[i].lastVisit = ChangedBookIndexTests.today.adding(days: -random.int(0...90))
        }
        let visitLog = ChangedBookIndexTests.visitLog(customers, random: &random)
        var policy = PlanPolicy.standard
        policy.capacity = random.int(3...12)
        let week = PlanWeek(containing: ChangedBookIndexTests.today)
        var kept = classifier.classifyKeeping(customers, reusing: nil)
        var book = PlanBook(
            classifications: kept.classifications, visitLog: visitLog, policy: policy, week: week, today: ChangedBookIndexTests.today)
        var data = AssistantData(classifications: kept.classifications, today: ChangedBookIndexTests.today, reusingIndexes: nil)
        for step in 0..<10 {
            let before = kept.classifications
            for _ in 0..<random.int(1...2) { ChangedBookIndexTests.edit(&customers, random: &random) }
            kept = classifier.classifyKeeping(customers, reusing: kept)
            let today = ChangedBookIndexTests.today
            // Another population or settings needing fractions: nothing is known, all is made again.
            guard let changes = kept.changes else {
                book = PlanBook(classifications: kept.classifications, visitLog: visitLog, policy: policy, week: week, today: today)
                data = AssistantData(classifications: kept.classifications, today: today, reusingIndexes: nil)
                continue
            }
            // Every row left out of the changes is the same customer with the same scores.
            let changed = Set(changes.rows)
            for row in customers.indices where !changed.contains(row) {
                let same =
                    before[row].customer == kept.classifications[row].customer
                    && before[row].objective == kept.classifications[row].objective
                    && before[row].record == kept.classifications[row].record
                #expect(same, "seed \(seed) step \(step) row \(row)")
            }

            let fresh = PlanBook(
                classifications: kept.classifications, visitLog: visitLog, policy: policy, week: week,
                today: ChangedBookIndexTests.today)
            if let updated = PlanBook.updating(
                book, classifications: kept.classifications, changes: changes, visitLog: visitLog, policy: policy, week: week,
                today: ChangedBookIndexTests.today)
            {
                let sameCandidates = ChangedBookIndexTests.same(updated, fresh)
                #expect(sameCandidates, "seed \(seed) step \(step) \(changes)")
                let samePlan =
                    Planner.plan(
                        classifications: kept.classifications, visitLog: visitLog, policy: policy,
                        today: ChangedBookIndexTests.today, made: updated)
                        == Planner.plan(
                            classifications: kept.classifications, visitLog: visitLog, policy: policy,
                            today: ChangedBookIndexTests.today)
                #expect(samePlan, "seed \(seed) step \(step)")
                book = updated
            } else {
                book = fresh
            }

            let updatedData = AssistantData(
                classifications: kept.classifications, today: ChangedBookIndexTests.today, reusingIndexes: data.reusable,
                changes: changes)
            let freshData = AssistantData(classifications: kept.classifications, today: ChangedBookIndexTests.today, reusingIndexes: nil)
            // The summary by its text: a share of sales over an infinite total is NaN, never equal to itself.
            let sameOrder = updatedData.ranked == freshData.ranked && "\(updatedData.summary)" == "\(freshData.summary)"
            #expect(sameOrder, "seed \(seed) step \(step) \(changes) \(ChangedBookIndexTests.firstDifference(updatedData.ranked, freshData.ranked))")
            data = updatedData
        }
    }

    static func firstDifference(_ a: [Segment: [Int]], _ b: [Segment: [Int]]) -> String {
        for segment in Segment.allCases {
            let x = a[segment] ?? [], y = b[segment] ?? []
            if x == y { continue }
            let i = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
            return "\(segment) \(x.count) \(y.count) at \(i): \(x[max(0, i - 2)..<min(x.count, i + 4)]) vs \(y[max(0, i - 2)..<min(y.count, i + 4)])"
        }
        return "same"
    }

    @Test("a value changed in a large book updates the candidates and the order rather than making them again")
    func largeBookUpdates() throws {
        var random = RandomBook(seed: 5)
        let classifier = Classifier(config: .standard)
        var customers = random.customers(count: 3_000).map { customer in
            // Every metric known, so every customer has a segment.
            var whole = customer
            for metric in Metric.allCases where !(whole[metric]?.isFinite ?? false) { whole[metric] = random.value(for: metric) }
            return whole
        }
        let today = ChangedBookIndexTests.today
        let week = PlanWeek(containing: today)
        var kept = classifier.classifyKeeping(customers, reusing: nil)
        var book = PlanBook(classifications: kept.classifications, visitLog: [], policy: .standard, week: week, today: today)
        var data = AssistantData(classifications: kept.classifications, today: today, reusingIndexes: nil)
        for step in 0..<8 {
            let row = random.int(0...(customers.count - 1))
            customers[row][.orders] = customers[random.int(0...(customers.count - 1))][.orders]
            kept = classifier.classifyKeeping(customers, reusing: kept)
            let changes = try #require(kept.changes)
            let updated = try #require(
                PlanBook.updating(
                    book, classifications: kept.classifications, changes: changes, visitLog: [], policy: .standard, week: week,
                    today: today), "step \(step)")
            let fresh = PlanBook(classifications: kept.classifications, visitLog: [], policy: .standard, week: week, today: today)
            #expect(ChangedBookIndexTests.same(updated, fresh), "step \(step)")
            let updatedData = AssistantData(
                classifications: kept.classifications, today: today, reusingIndexes: data.reusable, changes: changes)
            #expect(updatedData.ranked == AssistantData(classifications: kept.classifications, today: today, reusingIndexes: nil).ranked)
            (book, data) = (updated, updatedData)
        }
    }

    @Test("changes chained through several classifications are the union of each one's")
    func revisionsChain() {
        var revisions = ClassificationRevisions()
        let first = revisions.record(base: nil, changes: nil)
        let second = revisions.record(base: first, changes: ClassificationChanges(edited: [3], rescored: [1, 4]))
        let scoped = revisions.record(base: nil, changes: nil)
        let third = revisions.record(base: second, changes: ClassificationChanges(edited: [1], rescored: [7]))
        #expect(revisions.changes(from: first, to: third) == ClassificationChanges(edited: [1, 3], rescored: [4, 7]))
        #expect(revisions.changes(from: second, to: third) == ClassificationChanges(edited: [1], rescored: [7]))
        #expect(revisions.changes(from: third, to: third) == ClassificationChanges(edited: [], rescored: []))
        // Nothing links a rep's own ranking to the whole book's.
        #expect(revisions.changes(from: scoped, to: third) == nil)
        #expect(revisions.changes(from: first, to: scoped) == nil)
        revisions.forget()
        #expect(revisions.changes(from: first, to: third) == nil)
    }
}
