import SalesCoachCore
import TestSupport
import Testing

@Suite struct OpportunityRollupTests {
    static let maven = ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"]

    @Test("a Maven, Salesforce or Japanese deals header is read by its usual names")
    func guessesColumns() throws {
        let maven = try OpportunityColumns(headers: Self.maven, source: "deals.csv")
        #expect(maven.account == "account")
        #expect(maven.rep == "sales_agent")
        #expect(maven.stage == "deal_stage")
        #expect(maven.amount == "close_value")
        #expect(maven.margin == nil)
        #expect(maven.dates == ["engage_date", "close_date"])
        let salesforce = try OpportunityColumns(
            headers: ["Opportunity Name", "Account Name", "Opportunity Owner", "Stage", "Amount", "Close Date", "Gross Margin"],
            source: "sf.csv")
        #expect(salesforce.account == "Account Name")
        #expect(salesforce.rep == "Opportunity Owner")
        #expect(salesforce.margin == "Gross Margin")
        let japanese = try OpportunityColumns(headers: ["取引先名", "担当者", "フェーズ", "受注金額", "粗利", "受注日"], source: "商談.csv")
        #expect([japanese.account, japanese.rep, japanese.stage, japanese.amount, japanese.margin] == ["取引先名", "担当者", "フェーズ", "受注金額", "粗利"])
    }

    @Test("a header without a stage says which names it looked for and how to name the column")
    func missingStage() {
        #expect(throws: SQLError.self) { try OpportunityColumns(headers: ["account", "amount"], source: "deals.csv") }
        do {
            _ = try OpportunityColumns(headers: ["account", "amount"], source: "deals.csv")
        } catch {
            #expect(error.description.contains("stage column"))
            #expect(error.description.contains("--opportunity-columns stage=COLUMN"))
        }
    }

    @Test("--opportunity-columns names parts outright, and a bad part is refused with the expected form")
    func namedParts() throws {
        var columns = OpportunityColumns()
        try columns.apply("account=Kunde, rep=Owner,dates=closed+created,won=Won+Closed Won")
        #expect(columns.account == "Kunde")
        #expect(columns.rep == "Owner")
        #expect(columns.dates == ["closed", "created"])
        #expect(columns.wonStages == ["won", "closed won"])
        #expect(throws: SQLError.self) { try columns.apply("owner") }
        #expect(throws: SQLError.self) { try columns.apply("region=West") }
    }

    @Test("the roll-up per rep and classified is as recorded for each dialect", arguments: SQLDialect.allCases)
    func classifiedPerRep(dialect: SQLDialect) throws {
        let accounts = try SQLSource(csvFile: "accounts.csv", headers: ["account", "sector", "revenue", "employees"])
        let deals = SQLTable.csvFile(path: "sales_pipeline.csv", headers: Self.maven)
        let rollup = OpportunityRollup(
            accounts: accounts, opportunities: deals, columns: try OpportunityColumns(headers: Self.maven, source: "deals"), perRep: true)
        let sql = ClassificationSQL(config: .standard, dialect: dialect, perRep: true, source: SQLSource(rollup: rollup))
        assertSnapshot(try sql.text(), named: "rollup-per-rep-\(dialect.rawValue)")
    }

    @Test("the roll-up alone counts only won deals, and for the whole table names the rep with most deals")
    func rollupAlone() throws {
        let rollup = OpportunityRollup(
            accounts: try SQLSource(table: "crm.accounts"), opportunities: .table("crm.deals"),
            columns: OpportunityColumns(margin: "margin"), perRep: false)
        let sql = try rollup.text(in: .postgres)
        #expect(sql.contains("SUM(CASE WHEN LOWER(TRIM(CAST(\"stage\" AS TEXT))) IN ('won', 'closed won'"))
        #expect(sql.contains("ORDER BY deals DESC, orders DESC, rep"))
        #expect(sql.contains("FULL OUTER JOIN"), "accounts without deals keep their row")
        #expect(sql.contains("CAST(\"margin\" AS DOUBLE PRECISION)"))
        #expect(sql.hasSuffix("ORDER BY name;\n"))
    }

    @Test("per rep without a rep column in the deals is refused")
    func perRepNeedsRep() throws {
        let rollup = OpportunityRollup(
            accounts: try SQLSource(table: "a"), opportunities: .table("d"), columns: OpportunityColumns(rep: nil), perRep: true)
        #expect(throws: SQLError.self) { try rollup.text(in: .duckdb) }
    }

    @Test("in Japanese only the comments change: each says the same in Japanese and the query is the same text")
    func japaneseComments() throws {
        let rollup = OpportunityRollup(
            accounts: try SQLSource(table: "crm.accounts"), opportunities: .table("crm.deals"),
            columns: OpportunityColumns(margin: nil), perRep: true)
        let english = try rollup.text(in: .duckdb)
        let japanese = try rollup.text(in: .duckdb, language: .ja)
        let query = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("-- ") } }
        #expect(query(english) == query(japanese))
        #expect(japanese.contains("/ 受注 / 成約）から受注件数と当社売上を出します。粗利の列がないため、粗利は空欄です。\n"))
        let classified = ClassificationSQL(config: .standard, dialect: .postgres, perRep: true, source: SQLSource(rollup: rollup))
        let lines = try classified.text(in: .ja).split(separator: "\n").filter { $0.hasPrefix("-- ") }
        #expect(lines.contains("-- 判定：担当者ごとの顧客の中での順位（パーセンタイル）。軸の点数が50以上なら高、50から5点以内は境界線上。"))
        #expect(lines.allSatisfy { line in line.contains { $0.unicodeScalars.first!.properties.isIdeographic } }, "\(lines)")
        #expect(query(try classified.text()) == query(try classified.text(in: .ja)))
    }
}
