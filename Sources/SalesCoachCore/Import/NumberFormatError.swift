/// Why a cell could not be read as a number; shown after "expected a number,
/// found '…'" so the user knows what to change.
public enum NumberFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not number-shaped at all (`abc`, `12x`, `1.2.3`).
    case notANumber
    /// `NaN` or an infinity: a spreadsheet or script wrote a non-value.
    case notFinite
    /// Number-shaped but beyond what a double holds (`1e309`).
    case outOfRange
    /// A comma that does not separate groups of three digits (`1,23`): often a decimal comma.
    case misplacedSeparator
    /// A lone dash: spreadsheets print zero that way, people write it for "none".
    case ambiguousDash
    /// A spreadsheet error value such as `#DIV/0!` or `#VALUE!`.
    case spreadsheetError(String)
    /// Japanese units out of order (`3万2億`) or repeated.
    case unitOrder

    public var description: String {
        switch self {
        case .notANumber: "not a number"
        case .notFinite: "NaN and infinity are not values; leave the cell empty when the value is unknown"
        case .outOfRange: "too large to be a value"
        case .misplacedSeparator: "a comma must separate groups of three digits; write decimals with a point (1.5)"
        case .ambiguousDash: "a lone dash can mean zero or no value; write 0, or leave the cell empty"
        case .spreadsheetError(let code): "the spreadsheet error \(code); fix the formula or clear the cell"
        case .unitOrder: "units must go from large to small, each once, as in 1億2000万"
        }
    }

    /// The reason in Japanese.
    var japanese: String {
        switch self {
        case .notANumber: "数値ではありません"
        case .notFinite: "NaN や無限大は値ではありません。値が分からないときは空欄にしてください"
        case .outOfRange: "値として大きすぎます"
        case .misplacedSeparator: "カンマは3桁ごとの区切りにだけ使えます。小数は点で書いてください（1.5）"
        case .ambiguousDash: "ダッシュだけでは0か値なしか分かりません。0と書くか空欄にしてください"
        case .spreadsheetError(let code): "表計算のエラー \(code) です。数式を直すかセルを空にしてください"
        case .unitOrder: "単位は大きい順に一度ずつ書いてください（例：1億2000万）"
        }
    }

    /// ` (reason)` after the main message, or nothing when the main message says it all.
    var suffix: String { suffix(in: .en) }

    func suffix(in language: Language) -> String {
        if case .notANumber = self { return "" }
        return language == .en ? " (\(description))" : "（\(japanese)）"
    }
}

extension NumberFormatError: UserMessage {
    /// The reason in `language`.
    public func text(in language: Language) -> String { language == .en ? description : japanese }
}
