/// `classify` output for scripts: CSV and JSON with stable field names
/// (`name`, `segment`, `objective_score`, `record_score`, then details).
public enum ClassificationExport {
    /// One exported row: the customer's rep when ranking per rep, then the result.
    public struct Row: Sendable {
        public let rep: String?
        public let classification: Classification
        public init(rep: String?, classification: Classification) {
            self.rep = rep
            self.classification = classification
        }
    }

    static let fields = [
        "name", "segment", "objective_score", "record_score", "objective", "record", "borderline",
        "unclassified_reason", "nearest_move",
    ]

    public static func csv(_ rows: [Row], perRep: Bool) -> String {
        var out = CSVText.row((perRep ? ["rep"] : []) + fields)
        for row in rows {
            let c = row.classification
            var fields: [String] = perRep ? [row.rep ?? ""] : []
            fields += [
                c.name, c.segment?.rawValue ?? "", score(c.objective), score(c.record),
                level(c.objective), level(c.record), c.segment == nil ? "" : (c.isBorderline ? "yes" : "no"),
                reason(c), c.nearestMove?.sentence(in: .en) ?? "",
            ]
            out += CSVText.row(fields)
        }
        return out
    }

    public static func json(_ rows: [Row], perRep: Bool) -> String {
        let items: [JSONValue] = rows.map { row in
            let c = row.classification
            var pairs: [(String, JSONValue)] = perRep ? [("rep", row.rep.map(JSONValue.string) ?? .null)] : []
            pairs += [
                ("name", .string(c.name)),
                ("segment", c.segment.map { .string($0.rawValue) } ?? .null),
                ("objective_score", c.objective.map { .number(rounded($0.value)) } ?? .null),
                ("record_score", c.record.map { .number(rounded($0.value)) } ?? .null),
                ("borderline", .bool(c.isBorderline)),
            ]
            if c.segment == nil { pairs.append(("unclassified_reason", .string(reason(c)))) }
            for axis in Axis.allCases {
                guard let s = c.score(on: axis) else { continue }
                pairs.append((
                    "\(axis.rawValue)_metrics",
                    .array(s.metrics.map { m in
                        .object([
                            ("metric", .string(m.metric.rawValue)), ("value", .number(m.value)),
                            ("score", .number(rounded(m.score.doubleValue))), ("pull", .string(m.pull.rawValue)),
                        ])
                    })
                ))
            }
            if let move = c.nearestMove {
                pairs.append((
                    "nearest_move",
                    .object([
                        ("metric", .string(move.metric.rawValue)), ("target", .number(move.target.value)),
                        ("kind", .string(kind(move.target))), ("to", .string(move.to.rawValue)),
                        ("text", .string(move.sentence(in: .en))),
                    ])
                ))
            }
            return .object(pairs)
        }
        return JSONValue.array(items).rendered() + "\n"
    }

    /// The whole book for `export`: the canonical customer columns (so the file
    /// loads back unchanged), then segment, scores and borderline.
    public static func bookCSV(_ classifications: [Classification]) -> String {
        var out = CSVText.row(CustomerCSVWriter.header + ["segment", "objective_score", "record_score", "borderline"])
        for c in classifications {
            var line = CustomerCSVWriter.row(c.customer)
            line.removeLast()  // the row's line feed; more fields follow
            let extra = [c.segment?.rawValue ?? "", score(c.objective), score(c.record), c.segment == nil ? "" : (c.isBorderline ? "yes" : "no")]
            out += line + "," + extra.map(CSVText.field).joined(separator: ",") + "\n"
        }
        return out
    }

    static func score(_ axis: AxisScore?) -> String { axis.map { Formatting.score($0.score) } ?? "" }

    static func level(_ axis: AxisScore?) -> String { axis.map { $0.isHigh ? "high" : "low" } ?? "" }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static func reason(_ c: Classification) -> String {
        guard c.segment == nil else { return "" }
        return "no value on the " + c.missingAxes.map(\.label).joined(separator: " or ") + " axis"
    }

    static func kind(_ target: Move.Target) -> String {
        switch target {
        case .reach: "reach"
        case .exceed: "exceed"
        case .fallTo: "fall_to"
        case .fallBelow: "fall_below"
        }
    }
}
