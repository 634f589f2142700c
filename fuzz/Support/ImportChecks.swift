import SalesCoachCore

/// What every customer import must hold, whatever the bytes: it either
/// throws an error that describes itself, or returns customers that a book
/// accepts, with finite values, that classify, and that survive being
/// written out as CSV and read back unchanged.
enum ImportChecks {
    static func run(_ bytes: [UInt8], encoding: SourceEncoding) {
        var options = ImportOptions(encoding: encoding)
        do {
            check(try CustomerImporter.importCustomers(from: bytes, source: "fuzz.csv", options: options), bytes)
        } catch let firstError {
            describe(firstError)
            guard case .duplicateName = firstError else { return }
            // The same file with duplicates merged, as `--merge-duplicates` reads it.
            options.duplicates = .merge
            do {
                check(try CustomerImporter.importCustomers(from: bytes, source: "fuzz.csv", options: options), bytes)
            } catch {
                // A later row may have its own problem; a duplicate must not be one.
                describe(error)
                if case .duplicateName = error { fail("merging duplicates still reports '\(error)'", bytes) }
                if let first = error.line, let duplicate = firstError.line, first < duplicate {
                    fail("merging found '\(error)' before the duplicate on line \(duplicate)", bytes)
                }
            }
        }
    }

    static func describe(_ error: ImportError) {
        let text = error.description
        if text.isEmpty { fatalError("an error without a message") }
        if let line = error.line, line < 1 { fatalError("error on line \(line): \(text)") }
    }

    static func check(_ result: ImportResult, _ bytes: [UInt8]) {
        let customers = result.customers
        if customers.isEmpty { fail("an import without customers did not throw", bytes) }
        if result.lines.count != customers.count { fail("\(result.lines.count) lines for \(customers.count) customers", bytes) }
        if zip(result.lines, result.lines.dropFirst()).contains(where: { $0 >= $1 }) {
            fail("customers out of file order: lines \(result.lines)", bytes)
        }
        for (index, customer) in customers.enumerated() {
            if customer.name.isEmpty { fail("an empty name at line \(result.lines[index])", bytes) }
            for metric in Metric.allCases {
                // Known: merged record metrics are summed without a check
                // (CSVImport-merged-sales-overflow-to-infinity.csv).
                if !result.merges.isEmpty && metric.axis == .record { continue }
                if let value = customer[metric], !value.isFinite {
                    fail("\(metric) of '\(customer.name)' is \(value)", bytes)
                }
            }
            _ = result.sourceLines(ofCustomerAt: index)
        }
        for warning in result.warnings where warning.description.isEmpty { fail("a warning without text", bytes) }

        let book: Book
        do {
            book = try Book(customers)
        } catch {
            fail("the importer's customers do not make a book: \(error)", bytes)
        }
        let classifications = Classifier().classify(book)
        _ = SegmentSummary(classifications).rows
        _ = ClassificationExport.csv(classifications.map { .init(rep: $0.customer.rep, classification: $0) }, perRep: false)

        // The canonical writer's file must read back as the same customers.
        let written = CustomerCSVWriter.bytes(book.customers)
        do {
            let again = try CustomerImporter.importCustomers(from: written, source: "export.csv")
            if again.customers != book.customers {
                let pairs = zip(again.customers, book.customers).first { $0 != $1 }
                fail("written and read back, customers changed: \(String(describing: pairs))", bytes)
            }
        } catch {
            fail("the writer's own file does not read back: \(error)", bytes)
        }
    }

    static func fail(_ message: String, _ bytes: [UInt8]) -> Never {
        fatalError("\(message)\ninput: \(bytes.prefix(200).map { String($0, radix: 16) }.joined(separator: " "))")
    }
}
