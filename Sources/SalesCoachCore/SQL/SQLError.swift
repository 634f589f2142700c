/// Why no SQL could be written for the request; each says what to change.
public enum SQLError: UserMessage, Sendable, Equatable, CustomStringConvertible {
    /// The source has no column for the customer's name.
    case missingNameColumn(source: String, found: [String])
    /// Per-rep ranking asked for, but the source has no rep column.
    case missingRepColumn(source: String)
    /// A table name that cannot be quoted safely.
    case badTableName(String, reason: TableNameProblem)
    /// A configuration the integer rule cannot hold (absurdly fine weights).
    case weightsTooFine
    /// The opportunities table lacks a column the roll-up needs.
    case missingRollupColumn(role: String, expected: RollupExpectation)
    /// A part of --opportunity-columns that does not read.
    case badOpportunityColumns(String, expected: OpportunityColumnsExpectation)

    public var description: String { text(in: .en) }

    /// The message in `language`, its reason and expectation included.
    public func text(in language: Language) -> String {
        if language == .ja {
            switch self {
            case .missingNameColumn(let source, let found):
                let columns = found.isEmpty ? "列がありません" : "列は " + found.map { "'\($0)'" }.joined(separator: "、") + " です"
                return "\(source)：顧客名の列がありません（\(columns)）。列名を 'name' にするか、設定ファイルの [columns] で割り当ててください（例：取引先名 = name）"
            case .missingRepColumn(let source):
                return "\(source)：--per-rep には担当者の列（'rep' や '担当者' など）が必要です。設定ファイルの [columns] で割り当ててください（例：owner = rep）"
            case .badTableName(let name, let reason):
                return "'\(name)' はSalesCoachが引用符で囲める表の名前ではありません（\(reason.text(in: .ja))）。各部分を引用符なしで schema.table と書いてください"
            case .weightsTooFine:
                return "重みが細かすぎて正確な整数で判定できません（分母が数百万）。小数点以下数桁に丸めてください"
            case .missingRollupColumn(let role, let expected):
                return "商談の表に \(role) の列が必要です。\(expected.text(role: role, in: .ja))"
            case .badOpportunityColumns(let text, let expected):
                return "--opportunity-columns：'\(text)' を読めません。\(expected.text(in: .ja))"
            }
        }
        switch self {
        case .missingNameColumn(let source, let found):
            let columns = found.isEmpty ? "no columns" : found.map { "'\($0)'" }.joined(separator: ", ")
            return "\(source): no customer name column (found \(columns)); name one 'name', or map it in the config file's [columns] section, e.g. 取引先名 = name"
        case .missingRepColumn(let source):
            return "\(source): --per-rep needs a rep column (for example 'rep' or '担当者'); map yours in the config file's [columns] section, e.g. owner = rep"
        case .badTableName(let name, let reason):
            return "'\(name)' is not a table name SalesCoach can quote: \(reason.text(in: .en)); write it as schema.table, each part without quotes"
        case .weightsTooFine:
            return "the weights are too fine to decide in exact integers (denominators in the millions); round them to a few decimals"
        case .missingRollupColumn(let role, let expected):
            return "the opportunities need a \(role) column; expected \(expected.text(role: role, in: .en))"
        case .badOpportunityColumns(let text, let expected):
            return "--opportunity-columns: '\(text)' does not read; expected \(expected.text(in: .en))"
        }
    }
}
