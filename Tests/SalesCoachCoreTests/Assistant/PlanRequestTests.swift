import Testing

@testable import SalesCoachCore

/// A change to the plan just shown keeps what it does not change: its days,
/// its pace per day, its size.
@Suite struct PlanRequestTests {
    @Test("days taken away are read in English and Japanese, and only those", arguments: [
        ("actually drop friday, just thursday", [5]), ("not monday", [1]), ("friday's out", [5]), ("take friday off", [5]),
        ("金曜じゃなくて月曜にして", [5]), ("金曜は終日会議", [5]), ("水曜以外で", [3]), ("only thursday and friday", []),
        ("木曜と金曜だけ", []),
    ])
    func dropped(text: String, days: [Int]) {
        #expect(PlanDays.dropped(text) == Set(days))
    }

    static func reading(_ change: (inout Interpretation) -> Void) -> Interpretation {
        var reading = Interpretation(intent: .weeklyPlan, language: .en)
        change(&reading)
        return reading
    }

    @Test("a new pace keeps the days; another day keeps the pace; a day swapped for another replaces it; a lower count after a pace per day is that pace")
    func merges() {
        let shown = ShownPlan(visits: 6, onlyDays: [4, 5], perDay: 3, caps: [.c: 0])
        let pace = Answerer.planRequest(Self.reading { $0.visitsPerDay = 2 }, shown: shown)
        #expect(pace.onlyDays == [4, 5] && pace.visitsPerDay == 2)
        let drop = Answerer.planRequest(Self.reading { $0.droppedDays = [5]; $0.onlyDays = [4] }, shown: shown)
        #expect(drop.onlyDays == [4] && drop.visitsPerDay == 3)
        let swap = Answerer.planRequest(Self.reading { $0.droppedDays = [5]; $0.onlyDays = [1] }, shown: shown)
        #expect(swap.onlyDays == [1, 4])
        let fewer = Answerer.planRequest(Self.reading { $0.number = 2 }, shown: shown)
        #expect(fewer.visitsPerDay == 2 && fewer.number == nil && fewer.onlyDays == [4, 5] && fewer.segmentCaps == [.c: 0])
        // "make it 4" after "max 3 a day" is four a day; "make it 12" is no day's pace but the week's.
        let more = Answerer.planRequest(Self.reading { $0.number = 4 }, shown: shown)
        #expect(more.visitsPerDay == 4 && more.number == nil)
        let week = Answerer.planRequest(Self.reading { $0.number = 12 }, shown: shown)
        #expect(week.number == 12 && week.visitsPerDay == nil)
        let total = Answerer.planRequest(Self.reading { $0.number = 2; $0.saysTotal = true }, shown: shown)
        #expect(total.number == 2 && total.visitsPerDay == nil)
        let added = Answerer.planRequest(Self.reading { $0.onlyDays = [1]; $0.addsDays = true }, shown: shown)
        #expect(added.onlyDays == [1, 4, 5])
        let nothing = Answerer.planRequest(Self.reading { _ in }, shown: ShownPlan(visits: 6, onlyDays: nil, perDay: nil))
        #expect(nothing.number == 6 && nothing.onlyDays == nil)
        // With no plan shown, a day taken away leaves the rest of the week.
        let fresh = Answerer.planRequest(Self.reading { $0.droppedDays = [5] }, shown: nil)
        #expect(fresh.onlyDays == [1, 2, 3, 4])
    }
}
