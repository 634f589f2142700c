import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `rename OLD NEW`
    func rename(_ typed: String, to new: String) throws {
        let old = try requireCustomer(typed)
        let renamed = try workspace.rename(from: old.name, to: new)
        try reload()
        recordHistory(source: "rename")
        console.say(BookMessage.renamed(from: old.name, to: renamed.name))
    }

    /// `remove NAME`
    func remove(_ customer: Customer) throws {
        let removed = try workspace.remove(named: customer.name)
        try removeFromBook(named: removed.name)
        recordHistory(source: "remove")
        console.say(BookMessage.removed(customer.name))
    }

    /// `undo`: reverses the last change, even one made before a restart.
    func undo() throws {
        guard let outcome = try workspace.undo() else {
            console.say(BookMessage.nothingToUndo)
            return
        }
        try reload()
        recordHistory(source: "undo")
        console.say(BookMessage.undid(outcome.change))
    }
}
