import TestSupport
import Testing

@testable import SalesCoachCore

/// Every reason SQL could not be written reads in Japanese whole, the
/// reason and expectation included, and English keeps its words.
@Suite struct SQLErrorTextTests {
    static let errors: [(name: String, error: SQLError, places: [String])] = [
        ("a table name with an empty part", .badTableName("sales..accounts", reason: .emptyPart), ["sales..accounts", "空の部分"]),
        ("a table name with a quote", .badTableName("a\"b", reason: .quoteOrLineBreak), ["a\"b", "引用符"]),
        ("a roll-up as accounts", .badTableName("deals.csv", reason: .rollupAsAccounts), ["deals.csv", "集計"]),
        (
            "a CSV header without a name", .badTableName("x.csv", reason: .header(.noCustomerRows(source: "x.csv"))),
            ["x.csv"]
        ),
        ("per-rep without a rep column", .missingRollupColumn(role: "rep", expected: .repForPerRep), ["rep", "--per-rep", "--opportunity-columns rep=列名"]),
        (
            "no usual name for the stage", .missingRollupColumn(role: "stage", expected: .usualNames(["stage", "deal stage"], source: "deals.csv")),
            ["deals.csv", "'stage'、'deal stage'", "--opportunity-columns stage=列名"]
        ),
        (
            "a named column not in the file",
            .missingRollupColumn(role: "rep", expected: .namedColumn("owner", source: "deals.csv", headers: ["account", "stage"])),
            ["deals.csv", "'owner'", "'account'、'stage'"]
        ),
        ("an opportunity column without '='", .badOpportunityColumns("owner", expected: .rolePair), ["'owner'", "rep=sales_agent"]),
        ("an opportunity column's unknown role", .badOpportunityColumns("region=West", expected: .knownRole), ["'region=West'", "account・rep"]),
    ]

    @Test("an SQL error in Japanese has no English sentence and keeps its names", arguments: errors.indices)
    func japanese(_ index: Int) {
        let (_, error, places) = Self.errors[index]
        let text = error.text(in: .ja)
        #expect(englishSentence(in: text) == nil, "\(text)")
        for place in places { #expect(text.contains(place), "\(place) in \(text)") }
    }

    @Test("the English reasons read as they always did")
    func english() {
        #expect(
            SQLError.badTableName("a..b", reason: .emptyPart).text(in: .en)
                == "'a..b' is not a table name SalesCoach can quote: an empty part; write it as schema.table, each part without quotes")
        #expect(
            SQLError.missingRollupColumn(role: "stage", expected: .usualNames(["stage", "deal stage"], source: "deals.csv")).text(in: .en)
                == "the opportunities need a stage column; expected one of 'stage', 'deal stage' in deals.csv, or name it with --opportunity-columns stage=COLUMN")
        #expect(
            SQLError.badOpportunityColumns("owner", expected: .rolePair).text(in: .en)
                == "--opportunity-columns: 'owner' does not read; expected ROLE=COLUMN, e.g. rep=sales_agent")
    }

    @Test("the roll-up throws its reason as a value, not as words")
    func thrownAsValues() throws {
        var columns = OpportunityColumns()
        #expect(throws: SQLError.badOpportunityColumns("region=West", expected: .knownRole)) { try columns.apply("region=West") }
        #expect(throws: SQLError.missingRollupColumn(role: "stage", expected: .usualNames(OpportunityColumns.names.stage, source: "deals.csv"))) {
            try OpportunityColumns(headers: ["account", "amount"], source: "deals.csv")
        }
    }
}
