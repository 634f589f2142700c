extension SQLError {
    /// Why a name cannot stand after FROM, kept as a value so the message
    /// can say it in either language.
    public enum TableNameProblem: Sendable, Equatable {
        /// `sales..accounts` or a name ending in a dot.
        case emptyPart
        /// A quote, a backtick or a line break, which no dialect quotes the same way.
        case quoteOrLineBreak
        /// A roll-up of deals given where the accounts table belongs.
        case rollupAsAccounts
        /// The CSV file's header does not read as a customer list.
        case header(ImportError)

        func text(in language: Language) -> String {
            let en = language == .en
            switch self {
            case .emptyPart: return en ? "an empty part" : "空の部分があります"
            case .quoteOrLineBreak: return en ? "quotes or a line break in it" : "引用符か改行が含まれています"
            case .rollupAsAccounts:
                return en ? "a roll-up cannot be the accounts of another" : "商談の集計を別の集計の取引先にはできません"
            case .header(let error): return error.text(in: language)
            }
        }
    }

    /// What the roll-up of deals needed from the opportunities table.
    public enum RollupExpectation: Sendable, Hashable {
        /// `--per-rep` with no column naming each deal's rep.
        case repForPerRep
        /// None of the usual names for a part was in `source`'s header.
        case usualNames([String], source: String)
        /// A column named with --opportunity-columns is not in `source`'s header.
        case namedColumn(String, source: String, headers: [String])

        func text(role: String, in language: Language) -> String {
            let en = language == .en
            switch self {
            case .repForPerRep:
                return en
                    ? "a column naming the deal's rep, for --per-rep; name it with --opportunity-columns rep=COLUMN"
                    : "--per-rep には商談の担当者の列が必要です。--opportunity-columns rep=列名 で指定してください"
            case .usualNames(let names, let source):
                let quoted = names.prefix(6).map { "'\($0)'" }
                return en
                    ? "one of \(quoted.joined(separator: ", ")) in \(source), or name it with --opportunity-columns \(role)=COLUMN"
                    : "\(source) に \(quoted.joined(separator: "、")) のどれかが必要です。または --opportunity-columns \(role)=列名 で指定してください"
            case .namedColumn(let column, let source, let headers):
                let quoted = headers.map { "'\($0)'" }
                return en
                    ? "'\(column)' in \(source), whose columns are \(quoted.joined(separator: ", "))"
                    : "\(source) に '\(column)' の列がありません。列は \(quoted.joined(separator: "、")) です"
            }
        }
    }

    /// What a part of --opportunity-columns should have looked like.
    public enum OpportunityColumnsExpectation: Sendable, Hashable {
        /// Not `ROLE=COLUMN`.
        case rolePair
        /// A role the roll-up does not know.
        case knownRole

        func text(in language: Language) -> String {
            let en = language == .en
            switch self {
            case .rolePair: return en ? "ROLE=COLUMN, e.g. rep=sales_agent" : "役割=列名 の形で書いてください（例：rep=sales_agent）"
            case .knownRole:
                return en
                    ? "a role among account, rep, stage, amount, margin, dates, won"
                    : "役割は account・rep・stage・amount・margin・dates・won のどれかです"
            }
        }
    }
}
