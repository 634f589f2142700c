import Foundation
import TestSupport
import Testing

/// Sessions from a fresh trial (34) on a Nagoya and Gifu machine-parts
/// distributor: two customers of a plan the assistant proposed trading
/// days, limits and a customer to keep asked for right after a plan, and two
/// visits told in one line. (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtyFourSessionTests {
    static let book = TrialBooks.tokaiMachineParts

    private func session(_ lines: [String], language: String = "ja") throws -> String {
        let result = try BinaryRunner.session(book: Self.book, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The day label of each customer in the assistant's plan lines ("  12/9(水)  NAME — …").
    private func days(_ output: Substring) -> [String: String] {
        var days: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let match = line.firstMatch(of: #/^  (\d+/\d+\(.\))  (.+?) — /#) else { continue }
            days[String(match.2)] = String(match.1)
        }
        return days
    }

    @Test("two customers of a plan the assistant proposed trade days when asked in words")
    func swapAfterProposedPlan() throws {
        let output = try session(["今週どこ回ればいい？", "KSKと中部ロボティクスの日を入れ替えて"])
        let plan = days(output[...])
        let ksk = try #require(plan["ＫＳＫ精機"]), chubu = try #require(plan["Chubu Robotics"])
        #expect(ksk != chubu, "\(output)")
        // The answer says each one's new day: the other's old one.
        let said = try #require(output.split(separator: "\n").last { $0.contains("にしました") })
        func weekday(_ label: String) -> String { String(label.suffix(3)) }
        let newKsk = try #require(said.firstMatch(of: #/ＫＳＫ精機 は 2026-12-\d\d(\(.\))/#)).1
        let newChubu = try #require(said.firstMatch(of: #/Chubu Robotics は 2026-12-\d\d(\(.\))/#)).1
        #expect(String(newKsk) == weekday(chubu) && String(newChubu) == weekday(ksk), "\(said)")
    }

    @Test("limits and a customer to keep, right after a plan, make a new plan that keeps them, saving nothing")
    func limitsAndKeepAfterPlan() throws {
        let output = try session(["今週どこ回ればいい？", "木曜休みで、1日3件まで。可児電子は必ず入れて"])
        #expect(!output.contains("保存しました"), "\(output)")
        let second = try #require(output.components(separatedBy: "の週の訪問計画").last)
        let plan = days(second[...])
        #expect(plan["可児電子株式会社"] != nil, "\(second)")
        #expect(!plan.values.contains { $0.hasSuffix("(木)") }, "\(second)")
        let perDay = Dictionary(grouping: plan.values, by: { $0 }).mapValues(\.count)
        #expect(perDay.values.allSatisfy { $0 <= 3 }, "\(perDay)")
    }

    @Test("two visits told in one line, each with a day, are both in the visit log")
    func twoVisitsInOneLine() throws {
        let output = try session(["visited suzuki bankin yesterday and mino chemical on monday", "visits"], language: "en")
        #expect(output.contains("2026-12-07 Mon  B  美濃化学工業株式会社") || output.contains("2026-12-07 Mon") && output.contains("美濃化学工業株式会社"), "\(output)")
        #expect(output.contains("有限会社鈴木板金"), "\(output)")
        #expect(output.contains("Visits logged: 2"), "\(output)")
    }
}
