import SalesCoachCore

// Config file text → Config. A file that reads must survive the round trip
// through the workspace's key/value form, and must classify a small book
// without trapping (weights and cuts are exact fractions that could overflow).

private let book: [Customer] = (0..<7).map { i in
    var values: [Metric: Double] = [:]
    for metric in Metric.allCases where (i + metric.index) % 5 != 0 {
        values[metric] = Double((i * 37 + metric.index * 11) % 13) * 1_000 - (metric == .growth ? 4_000 : 0)
    }
    return Customer(name: "Customer \(i)", metrics: MetricValues(values))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let config: Config
    do {
        config = try Config(file: text, source: "fuzz.toml")
    } catch {
        _ = error.description
        return 0
    }
    // `==` compares storage (an explicit weight 1 differs from the default),
    // so the round trip is judged on what the settings say.
    let settings = Dictionary(config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    do {
        let again = try Config(settings: settings)
        if !same(again, config) { fatalError("settings round trip changed the config: \(settings)") }
        let changed = try Config(settings: config.changedSettings)
        if !same(changed, config) { fatalError("changed settings round trip changed the config: \(config.changedSettings)") }
    } catch {
        fatalError("settings of a valid config do not read back: \(error) from \(settings)")
    }
    let results = Classifier(config: config.classifier).classify(book)
    for result in results {
        _ = result.segment
        _ = result.moves.first?.relativeChange
    }
    _ = SegmentSummary(results).rows
    return 0
}

private func same(_ a: Config, _ b: Config) -> Bool {
    a.settings.map { "\($0.key)=\($0.value)" } == b.settings.map { "\($0.key)=\($0.value)" }
        && a.classifier.mode == b.classifier.mode && a.classifier.cut == b.classifier.cut
        && a.classifier.borderlineMargin == b.classifier.borderlineMargin
        && Metric.allCases.allSatisfy { a.classifier.weight(of: $0) == b.classifier.weight(of: $0) }
        && a.classifier.thresholds == b.classifier.thresholds && a.columns == b.columns
}
