import Foundation
import SalesCoachKnowledgeFiles
import Testing

@testable import SalesCoachCore

/// The assistant's answer time on a 10,000-customer book. A benchmark, not a
/// test: it asserts nothing and runs only when asked, in a release build:
///
///     SALESCOACH_BENCH=1 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-bench-tests --filter AssistantBenchmark
@Suite struct AssistantBenchmark {
    /// A book like a large rep team's: English and Japanese names (a third
    /// readable in romaji), every metric with gaps, seeded.
    static func book(size: Int) -> [Customer] {
        var random = SeededRandom(seed: 42)
        let english = ["Acme", "Northwind", "Globex", "Summit", "Orion", "Vertex", "Helios", "Pacific", "Atlas", "Zenith"]
        let trades = ["Industrial", "Trading", "Foods", "Systems", "Logistics", "Medical", "Retail", "Works"]
        let family = ["田中", "山田", "鈴木", "佐藤", "高橋", "中村", "小林", "加藤", "渡辺", "伊藤", "森田", "丸山"]
        let japaneseTrades = ["商事", "工業", "製作所", "電機", "建設", "化学", "精機", "物産", "テクノロジー"]
        func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
        func value(_ range: Double) -> Double? { random.next() % 10 == 0 ? nil : Double(random.next() % 1_000_000) / 1_000_000 * range }
        return (0..<size).map { i in
            let name = i % 2 == 0 ? "\(pick(english)) \(pick(trades)) \(i)" : "\(pick(family))\(pick(japaneseTrades))\(i)"
            var metrics = MetricValues()
            metrics[.companyRevenue] = value(1e6)
            metrics[.employees] = value(50_000)
            metrics[.growth] = value(40).map { $0 - 15 }
            metrics[.orders] = value(200)
            metrics[.sales] = value(1e8)
            metrics[.profit] = value(1e7)
            return Customer(name: name, metrics: metrics)
        }
    }

    static let questions = [
        "who should I visit this week?", "why?", "why is Acme Industrial 10 in C?", "tell me about 田中商事11",
        "who are my B customers?", "Bの顧客は？", "how should I handle C customers?", "C顧客にはどう対応する？",
        "what is the objective evaluation axis?", "なぜBに注力するの？", "how many A customers do I have?", "Aランクは何社？",
        "what would move Northwind Trading 20 to A?", "山田工業13をAにするには？", "is my plan OK?", "Cに時間をかけすぎ？",
        "should I visit Globex Foods 30 or Summit Works 40 first?", "what can you do?", "what's the weather?",
        "why is Tanaka Shoji 15 in C?", "give me five visits", "今週は五件くらい回りたい", "and Acme Industrial 12?",
        "whos worth visting this week", "explain the reasoning behind this plan please",
    ]

    @Test("answer time on a 10,000-customer book, when asked")
    func answerTime() throws {
        guard ProcessInfo.processInfo.environment["SALESCOACH_BENCH"] != nil else { return }
        let knowledge = try KnowledgeBase(files: KnowledgeFiles.all)
        let classifications = Classifier().classify(Self.book(size: 10_000))
        var builds: [Double] = []
        var data: AssistantData! = nil
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            data = AssistantData(classifications: classifications, guidance: knowledge, today: LocalDate(year: 2026, month: 11, day: 30)!)
            builds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        var times: [Double] = []
        var context = ConversationContext()
        // The first round warms the plan cache and the shared tables; it is not counted.
        for round in 0..<21 {
            for question in Self.questions {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Assistant.answer(question, context: &context, data: data)
                if round > 0 { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
            }
        }
        times.sort()
        builds.sort()
        func at(_ q: Double) -> String { String(format: "%.3f", times[Int(q * Double(times.count - 1))]) }
        print("[bench] assistant, 10,000 customers, \(times.count) answers: median \(at(0.5)) ms, p95 \(at(0.95)) ms, max \(at(1)) ms")
        print("[bench] building the assistant's indexes: median \(String(format: "%.1f", builds[2])) ms")
    }
}
