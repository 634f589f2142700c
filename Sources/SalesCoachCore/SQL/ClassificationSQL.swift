/// One SQL query that classifies a table of customers exactly as
/// `Classifier` does: the same segments, the same exact cut, the same
/// borderline flag, the same unclassified rows, from the same configuration.
///
/// Why it is shaped this way:
/// - A metric's score is 50·t/n with t = 2·below + equal + 1. In SQL,
///   `rank() + count(v)` over `ORDER BY v NULLS LAST` is exactly t, since
///   the ordered window's default frame takes in the peers; n is `count(v)`
///   over the book. `NULLS LAST` is written out because Spark sorts NULLs first.
/// - "High" is decided in exact integers, never on the displayed float: the
///   shared CRM export has axis scores of exactly 50, and a float sum puts
///   one of them in B instead of A. With integer weights Wₘ and the cut p/q,
///   the axis is high when S = Σ Wₘ·(50q·tₘ − p·nₘ)·Πₖ≠ₘ nₖ ≥ 0 (the mean
///   minus the cut, times positive denominators), and borderline when
///   s·|S| ≤ r·q·Πnₖ·ΣWₘ for a margin r/s. Those products pass BIGINT on a
///   million rows, so they are NUMERIC, HUGEINT or DECIMAL(38,0).
/// - Scores are printed with six decimals, rounded half up from the exact
///   fraction and never across the cut, as `classify --format csv` prints them.
public struct ClassificationSQL: Sendable {
    public let config: ClassifierConfig
    public let dialect: SQLDialect
    public let perRep: Bool
    public let source: SQLSource

    public init(config: ClassifierConfig, dialect: SQLDialect, perRep: Bool, source: SQLSource) {
        self.config = config
        self.dialect = dialect
        self.perRep = perRep
        self.source = source
    }

    /// The output columns, in order; the same names as `classify --format csv`.
    public var outputColumns: [String] {
        (perRep ? ["rep"] : []) + [
            "name", "segment", "objective_score", "record_score", "objective", "record", "borderline", "unclassified_reason",
        ]
    }

    /// The whole text: a comment saying what rule it holds, any statement
    /// the source needs first, then the query, ending in a semicolon.
    public func text(in language: Language = .en) throws(SQLError) -> String {
        guard source.columns[.name] != nil else { throw .missingNameColumn(source: sourceName, found: []) }
        if perRep, source.columns[.rep] == nil { throw .missingRepColumn(source: sourceName) }
        let rule = try IntegerRule(config: config)
        let metrics = Metric.allCases.filter { config.uses($0) && source.columns[.metric($0)] != nil }
        var out = header(metrics: metrics, language: language)
        out += source.preamble(in: dialect)
        out += "WITH customers AS (\n  SELECT\n"
        out += "    " + customerColumns(metrics: metrics).joined(separator: ",\n    ") + "\n"
        out += "  FROM \(try source.relation(in: dialect))\n"
        out += "  WHERE NULLIF(TRIM(\(cast(column(.name), to: dialect.text))), '') IS NOT NULL\n"
        if let reps = source.repCondition(in: dialect) { out += "    AND \(reps)\n" }
        out += "),\n"
        out += "ranked AS \(dialect.cteFence)(\n  SELECT\n    name\(perRep ? ", rep" : "")"
        for metric in metrics { out += ",\n    " + rankColumns(metric).joined(separator: ",\n    ") }
        out += "\n  FROM customers\n),\n"
        out += "decided AS \(dialect.cteFence)(\n  SELECT\n    name\(perRep ? ", rep" : "")"
        for axis in Axis.allCases {
            out += ",\n    " + axisColumns(axis, metrics: metrics.filter { $0.axis == axis }, rule: rule).joined(separator: ",\n    ")
        }
        out += "\n  FROM ranked\n)\n"
        out += "SELECT\n    " + finalColumns(rule: rule).joined(separator: ",\n    ") + "\n"
        out += "FROM decided\nORDER BY \(perRep ? "rep, " : "")name;\n"
        return out
    }

    // MARK: Parts

    private var sourceName: String { source.displayName }

    private func header(metrics: [Metric], language: Language) -> String {
        var comments: [SQLComment] = [
            .classification(engine: dialect.displayName),
            .rule(
                relative: config.mode == .relative, perRep: perRep, cut: Config.format(config.cut),
                margin: Config.format(config.borderlineMargin)),
            .weights(metrics.map { metric in
                let threshold = config.mode == .absolute ? config.thresholds[metric].map(Config.format) : nil
                return (metric.rawValue, Config.format(config.weight(of: metric)), threshold)
            }),
        ]
        let missing = Metric.allCases.filter { config.uses($0) && source.columns[.metric($0)] == nil }
        if !missing.isEmpty { comments.append(.notInSource(missing.map(\.rawValue))) }
        if source.assumesColumns {
            let fields = ([CustomerField.name] + metrics.map(CustomerField.metric) + (perRep ? [.rep] : [])).compactMap { source.columns[$0] }
            comments.append(.columnsRead(fields))
        }
        comments.append(.precision)
        return comments.map { $0.line(in: language) }.joined(separator: "\n") + "\n"
    }

