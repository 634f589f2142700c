/// Something wrong with a plan the rep made, as data with the numbers that
/// prove it; `text(in:)` words it.
public enum PlanWarning: Sendable, Hashable {
    /// C gets more than the policy's maximum share, or more than B. `move` is
    /// how much to shift from C to B (in the plan's unit) so that neither holds,
    /// `moveTo` the B customers to give it to, best first.
    case cOverweight(
        c: Double, b: Double, total: Double, maxSharePercent: Rational, move: Double,
        moveTo: [String], unit: PlanUnit)
    /// B gets at least a whole visit less than its share (rounded down to whole visits).
    case bUnderShare(
        b: Double, total: Double, sharePercent: Rational, shortBy: Double, suggestions: [String],
        unit: PlanUnit)
    /// A customers due for follow-up this week with nothing planned.
    /// `customers`: the due A customers the plan has room for; `alsoDue`: the
    /// others due with no visit, which wait for a later week, so the count
    /// said is every due A customer left out, not only those named first.
    case aNeglected(customers: [NeglectedAccount], cadenceWeeks: Int, alsoDue: [String] = [])
    /// D gets more than its share (rounded up to whole visits).
    case dOverShare(
        d: Double, total: Double, sharePercent: Rational, overBy: Double, unit: PlanUnit)
    /// A planned name that matches no customer in the book.
    case notInBook(name: String, suggestions: [String])
    /// A planned name that is another rep's customer, not in this rep's book.
    case otherRep(name: String, owner: String)
    /// A rep the plan names who owns no customer in the customer file; their
    /// plan is not checked (`visits` in the plan's unit).
    case unknownRep(rep: String, visits: Double, unit: PlanUnit, suggestions: [String])
    /// A planned customer the classifier could not place.
    case unclassified(name: String, missing: [Axis])
    /// Nothing is planned.
    case emptyPlan
    /// The visit log shows time drifting to comfortable accounts: over the last
    /// `weeks` weeks C got `cVisits` of `visits`, more than its share of the
    /// book's potential (see `ComfortCheck`).
    case comfortDrift(cVisits: Int, visits: Int, weeks: Int, cPotentialShare: Double)

    /// The id of the knowledge entry that explains the warning, if any.
    public var knowledgeID: String? {
        switch self {
        case .cOverweight, .comfortDrift: PlanWarning.cTrapID
        default: nil
        }
    }

    /// The knowledge entry on the C trap (情): why comfortable accounts eat a rep's week.
    public static let cTrapID = "c-trap"

    public var isCOverweight: Bool {
        if case .cOverweight = self { return true }
        return false
    }

    /// The warning as a sentence or two a rep can act on.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.cOverweight(let c, let b, let total, let max, let move, let names, let unit), .en):
            var why: [String] = []
            if c * 100 > max.doubleValue * total {
                why.append("more than the \(Config.format(max))% maximum")
            }
            if c > b { why.append("more than B gets (\(Formatting.grouped(b)))") }
            let to = names.isEmpty ? "to B customers" : "to B: \(PlanWarning.list(names, in: .en))"
            return
                "C overweight: C gets \(unit.part(c, of: total, in: .en)) (\(PlanWarning.percent(c, total))), "
                // A list ending in "Inc." already has its full stop.
                + "\(why.joined(separator: " and ")). Move \(unit.amount(move, in: .en)) from C \(to)\(to.hasSuffix(".") ? "" : ".") "
                + "C accounts are pleasant to visit but have little room to grow, so time there rarely adds sales "
                + "(the C trap; see knowledge entry \(PlanWarning.cTrapID))."
        case (.cOverweight(let c, let b, let total, let max, let move, let names, let unit), .ja):
            var why: [String] = []
            if c * 100 > max.doubleValue * total { why.append("上限の\(Config.format(max))%を超えています") }
            if c > b { why.append("Bの\(unit.amount(b, in: .ja))より多くなっています") }
            let to = names.isEmpty ? "Bの顧客に" : "Bの\(PlanWarning.list(names, in: .ja))に"
            return
                "C過多：Cに\(unit.part(c, of: total, in: .ja))（\(PlanWarning.percent(c, total))）を充てており、"
                + why.joined(separator: "。また、") + "。"
                + "Cから\(to)\(unit.amount(move, in: .ja))移しましょう。"
                + "Cは訪問しやすい反面、伸びしろが小さく、時間をかけても売上は増えにくい領域です（Cの罠：知識エントリ \(PlanWarning.cTrapID)）。"

