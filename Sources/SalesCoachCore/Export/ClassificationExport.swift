/// `classify` output for scripts: CSV and JSON with stable field names
/// (`name`, `segment`, `objective_score`, `record_score`, then details).
///
/// Scores carry six decimals, rounded but never across the cut (a low score
/// is at most 49.999999), so files sorted or joined downstream keep the
/// order and the verdict. Rows are written one at a time into a byte buffer,
/// by the same code whether they come from `Classifier` (a session's book)
/// or `BatchClassifier` (a company's CRM streamed in blocks).
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

    /// One metric's part in a JSON row.
    public struct MetricPart: Sendable {
        public let metric: Metric
        public let value: Double
        /// The metric's score, numerator / denominator, exactly.
        public let numerator: Int128
        public let denominator: Int128
        public let isUp: Bool

        public init(metric: Metric, value: Double, numerator: Int128, denominator: Int128, isUp: Bool) {
            self.metric = metric
            self.value = value
            self.numerator = numerator
            self.denominator = denominator
            self.isUp = isUp
        }
    }

    /// Digits after the point of every score in CSV and JSON.
    public static let scoreDecimals = 6

    static let fields = [
        "name", "segment", "objective_score", "record_score", "objective", "record", "borderline",
        "unclassified_reason", "nearest_move",
    ]

    /// `fields` in Japanese, for the CSV header of a Japanese export.
    static let japaneseFields = [
        CustomerField.name.japaneseName, "領域", "客観的評価スコア", "取り引き実績スコア", "客観的評価", "取り引き実績", "境界付近",
        "未分類の理由", "最も近い移動",
    ]

    /// A CSV field name (`rep`, `name`, `segment`, …) as a header in `language`; unknown names as they are.
    public static func columnName(_ field: String, in language: Language) -> String {
        guard language == .ja else { return field }
        if field == CustomerField.rep.canonicalName { return CustomerField.rep.japaneseName }
        return fields.firstIndex(of: field).map { japaneseFields[$0] } ?? field
    }

    /// The columns after a customer's own in `export`'s CSV, in `language`.
    static func bookFields(in language: Language) -> [String] {
        language == .en
            ? ["segment", "objective_score", "record_score", "borderline"]
            : ["領域", "客観的評価スコア", "取り引き実績スコア", "境界付近"]
    }

    // MARK: CSV

    /// The CSV header line: English field names, or Japanese ones (顧客名, 領域,
    /// 客観的評価スコア, …) that the importer also reads. The values stay the same
    /// in both (`high`, `yes`, English sentences), so a script reads either file.
    public static func csvHeader(perRep: Bool, language: Language = .en) -> [UInt8] {
        let rep = CustomerField.rep.columnName(in: language)
        return Array(CSVText.row((perRep ? [rep] : []) + (language == .en ? fields : japaneseFields)).utf8)
    }

    /// One CSV record for a customer named `name`.
    ///
    /// The values a person reads (high/low, the borderline flag, the reason
    /// and the nearest move) are in `language`, as the header is: a Japanese
    /// file opened in Excel reads in Japanese throughout. Segment letters and
    /// scores are the same in both.
    public static func appendCSV(
        name: String, rep: String?, verdict v: Verdict, perRep: Bool, cut: Rational, language: Language = .en,
        to out: inout [UInt8]
    ) {
        var name = name
        name.withUTF8 {
            appendCSV(nameUTF8: $0, rep: rep, verdict: v, perRep: perRep, cut: cut, language: language, to: &out)
        }
    }

    /// `appendCSV` for a name given as its UTF-8 bytes (`CustomerColumns`).
    static func appendCSV(
        nameUTF8 name: UnsafeBufferPointer<UInt8>, rep: String?, verdict v: Verdict, perRep: Bool, cut: Rational,
        language: Language, to out: inout [UInt8]
    ) {
        guard perRep else {
            return appendCSV(nameUTF8: name, repField: nil, verdict: v, cut: cut, language: language, to: &out)
        }
        let field = repField(rep)
        field.withUnsafeBufferPointer {
            appendCSV(nameUTF8: name, repField: $0, verdict: v, cut: cut, language: language, to: &out)
        }
    }

    /// A rep's CSV field as `appendCSV` writes it before the name (empty for none).
    static func repField(_ rep: String?) -> [UInt8] {
        var field: [UInt8] = []
        CSVText.appendField(rep ?? "", to: &field)
        return field
    }

    /// One CSV record: `repField` (the rep's field as `repField` makes it;
    /// nil when not ranking per rep), then the name and the verdict.
    ///
    /// The rows of a whole file are written here on both cores, so nothing
    /// read per row is a shared array or `String` (see `ByteTable`).
    static func appendCSV(
        nameUTF8 name: UnsafeBufferPointer<UInt8>, repField: UnsafeBufferPointer<UInt8>?, verdict v: Verdict, cut: Rational,
        language: Language, to out: inout some ByteSink
    ) {
        let comma = UInt8(ascii: ",")
        if let repField {
            out.append(contentsOf: repField)
            out.append(comma)
        }
        CSVText.appendField(utf8: name, to: &out)
        out.append(comma)
        let words = language == .en ? 0 : 1
        if let segment = v.segment { out.append(contentsOf: fixedWords[MoveWords.index(segment)]) }
        for axis in Axis.allCases {
            out.append(comma)
            if let level = v.level(on: axis) {
                Formatting.appendScore(
                    numerator: level.numerator, denominator: level.denominator, isHigh: level.isHigh, cut: cut,
                    decimals: scoreDecimals, to: &out)
            }
        }
        for axis in Axis.allCases {
            out.append(comma)
            if let level = v.level(on: axis) { out.append(contentsOf: fixedWords[4 + words * 4 + (level.isHigh ? 1 : 0)]) }
        }
        out.append(comma)
        if v.segment != nil { out.append(contentsOf: fixedWords[4 + words * 4 + 2 + (v.isBorderline ? 1 : 0)]) }
        out.append(comma)
        // The reason is empty for a classified customer.
        if v.segment == nil { CSVText.appendField(reason(v, in: language), to: &out) }
        out.append(comma)
        if let move = v.nearestMove {
            // Our own text (labels and numbers: never a quote, a line break or a leading
            // formula sign), so only a comma calls for quotes, as `CSVText.field` decides.
            let start = out.count
            move.appendSentenceWithReach(in: language, to: &out)
            if (start..<out.count).contains(where: { out[$0] == UInt8(ascii: ",") }) {
                out.insert(UInt8(ascii: "\""), at: start)
                out.append(UInt8(ascii: "\""))
            }
        }
        out.append(0x0A)
    }

    /// The segment letters (A–D), then by language (English, Japanese)
    /// `levelText` (low, high) and `borderlineText` (no, yes), made once as a
    /// `ByteTable`: appended from `String`s or shared arrays on every row of
    /// a million, they showed in profiles.
    private static let fixedWords = ByteTable(
        Segment.allCases.map(\.rawValue)
            + [Language.en, .ja].flatMap { language in
                [false, true].map { levelText($0, in: language) } + [false, true].map { borderlineText($0, in: language) }
            })

    public static func csv(_ rows: [Row], perRep: Bool, language: Language = .en) -> String {
        var out = csvHeader(perRep: perRep, language: language)
        for row in rows {
            let c = row.classification
            appendCSV(
                name: c.name, rep: row.rep, verdict: Verdict(c), perRep: perRep, cut: cut(of: c), language: language, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: JSON

    /// The JSON array is written as `[`, the items each indented as an
    /// element, `,` between them and `]`: exactly what rendering the whole
    /// array gives, without holding it.
    public static let jsonOpening: [UInt8] = Array("[".utf8)
    public static let jsonClosing: [UInt8] = Array("\n]\n".utf8)
    public static let jsonEmpty: [UInt8] = Array("[]\n".utf8)

    /// One element of the JSON array, with its leading separator (`first`: none).
    public static func appendJSON(
        name: String, rep: String?, verdict v: Verdict, parts: [Axis: [MetricPart]], perRep: Bool, cut: Rational,
        language: Language = .en, first: Bool, to out: inout [UInt8]
    ) {
        func score(_ numerator: Int128, _ denominator: Int128, isHigh: Bool) -> JSONValue {
            var text: [UInt8] = []
            Formatting.appendScore(
                numerator: numerator, denominator: denominator, isHigh: isHigh, cut: cut, decimals: scoreDecimals, to: &text)
            // Through the printed text, so JSON and CSV agree to the last digit.
            return .number(Double(String(decoding: text, as: UTF8.self)) ?? .nan)
        }
        var pairs: [(String, JSONValue)] = perRep ? [("rep", rep.map(JSONValue.string) ?? .null)] : []
        pairs += [
            ("name", .string(name)),
            ("segment", v.segment.map { .string($0.rawValue) } ?? .null),
            ("objective_score", v.objective.map { score($0.numerator, $0.denominator, isHigh: $0.isHigh) } ?? .null),
            ("record_score", v.record.map { score($0.numerator, $0.denominator, isHigh: $0.isHigh) } ?? .null),
            ("borderline", .bool(v.isBorderline)),
        ]
        if v.segment == nil { pairs.append(("unclassified_reason", .string(reason(v, in: language)))) }
        for axis in Axis.allCases where v.level(on: axis) != nil {
            pairs.append((
                "\(axis.rawValue)_metrics",
                .array((parts[axis] ?? []).map { m in
                    .object([
                        ("metric", .string(m.metric.rawValue)), ("value", .number(m.value)),
                        ("score", score(m.numerator, m.denominator, isHigh: m.isUp)), ("pull", .string(m.isUp ? "up" : "down")),
                    ])
                })
            ))
        }
        if let move = v.nearestMove {
            pairs.append((
                "nearest_move",
                .object([
                    ("metric", .string(move.metric.rawValue)), ("target", .number(move.target.value)),
                    ("kind", .string(kind(move.target))), ("to", .string(move.to.rawValue)),
                    ("within_reach", .bool(move.isWithinReach)), ("text", .string(move.sentenceWithReach(in: language))),
                ])
            ))
        }
        out.append(contentsOf: (first ? "\n  " : ",\n  ").utf8)
        out.append(contentsOf: JSONValue.object(pairs).rendered(indent: 1).utf8)
    }

    public static func json(_ rows: [Row], perRep: Bool, language: Language = .en, progress: WorkProgress? = nil) -> String {
        guard !rows.isEmpty else { return String(decoding: jsonEmpty, as: UTF8.self) }
        var out = jsonOpening
        for (i, row) in rows.enumerated() {
            if i % 4096 == 4095 { progress?.advance(by: 4096) }
            let c = row.classification
            appendJSON(
                name: c.name, rep: row.rep, verdict: Verdict(c), parts: parts(of: c), perRep: perRep, cut: cut(of: c),
                language: language, first: i == 0, to: &out)
        }
        out += jsonClosing
        return String(decoding: out, as: UTF8.self)
    }

    /// Each metric's part in a classification's axes.
    static func parts(of c: Classification) -> [Axis: [MetricPart]] {
        var parts: [Axis: [MetricPart]] = [:]
        for axis in Axis.allCases {
            guard let s = c.score(on: axis) else { continue }
            parts[axis] = s.metrics.map {
                MetricPart(
                    metric: $0.metric, value: $0.value, numerator: $0.score.numerator, denominator: $0.score.denominator,
                    isUp: $0.pull == .up)
            }
        }
        return parts
    }

    // MARK: The book

    /// The whole book for `export`: the canonical customer columns (so the file
    /// loads back unchanged), then segment, scores and borderline.
    public static func bookCSV(
        _ classifications: [Classification], language: Language = .en, progress: WorkProgress? = nil
    ) -> String {
        var out = CSVText.row(CustomerCSVWriter.header(in: language) + bookFields(in: language))
        for (index, c) in classifications.enumerated() {
            if index % 4096 == 4095 { progress?.advance(by: 4096) }
            var line = CustomerCSVWriter.row(c.customer)
            line.removeLast()  // the row's line feed; more fields follow
            let extra = [c.segment?.rawValue ?? "", score(c.objective), score(c.record), c.segment == nil ? "" : borderlineText(c.isBorderline, in: language)]
            out += line + "," + extra.map(CSVText.field).joined(separator: ",") + "\n"
        }
        return out
    }

    static func score(_ axis: AxisScore?) -> String {
        axis.map { Formatting.score($0.score, cut: $0.cut, decimals: scoreDecimals) } ?? ""
    }

    /// The cut a classification was made with (every axis carries it).
    static func cut(of c: Classification) -> Rational { (c.objective ?? c.record)?.cut ?? Rational(50) }

    static func reason(_ v: Verdict, in language: Language = .en) -> String {
        guard v.segment == nil else { return "" }
        return language == .en
            ? "no value on the " + v.missingAxes.map(\.label).joined(separator: " or ") + " axis"
            : v.missingAxes.map(\.labelJapanese).joined(separator: "・") + "の値がありません"
    }

    /// An axis's level as a file in `language` shows it.
    static func levelText(_ isHigh: Bool, in language: Language) -> String {
        language == .en ? (isHigh ? "high" : "low") : (isHigh ? "高" : "低")
    }

    /// The borderline flag as a file in `language` shows it.
    static func borderlineText(_ isBorderline: Bool, in language: Language) -> String {
        language == .en ? (isBorderline ? "yes" : "no") : (isBorderline ? "はい" : "いいえ")
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
