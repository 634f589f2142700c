import Dispatch

/// `classify`'s CSV or JSON for a whole file, produced in blocks and handed
/// to a writer as it goes, so a million rows never sit in memory as text.
///
/// Each block is cut into chunks made on both cores while the block before
/// it is handed to the writer; the chunks are handed over in order, so the
/// output is the same as one thread's.
public enum ClassificationStream {
    public enum Format: Sendable {
        case csv
        case json
    }

    /// Rows per block: large enough that the threads' start-up is noise,
    /// small enough that a block's text (about 200 bytes a row) stays a few MB.
    static let blockRows = 16_384

    /// Chunks a block's rows are cut into for the cores: more than there are
    /// cores, so that a core that is done (or has written the block before)
    /// takes the next chunk rather than waiting for the slower one.
    static let blockChunks = 8

    /// Writes the export of `customers`, as one book or one book per rep,
    /// through `write`, which returns false to stop (a closed pipe). `language`
    /// is the language of the CSV header and of the values a person reads.
    public static func write(
        _ customers: [Customer], config: ClassifierConfig, perRep: Bool, format: Format, language: Language = .en,
        progress: WorkProgress? = nil, to write: ([UInt8]) -> Bool
    ) {
        self.write(
            CustomerColumns(customers), config: config, perRep: perRep, format: format, language: language,
            progress: progress, to: write)
    }

    /// The same for a book kept as columns (`CustomerImporter.importColumns`).
    public static func write(
        _ book: CustomerColumns, config: ClassifierConfig, perRep: Bool, format: Format, language: Language = .en,
        progress: WorkProgress? = nil, to write: ([UInt8]) -> Bool
    ) {
        let groups: [(rep: String?, rows: [Int])] = perRep ? book.repGroups() : [(nil, Array(0..<book.count))]
        var first = true
        switch format {
        case .csv:
            guard write(ClassificationExport.csvHeader(perRep: perRep, language: language)) else { return }
        case .json:
            guard book.count > 0 else { _ = write(ClassificationExport.jsonEmpty); return }
            guard write(ClassificationExport.jsonOpening) else { return }
        }
        // One book is ranked, then written; per rep, each small book's ranking hides inside the writing.
        progress?.start(perRep ? .writing : .ranking, total: book.count)
        // Each block's text is made in chunks on both cores while the block
        // before it is written (`blockChunks`). The chunks' buffers are kept
        // from block to block: a block's text is a few MB, and fresh buffers
        // for each one had the kernel zeroing new pages for the whole of the
        // output, a tenth of the time of a large export.
        var texts = [[UInt8]](repeating: [], count: blockChunks)
        // Each chunk's CSV rows are written into a raw buffer of its own (`ByteBuffer` says why), kept for every block.
        let rowBuffers = UnsafeMutableBufferPointer<ByteBuffer>.allocate(capacity: blockChunks)
        for c in 0..<blockChunks { (rowBuffers.baseAddress! + c).initialize(to: ByteBuffer()) }
        defer {
            for buffer in rowBuffers { buffer.deallocate() }
            rowBuffers.deallocate()
        }
        nonisolated(unsafe) let chunkBuffers = rowBuffers
        var unwritten = [[UInt8]](repeating: [], count: blockChunks)
        /// Writes the text of the block before; false once `write` said stop.
        func writeUnwritten() -> Bool {
            defer { for c in unwritten.indices { unwritten[c].removeAll(keepingCapacity: true) } }
            return unwritten.allSatisfy { $0.isEmpty || write($0) }
        }
        for group in groups {
            let rep = perRep ? group.rep : nil
            let repField = ClassificationExport.repField(rep)
            if let batch = BatchClassifier(columns: book, rows: perRep ? group.rows : nil, config: config) {
                if !perRep { progress?.start(.writing, total: book.count) }
                for start in stride(from: 0, to: batch.count, by: blockRows) {
                    let end = min(start + blockRows, batch.count)
                    let chunks = (0..<blockChunks).map { c in
                        start + (end - start) * c / blockChunks..<start + (end - start) * (c + 1) / blockChunks
                    }
                    let isFirst = first
                    var stopped = false
                    texts.withUnsafeMutableBufferPointer { buffer in
                        nonisolated(unsafe) let output = buffer
                        // This block's chunks are made on both cores while this thread writes the block before.
                        let made = DispatchGroup()
                        DispatchQueue.global().async(group: made) {
                            DispatchQueue.concurrentPerform(iterations: blockChunks) { c in
                                let rows = chunks[c]
                                var out = output[c]
                                output[c] = []
                                out.removeAll(keepingCapacity: true)
                                out.reserveCapacity(rows.count * 200)
                                // The verdicts first, then their text: each verdict reads far
                                // into the sorted columns, and together those reads overlap
                                // (`BatchClassifier.verdicts`), where between two rows' text
                                // each one waited on its own.
                                var verdicts: [Verdict] = []
                                batch.verdicts(rows: rows, into: &verdicts)
                                switch format {
                                case .csv:
                                    var text = chunkBuffers[c]
                                    text.removeAll()
                                    defer {
                                        out.append(contentsOf: text.bytes)
                                        chunkBuffers[c] = text
                                    }
                                    // Names, rows and the rep's field through pointers taken once per chunk (`ByteTable` says why).
                                    book.withNames { names in
                                        group.rows.withUnsafeBufferPointer { bookRows in
                                            repField.withUnsafeBufferPointer { repField in
                                                for (row, verdict) in zip(rows, verdicts) {
                                                    ClassificationExport.appendCSV(
                                                        nameUTF8: names[bookRows[row]], repField: perRep ? repField : nil,
                                                        verdict: verdict, cut: config.cut, language: language, to: &text)
                                                }
                                            }
                                        }
                                    }
                                case .json:
                                    for (row, verdict) in zip(rows, verdicts) {
                                        ClassificationExport.appendJSON(
                                            name: book.name(group.rows[row]), rep: rep, verdict: verdict, parts: batch.parts(row: row),
                                            perRep: perRep, cut: config.cut, language: language, first: isFirst && row == 0, to: &out)
                                    }
                                }
                                output[c] = out
                            }
                        }
                        stopped = !writeUnwritten()
                        made.wait()
                    }
                    guard !stopped else { return }
                    first = false
                    swap(&texts, &unwritten)
                    progress?.advance(by: end - start)
                }
            } else {
                guard writeUnwritten() else { return }
                // Weights too fine for the integer rule: the rule in exact fractions.
                let results = Classifier(config: config).classifyWithFractions(group.rows.map(book.customer))
                let rows = results.map { ClassificationExport.Row(rep: rep, classification: $0) }
                for (i, row) in rows.enumerated() {
                    var out: [UInt8] = []
                    let c = row.classification
                    switch format {
                    case .csv:
                        ClassificationExport.appendCSV(
                            name: c.name, rep: rep, verdict: Verdict(c), perRep: perRep, cut: config.cut, language: language, to: &out)
                    case .json:
                        ClassificationExport.appendJSON(
                            name: c.name, rep: rep, verdict: Verdict(c), parts: ClassificationExport.parts(of: c),
                            perRep: perRep, cut: config.cut, language: language, first: first && i == 0, to: &out)
                    }
                    guard write(out) else { return }
                }
                if !rows.isEmpty { first = false }
                progress?.advance(by: rows.count)
            }
        }
        guard writeUnwritten() else { return }
        if format == .json { _ = write(ClassificationExport.jsonClosing) }
    }
}
