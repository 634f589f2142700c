import Synchronization

extension CustomerListQuestion {
    /// The list a question asks for, if it asks for one.
    /// `namesRep`: the question names one of the book's reps ("is Okada
    /// spending too much time on C?"), which makes a comfort question one about the team.
    static func detect(_ text: QuestionText, namesRep: Bool = false) -> CustomerListQuestion? {
        // Nil when this is not the question read last; else what was found, itself maybe nil.
        let asked: CustomerListQuestion?? = lastDetected.withLock { last in
            guard let last, last.namesRep == namesRep, last.chars == text.chars, last.upper == text.upper else { return nil }
            return .some(last.found)
        }
        if let asked { return asked }
        let found = detectAnew(text, namesRep: namesRep)
        lastDetected.withLock { $0 = (text.chars, text.upper, namesRep, found) }
        return found
    }

    /// The last question `detect` read, and what it found. One line is read
    /// several times over (to place it, to answer it, to see whether it is a
    /// list asked after one shown), and each reading looked its words up in
    /// every phrase list: over a quarter of a question's time. The answer
    /// depends on the text and `namesRep` alone.
    private static let lastDetected = Mutex<(chars: [Character], upper: [Bool], namesRep: Bool, found: CustomerListQuestion?)?>(nil)
}
