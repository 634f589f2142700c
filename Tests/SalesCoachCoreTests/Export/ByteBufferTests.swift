import Testing

@testable import SalesCoachCore

/// The streamed CSV writes its rows into `ByteBuffer`s and reads its words
/// from `ByteTable`s; everything else writes `[UInt8]`. These hold the two
/// to the same bytes.
@Suite("Raw byte buffers write what arrays write")
struct ByteBufferTests {
    @Test("appending, growing past the first capacity, inserting and removing give an array's bytes")
    func behavesLikeAnArray() {
        var buffer = ByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        var array: [UInt8] = []
        func both(_ change: (inout ByteBuffer) -> Void, _ same: (inout [UInt8]) -> Void) {
            change(&buffer)
            same(&array)
            #expect(Array(buffer.bytes) == array)
            #expect(buffer.count == array.count)
        }
        for round in 0..<40 {
            let text = Array("row \(round), \"名前\"\n".utf8)
            both({ $0.append(contentsOf: text) }, { $0.append(contentsOf: text) })
            both({ $0.append(UInt8(ascii: "x")) }, { $0.append(UInt8(ascii: "x")) })
            both({ $0.insert(UInt8(ascii: "\""), at: 3) }, { $0.insert(UInt8(ascii: "\""), at: 3) })
            both({ $0.removeLast(2) }, { $0.removeLast(2) })
            both({ $0.append(contentsOf: "数字 12,5".utf8) }, { $0.append(contentsOf: "数字 12,5".utf8) })
        }
        both({ $0.insert(0, at: $0.count) }, { $0.insert(0, at: $0.count) })
        buffer.removeAll()
        #expect(buffer.count == 0)
        #expect(Array(ByteTable(["", "high", "", "高い"])[3]) == Array("高い".utf8))
        #expect(ByteTable(["", "a"])[0].isEmpty)
    }

    @Test("names that need quotes or an apostrophe, exact 50s, ties, empty axes and one-customer books stream as the classifier exports them")
    func edgeRowsStreamAlike() {
        let names = [
            "Acme, Inc", "Quote \"Q\" Co", "=SUM(A1)", "-5", "+3.5", "@x", "'=x", " Lead", "Trail ", "株式会社テスト", "Tab\tName", "",
        ]
        func customer(_ i: Int, _ values: [Double?], rep: String?) -> Customer {
            var metrics = MetricValues()
            for (metric, value) in zip(Metric.allCases, values) { metrics[metric] = value }
            return Customer(name: names[i % names.count].isEmpty ? "x\(i)" : names[i % names.count] + " \(i)", metrics: metrics, rep: rep)
        }
        let books: [[Customer]] = [
            // Two customers whose axes are exactly 50 (ranks 1, 2 and 2, 1), with ties and empty axes beside them.
            [
                customer(0, [1, 2, nil, 1, 1, nil], rep: "Ann, Lee"), customer(1, [2, 1, nil, 2, 2, nil], rep: "Ann, Lee"),
                customer(2, [5, 5, 5, 5, 5, 5], rep: nil), customer(3, [5, 5, 5, nil, nil, nil], rep: "\"Q\""),
                customer(4, [nil, nil, nil, 1, 2, 3], rep: "佐藤"), customer(5, [nil, nil, nil, nil, nil, nil], rep: nil),
                customer(6, [100, 10, 1.5, 0, 0, -100], rep: "佐藤"), customer(7, [1e9, 1e5, -20, 50, 1e7, 1e6], rep: nil),
                customer(8, [3, 3, 3, 3, 3, 3], rep: "Ann, Lee"), customer(9, [0.5, 1, 2, 3, 4, 5], rep: nil),
                customer(10, [7, 8, 9, 10, 11, 12], rep: "佐藤"), customer(11, [1, 1, 1, 1, 1, 1], rep: nil),
            ],
            [customer(0, [1, 2, 3, 4, 5, 6], rep: "Solo")],
        ]
        for customers in books {
            let classifier = Classifier(config: .standard)
            for perRep in [false, true] {
                for language in [Language.en, .ja] {
                    let rows = BatchClassifierTests.rowsInFractions(customers, classifier: classifier, perRep: perRep)
                    var streamed: [UInt8] = []
                    ClassificationStream.write(customers, config: .standard, perRep: perRep, format: .csv, language: language) {
                        streamed += $0
                        return true
                    }
                    #expect(
                        String(decoding: streamed, as: UTF8.self) == ClassificationExport.csv(rows, perRep: perRep, language: language),
                        "\(customers.count) customers, perRep \(perRep), \(language)")
                }
            }
        }
    }
}
