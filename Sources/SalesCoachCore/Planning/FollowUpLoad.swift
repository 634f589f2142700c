/// The A customers one week of visits has to keep on the follow-up rhythm.
///
/// A rep's week covers only that rep's customers, so in a team's list (a
/// rep column naming two or more reps) the rhythm is set by the rep who
/// holds the most A customers, not by the team's A count squeezed into one
/// rep's week: a manager's view and each rep's own view then name the same
/// cadence. A list without reps, or with one, is one book.
public struct FollowUpLoad: Sendable, Hashable {
    /// Every A customer in the list.
    public let customersA: Int
    /// The A customers of the busiest rep's book, or `customersA` for one book.
    public let perWeek: Int
    /// That rep, when the list has several; nil for one book.
    public let busiestRep: String?
    /// Each rep's A customers, most first, when the list has several reps.
    public let byRep: [RepCount]

    public struct RepCount: Sendable, Hashable {
        public let rep: String
        public let customersA: Int
    }

    public init(classifications: [Classification]) {
        var total = 0
        var byRep: [String: (name: String, count: Int)] = [:]
        // One pass, each classification read in place and each spelling of a
        // rep folded once: copying classifications and folding the same few
        // reps' names for every customer was most of a plan's set-up on a
        // 10,000-customer book. The spellings kept are those the two passes
        // this replaces kept: an A customer's first, else the first customer's.
        // Spellings are told apart by their bytes, and each folded key is
        // numbered once: hashing a Japanese name as a `String` normalises it
        // first, and three such look-ups a customer showed in a plan's profile.
        var keyOfSpelling: [SpellingBytes: Int] = [:]
        var keyNumbers: [String: Int] = [:]
        var keys: [String] = []
        var firstSpelling: [String] = []
        var counts: [(name: String, count: Int)?] = []
        classifications.withUnsafeBufferPointer { items in
            for index in items.indices {
                let rep = items[index].customer.rep ?? ""
                let k: Int
                if let known = keyOfSpelling[SpellingBytes(rep)] {
                    k = known
                } else {
                    let key = RepName.key(rep)
                    if let numbered = keyNumbers[key] {
                        k = numbered
                    } else {
                        k = keys.count
                        keyNumbers[key] = k
                        keys.append(key)
                        firstSpelling.append(rep)
                        counts.append(nil)
                    }
                    keyOfSpelling[SpellingBytes(rep)] = k
                }
                guard items[index].objective?.isHigh == true, items[index].record?.isHigh == true else { continue }
                total += 1
                counts[k] = (counts[k]?.name ?? rep, (counts[k]?.count ?? 0) + 1)
            }
        }
        for k in keys.indices {
            if let counted = counts[k] { byRep[keys[k]] = counted }
        }
        customersA = total
        // Reps without an A customer still make it a team: count who owns anyone.
        let reps = firstSpelling.count
        // Reps with no A customer are listed too, at nought.
        for k in keys.indices where byRep[keys[k]] == nil { byRep[keys[k]] = (firstSpelling[k], 0) }
        let ranked = byRep.values.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        guard reps > 1, let busiest = ranked.first else {
            perWeek = total
            busiestRep = nil
            self.byRep = []
            return
        }
        perWeek = busiest.count
        busiestRep = busiest.name.isEmpty ? nil : busiest.name
        self.byRep = ranked.filter { !$0.name.isEmpty }.map { RepCount(rep: $0.name, customersA: $0.count) }
    }
}
