import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `matrix --force` without a file: what the option needs.
    var matrixUsage: Failure {
        Failure(MatrixError.usage, in: language)
    }

    /// `matrix --export FILE.svg [--force]`: the 2×2 scatter as a picture for a slide.
    func matrix(exportingTo path: String, force: Bool) throws {
        guard path.lowercased().hasSuffix(".svg") else {
            throw Failure(MatrixError.notSVG, in: language)
        }
        let visits = Dictionary(
            PlannedWeeks(planned: (try? workspace.plannedVisits()) ?? [], today: today).visits(in: PlanWeek(containing: today))
                .map { (NameKey.normalize($0.customerName), $0.visits) }, uniquingKeysWith: +)
        let points = MatrixSVG.points(classifications) { visits[NameKey.normalize($0.name)] ?? 0 }
        guard !points.isEmpty else { return console.say(book.isEmpty ? emptyBookHint : unclassifiedHint) }
        let picture = MatrixSVG(points: points, cut: config.classifier.cut.doubleValue, language: language)
        try FileOutput.writeAtomically(picture.render(), to: path, force: force)
        let unclassified = classifications.count - points.count
        console.say(MatrixMessage.wrote(customers: points.count, path: path, unclassified: unclassified))
    }

    /// `matrix`: the 2×2 scatter, drawn to the terminal's current width.
    func matrix() {
        // Read in place: `compactMap` handed each classification over as a
        // copy (its customer, axes and moves retained), a fifth of the command.
        var points: [MatrixPoint] = []
        classifications.withUnsafeBufferPointer { items in
            points.reserveCapacity(items.count)
            for i in items.indices {
                guard let segment = items[i].segment, let objective = items[i].objective?.value, let record = items[i].record?.value
                else { continue }
                points.append(MatrixPoint(label: items[i].customer.name, record: record, objective: objective, segment: segment))
            }
        }
        guard !points.isEmpty else { return console.say(book.isEmpty ? emptyBookHint : unclassifiedHint) }
        let cut = config.classifier.cut.doubleValue
        let glyphs: Glyphs = environment["SALESCOACH_ASCII"] == "1" ? .ascii : .unicode
        let plot = MatrixPlot(
            points: points, recordCut: cut, objectiveCut: cut, titles: language == .en ? .both : .japanese, glyphs: glyphs)
        console.raw(plot.render(width: console.width, color: console.colorMode))
        let unclassified = classifications.count - points.count
        if unclassified > 0 {
            console.say(MatrixMessage.notShown(unclassified: unclassified), style: Palette.muted)
        }
    }

    var unclassifiedHint: String {
        MatrixMessage.nothingClassified.text(in: language)
    }
}
