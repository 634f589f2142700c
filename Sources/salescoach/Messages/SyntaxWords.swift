import Foundation
import SalesCoachCore

/// A prompt command's usage (`planned add NAME [COUNT] [--week W]`) in a
/// language: in Japanese the placeholders a person fills in are Japanese
/// words (`planned add 顧客名 [回数] [--week 週]`), while the command words,
/// options and fixed values stay as they are typed.
enum SyntaxWords {
    /// `syntax` with its placeholders in `language`.
    static func syntax(_ syntax: String, in language: Language) -> String {
        guard language == .ja else { return syntax }
        var text = syntax
        for (english, japanese) in phrases { text = text.replacingOccurrences(of: english, with: japanese) }
        guard let expression = try? NSRegularExpression(pattern: #"\b(\#(words.keys.sorted { $0.count > $1.count }.joined(separator: "|")))\b"#)
        else { return text }
        var result = ""
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            // `YYYY-Www` and `A|B|C|D` are written as typed: a placeholder stands alone, not inside another word.
            if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == "-" { continue }
            result += text[last..<range.lowerBound] + (words[String(text[range])] ?? String(text[range]))
            last = range.upperBound
        }
        return result + text[last...]
    }

    /// Placeholders written with lower-case words.
    private static let phrases = [("key=value…", "キー=値…"), ("note…", "メモ…"), ("KEY=VALUE…", "キー=値…")]

    /// Each upper-case placeholder's Japanese.
    private static let words: [String: String] = [
        "NAME": "名前", "FILE": "ファイル", "COUNT": "回数", "DATE": "日付", "DAY": "日付", "WEEKS": "週数", "OLD": "今の名前",
        "NEW": "新しい名前", "KEY": "キー", "COMMAND": "コマンド", "PLAN": "計画", "FIELD": "項目", "N": "件数", "H": "時間",
        "W": "週", "S": "シード", "E": "文字コード",
    ]
}
