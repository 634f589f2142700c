import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `rename OLD NEW`
    func rename(_ typed: String, to new: String) throws {
        let old = try requireCustomer(typed)
        let renamed = try workspace.rename(from: old.name, to: new)
        try reload()
        recordHistory(source: "rename")
        console.say(language == .en ? "Renamed '\(old.name)' to '\(renamed.name)'." : "「\(old.name)」を「\(renamed.name)」に変更しました。")
    }

    /// `remove NAME`
    func remove(_ customer: Customer) throws {
        try workspace.remove(named: customer.name)
        try reload()
        recordHistory(source: "remove")
        console.say(
            language == .en ? "Removed '\(customer.name)'. 'undo' brings it back." : "「\(customer.name)」を削除しました。'undo' で元に戻せます。")
    }

    /// `undo`: reverses the last change, even one made before a restart.
    func undo() throws {
        guard let outcome = try workspace.undo() else {
            console.say(language == .en ? "Nothing to undo." : "取り消せる変更はありません。")
            return
        }
        try reload()
        recordHistory(source: "undo")
        console.say(language == .en ? "Undid: \(outcome.change)." : "取り消しました：\(outcome.change.text(in: .ja))")
    }
}
