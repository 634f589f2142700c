import Foundation

/// The header names a customer CSV may use for each field: the canonical
/// names, common CRM and spreadsheet wordings in English, and the Japanese
/// headers of Japanese CRM and Excel exports.
///
/// Matching ignores case, full-width/half-width, spaces, `_`, `-`, `.` and
/// `・`, and a trailing unit in brackets (`売上高（百万円）`, `Revenue (USD)`),
/// so `Last Visit`, `LAST_VISIT` and `lastvisit` are one name.
///
/// The account exports of the main CRMs are read as they come, in English
/// and Japanese: Salesforce (`Account Name`, `Annual Revenue`, `Employees`,
/// `Account Owner`, `Last Activity`; 取引先名, 年間売上, 従業員数, 取引先 所有者,
/// 最終活動日), HubSpot (`Company name`, `Annual Revenue`, `Number of
/// Employees`, `Company owner`, `Last Activity Date`) and Zoho CRM (`Account
/// Name`, `Annual Revenue`, `Employees`, `Account Owner`, `Last Activity
/// Time`), and Pipedrive's organization export, whose columns are named
/// after the record (`Organization - Name`, `Organization - Owner`).
/// `Tests/Fixtures/crm-exports/` holds one small file of each shape.
public enum HeaderAliases {
    /// Every built-in alias with its field, canonical names first.
    public static let builtIn: [(alias: String, field: CustomerField)] = {
        var list: [(String, CustomerField)] = CustomerField.all.map { ($0.canonicalName, $0) }
        for (field, aliases) in table {
            list += aliases.map { ($0, field) }
        }
        return list
    }()

    private static let table: [(CustomerField, [String])] = [
        (.name, [
            "company", "company name", "customer", "customer name", "account", "account name", "client",
            "client name", "organization", "organisation",
            "顧客名", "会社名", "取引先名", "顧客", "取引先", "企業名", "社名", "得意先名", "得意先", "法人名",
        ]),
        (.metric(.companyRevenue), [
            "revenue", "revenues", "annual revenue", "annual revenues", "company revenue", "turnover", "annual sales",
            "売上高", "年商", "年間売上高", "企業売上高", "会社売上高", "売上規模",
            // Salesforce and Zoho (Japanese), HubSpot (Japanese)
            "年間売上", "年間収益", "年間売上額",
        ]),
        (.metric(.employees), [
            "employee", "employee count", "number of employees", "headcount", "staff",
            "従業員数", "社員数", "従業員", "従業者数",
            // HubSpot (Japanese)
            "従業員の数",
        ]),
        (.metric(.growth), [
            "growth rate", "revenue growth", "revenue change", "growth %", "yoy",
            "成長率", "業績", "売上成長率", "増収率", "売上高伸び率",
        ]),
        (.metric(.orders), [
            "order", "order count", "orders won", "won deals", "deals won", "deals",
            "受注件数", "受注数", "受注回数", "成約件数", "成約数",
        ]),
        (.metric(.sales), [
            "our sales", "sales amount", "amount", "our revenue", "sales to customer", "won amount",
            "当社売上", "取引額", "取引金額", "当社売上高", "当社売上額", "売上実績",
        ]),
        (.metric(.profit), [
            "gross profit", "our profit", "margin", "gross margin",
            "粗利", "利益", "粗利益", "売上総利益", "粗利額",
        ]),
        (.lastVisit, [
            "last visit", "last visited", "last visit date", "last contact", "last contacted", "last activity",
            // HubSpot, Zoho CRM
            "last activity date", "last activity time", "last activity date time", "last contacted date",
            "最終訪問日", "最終訪問", "前回訪問日", "最終接触日", "最終訪問日時",
            // Salesforce, HubSpot and Zoho CRM (Japanese)
            "最終活動日", "最終活動日時", "最終アクティビティ日", "最終アクティビティー日", "最終アクティビティ日時",
            "最終アクティビティー日時",
        ]),
        (.rep, [
            "owner", "account owner", "sales rep", "salesperson", "sales agent", "agent", "representative",
            // HubSpot
            "company owner", "hubspot owner", "record owner",
            "担当者", "担当", "営業担当", "担当営業", "営業担当者",
            // Salesforce (取引先 所有者), HubSpot and Zoho CRM (Japanese)
            "所有者", "取引先所有者", "取引先の所有者", "会社の所有者", "会社所有者", "レコード所有者", "取引先の担当者",
        ]),
        (.notes, [
            "note", "memo", "comment", "comments", "remarks",
            "備考", "メモ", "コメント",
        ]),
    ]

