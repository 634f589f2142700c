import SalesCoachCore
import SalesCoachTerminal

/// The visit log: logging a visit and reading the log back.
extension Session {
    /// `visit NAME [DATE] [note…]`: logs a visit; the date defaults to today and
    /// may be relative (`yesterday`, `last friday`, 先週金曜, `12/1`).
    func visit(_ arguments: [String]) throws {
        _ = try name(from: arguments, command: VisitCommand.self)
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
        let date = try takeDay(from: &rest) ?? today
        let note = rest.isEmpty ? nil : rest.joined(separator: " ")
        try workspace.logVisit(VisitRecord(customerName: customer.name, date: date, note: note))
        try reload()
        // "did that get logged?", "is it worth another visit?" are about this customer now.
        conversation.discussed(.explainCustomer, customers: [customer.name], language: language)
        let segment = classification(of: customer.name)?.segment?.rawValue ?? "–"
        console.say(VisitLogMessage.logged(name: customer.name, segment: segment, date: date))
    }

    /// Takes the day a visit was made from the start of `words` (up to four
    /// words: `the day before yesterday`), or nil when they start with a note.
    /// A word that starts like a date is a date or an error, never the start of a note.
    private func takeDay(from words: inout [String]) throws -> LocalDate? {
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
            do {
                let date = try DaySpec.parse(words[0..<count].joined(separator: " "), today: today)
                words.removeFirst(count)
                return date
            } catch DateSpecError.notADay {
                continue
            } catch {
                throw failure(after: "visit", error)
            }
        }
        guard let first = words.first, DateParser.looksLikeDate(first) else { return nil }
        do {
            _ = try DaySpec.parse(first, today: today)
        } catch {
            throw failure(after: "visit", error)
        }
        return nil
    }

    /// `visits [NAME] [--since DATE]`: the log read back, oldest first, with notes.
    /// The day is the longest run of up to three words after `--since` that
    /// reads as one; the words after it belong to the name.
    func visits(name: [String], since sinceWords: [String]) throws {
        var rest = name
        var since: LocalDate? = nil
        if !sinceWords.isEmpty {
            let end = (1...min(3, sinceWords.count)).reversed().first {
                (try? day(orWeek: sinceWords[0..<$0].joined(separator: " "))) != nil
            } ?? 1
            since = try day(orWeek: sinceWords[0..<end].joined(separator: " "))
            rest += sinceWords[end...]
        }
        let customer = rest.isEmpty ? nil : try requireCustomer(rest.joined(separator: " "))
        let log = try workspace.visitLog().enumerated()
            .filter { _, record in
                since.map { record.date >= $0 } ?? true
                    && customer.map { Book.key($0.name) == Book.key(record.customerName) } ?? true
            }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        guard !log.isEmpty else { return console.say(VisitLogMessage.nothingLogged(customer: customer?.name, since: since)) }
        console.say(VisitLogMessage.heading(customer: customer?.name, since: since, visits: log.count), style: Palette.heading)
        let width = log.map { DisplayWidth.width(of: $0.customerName) }.max() ?? 0
        for record in log {
            // The segment on the day of the visit, as the history knows it.
            let segment = self.segment(of: record.customerName, on: record.date)?.rawValue ?? "–"
            var line = "  \(record.date) \(weekdayName(record.date))  \(segment)  "
            line += record.note.map { DisplayWidth.pad(record.customerName, toWidth: width) + "  " + SingleLine.visible($0) }
                ?? record.customerName
            console.say(line)
        }
    }

    /// When each customer was last seen: the later of `last_visit` and the log,
    /// so `show` and `list` count a visit logged a moment ago, as `why` and the planner do.
    /// The visit log read for last visits; a customer's own `last_visit` is
    /// added by `lastVisit(of:)`, so only the customers shown are looked at.
    func visitHistory() throws -> VisitHistory {
        VisitHistory(visitLog: try workspace.visitLog(), today: today)
    }

    /// A day as `visit` reads it, or the Monday of a week (`last week`, 先週).
    private func day(orWeek text: String) throws -> LocalDate {
        do {
            return try DaySpec.parse(text, today: today)
        } catch DateSpecError.notADay(let word, let reason) {
            if let week = try? WeekSpec.parse(text, today: today) { return week.start }
            throw failure(after: "visits --since", DateSpecError.notADay(word, reason: reason))
        } catch {
            throw failure(after: "visits --since", error)
        }
    }
}
