/// The team view as CSV and JSON for scripts and spreadsheets; the table is
/// drawn by the terminal layer. The JSON is documented in docs/team-json.md.
extension TeamReport {
    /// Columns: `rep,basis,unit,total,a,b,c,d,a_pct,b_pct,c_pct,d_pct,`
    /// `customers_a,customers_b,customers_c,customers_d,unclassified,visited,visited_c_pct,`
    /// `drifting_since,warnings,codes,c_overweight`; one row per rep (worst
    /// first), then a `team` row with an empty `basis`. A plan row without a
    /// rep shows an empty `rep`; `codes` lists the warning codes, space-separated.
    /// In Japanese the headers and the words in the cells are Japanese (`table(in:)`).
    public func csv(in language: Language = .en) -> String {
        let table = table(in: language)
        var out = CSVText.row(table.columns.map(\.header))
        for row in table.rows { out += CSVText.row(row.map(TeamReport.csvText)) }
        return out
    }

    /// The report as JSON (schema version `jsonVersion`, keys in a fixed
    /// order, warnings worded in `language`); see docs/team-json.md.
    public func json(in language: Language = .en) -> String {
        func customers(_ count: (Segment?) -> Int) -> JSONValue {
            .object(
                Segment.allCases.map { ($0.rawValue, JSONValue.integer(count($0))) }
                    + [("unclassified", .integer(count(nil)))])
        }
        func plan(_ total: Double, _ amount: (Segment) -> Double, _ share: (Segment) -> Double, targets: Bool)
            -> JSONValue
        {
            .object([
                ("total", .number(total)),
                (
                    "segments",
                    .object(
                        Segment.allCases.map { segment in
                            var fields: [(String, JSONValue)] = [
                                ("amount", .number(amount(segment))),
                                ("share", .number(PlanWarning.rounded(share(segment)))),
                            ]
                            if targets {
                                fields.append(("target", .number(policyShares[segment] ?? 0)))
                            }
                            return (segment.rawValue, .object(fields))
                        })
                ),
            ])
        }
        func trend(_ weeks: [Week]) -> JSONValue {
            .array(
                weeks.map { week in
                    .object([
                        ("week", .string(week.start.description)),
                        ("planned", .number(week.plannedTotal)),
                        ("planned_c", .number(week.planned[.c] ?? 0)),
                        ("visited", .integer(week.visitedTotal)),
                        ("visited_c", .integer(week.visited[.c] ?? 0)),
                        ("c_share", week.cShare.map { .number(PlanWarning.rounded($0)) } ?? .null),
                    ])
                })
        }
        let reps: [JSONValue] = rows.map { row in
            .object([
                ("rep", row.rep.map(JSONValue.string) ?? .null),
                ("basis", .string(row.basis.rawValue)),
                ("customers", customers(row.customers)),
                ("plan", plan(row.check.total, { row.check.row($0).amount }, { row.check.row($0).share }, targets: true)),
                ("trend", trend(row.weeks)),
                ("drifting_since", row.driftingSince.map { .string($0.description) } ?? .null),
                ("c_overweight", .bool(row.isCOverweight)),
                ("warning_count", .integer(row.warningCount)),
                ("warnings", .array(row.check.warnings.map { $0.json(in: language, rep: row.rep) })),
            ])
        }
        let team: JSONValue = .object([
            ("customers", customers(total.customers)),
            ("plan", plan(total.total, total.amount, total.share, targets: false)),
            ("trend", trend(total.weeks)),
            ("c_overweight", .bool(total.isCOverweight)),
            ("warning_count", .integer(total.warningCount)),
        ])
        return JSONValue.object([
            ("version", .integer(TeamReport.jsonVersion)),
            ("unit", .string(unit.rawValue)),
            ("week", .string(week.start.description)),
            ("has_plan", .bool(hasPlan)),
            ("reps", .array(reps)),
            ("team", team),
        ]).rendered() + "\n"
    }

    /// The policy's share per segment, 0–1, as the rows carry it.
    private var policyShares: [Segment: Double] {
        guard let row = rows.first else { return [:] }
        return Dictionary(uniqueKeysWithValues: row.check.rows.map { ($0.segment, $0.targetPercent.doubleValue / 100) })
    }

    static func number(_ value: Double) -> String { Config.format(value) }

    /// A share as a percentage to one decimal, `33.3`.
    static func percent(_ share: Double) -> String { number((share * 1000).rounded() / 10) }
}
