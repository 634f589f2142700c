/// Which column of an opportunities (deals) table plays each part in the
/// roll-up. CRM exports name them differently (Salesforce's "Opportunity
/// Owner", Maven's `sales_agent`, a Japanese SFA's 担当者), so a header is
/// read by known names, and any part can be named outright.
public struct OpportunityColumns: Sendable, Hashable {
    public var account: String
    public var rep: String?
    public var stage: String
    public var amount: String
    /// The deal's margin, summed into our profit; nil leaves profit blank.
    public var margin: String?
    /// Dates of a deal (closed, engaged…); the latest over all deals is the last visit.
    public var dates: [String]
    /// Stage values that mean won, compared case-folded; every other stage
    /// (lost, open) counts no order and no sales.
    public var wonStages: [String]

    public static let defaultWonStages = ["won", "closed won", "closed-won", "closed/won", "受注", "成約"]

    public init(
        account: String = "account", rep: String? = "rep", stage: String = "stage", amount: String = "amount",
        margin: String? = nil, dates: [String] = ["close_date"], wonStages: [String] = OpportunityColumns.defaultWonStages
    ) {
        self.account = account
        self.rep = rep
        self.stage = stage
        self.amount = amount
        self.margin = margin
        self.dates = dates
        self.wonStages = wonStages
    }

    /// The parts, found in a header by their usual names.
    public init(headers: [String], source: String) throws(SQLError) {
        func find(_ names: [String]) -> String? {
            for name in names {
                if let header = headers.first(where: { OpportunityColumns.fold($0) == name }) { return header }
            }
            return nil
        }
        func required(_ role: String, _ names: [String]) throws(SQLError) -> String {
            guard let header = find(names) else {
                throw .missingRollupColumn(role: role, expected: .usualNames(names, source: source))
            }
            return header
        }
        self.init(
            account: try required("account", Self.names.account),
            rep: find(Self.names.rep),
            stage: try required("stage", Self.names.stage),
            amount: try required("amount", Self.names.amount),
            margin: find(Self.names.margin),
            dates: headers.filter { Self.names.dates.contains(OpportunityColumns.fold($0)) })
    }

    /// Parts named outright: `account=Account Name,rep=Owner,dates=close_date+engage_date,won=Won+Closed Won`.
    public mutating func apply(_ text: String) throws(SQLError) {
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw .badOpportunityColumns(String(pair), expected: .rolePair)
            }
            let value = parts[1]
            switch parts[0].lowercased() {
            case "account": account = value
            case "rep": rep = value
            case "stage": stage = value
            case "amount": amount = value
            case "margin": margin = value
            case "dates", "date": dates = value.split(separator: "+").map { String($0).trimmingWhitespace }
            case "won": wonStages = value.split(separator: "+").map { String($0).trimmingWhitespace.lowercased() }
            default:
                throw .badOpportunityColumns(String(pair), expected: .knownRole)
            }
        }
    }

    /// Every named column must be in the header: a typo fails here, not in the engine.
    public func check(against headers: [String], source: String) throws(SQLError) {
        let named = [("account", account), ("stage", stage), ("amount", amount)] + [("rep", rep), ("margin", margin)].compactMap { role, column in
            column.map { (role, $0) }
        } + dates.map { ("dates", $0) }
        for (role, column) in named where !headers.contains(column) {
            throw .missingRollupColumn(role: role, expected: .namedColumn(column, source: source, headers: headers))
        }
    }

    static func fold(_ header: String) -> String {
        header.trimmingWhitespace.lowercased().replacingOccurrences(of: "_", with: " ")
    }

    /// Usual header names per part, folded, most specific first.
    static let names = (
        account: ["account", "account name", "company", "company name", "customer", "customer name", "client", "取引先", "取引先名", "顧客", "顧客名", "会社名"],
        rep: ["rep", "opportunity owner", "owner", "sales agent", "agent", "sales rep", "salesperson", "担当者", "営業担当", "担当"],
        stage: ["stage", "deal stage", "opportunity stage", "status", "phase", "ステージ", "フェーズ", "商談ステータス", "状態"],
        amount: ["amount", "close value", "deal value", "value", "won amount", "金額", "受注金額", "商談金額"],
        margin: ["margin", "gross margin", "profit", "gross profit", "粗利", "粗利額"],
        dates: ["close date", "closed", "closed date", "engage date", "created date", "受注日", "完了日", "商談日"]
    )
}
