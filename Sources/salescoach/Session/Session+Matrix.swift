import SalesCoachCore
import SalesCoachTerminal

extension Session {
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
