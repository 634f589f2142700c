/// The customer names of a book, indexed for finding them inside questions.
///
/// Built once per book change. Latin-script names are matched word by word
/// and indexed by their first word; names with Japanese in them are matched
/// as character strings (Japanese has no spaces) and indexed by their first
/// two characters and by every character pair, the latter for typos. A
/// question then only looks at names that share a word or a pair with it,
/// which keeps a 10,000-name book as quick as a 40-name one.
public struct NameIndex: Sendable {
    struct Entry: Sendable {
        /// The name as the book spells it.
        let name: String
        /// Words of a Latin-script name, legal form stripped ("tiny", "gears").
        let words: [String]?
        /// Characters of any other name, legal form and spaces stripped ("森田精工").
        let characters: [Character]?
    }

    let entries: [Entry]
    /// Word names by their first word.
    let byFirstWord: [String: [Int]]
    /// Distinct first words by their first letter, for typo look-ups.
    let firstWordsByInitial: [Character: [String]]
    /// Character names by their first two characters (one for one-character names).
    let byPrefix: [String: [Int]]
    /// Character names by every distinct pair of neighbouring characters.
    let byPair: [String: [Int]]

    /// Indexes `names`; blank names are left out.
    public init(names: [String]) {
        var entries: [Entry] = []
        var byFirstWord: [String: [Int]] = [:]
        var firstWords: [Character: Set<String>] = [:]
        var byPrefix: [String: [Int]] = [:]
        var byPair: [String: [Int]] = [:]
        entries.reserveCapacity(names.count)
        for name in names {
            let core = CompanyAffixes.strip(NameKey.normalize(name))
            let index = entries.count
            if core.allSatisfy(\.isASCII) {
                let words = core.split { !($0.isLetter || $0.isNumber) }.map(String.init)
                guard let first = words.first, let initial = first.first else { continue }
                entries.append(Entry(name: name, words: words, characters: nil))
                byFirstWord[first, default: []].append(index)
                firstWords[initial, default: []].insert(first)
            } else {
                let characters = core.filter { !$0.isWhitespace }.map { $0 }
                guard !characters.isEmpty else { continue }
                entries.append(Entry(name: name, words: nil, characters: characters))
                byPrefix[String(characters.prefix(2)), default: []].append(index)
                var seen = Set<String>()
                for i in 0..<max(0, characters.count - 1) {
                    let pair = String(characters[i...i + 1])
                    if seen.insert(pair).inserted { byPair[pair, default: []].append(index) }
                }
            }
        }
        self.entries = entries
        self.byFirstWord = byFirstWord
        self.firstWordsByInitial = firstWords.mapValues { $0.sorted() }
        self.byPrefix = byPrefix
        self.byPair = byPair
    }

    /// Indexes the customers of a book.
    public init(book: Book) { self.init(names: book.customers.map(\.name)) }

    /// How many names are indexed.
    public var count: Int { entries.count }
}
