/// Problems with a configuration file or a `config set` command, each with
/// what was found, where, and what would fix it, in English and Japanese.
///
/// A file's errors are wrapped in `inFile`, which adds the file and the line:
///
/// ```text
/// team.toml, line 2: mode = relative: text values are quoted in TOML; write mode = "relative"
/// ```
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Text that is not TOML: the line as found, and what was expected at the column.
    case syntax(line: Int, column: Int, found: String, expected: Syntax)
    /// A line the format before TOML accepted and TOML refuses (`mode = relative`,
    /// `share_b = 55%`, `顧客 = name`), with the line as TOML writes it.
    case oldSyntax(line: Int, found: String, fix: String)
    case unknownKey(key: String, suggestion: String?)
    case invalidValue(key: String, value: String, expected: Expected)
    /// A value of the wrong TOML type: a quoted number, a bare number where text is wanted, a table, an array.
    case wrongType(key: String, found: ConfigFile.Value, expected: ValueKind)
    /// The configuration as a whole does not hold together (shares not adding up, …).
    case inconsistent(Inconsistency)
    /// Bytes that are not text: a NUL or other binary byte, or invalid UTF-8.
    case notText(line: Int, column: Int, byte: UInt8, nul: Bool)
    /// The same setting twice in one file.
    case duplicateKey(key: String, line: Int, firstLine: Int)
    /// A `version` this program does not know: written by a newer one.
    case newerVersion(found: Int, supported: Int)
    /// Any of the above, found in a file at a line.
    indirect case inFile(source: String, line: Int, ConfigError)

    /// What TOML expected where the text is not TOML.
    public enum Syntax: Sendable, Equatable {
        case key, equals, value, endOfLine, closingBracket, closingQuote, closingTripleQuote, escape
        case noControlCharacter, number, arrayEnd, inlineTableEnd, lineFeed
    }

    /// What a value must be, for the message that says it is not.
    public enum Expected: Sendable, Equatable {
        case number(ClosedRange<Rational>)
        case wholeNumber(ClosedRange<Int>)
        case mode
        /// A threshold: any number, or `none` (in `config set`) to remove it.
        case threshold
        case columnHeader
        /// One of the customer fields a column can be mapped to.
        case field([String])
    }

    /// The TOML type a setting takes.
    public enum ValueKind: Sendable, Equatable {
        case number
        case text
    }

    /// What `Config.validate` finds wrong with the settings taken together.
    public enum Inconsistency: Sendable, Equatable {
        /// The four shares, as "A 35%, B 60%, …", add up to `total`, not 100.
        case sharesTotal(total: String, shares: String)
        case shareCAboveMax(shareC: String, maxShareC: String)
        case absoluteWithoutThreshold(Axis)
        case axisWithoutWeight(Axis)
    }

    public var description: String { text(in: .en) }

    /// The message in `language`, without the `error:` its presenter adds.
    public func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .syntax(let line, let column, let found, let expected):
            return en
                ? "line \(line), column \(column): expected \(expected.text(in: language)), found: \(found)"
                : "\(line)行\(column)列目：\(expected.text(in: language))：\(found)"
        case .oldSyntax(let line, let found, let fix):
            return en
                ? "line \(line): '\(found)' is not TOML (text goes in quotes, numbers have no % sign, a key other than "
                    + "letters, digits, _ and - is quoted); write: \(fix)"
                : "\(line)行目：'\(found)' はTOMLの書き方ではありません（文字列は引用符で囲み、数値に % は付けず、"
                    + "英数字・_・- 以外を含むキーは引用符で囲みます）。次のように書いてください：\(fix)"
        case .unknownKey(let key, let suggestion):
            if en {
                let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                return "unknown setting '\(key)'\(hint); 'config' lists the settings"
            }
            let hint = suggestion.map { "（'\($0)' のことですか？）" } ?? ""
            return "'\(key)' という設定はありません\(hint)。'config' で設定の一覧を表示します"
        case .invalidValue(let key, let value, let expected):
            return en
                ? "\(key): expected \(expected.text(in: language)), found '\(value)'"
                : "\(key)：\(expected.text(in: language))を指定してください（'\(value)' が指定されました）"
        case .wrongType(let key, let found, let expected):
            let what = found.text(in: language)
            switch (expected, en) {
            case (.number, true): return "\(key): expected a number, found \(what); write the number without quotes"
            case (.number, false): return "\(key)：数値を指定してください（\(what)が指定されました）。数値は引用符なしで書きます"
            case (.text, true): return "\(key): expected text in quotes, found \(what)"
            case (.text, false): return "\(key)：引用符で囲んだ文字列を指定してください（\(what)が指定されました）"
            }
        case .inconsistent(let problem):
            return problem.text(in: language)
        case .notText(let line, let column, let byte, let nul):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            if en {
                let what = nul ? "a NUL byte" : "the byte \(hex), not UTF-8 text"
                return "line \(line), column \(column): \(what); expected a UTF-8 text file (is it a binary file?)"
            }
            let what = nul ? "NULバイトがあります" : "UTF-8ではないバイト \(hex) があります"
            return "\(line)行\(column)列目：\(what)。UTF-8のテキストファイルを指定してください（バイナリファイルではありませんか？）"
        case .duplicateKey(let key, let line, let firstLine):
            return en
                ? "line \(line): '\(key)' is set again (first on line \(firstLine)); keep one of the two lines"
                : "\(line)行目：'\(key)' が再び設定されています（最初は\(firstLine)行目）。どちらか一方の行だけを残してください"
        case .newerVersion(let found, let supported):
            return en
                ? "version \(found) is newer than this program reads (up to \(supported)); update salescoach, or write version = \(supported)"
                : "version \(found) はこのプログラムが読める版（\(supported)まで）より新しい形式です。salescoach を更新するか、version = \(supported) と書いてください"
        case .inFile(let source, let line, let error):
            switch error {
            case .syntax, .notText, .duplicateKey, .oldSyntax:
                return en ? "\(source), \(error.text(in: language))" : "\(source) の\(error.text(in: language))"
            default:
                break
            }
            guard line > 0 else { return en ? "\(source): \(error.text(in: language))" : "\(source)：\(error.text(in: language))" }
            return en ? "\(source), line \(line): \(error.text(in: language))" : "\(source) の\(line)行目：\(error.text(in: language))"
        }
    }
}

