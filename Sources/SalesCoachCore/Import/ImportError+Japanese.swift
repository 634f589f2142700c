extension ImportError {
    /// The message in Japanese for the problems of a file's structure and
    /// encoding (the row problems are worded in `ImportError+Rows`): the same
    /// file, line, column and expectation as the English `description`.
    var japanese: String {
        switch self {
        case .raggedRow, .badNumber, .badDate, .emptyName, .ambiguousDateOrder, .inSheet:
            return text(in: .ja)
        case .unknownEncodingName(let name):
            return "「\(ImportText.snippet(name))」という文字コードはありません。"
                + SourceEncoding.acceptedNames.joined(separator: "、") + " のいずれかを指定してください"
        case .emptyFile(let source):
            return "\(source)：ファイルが空です。"
                + CustomerField.all.map { $0.columnName(in: .ja) }.joined(separator: ",") + " のような見出しの行が必要です"
        case .binaryFile(let source, let kind):
            let what = kind.map { "（\($0.text(in: .ja))のようです。先にCSVで保存してください）" } ?? ""
            return "\(source)：CSVではなくバイナリファイルのようです\(what)"
        case .nulByte(let source, let line, let column, let offset):
            let byte = offset.map { "（\($0)バイト目）" } ?? ""
            return "\(source) \(line)行\(column)列目\(byte)：CSVのテキストにはないNULバイトがあります。"
                + "バイナリファイル（またはBOMのないUTF-16）のようです。CSVで保存するか、--encoding utf-16 を指定してください"
        case .undecodable(let source, let line, let encoding):
            return "\(source) \(line)行目：\(encoding) として正しくないバイトがあります。"
                + "ファイルの文字コードを確かめてください（--encoding auto・utf-8・shift_jis・utf-16）"
        case .unrecognisedEncoding(let source, let line):
            return "\(source) \(line)行目：UTF-8でもShift_JIS（CP932）でもないテキストです。"
                + "UTF-8のCSVで保存するか、--encoding で文字コードを指定してください"
        case .byteOrderMarkMismatch(let source, let found, let requested):
            return "\(source)：ファイルの先頭は \(found) のBOMですが、\(requested) が指定されました。--encoding auto を使ってください"
        case .unterminatedQuote(let source, let line, let column):
            return "\(source) \(line)行\(column)列目：ここで始まる引用符で囲んだ項目が閉じていません。閉じる引用符（\"）が必要です"
        case .strayQuote(let source, let line, let column):
            return "\(source) \(line)行\(column)列目：引用符で囲んでいない項目の中に引用符（\"）があります。"
                + "項目全体を引用符で囲み、中の引用符は二つ重ねて（\"\"）書いてください"
        case .textAfterClosingQuote(let source, let line, let column, let found):
            return "\(source) \(line)行\(column)列目：閉じる引用符の後はカンマか行末のはずですが、"
                + "「\(ImportText.snippet(found))」があります"
        case .missingNameColumn(let source, let line, let found, let accepted):
            return "\(source) \(line)行目：顧客名の列がありません。見出しは\(ImportText.list(found, language: .ja))です。"
                + "\(accepted.joined(separator: "、")) のいずれかの列が必要です（設定ファイルの [columns] で列を name に割り当てることもできます）"
        case .ambiguousColumns(let source, let line, let field, let first, let second):
            return "\(source) \(line)行目：\(first.text(in: .ja))と\(second.text(in: .ja))がどちらも\(field.columnName(in: .ja))を表しています。"
                + "どちらか一方を残すか、設定ファイルの [columns] でもう一方を別の項目に割り当ててください"
        case .noCustomerRows(let source):
            return "\(source)：見出しの下に顧客の行がありません。少なくとも1社の顧客が必要です"
        case .duplicateName(let source, let line, let name, let firstLine, let firstName, let rep):
            let owner = rep.map { "（担当者「\(ImportText.snippet($0))」）" } ?? ""
            let same = firstName == name ? "" : "「\(ImportText.snippet(firstName))」として"
            return "\(source) \(line)行目：顧客「\(ImportText.snippet(name))」\(owner)が重複しています"
                + "（\(firstLine)行目に\(same)あります）。どちらかの名前を変えるか、行をまとめてください"
        case .mergedTotalOutOfRange(let source, let line, let name, let firstLine, let metric):
            return "\(source) \(line)行目：この行を顧客「\(ImportText.snippet(name))」（\(firstLine)行目）にまとめると、"
                + "\(metric.labelJapanese)が大きすぎて扱えません（合計は1.8e308未満のはずです）。値を確かめるか、まとめずに読み込んでください"
        case .classificationResult(let source, _):
            return "\(source)：classify の結果（領域とスコア）で、顧客リストではありません。領域を出すもとになる数値が入っていません。"
                + "もとの顧客ファイルか、数値ごと書き出す 'export' のファイルを読み込んでください"
        case .planExport(let source, _):
            return "\(source)：訪問計画（顧客・訪問回数・週）で、顧客リストではありません。領域を出すもとになる数値が入っていません。"
                + "顧客ファイルを読み込み、計画は 'salescoach check \(source) --customers 顧客ファイル' で確かめてください"
        case .notCustomerJSON(let source, let item):
            let place = item.map { " \($0)件目" } ?? ""
            return "\(source)\(place)：顧客の一覧ではありません。'export FILE.json' が書き出すような、"
                + "顧客1社ごとにオブジェクトを1つ並べたJSONの配列が必要です"
        }
    }
}
