import Foundation
import TestSupport
import Testing

/// `salescoach sql` and `--database` as a user runs them. That the printed
/// SQL gives `classify`'s rows on PostgreSQL, DuckDB and Spark, and that
/// `--database` works against a live server, is checked by
/// `Scripts/sql-check.sh`, which `.ci/run` runs with the engines installed.
@Suite struct SQLCommandTests {
    @Test("sql reads a CSV file's header, maps Japanese headers like classify does, and prints DuckDB's read_csv")
    func csvSource() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("顧客.csv")
        try "取引先名,売上高,従業員数,受注件数,当社売上,担当者\n田中商事,120,30,4,800,佐藤\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["sql", "--dialect", "duckdb", "--per-rep", "--source", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("FROM read_csv('\(file.path)'"))
        #expect(result.stdout.contains("TRIM(CAST(\"取引先名\" AS TEXT)) AS name"))
        #expect(result.stdout.contains("NULLIF(TRIM(CAST(\"担当者\" AS TEXT)), '') AS rep"))
        #expect(result.stdout.contains("-- Not in the source, so left out as blank everywhere: growth, profit."))
        #expect(result.stdout.hasSuffix("ORDER BY rep, name;\n"))
    }

    @Test("sql with a config file carries its cut, weights and column names")
    func configFile() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let config = directory.appendingPathComponent("rule.toml")
        try "[classification]\ncut = 60\n\n[weights]\nsales = 3\n\n[columns]\nAccount = \"name\"\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["sql", "--config", config.path, "--source", "crm.accounts"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("an axis is high at a score of 60 or more"))
        #expect(result.stdout.contains("3 * (50 * t_sales - 60 * n_sales)"))
        #expect(result.stdout.contains("TRIM(CAST(\"Account\" AS TEXT)) AS name"))
        #expect(result.stdout.contains("FROM \"crm\".\"accounts\""))
    }

    @Test("sql refuses what it cannot write, saying what to change", arguments: [
        (["sql", "--dialect", "oracle"], "oracle"),
        (["sql", "--per-rep", "--source", "examples/../Package.swift.csv"], "no such file"),
        (["sql", "--rollup-only"], "--rollup OPPORTUNITIES"),
        (["sql", "--source", "a..b"], "schema.table"),
    ])
    func refusals(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a CSV that is not UTF-8 is refused, since the engines would garble it")
    func notUTF8() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("sjis.csv")
        // 取引先名 in Shift_JIS.
        try Data([0x8E, 0xE6, 0x88, 0xF8, 0x90, 0xE6, 0x96, 0xBC, 0x0A]).write(to: file)
        let result = try BinaryRunner.run(["sql", "--source", file.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not UTF-8"))
    }

    @Test("--database: a refused connection names where, without the password, and what to check")
    func refusedConnection() throws {
        let result = try BinaryRunner.run(["classify", "--database", "postgresql://rep:hunter2@127.0.0.1:1/crm", "--table", "crm.accounts"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot connect to PostgreSQL at postgresql://rep:•••@127.0.0.1:1/crm"))
        #expect(!result.stderr.contains("hunter2"))
        #expect(!result.stderr.contains("\t"))
    }

    @Test("--database: a URL libpq cannot parse is quoted back without its password")
    func unparsableURL() throws {
        for url in [
            "postgresql://rep:hunter2@[::1/crm", "host=/nowhere password=hunter2 port=x", "postgresql:///crm?host=/nowhere&password=hunter2",
            "host=/nowhere password='hunter2 two' dbname=crm",
        ] {
            let result = try BinaryRunner.run(["classify", "--database", url])
            #expect(result.status != 0)
            #expect(result.stderr.contains("cannot connect to PostgreSQL"))
            #expect(!result.stderr.contains("hunter2") && !result.stderr.contains("two'"), "\(result.stderr)")
        }
    }

    @Test("--database with a file, classify with neither, and a session without --rep are refused; the first two as usage errors (64)", arguments: [
        (["classify", "examples/demo-customers.csv", "--database", "postgresql://127.0.0.1:1/x"], "not both", Int32(64)),
        (["classify"], "--database URL", Int32(64)),
        (["session", "--database", "postgresql://127.0.0.1:1/x"], "--rep NAME", nil),
    ])
    func misuse(arguments: [String], message: String, status: Int32?) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status != 0)
        if let status { #expect(result.status == status) }
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
