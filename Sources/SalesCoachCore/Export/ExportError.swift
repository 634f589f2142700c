/// Why an export could not be written in the encoding asked for. Nothing is
/// written when one is thrown before the first byte; see each case.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--output-encoding` named something other than utf-8, utf-8-bom or cp932.
    case unknownEncodingName(String)
    /// An encoding other than plain UTF-8 asked for a format whose standard is UTF-8 (JSON, iCalendar, SVG).
    case encodingNotForFormat(OutputEncoding, ExportFormat)
    /// A character CP932 has no code for. `row` counts the records after the
    /// header (0 is the header itself), `line` the file's lines; `field` is the
    /// text of the field the character is in.
    case unencodable(character: Unicode.Scalar, row: Int, line: Int, field: String)

    public var description: String { text(in: .en) }

    /// The message in `language`: what was wrong, where, and what to do.
    public func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .unknownEncodingName(let name):
            let names = OutputEncoding.acceptedNames.joined(separator: ", ")
            return en
                ? "--output-encoding: unknown encoding '\(name)'; expected one of \(names)"
                : "--output-encoding：「\(name)」という文字コードはありません。\(names) のいずれかを指定してください"
        case .encodingNotForFormat(let encoding, let format):
            return en
                ? "--output-encoding \(encoding.rawValue): \(format.rawValue) is always written in UTF-8 without a byte-order mark; "
                    + "leave the option out, or export CSV for \(encoding)"
                : "--output-encoding \(encoding.rawValue)：\(format.rawValue) は常にBOMなしのUTF-8で書き出します。"
                    + "このオプションを外すか、\(encoding) にはCSVで書き出してください"
        case .unencodable(let character, let row, let line, let field):
            let hex = String(character.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let place = row == 0
                ? (en ? "the header (line \(line))" : "見出し行（\(line)行目）")
                : (en ? "row \(row) (line \(line))" : "\(row)行目のデータ（ファイルの\(line)行目）")
            return en
                ? "\(place): '\(character)' (\(code)) in '\(field)' has no Shift_JIS (CP932) code; "
                    + "use --output-encoding utf-8-bom (Japanese Excel opens it too), or change that text"
                : "\(place)：「\(field)」の「\(character)」（\(code)）はShift_JIS（CP932）で表せません。"
                    + "--output-encoding utf-8-bom（日本語のExcelでも開けます）を使うか、その文字を書き換えてください"
        }
    }
}
