import SalesCoachCore

// Questions → Assistant on a small fixed book. Input lines are asked in turn
// in one conversation (follow-ups read the context). Every question gets a
// non-empty answer in its own language, the same question reads the same way
// twice, and an answer never carries a control character that would drive
// the terminal.

private let today = LocalDate(year: 2026, month: 11, day: 30)!

private let data: AssistantData = {
    let rows: [(String, [Double?], String?)] = [
        ("田中商事", [1_200, 80, 2.5, 64, 9_800_000, 1_200_000], "佐々木 健"),
        ("Acme Corporation", [450_000, 12_000, 7.1, 3, 800_000, 90_000], "Emily Carter"),
        ("山田製作所", [80_000, 900, -3.2, 12, 3_000_000, 400_000], "佐々木 健"),
        ("Kimura Print Works", [3_813, 137, -2.5, 28, 12_000_000, 1_505_906], nil),
        ("北陸製薬", [262_619, 4_441, 4.5, 1, 400_000, 58_957], "Emily Carter"),
        ("Vertex Automotive", [276_887, 12_109, 7.3, 3, 200_000, 33_634], nil),
        ("㈱ブルースカイ", [nil, nil, nil, 5, 600_000, 70_000], nil),
        ("O'Neil & Sons, Ltd.", [5_000, 40, 0, nil, nil, nil], nil),
        ("ＡＢＣ物流", [9_000, 300, 1.0, 9, 2_000_000, 250_000], nil),
    ]
    let customers = rows.enumerated().map { index, row in
        var metrics = MetricValues()
        for (metric, value) in zip(Metric.allCases, row.1) { metrics[metric] = value }
        return Customer(
            name: row.0, metrics: metrics, lastVisit: today.adding(days: -7 * index), rep: row.2)
    }
    let visits = customers.prefix(4).map { VisitRecord(customerName: $0.name, date: today.adding(days: -3)) }
    let planned = customers.prefix(5).map { PlannedVisit(customerName: $0.name, visits: 2) }
    return AssistantData(
        classifications: Classifier().classify(customers), guidance: EchoGuidance(), visitLog: visits,
        planned: planned, today: today)
}()

/// Any id is an entry, so answers that quote guidance run in full.
private struct EchoGuidance: GuidanceSource {
    func guidance(id: String, in language: Language) -> Guidance? {
        Guidance(id: id, title: "Title \(id)", body: "Line one of \(id).\n\nLine two.", related: ["c-trap"])
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
    var context = ConversationContext()
    for question in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(4).map(String.init) {
        let before = context
        let answer = Assistant.answer(question, context: &context, data: data)
        if answer.lines.isEmpty { fatalError("no answer to '\(question)'") }
        if answer.language != answer.interpretation.language {
            fatalError("answered in \(answer.language), read as \(answer.interpretation.language): '\(question)'")
        }
        if data.interpreter.interpret(question, context: before) != answer.interpretation {
            fatalError("the same question read two ways: '\(question)'")
        }
        for line in answer.lines where line.unicodeScalars.contains(where: isTerminalControl) {
            fatalError("control character in the answer to '\(question)': \(line.debugDescription)")
        }
    }
    return 0
}

/// C0 and C1 controls other than tab, which a terminal would act on.
private func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
}