    private func column(_ field: CustomerField) -> String {
        dialect.identifier(source.columns[field] ?? field.canonicalName)
    }

    private func cast(_ expression: String, to type: String) -> String { "CAST(\(expression) AS \(type))" }

    private func exact(_ expression: String) -> String { cast(expression, to: dialect.exactInteger) }

    /// A constant: a plain literal, since multiplying an exact column by an
    /// integer literal stays exact on every engine.
    private func exact(_ value: Int128) -> String { String(value) }

    /// `factor * expression`, leaving out a factor of 1.
    private func times(_ factor: Int128, _ expression: String) -> String {
        factor == 1 ? expression : "\(factor) * \(expression)"
    }

    /// Name, rep, the book key and each metric as a finite number or NULL.
    private func customerColumns(metrics: [Metric]) -> [String] {
        var columns = ["TRIM(\(cast(column(.name), to: dialect.text))) AS name"]
        if perRep {
            let rep = "NULLIF(TRIM(\(cast(column(.rep), to: dialect.text))), '')"
            columns.append("\(rep) AS rep")
            columns.append("\(repKey(rep)) AS book")
        }
        for metric in metrics {
            let value = cast(column(.metric(metric)), to: dialect.double)
            // v − v is 0 for every finite v and NaN for NaN and ±Infinity: those count as blank, as in `classify`.
            columns.append("CASE WHEN \(value) - \(value) = 0 THEN \(value) END AS \(metric.rawValue)")
        }
        return columns
    }

    /// The rep's key as `RepName.key` forms it: case folded, an honorific
    /// dropped, spaces removed. (Full-width letters are not folded here.)
    private func repKey(_ rep: String) -> String {
        let honorifics = "(さん|様|さま|くん|君|氏|-san|\\s+san)$"
        let lowered = "LOWER(TRIM(\(rep)))"
        let dropped = dialect.replacingAll(lowered, pattern: "^(.+?)\\s*" + honorifics, with: "\\1")
        return dialect.replacingAll(dropped, pattern: "\\s+", with: "")
    }

    private var partition: String { perRep ? "PARTITION BY book " : "" }

    /// t (the rank sum) and n (the count in the book) of one metric, as exact integers.
    private func rankColumns(_ metric: Metric) -> [String] {
        let v = metric.rawValue
        switch config.mode {
        case .relative:
            let window = "OVER (\(partition)ORDER BY \(v) NULLS LAST)"
            return [
                "CASE WHEN \(v) IS NOT NULL THEN \(exact("rank() \(window) + count(\(v)) \(window)")) END AS t_\(v)",
                "\(exact("count(\(v)) OVER (\(perRep ? "PARTITION BY book" : ""))")) AS n_\(v)",
            ]
        case .absolute:
            // A met threshold scores 100 (t = 2 of n = 1), a missed one 0.
            let threshold = config.thresholds[metric] ?? 0
            return [
                "CASE WHEN \(v) IS NOT NULL THEN \(exact("CASE WHEN \(v) >= \(cast(String(threshold), to: dialect.double)) THEN 2 ELSE 0 END")) END AS t_\(v)",
                "\(exact("1")) AS n_\(v)",
            ]
        }
    }

    /// S (the sign decides high), D (the score's denominator, 0 when the
    /// axis has no value) and M (its numerator) of one axis.
    private func axisColumns(_ axis: Axis, metrics: [Metric], rule: IntegerRule) -> [String] {
        let a = axis.rawValue
        guard !metrics.isEmpty else {
            return ["\(exact("0")) AS s_\(a)", "\(exact("0")) AS d_\(a)", "\(exact("0")) AS m_\(a)"]
        }
        // nₖ of a metric nobody in the book has is 0; 1 in its place keeps every product positive.
        func n(_ metric: Metric) -> String { "GREATEST(n_\(metric.rawValue), 1)" }
        func othersProduct(_ metric: Metric) -> String {
            let others = metrics.filter { $0 != metric }.map(n)
            return others.isEmpty ? "" : " * " + others.joined(separator: " * ")
        }
        var s: [String] = []
        var m: [String] = []
        var w: [String] = []
        for metric in metrics {
            let v = metric.rawValue
            let weight = rule.weights[metric] ?? 0
            let present = "t_\(v) IS NOT NULL"
            s.append("CASE WHEN \(present) THEN \(times(weight, "(\(50 * rule.cutDenominator) * t_\(v) - \(rule.cutNumerator) * n_\(v))"))\(othersProduct(metric)) ELSE 0 END")
            m.append("CASE WHEN \(present) THEN \(weight * 50) * t_\(v)\(othersProduct(metric)) ELSE 0 END")
            w.append("CASE WHEN \(present) THEN \(weight) ELSE 0 END")
        }
        let product = metrics.map(n).joined(separator: " * ")
        return [
            "(" + s.joined(separator: "\n      + ") + ") AS s_\(a)",
            "\(product) * (" + w.joined(separator: " + ") + ") AS d_\(a)",
            "(" + m.joined(separator: "\n      + ") + ") AS m_\(a)",
        ]
    }

