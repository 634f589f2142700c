import SalesCoachCore
import TestSupport
import Testing

/// The SQL text itself. Whether engines run it to the same rows as
/// `classify` is checked on PostgreSQL, DuckDB and Spark by
/// `Scripts/sql_check.py`, which `.ci/run` runs.
@Suite struct ClassificationSQLTests {
    static let weighted: ClassifierConfig = {
        var config = ClassifierConfig()
        config.weights[.sales] = Rational(2)
        config.weights[.profit] = Rational(1, 2)
        config.weights[.growth] = .zero
        config.cut = Rational(45)
        config.borderlineMargin = Rational(5, 2)
        return config
    }()

    @Test("each dialect's query for a table, ranked per rep, is as recorded", arguments: SQLDialect.allCases)
    func tablePerRep(dialect: SQLDialect) throws {
        let sql = ClassificationSQL(config: .standard, dialect: dialect, perRep: true, source: try SQLSource(table: "crm.accounts"))
        assertSnapshot(try sql.text(), named: "table-per-rep-\(dialect.rawValue)")
    }

    @Test("a CSV file is read by the engine: read_csv in DuckDB, \\copy in psql, a temporary view in Spark", arguments: SQLDialect.allCases)
    func csvFileWithWeights(dialect: SQLDialect) throws {
        let source = try SQLSource(csvFile: "book's.csv", headers: ["取引先名", "売上高", "従業員数", "受注件数", "当社売上", "粗利"])
        let sql = ClassificationSQL(config: Self.weighted, dialect: dialect, perRep: false, source: source)
        assertSnapshot(try sql.text(), named: "csv-weighted-\(dialect.rawValue)")
    }

    @Test("weights become integers over their common denominator, and the cut and margin stay exact")
    func integerWeights() throws {
        let sql = try ClassificationSQL(config: Self.weighted, dialect: .duckdb, perRep: false, source: SQLSource(table: "t")).text()
        // sales 2 and profit 1/2 over the denominator 2: 4 and 1; the cut 45 is p/q = 45/1.
        #expect(sql.contains("4 * (50 * t_sales - 45 * n_sales)"))
        #expect(sql.contains("(50 * t_profit - 45 * n_profit)"))
        #expect(!sql.contains("t_growth"), "a metric of weight 0 takes no part")
        // Borderline within 5/2: 2·|S| ≤ 5·1·D.
        #expect(sql.contains("2 * ABS(s_record) <= 5 * d_record"))
        // Never the float score for the decision.
        #expect(sql.contains("s_objective >= 0 AND s_record >= 0 THEN 'A'"))
    }

    @Test("absolute mode compares each metric with its threshold: met counts 100, missed 0")
    func absoluteMode() throws {
        var config = ClassifierConfig(mode: .absolute)
        config.thresholds = [.companyRevenue: 300, .orders: 3.5]
        let sql = try ClassificationSQL(config: config, dialect: .postgres, perRep: false, source: SQLSource(table: "t")).text()
        #expect(sql.contains("company_revenue >= CAST(300.0 AS DOUBLE PRECISION) THEN 2 ELSE 0"))
        #expect(sql.contains("orders >= CAST(3.5 AS DOUBLE PRECISION)"))
        #expect(!sql.contains("t_employees"), "a metric without a threshold takes no part in absolute mode")
        #expect(!sql.contains("rank()"))
    }

    @Test("columns named in the config's [columns] section are read and renamed with AS")
    func mappedColumns() throws {
        let source = try SQLSource(table: "sales.accounts", extraAliases: ["Account Name": .name, "Owner": .rep, "Revenue (M$)": .metric(.companyRevenue)])
        let sql = try ClassificationSQL(config: .standard, dialect: .postgres, perRep: true, source: source).text()
        #expect(sql.contains("TRIM(CAST(\"Account Name\" AS TEXT)) AS name"))
        #expect(sql.contains("NULLIF(TRIM(CAST(\"Owner\" AS TEXT)), '') AS rep"))
        #expect(sql.contains("CAST(\"Revenue (M$)\" AS DOUBLE PRECISION) END AS company_revenue"))
        #expect(sql.contains("FROM \"sales\".\"accounts\""))
    }

    @Test("names and paths from the user are quoted, never spliced: quotes, backslashes and semicolons stay inside")
    func quoting() throws {
        let hostile = try SQLSource(
            csvFile: "it's\\; DROP TABLE x.csv", headers: ["na\"me", "sa`les"], extraAliases: ["na\"me": .name, "sa`les": .metric(.sales)])
        let spark = try ClassificationSQL(config: .standard, dialect: .spark, perRep: false, source: hostile).text()
        #expect(spark.contains("path 'it\\'s\\\\; DROP TABLE x.csv'"))
        #expect(spark.contains("`na\"me`"))
        #expect(spark.contains("`sa``les`"))
        let postgres = try ClassificationSQL(config: .standard, dialect: .postgres, perRep: false, source: hostile).text()
        #expect(postgres.contains("FROM 'it''s\\; DROP TABLE x.csv'"))
        #expect(postgres.contains("\"na\"\"me\""))
    }

    @Test("a source without a name column, --per-rep without a rep column, and an unquotable table are refused with what to do")
    func refusals() throws {
        #expect(throws: SQLError.self) { try SQLSource(csvFile: "x.csv", headers: ["firm id", "sales"]) }
        do {
            _ = try SQLSource(csvFile: "x.csv", headers: ["firm id", "sales"])
        } catch {
            #expect(error.description.contains("[columns]"))
        }
        let noRep = try SQLSource(csvFile: "x.csv", headers: ["name", "sales"])
        #expect(throws: SQLError.missingRepColumn(source: "x.csv")) {
            try ClassificationSQL(config: .standard, dialect: .duckdb, perRep: true, source: noRep).text()
        }
        for bad in ["a..b", "a\"b", ".t", "t\nDROP"] {
            #expect(throws: SQLError.self) {
                try ClassificationSQL(config: .standard, dialect: .postgres, perRep: false, source: SQLSource(table: bad)).text()
            }
        }
    }

    @Test("metrics the source lacks are named in the query's comment and left out of the rule")
    func missingMetrics() throws {
        let source = try SQLSource(csvFile: "x.csv", headers: ["name", "employees", "sales"])
        let sql = try ClassificationSQL(config: .standard, dialect: .duckdb, perRep: false, source: source).text()
        #expect(sql.contains("-- Not in the source, so left out as blank everywhere: company_revenue, growth, orders, profit."))
        #expect(!sql.contains("t_orders"))
    }
}
