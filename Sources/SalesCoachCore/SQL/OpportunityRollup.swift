/// The record axis a CRM account export lacks, rolled up from its deals:
/// won deals become orders, their amounts our sales, their margins our
/// profit; lost and open deals count nothing but still date the last
/// contact. Joined with the accounts' own figures (revenue, employees,
/// growth), the result has the canonical customer columns, so it can be
/// classified in the same query, saved as a view, or exported for `load`.
///
/// Per rep there is one row per account and rep that share a deal (each
/// rep's book holds only their own deals); for the whole table one row per
/// account, and the rep is the one with most deals on it (ties: most won,
/// then the first name in order).
public struct OpportunityRollup: Sendable, Hashable {
    public let accounts: SQLSource
    public let opportunities: SQLTable
    public let columns: OpportunityColumns
    public let perRep: Bool

    public init(accounts: SQLSource, opportunities: SQLTable, columns: OpportunityColumns, perRep: Bool) {
        self.accounts = accounts
        self.opportunities = opportunities
        self.columns = columns
        self.perRep = perRep
    }

    static let staging = "salescoach_opportunities"

    /// The roll-up on its own: the canonical customer columns, one statement.
    public func text(in dialect: SQLDialect, language: Language = .en) throws(SQLError) -> String {
        var out = SQLComment.rollup(opportunities: opportunities.displayName, engine: dialect.displayName).line(in: language) + "\n"
        out += SQLComment.wonDeals(stages: columns.wonStages, hasMargin: columns.margin != nil).line(in: language) + "\n"
        out += preamble(in: dialect)
        out += "SELECT * FROM (\n" + (try query(in: dialect)) + "\n) AS customers\nORDER BY \(perRep ? "rep, " : "")name;\n"
        return out
    }

    func preamble(in dialect: SQLDialect) -> String {
        let accountsPreamble: String
        switch accounts.location {
        case .csvFile(let path, let headers):
            accountsPreamble = SQLTable.csvFile(path: path, headers: headers).preamble(
                in: dialect, staging: SQLSource.stagingName, numeric: accounts.metricColumns)
        case .table, .rollup:
            accountsPreamble = ""
        }
        return accountsPreamble + opportunities.preamble(in: dialect, staging: Self.staging, numeric: numeric, dates: columns.dates)
    }

    private var numeric: [String] { [columns.amount] + (columns.margin.map { [$0] } ?? []) }

    /// The SELECT giving the canonical columns, without a terminator.
    func query(in dialect: SQLDialect) throws(SQLError) -> String {
        if perRep, columns.rep == nil {
            throw .missingRollupColumn(role: "rep", expected: .repForPerRep)
        }
        guard accounts.columns[.name] != nil else { throw .missingNameColumn(source: accounts.displayName, found: []) }
        func id(_ name: String) -> String { dialect.identifier(name) }
        func text(_ expression: String) -> String { "TRIM(CAST(\(expression) AS \(dialect.text)))" }
        func number(_ column: String) -> String { "CAST(\(id(column)) AS \(dialect.double))" }
        let from = try opportunities.relation(in: dialect, staging: Self.staging, numeric: numeric, dates: columns.dates)
        let won = "LOWER(\(text(id(columns.stage)))) IN (" + columns.wonStages.map { dialect.literal($0.lowercased()) }.joined(separator: ", ") + ")"
        let account = text(id(columns.account))
        let dates = columns.dates.map { "CAST(\(id($0)) AS DATE)" }
        let latest = dates.isEmpty ? "CAST(NULL AS DATE)" : dates.count == 1 ? "MAX(\(dates[0]))" : "MAX(GREATEST(\(dates.joined(separator: ", "))))"
        let rep = columns.rep.map { "NULLIF(\(text(id($0))), '')" } ?? "CAST(NULL AS \(dialect.text))"
        let perDeal = """
                SELECT \(account) AS name, \(rep) AS rep,
                  SUM(CASE WHEN \(won) THEN 1 ELSE 0 END) AS orders,
                  COALESCE(SUM(CASE WHEN \(won) THEN \(number(columns.amount)) END), 0) AS sales,
                  \(columns.margin.map { "COALESCE(SUM(CASE WHEN \(won) THEN \(number($0)) END), 0)" } ?? "CAST(NULL AS \(dialect.double))") AS profit,
                  \(latest) AS last_visit,
                  COUNT(*) AS deals
                FROM \(from)
                WHERE NULLIF(\(account), '') IS NOT NULL
                GROUP BY \(account), \(rep)
            """
        let accountColumns = try accountsSelect(in: dialect)
        if perRep {
            return """
                  SELECT deals.name, accounts.company_revenue, accounts.employees, accounts.growth,
                    deals.orders, deals.sales, deals.profit, deals.last_visit, deals.rep
                  FROM (
                \(perDeal)
                  ) AS deals
                  LEFT JOIN (\(accountColumns)) AS accounts ON LOWER(accounts.name) = LOWER(deals.name)
                """
        }
        // One row per account: deals summed over reps, the rep with most deals named.
        return """
              SELECT COALESCE(accounts.name, deals.name) AS name, accounts.company_revenue, accounts.employees, accounts.growth,
                COALESCE(deals.orders, 0) AS orders, COALESCE(deals.sales, 0) AS sales, deals.profit, deals.last_visit, deals.rep
              FROM (
                SELECT name, SUM(orders) AS orders, SUM(sales) AS sales, SUM(profit) AS profit, MAX(last_visit) AS last_visit,
                  MAX(CASE WHEN place = 1 THEN rep END) AS rep
                FROM (
                  SELECT by_rep.*, row_number() OVER (PARTITION BY LOWER(name) ORDER BY deals DESC, orders DESC, rep) AS place
                  FROM (
            \(perDeal)
                  ) AS by_rep
                ) AS ranked_reps
                GROUP BY name
              ) AS deals
              FULL OUTER JOIN (\(accountColumns)) AS accounts ON LOWER(accounts.name) = LOWER(deals.name)
            """
    }

    /// The accounts' name and objective figures, blank where the table has none.
    private func accountsSelect(in dialect: SQLDialect) throws(SQLError) -> String {
        let relation: String
        switch accounts.location {
        case .table(let name):
            relation = try SQLTable.table(name).relation(in: dialect, staging: SQLSource.stagingName, numeric: [])
        case .csvFile(let path, let headers):
            relation = try SQLTable.csvFile(path: path, headers: headers).relation(
                in: dialect, staging: SQLSource.stagingName, numeric: accounts.metricColumns)
        case .rollup:
            throw .badTableName(accounts.displayName, reason: .rollupAsAccounts)
        }
        var select = ["TRIM(CAST(\(dialect.identifier(accounts.columns[.name] ?? "name")) AS \(dialect.text))) AS name"]
        for metric in [Metric.companyRevenue, .employees, .growth] {
            let value = accounts.columns[.metric(metric)].map { "CAST(\(dialect.identifier($0)) AS \(dialect.double))" } ?? "CAST(NULL AS \(dialect.double))"
            select.append("\(value) AS \(metric.rawValue)")
        }
        return "SELECT " + select.joined(separator: ", ") + " FROM \(relation)"
    }
}
