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
        console.say(language == .en ? "Renamed '\(old.name)' to '\(renamed.name)'." : "「\(old.name)」を「\(renamed.name)」に変更しました。")
    }

    /// `remove NAME`
    func remove(_ arguments: [String]) throws {
        let customer = try requireCustomer(try name(from: arguments, command: "remove"))
        try workspace.remove(named: customer.name)
        try reload()
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
        console.say(language == .en ? "Undid: \(outcome.change)." : "取り消しました：\(outcome.change)")
    }

    /// `visit NAME [DATE] [note…]`: logs a visit; the date defaults to today.
    func visit(_ arguments: [String]) throws {
        guard !arguments.isEmpty else {
            throw Failure("visit needs a customer name, e.g. \(CommandCatalog.command(named: "visit")?.example ?? "visit NAME")")
        }
        // The name is the longest leading run of words that names a customer,
        // so `visit Acme Industrial 2026-11-27 renewal talk` needs no quotes.
        // Exact names first, then names read as questions read them (short forms, romaji, typos).
        var nameEnd = 0
        for end in stride(from: arguments.count, through: 1, by: -1)
        where book.customer(named: arguments[0..<end].joined(separator: " ")) != nil {
            nameEnd = end
            break
        }
        if nameEnd == 0 {
            for end in stride(from: arguments.count, through: 1, by: -1)
            where resolvedCustomer(arguments[0..<end].joined(separator: " ")) != nil {
                nameEnd = end
                break
            }
        }
        if nameEnd == 0 {
            let dateIndex = arguments.firstIndex { DateParser.looksLikeDate($0) } ?? arguments.count
            _ = try requireCustomer(arguments[0..<max(1, dateIndex)].joined(separator: " "))
        }
        let customer = try requireCustomer(arguments[0..<nameEnd].joined(separator: " "))
        var rest = Array(arguments[nameEnd...])
        var date = today
        // A word that starts like a date is a date or an error, never the start of a note.
        if let first = rest.first, DateParser.looksLikeDate(first) {
            let parsed: LocalDate?
            do {
                parsed = try DateParser.parse(first)
            } catch {
                throw Failure("visit: '\(first)' is not a date we read (\(error.description)); expected YYYY-MM-DD, e.g. \(today)")
            }
            guard let parsed, parsed <= today else {
                throw Failure("visit: \(first) is after today, \(today); log visits once they happen (plans go in 'planned add')")
            }
            date = parsed
            rest.removeFirst()
        }
        let note = rest.isEmpty ? nil : rest.joined(separator: " ")
        try workspace.logVisit(VisitRecord(customerName: customer.name, date: date, note: note))
        try reload()
        let segment = classification(of: customer.name)?.segment?.rawValue ?? "–"
        console.say(
            language == .en
                ? "Logged a visit to \(customer.name) (\(segment)) on \(date)."
                : "\(customer.name)（\(segment)）への訪問を \(date) に記録しました。")
    }
}