    private static let lookup: [String: CustomerField] = {
        var map: [String: CustomerField] = [:]
        for (alias, field) in builtIn { map[key(alias)] = field }
        return map
    }()

    /// The field a header means, trying the user's aliases first; nil for an unknown header.
    public static func field(for header: String, extra: [String: CustomerField] = [:]) -> CustomerField? {
        field(for: header, extraKeys: keys(of: extra))
    }

    /// The config aliases in compared form; where two spell the same key,
    /// the alphabetically first one counts, so the outcome never depends on
    /// dictionary order.
    static func keys(of extra: [String: CustomerField]) -> [String: CustomerField] {
        var result: [String: CustomerField] = [:]
        for alias in extra.keys.sorted() {
            let aliasKey = key(alias)
            if result[aliasKey] == nil, let field = extra[alias] { result[aliasKey] = field }
        }
        return result
    }

    static func field(for header: String, extraKeys: [String: CustomerField]) -> CustomerField? {
        let headerKey = key(header)
        if headerKey.isEmpty { return nil }
        if let field = extraKeys[headerKey] ?? lookup[headerKey] { return field }
        // Pipedrive names each column after its record: `Organization - Name`,
        // `Organization - Owner`, `Organization - Won deals`.
        for record in ["organization - ", "organisation - ", "org - ", "company - ", "account - "]
        where header.lowercased().hasPrefix(record) {
            let rest = key(String(header.dropFirst(record.count)))
            return rest.isEmpty ? nil : extraKeys[rest] ?? lookup[rest]
        }
        return nil
    }

    /// The columns SalesCoach computes and writes beside a customer's own
    /// (`export`, `classify`), in both languages: segment, the scores and
    /// levels, borderline, the reason and the nearest move. A file that has
    /// them is read for its figures; these are computed again, never read.
    static let computed: Set<String> = Set(
        (ClassificationExport.fields.dropFirst() + ClassificationExport.japaneseFields.dropFirst()).map(key))

    /// The score columns, which only SalesCoach's own files have: a header
    /// with one of them is ours, and its other computed names are ours too
    /// (a CRM's own `Segment` column, alone, is just a column we do not read).
    static let scores: Set<String> = Set(
        ["objective_score", "record_score"].flatMap { [$0, ClassificationExport.columnName($0, in: .ja)] }.map(key))

    /// Whether `header` names a column SalesCoach computes.
    static func isComputed(_ header: String) -> Bool { computed.contains(key(header)) }

    /// Whether `header` names one of SalesCoach's score columns.
    static func isScore(_ header: String) -> Bool { scores.contains(key(header)) }

    /// The names listed in a "no name column" message.
    public static func acceptedNames(for field: CustomerField) -> [String] {
        builtIn.filter { $0.field == field }.map(\.alias)
    }

    /// The form headers are compared in.
    static func key(_ header: String) -> String {
        var text = NameKey.normalize(header.replacingOccurrences(of: "\u{FEFF}", with: ""))
        // A unit or note in brackets at the end: `売上高（百万円）` → `売上高`.
        for (open, close) in [("(", ")"), ("[", "]"), ("【", "】")] where text.hasSuffix(close) {
            if let start = text.range(of: open, options: .backwards)?.lowerBound, start != text.startIndex {
                text = String(text[..<start])
                break
            }
        }
        return String(text.filter { !" _-.・/".contains($0) })
    }
}