extension ConfigError.Syntax {
    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .key:
            return en ? "a key (letters, digits, _ and -, or a name in quotes)" : "キー（英数字・_・-、それ以外は引用符で囲んだ名前）が必要です"
        case .equals: return en ? "'=' after the key" : "キーの後に '=' が必要です"
        case .value:
            return en ? #"a value: a number, "text" in quotes, true or false"# : #"値（数値、引用符で囲んだ "文字列"、true か false）が必要です"#
        case .endOfLine: return en ? "the end of the line (or a # comment) after the value" : "値の後は行末（または # のコメント）にしてください"
        case .closingBracket: return en ? "']' to close the table name" : "表の名前を閉じる ']' が必要です"
        case .closingQuote: return en ? "the closing quote on the same line" : "同じ行に閉じる引用符が必要です"
        case .closingTripleQuote: return en ? #"the closing """ or '''"# : #"閉じる """ または ''' が必要です"#
        case .escape: return en ? #"an escape such as \n, \", \\ or \u00E9"# : #"\n、\"、\\、\u00E9 のようなエスケープにしてください"#
        case .noControlCharacter: return en ? "no control character (tab is the only one allowed)" : "制御文字は使えません（タブのみ可）"
        case .number:
            return en
                ? "a TOML number (no leading zero, _ only between digits, no % sign)"
                : "TOMLの数値（先頭に0を付けず、_ は数字の間だけ、% は付けない）にしてください"
        case .arrayEnd: return en ? "',' or ']' in the array" : "配列の中は ',' か ']' が必要です"
        case .inlineTableEnd: return en ? "',' or '}' in the inline table, on one line" : "インラインテーブルの中は同じ行に ',' か '}' が必要です"
        case .lineFeed: return en ? "a line feed after the carriage return" : "CR の後に LF が必要です"
        }
    }
}

extension ConfigError.Expected {
    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .number(let range):
            let (low, high) = (Config.format(range.lowerBound), Config.format(range.upperBound))
            return en ? "a number from \(low) to \(high)" : "\(low)から\(high)までの数値"
        case .wholeNumber(let range):
            return en
                ? "a whole number from \(range.lowerBound) to \(range.upperBound)"
                : "\(range.lowerBound)から\(range.upperBound)までの整数"
        case .mode:
            return en ? "'relative' or 'absolute'" : "'relative' か 'absolute'"
        case .threshold:
            return en ? "a number, or 'none' to remove the threshold" : "数値（基準値を外すときは 'none'）"
        case .columnHeader:
            return en ? "a column header after 'columns.'" : "'columns.' の後に列名"
        case .field(let names):
            return en ? "one of \(names.joined(separator: ", "))" : "\(names.joined(separator: "、"))のいずれか"
        }
    }
}

extension ConfigError.Inconsistency {
    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .sharesTotal(let total, let shares):
            return en
                ? "the plan shares add up to \(total)%, expected 100% (\(shares)); set them together, e.g. config set plan.share_b=45 plan.share_c=15"
                : "訪問の割合の合計が\(total)%です。100%にしてください（\(shares)）。例：config set plan.share_b=45 plan.share_c=15 のようにまとめて設定します"
        case .shareCAboveMax(let shareC, let maxShareC):
            return en
                ? "plan.share_c (\(shareC)%) is above plan.max_share_c (\(maxShareC)%), so every plan would warn that C is overweight; lower plan.share_c or raise plan.max_share_c"
                : "plan.share_c（\(shareC)%）が plan.max_share_c（\(maxShareC)%）を超えているため、どの計画でもCの偏りの警告が出ます。plan.share_c を下げるか plan.max_share_c を上げてください"
        case .absoluteWithoutThreshold(let axis):
            let keys = axis.metrics.map { "thresholds.\($0.rawValue)" }.joined(separator: ", ")
            return en
                ? "absolute mode needs a threshold for at least one \(axis.label) metric (\(keys))"
                : "absolute モードでは\(axis.labelJapanese)の指標のうち少なくとも1つに基準値が必要です（\(keys)）"
        case .axisWithoutWeight(let axis):
            return en
                ? "every \(axis.label) metric has weight 0; give at least one of them a weight above 0"
                : "\(axis.labelJapanese)のどの指標も重みが0です。少なくとも1つに0より大きい重みを付けてください"
        }
    }
}