        case (.bUnderShare(let b, let total, let share, let short, let names, let unit), .en):
            let who = names.isEmpty ? "" : ", e.g. \(PlanWarning.list(names, in: .en))"
            return
                "B under its share: B gets \(unit.part(b, of: total, in: .en)) (\(PlanWarning.percent(b, total))), "
                + "below its \(Config.format(share))%. Add at least \(unit.amount(short, in: .en)) for B\(who): "
                + "that is where the upside is."
        case (.bUnderShare(let b, let total, let share, let short, let names, let unit), .ja):
            let who = names.isEmpty ? "" : "（例：\(PlanWarning.list(names, in: .ja))）"
            return
                "B不足：Bは\(unit.part(b, of: total, in: .ja))（\(PlanWarning.percent(b, total))）で、目標の\(Config.format(share))%に届きません。"
                + "Bに少なくとも\(unit.amount(short, in: .ja))を追加しましょう\(who)。伸びしろがあるのはBです。"

        case (.aNeglected(let accounts, let cadence, let alsoDue), .en):
            let list = PlanWarning.list(accounts.map { "\($0.name) (\($0.summary(in: .en)))" }, in: .en)
            let total = accounts.count + alsoDue.count
            let count = total == 1 ? "1 A customer is" : "\(total) A customers are"
            let room = alsoDue.isEmpty
                ? ": \(list). "
                : ". This plan has room for \(accounts.count == 1 ? "one" : "\(accounts.count)") of them: \(list); the others wait for a later week: \(PlanWarning.list(alsoDue, in: .en)). "
            return
                "A neglected: \(count) due for the \(cadence)-week follow-up with no visit planned\(room)"
                + "Competitors court A customers all the time; keep the contact steady."
        case (.aNeglected(let accounts, let cadence, let alsoDue), .ja):
            let list = PlanWarning.list(accounts.map { "\($0.name)（\($0.summary(in: .ja))）" }, in: .ja)
            let room = alsoDue.isEmpty
                ? "：\(list)。"
                : "。この計画に入れられるのは\(accounts.count)社です：\(list)。ほかは次の週以降に回ります：\(PlanWarning.list(alsoDue, in: .ja))。"
            return "Aのフォロー漏れ：\(cadence)週間ごとのフォロー時期なのに訪問予定がないA顧客が\(accounts.count + alsoDue.count)社あります\(room)"
                + "A顧客には競合も常に接触しています。関係を切らさないようにしましょう。"

        case (.dOverShare(let d, let total, let share, let over, let unit), .en):
            return
                "D over its share: D gets \(unit.part(d, of: total, in: .en)) (\(PlanWarning.percent(d, total))), "
                + "above its \(Config.format(share))%. Free up \(unit.amount(over, in: .en)) for B or A."
        case (.dOverShare(let d, let total, let share, let over, let unit), .ja):
            return
                "D過多：Dに\(unit.part(d, of: total, in: .ja))（\(PlanWarning.percent(d, total))）を充てており、目標の\(Config.format(share))%を超えています。"
                + "\(unit.amount(over, in: .ja))をBかAに回しましょう。"

        case (.notInBook(let name, let suggestions), .en):
            let hint = PlanWarning.didYouMean(suggestions, in: .en)
            return "'\(name)' is not in your book\(hint); its visits are not counted."
        case (.notInBook(let name, let suggestions), .ja):
            let hint = PlanWarning.didYouMean(suggestions, in: .ja)
            return "「\(name)」は担当先にありません\(hint)。この訪問は集計に入れていません。"

        case (.otherRep(let name, let owner), .en):
            return "'\(name)' is \(owner)'s customer, not in this rep's book; its visits are not counted."
        case (.otherRep(let name, let owner), .ja):
            return "「\(name)」は\(owner)さんの担当先で、この担当者の担当先ではありません。この訪問は集計に入れていません。"

