/// The comment lines at the head of a generated query, worded in the
/// session's language: whoever opens the file in psql or DuckDB reads what
/// the query does before reading the query.
enum SQLComment: Sendable {
    /// What the query is, and for which engine.
    case classification(engine: String)
    /// How an axis is decided: percentile ranks (in each rep's book or the
    /// whole table) or absolute thresholds, the cut and the borderline margin.
    case rule(relative: Bool, perRep: Bool, cut: String, margin: String)
    /// Each metric used with its weight and, with absolute thresholds, its threshold.
    case weights([(metric: String, weight: String, threshold: String?)])
    /// Metrics the config uses that the source lacks.
    case notInSource([String])
    /// The columns read from a table whose columns were assumed canonical.
    case columnsRead([String])
    /// How the scores are rounded and the segments decided.
    case precision
    /// What a roll-up query is, from which opportunities, for which engine.
    case rollup(opportunities: String, engine: String)
    /// Which deals count as won, and where profit comes from.
    case wonDeals(stages: [String], hasMargin: Bool)

    /// The comment as one `-- ` line.
    func line(in language: Language) -> String { "-- " + text(in: language) }

    func text(in language: Language) -> String {
        switch (self, language) {
        case (.classification(let engine), .en):
            return "SalesCoach: the A/B/C/D classification of `salescoach classify`, for \(engine)."
        case (.classification(let engine), .ja):
            return "SalesCoach：`salescoach classify` と同じA/B/C/Dの区分を出す \(engine) 用のクエリです。"
        case (.rule(let relative, let perRep, let cut, let margin), .en):
            let how = relative ? "percentile ranks within \(perRep ? "each rep's book" : "the whole table")" : "absolute thresholds"
            return "Rule: \(how); an axis is high at a score of \(cut) or more, borderline within \(margin) points."
        case (.rule(let relative, let perRep, let cut, let margin), .ja):
            let how = relative ? "\(perRep ? "担当者ごとの顧客の中" : "表全体")での順位（パーセンタイル）" : "絶対基準"
            return "判定：\(how)。軸の点数が\(cut)以上なら高、\(cut)から\(margin)点以内は境界線上。"
        case (.weights(let weights), _):
            let listed = weights.map { item in
                let threshold = item.threshold.map { language == .en ? " (at least \($0))" : "（\($0)以上）" } ?? ""
                return "\(item.metric) \(item.weight)\(threshold)"
            }
            if language == .en { return "Weights: " + (listed.isEmpty ? "none usable" : listed.joined(separator: ", ")) + "." }
            return "重み：" + (listed.isEmpty ? "使える指標がありません" : listed.joined(separator: "、")) + "。"
        case (.notInSource(let metrics), .en):
            return "Not in the source, so left out as blank everywhere: " + metrics.joined(separator: ", ") + "."
        case (.notInSource(let metrics), .ja):
            return "元データにないため、全行で空欄として扱う指標：" + metrics.joined(separator: "、") + "。"
        case (.columnsRead(let columns), .en):
            return "Columns read from the table: " + columns.joined(separator: ", ") + " (name yours in the config file's [columns] section)."
        case (.columnsRead(let columns), .ja):
            return "表から読む列：" + columns.joined(separator: "、") + "（列名が違うときは設定ファイルの [columns] で指定します）。"
        case (.precision, .en):
            return "Scores carry six decimals, rounded exactly and never across the cut; segments are decided in exact integers."
        case (.precision, .ja):
            return "点数は小数6桁。正確に丸め、区切りをまたいで丸めることはありません。区分は整数で正確に判定します。"
        case (.rollup(let opportunities, let engine), .en):
            return "SalesCoach: customers rolled up from the opportunities in \(opportunities), for \(engine)."
        case (.rollup(let opportunities, let engine), .ja):
            return "SalesCoach：\(opportunities) の商談から顧客ごとに集計する \(engine) 用のクエリです。"
        case (.wonDeals(let stages, let hasMargin), .en):
            return "Won deals (stage \(stages.joined(separator: " / "))) give orders and sales"
                + (hasMargin ? " and, from their margin, profit." : "; no margin column, so profit is left blank.")
        case (.wonDeals(let stages, let hasMargin), .ja):
            return "受注した商談（ステージ \(stages.joined(separator: " / "))）から受注件数と当社売上を"
                + (hasMargin ? "、粗利の列から粗利を出します。" : "出します。粗利の列がないため、粗利は空欄です。")
        }
    }
}
