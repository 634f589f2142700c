import Testing

@testable import SalesCoachCore

/// A Japanese `classify` file reads in Japanese in every cell a person reads,
/// not only in its header: a manager opening it in Excel met "low", "no" and
/// English sentences under Japanese headings.
@Suite struct JapaneseClassificationExportTests {
    static let customers = [
        Customer(name: "大和精機", metrics: MetricValues([.companyRevenue: 900, .employees: 400, .orders: 2, .sales: 3])),
        Customer(name: "小池商店", metrics: MetricValues([.companyRevenue: 50, .employees: 12, .orders: 30, .sales: 90])),
        Customer(name: "北斗物流", metrics: MetricValues([.companyRevenue: 700, .employees: 250, .orders: 25, .sales: 80])),
        Customer(name: "南風食品", metrics: MetricValues([.companyRevenue: 40, .employees: 9, .orders: 1, .sales: 2])),
        Customer(name: "未記入工業", metrics: MetricValues([.employees: 30])),
    ]

    static func rows() -> [ClassificationExport.Row] {
        Classifier().classify(customers).map { ClassificationExport.Row(rep: nil, classification: $0) }
    }

    /// The CSV's records, split on the commas outside quotes.
    static func records(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map { line in
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields.append(field); field = "" } else { field.append(character) }
            }
            fields.append(field)
            return fields
        }
    }

    @Test("levels, the borderline flag, the reason and the nearest move are Japanese in a Japanese CSV")
    func csvValues() throws {
        let records = Self.records(ClassificationExport.csv(Self.rows(), perRep: false, language: .ja))
        #expect(records.count == 5)
        for record in records where record[1] != "" {
            #expect(["高", "低"].contains(record[4]) && ["高", "低"].contains(record[5]), "\(record)")
            #expect(["はい", "いいえ"].contains(record[6]), "\(record)")
            #expect(record[8].hasSuffix("。") && record[8].contains("に移ります"), "\(record[8])")
            // Segment letters stand alone; an English word is two letters or more in a row.
            #expect(record[8].firstRange(of: /[A-Za-z]{2,}/) == nil, "no English word in \(record)")
        }
        let unclassified = try #require(records.first { $0[0] == "未記入工業" })
        #expect(unclassified[1] == "")
        #expect(unclassified[7] == "取り引き実績の値がありません")
    }

    @Test("the English CSV keeps its codes and sentences")
    func englishUnchanged() throws {
        let records = Self.records(ClassificationExport.csv(Self.rows(), perRep: false, language: .en))
        let classified = records.filter { $0[1] != "" }
        #expect(classified.allSatisfy { ["high", "low"].contains($0[4]) && ["yes", "no"].contains($0[6]) })
        #expect(classified.allSatisfy { $0[8].contains("it would move to") })
        #expect(try #require(records.first { $0[0] == "未記入工業" })[7] == "no value on the transaction record axis")
    }

    @Test("the streamed Japanese CSV is the same text as the one built whole")
    func streamAgrees() {
        var streamed: [UInt8] = []
        ClassificationStream.write(Self.customers, config: .standard, perRep: false, format: .csv, language: .ja) {
            streamed += $0
            return true
        }
        #expect(String(decoding: streamed, as: UTF8.self) == ClassificationExport.csv(Self.rows(), perRep: false, language: .ja))
    }

    @Test("JSON keeps English keys and codes, with the move's sentence and the reason in the session's language")
    func jsonText() {
        let json = ClassificationExport.json(Self.rows(), perRep: false, language: .ja)
        #expect(json.contains("\"segment\": \"A\""))
        #expect(json.contains("\"pull\": \"up\"") || json.contains("\"pull\": \"down\""))
        #expect(json.contains("\"unclassified_reason\": \"取り引き実績の値がありません\""))
        #expect(json.contains("に移ります"))
        #expect(!json.contains("it would move to"))
    }
}