    private func finalColumns(rule: IntegerRule) -> [String] {
        func has(_ axis: Axis) -> String { "d_\(axis.rawValue) > 0" }
        func high(_ axis: Axis) -> String { "s_\(axis.rawValue) >= 0" }
        func borderline(_ axis: Axis) -> String {
            let a = axis.rawValue
            return "\(times(rule.marginDenominator, "ABS(s_\(a))")) <= \(times(rule.marginNumerator * rule.cutDenominator, "d_\(a)"))"
        }
        func score(_ axis: Axis) -> String {
            let a = axis.rawValue
            // ⌊(2·M·10⁶ + D) / 2D⌋: half up, in integers; then kept on its side of the cut.
            let rounded = dialect.quotient("2000000 * m_\(a) + d_\(a)", "2 * d_\(a)")
            let kept = "CASE WHEN \(high(axis)) THEN GREATEST(\(rounded), \(exact(rule.smallestHighScaled))) "
                + "ELSE LEAST(\(rounded), \(exact(rule.smallestHighScaled - 1))) END"
            return "CASE WHEN \(has(axis)) THEN CAST(\(cast(kept, to: dialect.double)) / 1000000 AS DECIMAL(9,6)) END AS \(a)_score"
        }
        let both = "\(has(.objective)) AND \(has(.record))"
        let segment = "CASE WHEN \(both) THEN CASE WHEN \(high(.objective)) AND \(high(.record)) THEN 'A' "
            + "WHEN \(high(.objective)) THEN 'B' WHEN \(high(.record)) THEN 'C' ELSE 'D' END END AS segment"
        func level(_ axis: Axis) -> String {
            "CASE WHEN \(has(axis)) THEN CASE WHEN \(high(axis)) THEN 'high' ELSE 'low' END END AS \(axis.rawValue)"
        }
        let flag = "CASE WHEN \(both) THEN CASE WHEN (\(has(.objective)) AND \(borderline(.objective))) OR (\(has(.record)) AND \(borderline(.record))) THEN 'yes' ELSE 'no' END END AS borderline"
        let reason = "CASE WHEN NOT (\(has(.objective))) AND NOT (\(has(.record))) THEN 'no value on the objective evaluation or transaction record axis' "
            + "WHEN NOT (\(has(.objective))) THEN 'no value on the objective evaluation axis' "
            + "WHEN NOT (\(has(.record))) THEN 'no value on the transaction record axis' END AS unclassified_reason"
        return (perRep ? ["rep"] : []) + ["name", segment, score(.objective), score(.record), level(.objective), level(.record), flag, reason]
    }
}

/// The configuration's weights, cut and margin as integers.
struct IntegerRule: Sendable {
    /// Each used metric's weight times the weights' common denominator.
    let weights: [Metric: Int128]
    let cutNumerator: Int128
    let cutDenominator: Int128
    let marginNumerator: Int128
    let marginDenominator: Int128
    /// ⌈cut · 10⁶⌉: the smallest six-decimal score shown as high.
    let smallestHighScaled: Int128

    init(config: ClassifierConfig) throws(SQLError) {
        let used = Metric.allCases.filter(config.uses)
        var common: Int128 = 1
        for metric in used {
            let d = config.weight(of: metric).denominator
            let g = Int128(Rational.gcd(common.magnitude, d.magnitude))
            let (product, overflow) = (common / g).multipliedReportingOverflow(by: d)
            guard !overflow, product < 1_000_000_000 else { throw .weightsTooFine }
            common = product
        }
        var weights: [Metric: Int128] = [:]
        for metric in used {
            let w = config.weight(of: metric)
            weights[metric] = w.numerator * (common / w.denominator)
        }
        self.weights = weights
        cutNumerator = config.cut.numerator
        cutDenominator = config.cut.denominator
        marginNumerator = config.borderlineMargin.numerator
        marginDenominator = config.borderlineMargin.denominator
        let scaled = config.cut.numerator * 1_000_000
        smallestHighScaled = scaled / config.cut.denominator + (scaled % config.cut.denominator > 0 ? 1 : 0)
    }
}
