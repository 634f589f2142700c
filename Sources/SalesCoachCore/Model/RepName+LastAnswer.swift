import Synchronization

extension RepName {
    /// Every rep a question names as a rep ("compare Daniel and Priya",
    /// 「佐藤さんと田中さんを比べて」), by the rules of `named`, in the order the
    /// question names them.
    public static func allNamed(in question: String, reps: [String], customerNames: [String] = []) -> [String] {
        let asked = lastAllNamed.withLock { last in
            last.flatMap { $0.question == question && $0.reps == reps && $0.customerNames == customerNames ? $0.found : nil }
        }
        if let asked { return asked }
        let found = findAllNamed(in: question, reps: reps, customerNames: customerNames)
        lastAllNamed.withLock { $0 = (question, reps, customerNames, found) }
        return found
    }

    /// The last question `allNamed` answered, with what it was given and
    /// found. One line asks it several times (whose plan it is, which rep it
    /// names, whether a rep's name is also a customer's), and each time read
    /// every rep's name against the line in several ways: a third of a
    /// question's time on a 10,000-customer book. The answer depends on
    /// these three alone; comparing the names is quick, as they are the very
    /// strings of the book.
    private static let lastAllNamed = Mutex<(question: String, reps: [String], customerNames: [String], found: [String])?>(nil)
}
