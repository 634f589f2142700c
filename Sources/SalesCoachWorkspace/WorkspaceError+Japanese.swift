import SalesCoachCore

extension WorkspaceError: UserMessage {
    /// The message in `language`: which file, what is wrong with it, that
    /// nothing was changed, and what to do.
    public func text(in language: Language) -> String {
        language == .en ? description : japanese
    }

    private var japanese: String {
        let keepSafe = "何も変更していません"
        let chooseOther = "--workspace で別のファイルを指定してください。"
        switch self {
        case .notADatabase(let path):
            return "\(Self.place(path)) はSalesCoachのワークスペースではありません（SQLiteのデータベースではありません）。\(keepSafe)。\(chooseOther)"
        case .foreignDatabase(let path):
            return "\(Self.place(path)) はSalesCoachのワークスペースではありません（別のプログラムのSQLiteデータベースです）。\(keepSafe)。\(chooseOther)"
        case .damaged(let path, let detail):
            return "\(Self.place(path)) は壊れたワークスペースです（\(detail.text(in: .ja))）。\(keepSafe)。"
                + "復旧のためにファイルを残し、バックアップから戻すか、--workspace で別の場所に新しいワークスペースを作ってください。"
        case .newerVersion(let path, let found, let supported):
            return "\(Self.place(path)) は新しいSalesCoachで書かれています（ワークスペースの版 \(found)、この版が読めるのは \(supported) まで）。"
                + "\(keepSafe)。SalesCoachを更新するか、--workspace で別のファイルを指定してください。"
        case .readOnly(let path):
            return "\(Self.place(path)) は読み取り専用のため、変更を保存していません。ワークスペースはそのままです。"
                + "ファイルを書き込み可能にする（chmod u+w）か、--workspace で別のファイルを指定してください。"
        case .companionReadOnly(let path, let companion):
            return "\(Self.place(path)) に書き込めません。横にあるSQLiteのファイル \(companion) が読み取り専用です"
                + "（以前の読み取り専用のセッションが残したものと思われます）。\(keepSafe)。"
                + "書き込み可能にする（chmod u+w \(companion)）か、どのセッションも開いていないときに削除してください。"
        case .cannotUpgrade(let path, let found, let current):
            return "\(Self.place(path)) はワークスペースの版 \(found) で、版 \(current) への更新が必要ですが、読み取り専用です。"
                + "\(keepSafe)。ファイルを書き込み可能にして（chmod u+w）やり直してください。"
        case .notAFile(let path):
            return "\(Self.place(path)) は通常のファイルではありません（フォルダーかデバイスです）。\(keepSafe)。\(chooseOther)"
        case .cannotOpen(let path, let reason):
            return "ワークスペース \(Self.place(path)) を開けません：\(reason.text(in: .ja))。パスと権限を確かめるか、--workspace で別のファイルを指定してください。"
        case .busy(let path):
            return "\(Self.place(path)) は使用中です。別のSalesCoachのセッションが長くロックしていたため、変更を保存していません。もう一度試してください。"
        case .busyOpening(let path):
            return "\(Self.place(path)) は使用中です。別のSalesCoachのセッションが\(Int(Workspace.busyTimeout))秒以上書き込みを続けています"
                + "（大きな読み込みと思われます）。\(keepSafe)。終わってから始め直すか、--workspace で別のファイルを開いてください。"
        case .diskFull(let path):
            return "\(Self.place(path)) のディスクがいっぱいのため、変更を保存していません。ワークスペースはそのままです。空きを作ってもう一度試してください。"
        case .storage(let path, let message):
            return "ワークスペース \(Self.place(path)) でエラーが起きました（理由: \(message)）。変更は保存していません。"
        case .undoBlocked(let change, let later):
            return "「\(change.text(in: .ja))」を取り消せません。その後に別のセッションが同じデータを変更しており（\(later.text(in: .ja))）、"
                + "取り消すとそれを上書きしてしまいます。\(keepSafe)。手で戻すか、先にそちらで取り消してください。"
        case .cannotWriteBackup(let path, let reason):
            return "バックアップ \(Self.place(path)) を書き出せません：\(reason.text(in: .ja))。何も書き出しておらず、ワークスペースはそのままです。"
                + "存在し、書き込めるフォルダーを選んでください。"
        case .cannotReadBackup(let path, let reason):
            return "バックアップ \(Self.place(path)) を読めません：\(reason.text(in: .ja))。\(keepSafe)。パスを確かめてください（'backup FILE' で作れます）。"
        case .backupExists(let path):
            return "\(Self.place(path)) はすでにあります。何も書き出していません。別の名前にするか、--force を付けて置き換えてください。"
        case .notAWorkspace(let path):
            return "\(Self.place(path)) はSalesCoachのバックアップではありません（別の種類のファイル、空のデータベース、または別のプログラムのものです）。"
                + "\(keepSafe)。'backup' で書き出したファイルを指定してください。"
        case .cancelled:
            return "保存する前に中止しました。ワークスペースはそのままです"
        case .book(let error):
            switch error {
            case .emptyName: return "顧客には名前が必要です"
            case .duplicate(let name, let existing): return "「\(name)」はすでに「\(existing)」として一覧にあります"
            case .notFound(let name): return "「\(name)」という顧客はいません"
            }
        }
    }

    /// A workspace's path as a Japanese message names it: the in-memory one in words.
    static func place(_ path: String) -> String {
        path == Workspace.inMemoryName ? "（メモリ上）" : path
    }
}
