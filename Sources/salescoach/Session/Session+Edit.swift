import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `rename OLD NEW`
    func rename(_ arguments: [String]) throws {
        guard arguments.count == 2 else {
            throw Failure("rename needs the old and the new name; quote names with spaces: rename \"Acme\" \"Acme Industrial\"")
        }
        let old = try requireCustomer(arguments[0])
        let renamed = try workspace.rename(from: old.name, to: arguments[1])
        try reload()
        recordHistory(source: "rename")
        console.say(language == .en ? "Renamed '\(old.name)' to '\(renamed.name)'." : "「\(old.name)」を「\(renamed.name)」に変更しました。")
    }

    /// `remove NAME`
    func remove(_ arguments: [String]) throws {
        let customer = try requireCustomer(try name(from: arguments, command: "remove"))
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
