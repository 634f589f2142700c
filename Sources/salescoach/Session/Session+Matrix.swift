import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `matrix --force` without a file: what the option needs.
    var matrixUsage: Failure {
        Failure(language == .en
            ? "matrix takes --export FILE.svg (and --force to replace a file), e.g. matrix --export matrix.svg"
            : "matrix の後は --export ファイル.svg です（上書きは --force）。例：matrix --export matrix.svg")
    }

    /// `matrix --export FILE.svg [--force]`: the 2×2 scatter as a picture for a slide.
    func matrix(exportingTo path: String, force: Bool) throws {
        guard path.lowercased().hasSuffix(".svg") else {
            throw Failure(language == .en ? "matrix --export writes an SVG picture: name the file FILE.svg" : "matrix --export はSVG画像を書き出します。ファイル名は .svg で終えてください")
        }
        let visits = Dictionary(
            PlannedWeeks(planned: (try? workspace.plannedVisits()) ?? [], today: today).visits(in: PlanWeek(containing: today))
                .map { (NameKey.normalize($0.customerName), $0.visits) }, uniquingKeysWith: +)
        let points = MatrixSVG.points(classifications) { visits[NameKey.normalize($0.name)] ?? 0 }
        guard !points.isEmpty else { return console.say(book.isEmpty ? emptyBookHint : unclassifiedHint) }
        let picture = MatrixSVG(points: points, cut: config.classifier.cut.doubleValue, language: language)
        try FileOutput.writeAtomically(picture.render(), to: path, force: force)
        let unclassified = classifications.count - points.count
        console.say(language == .en
            ? "Wrote the matrix of \(points.count) customers to \(path)\(unclassified > 0 ? " (\(unclassified) unclassified left out)" : "")."
            : "\(points.count)社のマトリックスを \(path) に書き出しました\(unclassified > 0 ? "（分類できない \(unclassified)社は除外）" : "")。")
    }

    /// `matrix`: the 2×2 scatter, drawn to the terminal's current width.
    func matrix() {
        let points = classifications.compactMap { c -> MatrixPoint? in
            guard let segment = c.segment, let objective = c.objective, let record = c.record else { return nil }
            return MatrixPoint(label: c.name, record: record.value, objective: objective.value, segment: segment)
        }
        guard !points.isEmpty else { return console.say(book.isEmpty ? emptyBookHint : unclassifiedHint) }
        let cut = config.classifier.cut.doubleValue
        let glyphs: Glyphs = environment["SALESCOACH_ASCII"] == "1" ? .ascii : .unicode
        let plot = MatrixPlot(
            points: points, recordCut: cut, objectiveCut: cut, titles: language == .en ? .both : .japanese, glyphs: glyphs)
        console.raw(plot.render(width: console.width, color: console.colorMode))
        let unclassified = classifications.count - points.count
        if unclassified > 0 {
            console.say(
                language == .en
                    ? "\(unclassified) customer(s) not shown: no data on an axis ('list unclassified')."
                    : "軸のデータがない \(unclassified)社は表示していません（'list unclassified'）。",
                style: Palette.muted)
        }
    }

    var unclassifiedHint: String {
        language == .en
            ? "No customer can be classified yet: each needs at least one objective metric and one record metric."
            : "まだ分類できる顧客がいません。客観的評価と取り引き実績の数値がそれぞれ一つ以上必要です。"
    }
}