        case (.unknownRep(let rep, let visits, let unit, let suggestions), .en):
            let hint = PlanWarning.didYouMean(suggestions, in: .en)
            return "'\(rep)' owns no customer in the customer file\(hint); "
                + "their plan (\(unit.amount(visits, in: .en))) is not checked."
        case (.unknownRep(let rep, let visits, let unit, let suggestions), .ja):
            let hint = PlanWarning.didYouMean(suggestions, in: .ja)
            return "「\(rep)」の担当先は顧客ファイルにありません\(hint)。この担当者の予定\(unit.amount(visits, in: .ja))はチェックしていません。"

        case (.unclassified(let name, let missing), .en):
            let axes = missing.map(\.label).joined(separator: " or ")
            return
                "'\(name)' is not classified (no \(axes) data), so its visits count toward no segment."
        case (.unclassified(let name, let missing), .ja):
            let axes = missing.map(\.labelJapanese).joined(separator: "・")
            return "「\(name)」は分類できません（\(axes)のデータなし）。この訪問はどの領域にも数えていません。"

        case (.emptyPlan, .en):
            return "The plan is empty: nothing is planned for the week."
        case (.emptyPlan, .ja):
            return "計画が空です：今週の訪問予定がありません。"

        case (.comfortDrift(let c, let visits, let weeks, let potential), .en):
            let share = PlanWarning.percent(Double(c), Double(visits))
            return
                "Drifting to comfortable accounts: over the last \(weeks) weeks \(c) of \(visits) visits (\(share)) went to C, "
                + "whose share of your book's potential is \(Formatting.percent(potential)). "
                + "Those visits feel productive but add little; give the time to B "
                + "(the C trap; see knowledge entry \(PlanWarning.cTrapID))."
        case (.comfortDrift(let c, let visits, let weeks, let potential), .ja):
            let share = PlanWarning.percent(Double(c), Double(visits))
            return "居心地の良い顧客への偏り：直近\(weeks)週間の訪問\(visits)件のうち\(c)件（\(share)）がCでした。"
                + "担当先の潜在力に占めるCの割合は\(Formatting.percent(potential))にすぎません。"
                + "手応えはあっても成果は小さい訪問です。その時間をBに回しましょう（Cの罠：知識エントリ \(PlanWarning.cTrapID)）。"
        }
    }

    /// How many names a warning shows before "and N more": a rep's week
    /// rarely has more, a team's whole book (hundreds) always does.
    public static let listLimit = 12

    /// Names joined for a sentence, the first `limit` of them and then
    /// "and 371 more" / 「ほか371社」, so one warning stays readable; a list
    /// one name over the limit is shown whole rather than "and 1 more".
    public static func list(_ names: [String], in language: Language, limit: Int = listLimit) -> String {
        let shown = names.count == limit + 1 ? names[...] : names.prefix(limit)
        let more = names.count - shown.count
        switch language {
        case .en:
            return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
        case .ja:
            return shown.joined(separator: "、") + (more > 0 ? "ほか\(more)社" : "")
        }
    }

    /// " (did you mean 'A' or 'B'?)" / "（「A」または「B」のことですか？）", or nothing.
    static func didYouMean(_ suggestions: [String], in language: Language) -> String {
        guard !suggestions.isEmpty else { return "" }
        switch language {
        case .en: return " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
        case .ja: return "（\(suggestions.map { "「\($0)」" }.joined(separator: "または"))のことですか？）"
        }
    }

    static func percent(_ part: Double, _ total: Double) -> String {
        Formatting.percent(total > 0 ? part / total : 0)
    }
}

/// An A customer the plan leaves without its follow-up.
public struct NeglectedAccount: Sendable, Hashable {
    public let name: String
    public let daysSinceLastVisit: Int?
    public let sales: Double?

    public init(name: String, daysSinceLastVisit: Int?, sales: Double?) {
        self.name = name
        self.daysSinceLastVisit = daysSinceLastVisit
        self.sales = sales
    }

    func summary(in language: Language) -> String {
        DroppedFollowUp(name: name, daysSinceLastVisit: daysSinceLastVisit, sales: sales).summary(
            in: language)
    }
}
