/// The team view as CSV and JSON for scripts and spreadsheets; the table is
/// drawn by the terminal layer.
extension TeamReport {
    /// Columns: `rep,unit,total,a,b,c,d,a_pct,b_pct,c_pct,d_pct,warnings,c_overweight,whole_book`,
    /// one row per rep (worst first), then a `team` row with an empty `whole_book`.
    /// A plan row without a rep shows an empty `rep`.
    public func csv() -> String {
        var out = CSVText.row(
            [
                "rep", "unit", "total", "a", "b", "c", "d", "a_pct", "b_pct", "c_pct", "d_pct",
                "warnings", "c_overweight", "whole_book",
            ])
        for row in rows {
            out += CSVText.row(
                [row.rep ?? "", unit.rawValue, TeamReport.number(row.check.total)]
                    + Segment.allCases.map { TeamReport.number(row.check.row($0).amount) }
                    + Segment.allCases.map { TeamReport.percent(row.check.row($0).share) }
                    + [
                        String(row.warningCount), String(row.isCOverweight),
                        String(row.againstWholeBook),
                    ])
        }
        out += CSVText.row(
            ["team", unit.rawValue, TeamReport.number(total.total)]
                + Segment.allCases.map { TeamReport.number(total.amount($0)) }
                + Segment.allCases.map { TeamReport.percent(total.share($0)) }
                + [String(total.warningCount), String(total.isCOverweight), ""])
        return out
    }

    /// `{"unit", "reps": [{"rep", "total", "segments": {"A": {"amount", "share", "target"}, …},
    /// "warning_count", "c_overweight", "whole_book", "warnings": [text…]}], "team": {…}}`,
    /// keys in that order, warnings worded in `language`.
    public func json(in language: Language = .en) -> String {
        func segments(
            _ amount: (Segment) -> Double, _ share: (Segment) -> Double,
            _ target: ((Segment) -> Rational)?
        )
            -> JSONValue
        {
            .object(
                Segment.allCases.map { segment in
                    var fields: [(String, JSONValue)] = [
                        ("amount", .number(amount(segment))),
                        ("share", .number(TeamReport.rounded(share(segment)))),
                    ]
                    if let target {
                        fields.append(("target", .number(target(segment).doubleValue / 100)))
                    }
                    return (segment.rawValue, .object(fields))
                })
        }
        let reps: [JSONValue] = rows.map { row in
            .object([
                ("rep", row.rep.map(JSONValue.string) ?? .null),
                ("total", .number(row.check.total)),
                (
                    "segments",
                    segments(
                        { row.check.row($0).amount }, { row.check.row($0).share },
                        { row.check.row($0).targetPercent })
                ),
                ("warning_count", .integer(row.warningCount)),
                ("c_overweight", .bool(row.isCOverweight)),
                ("whole_book", .bool(row.againstWholeBook)),
                ("warnings", .array(row.check.warnings.map { .string($0.text(in: language)) })),
            ])
        }
        let team: JSONValue = .object([
            ("total", .number(total.total)),
            ("segments", segments(total.amount, total.share, nil)),
            ("warning_count", .integer(total.warningCount)),
            ("c_overweight", .bool(total.isCOverweight)),
        ])
        return JSONValue.object([
            ("unit", .string(unit.rawValue)), ("reps", .array(reps)), ("team", team),
        ]).rendered()
            + "\n"
    }

    static func number(_ value: Double) -> String { Config.format(value) }

    /// A share as a percentage to one decimal, `33.3`.
    static func percent(_ share: Double) -> String { number((share * 1000).rounded() / 10) }

    static func rounded(_ share: Double) -> Double { (share * 10_000).rounded() / 10_000 }
}
