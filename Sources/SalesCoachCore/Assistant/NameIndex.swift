import Synchronization

/// The customer names of a book, indexed for finding them inside questions.
///
/// Built once per book change. Latin-script names are matched word by word
/// and indexed by their first word; names with Japanese in them are matched
/// as character strings (Japanese has no spaces) and indexed by their first
/// two characters and by every character pair, the latter for typos. A
/// question then only looks at names that share a word or a pair with it,
/// which keeps a 10,000-name book as quick as a 40-name one. A Japanese name
/// the reading table can read is also indexed by its romaji words, folded
/// (`Romaji.fold`), so "Tanaka Shoji" finds 田中商事.
public struct NameIndex: Sendable {
    struct Entry: Sendable {
        /// The name as the book spells it.
        let name: String
        /// Words of a Latin-script name, legal form stripped ("tiny", "gears"),
        /// or of a romaji reading of a Japanese name, folded ("tanaka", "syozi").
        let words: [String]?
        /// Characters of any other name, legal form and spaces stripped ("森田精工").
        let characters: [Character]?
        /// The words are a romaji reading, compared folded.
        var isReading = false
        /// The reading was guessed kanji by kanji: it matches only as typed, never with a typo.
        var isGuess = false
        /// The characters are the name without its trade word (加藤ネジ for
        /// 加藤ネジ製作所), as reps shorten names.
        var isShortForm = false
    }

    /// Names made of words, looked up by their first word.
    struct WordTable: Sendable {
        /// Entries by their first word.
        var byFirstWord: [String: [Int]] = [:]
        /// Distinct first words by their first letter, for typo look-ups.
        var firstWordsByInitial: [Character: [String]] = [:]
        /// Entries by each word after the first, with its place in the name:
        /// reps drop the front of a name ("curry house" for Fukuoka Curry
        /// House, "ichibantei" for 博多ラーメン一番亭).
        var byLaterWord: [String: [Later]] = [:]

        struct Later: Sendable {
            let entry: Int
            let position: Int
        }

        mutating func add(_ entry: Int, words: [String], initials: inout [Character: Set<String>]) {
            guard let first = words.first, let initial = first.first else { return }
            byFirstWord[first, default: []].append(entry)
            initials[initial, default: []].insert(first)
            for position in words.indices.dropFirst() {
                byLaterWord[words[position], default: []].append(Later(entry: entry, position: position))
            }
        }
    }

    let entries: [Entry]
    /// Latin-script names, as typed.
    let latin: WordTable
    /// Romaji readings of Japanese names, folded.
    let readings: WordTable
    /// Character names by their first two characters (one for one-character names).
    let byPrefix: [String: [Int]]
    /// Character names by every distinct pair of neighbouring characters.
    let byPair: [String: [Int]]
    /// Japanese names by a reading's words joined ("noge" + "ramen" →
    /// "nogeramen"): 「野毛らーめん」 or 「みなと未来学園」 spell the same name
    /// with other kana or kanji, and read the same.
    let byJoinedReading: [String: [Int]]
    /// Japanese names by the consonants of each run of a reading's words
    /// (`KanaSkeleton`): "hotel polestar" sounds like ホテルポールスター, whose
    /// reading the tables spell "hotel pooru star".
    let bySkeleton: [String: [Int]]
    /// Latin names by the skeletons of their forms (`KanaSkeleton.forms`),
    /// for an English name typed in kana (ヒロシマバイオラボ).
    let latinBySkeleton = LatinSkeletonTable()

    /// Indexes `names`; blank names are left out.
    public init(names: [String]) {
        var entries: [Entry] = []
        var latin = WordTable()
        var latinInitials: [Character: Set<String>] = [:]
        var readings = WordTable()
        var readingInitials: [Character: Set<String>] = [:]
        var byPrefix: [String: [Int]] = [:]
        var byJoinedReading: [String: [Int]] = [:]
        var bySkeleton: [String: [Int]] = [:]
        var byPair: [String: [Int]] = [:]
        entries.reserveCapacity(names.count)
        let forms = NameIndex.forms(of: names)
        for (name, form) in zip(names, forms) {
            switch form {
            case .none:
                continue
            case .words(let words):
                latin.add(entries.count, words: words, initials: &latinInitials)
                entries.append(Entry(name: name, words: words, characters: nil))
            case .characters(let characters, let short, let tail, let readingWords, let guessed, let skeletons):
                let index = entries.count
                for skeleton in skeletons { bySkeleton[skeleton, default: []].append(index) }
                entries.append(Entry(name: name, words: nil, characters: characters))
                byPrefix[String(characters.prefix(2)), default: []].append(index)
                // Each pair once per name: a pair seen before in this name has
                // this entry last in its list, so no set of the name's pairs is
                // needed (hashing Japanese text is what indexing a book costs).
                for i in 0..<max(0, characters.count - 1) {
                    NameIndex.appendOnce(index, to: &byPair[NameIndex.pair(characters[i], characters[i + 1]), default: []])
                }
                // "KSK" for ＫＳＫ精機, "NTK" for NTKセラミック: the Latin letters a name
                // starts with are what reps type, as a word of its own.
                let letters = characters.prefix { $0.isASCII && $0.isLetter }
                if letters.count >= 2, letters.count < characters.count, !characters[letters.count].isASCII {
                    latin.add(entries.count, words: [String(letters)], initials: &latinInitials)
                    entries.append(Entry(name: name, words: [String(letters)], characters: nil, isShortForm: true))
                }
                for short in [short, tail].compactMap({ $0 }) {
                    byPrefix[String(short.prefix(2)), default: []].append(entries.count)
                    entries.append(Entry(name: name, words: nil, characters: short, isShortForm: true))
                }
                for words in readingWords {
                    // The whole reading, and without its last word (「さいたま梱包」 for サイタマ梱包サービス).
                    for joined in [words.joined(), words.count >= 3 ? words.dropLast().joined() : ""] where joined.count >= 6 {
                        if byJoinedReading[joined]?.last != index { byJoinedReading[joined, default: []].append(index) }
                    }
                    readings.add(entries.count, words: words, initials: &readingInitials)
                    entries.append(Entry(name: name, words: words, characters: nil, isReading: true, isGuess: guessed))
                }
            }
        }
        latin.firstWordsByInitial = latinInitials.mapValues { $0.sorted() }
        readings.firstWordsByInitial = readingInitials.mapValues { $0.sorted() }
        self.entries = entries
        self.latin = latin
        self.readings = readings
        self.byPrefix = byPrefix
        self.byPair = byPair
        self.byJoinedReading = byJoinedReading
        self.bySkeleton = bySkeleton
    }

    /// Two neighbouring characters as one key, put together directly: a
    /// string made from a slice of characters goes through the generic
    /// sequence initialiser, one character at a time.
    static func pair(_ first: Character, _ second: Character) -> String {
        var pair = String(first)
        pair.append(second)
        return pair
    }

    /// Appends `entry` unless it is already the list's last.
    private static func appendOnce(_ entry: Int, to list: inout [Int]) {
        if list.last != entry { list.append(entry) }
    }

    /// What a name is indexed by, which depends on the name alone.
    enum Form: Sendable {
        /// Blank once its legal form is stripped: not indexed.
        case none
        /// A Latin-script name's words.
        case words([String])
        /// A Japanese name's characters, its short form, its last part after a
        /// space (「明石ドック」 of 「三菱造船協力会社 明石ドック」, the part reps say)
        /// and its romaji readings' words, guessed kanji by kanji when the word
        /// tables could not read it.
        /// `skeletons`: the consonants (`KanaSkeleton`) of each reading's
        /// words, run by run, for a name typed in Latin letters the way it sounds.
        case characters(
            [Character], short: [Character]?, tail: [Character]?, readings: [[String]], guessed: Bool, skeletons: [String])
    }

    /// Words that end a branch's name after the company's (浜松工場, 大阪支店).
    static let branchWords = ["工場", "支店", "営業所", "事業所", "本社", "支社", "出張所", "本店", "店舗", "倉庫"]

    static func form(of name: String) -> Form {
        var core = CompanyAffixes.strip(NameKey.normalize(name))
        // 「大和重工㈱高岡工場」: a legal form between the company and its branch parts
        // them as a space does (「大和重工㈱ 高岡工場」), so "daiwa juko" and the branch read.
        for form in ["(株)", "(有)", "株式会社", "有限会社"] where core.contains(form) {
            core = core.replacingOccurrences(of: form, with: " ").trimmingCharacters(in: .whitespaces)
        }
        if core.allSatisfy(\.isASCII) {
            let words = core.split { !($0.isLetter || $0.isNumber) }.map(String.init)
            return words.isEmpty ? .none : .words(words)
        }
        let characters = core.filter { !$0.isWhitespace }.map { $0 }
        guard !characters.isEmpty else { return .none }
        func folded(_ readings: [[String]]) -> [[String]] {
            readings.map { $0.map(Romaji.fold).filter { !$0.isEmpty } }.filter { !$0.isEmpty }
        }
        let parts = core.split(separator: " ")
        // 「東海ベアリング㈱ 浜松工場」: a branch after the company is not what reps say;
        // the company before it is ("tokai bearing", 「東海ベアリング」), its legal form off.
        let branch = parts.count >= 2 && NameIndex.branchWords.contains { parts.last!.hasSuffix($0) }
        let head = branch ? Array(CompanyAffixes.strip(parts.dropLast().joined(separator: " "))) : nil
        let spoken = parts.map { CompanyAffixes.strip(String($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
        var plain = JapaneseNameReadings.readings(of: Array(spoken))
        if let head { plain += JapaneseNameReadings.readings(of: head) }
        let readings = folded(plain)
        let guessed = readings.isEmpty ? folded(JapaneseNameReadings.readings(of: Array(core), guessing: true)) : []
        let tail = head.map { $0.filter { !$0.isWhitespace } }
            ?? (parts.count >= 2 && parts.last!.count >= 3 && parts.last!.contains(where: \.isJapanese) ? Array(parts.last!) : nil)
        // "hotel polestar" for ホテルポールスター, "niseko resort" for ニセコリゾートホテル,
        // "northgate" for ホテルノースゲート: what the reading sounds like, whole
        // and by each run of its words, as reps drop the front or the back; four
        // consonants at least, since shorter skeletons are shared by chance.
        var skeletons: [String] = []
        for words in plain {
            for start in words.indices {
                for end in start..<words.count {
                    // A reading mixes English loanwords (energy) and romaji of kana (geeto): both ways.
                    for soft in [true, false] {
                        let skeleton = KanaSkeleton.of(words: words[start...end], softSounds: soft)
                        if skeleton.count >= 4, !skeletons.contains(skeleton) { skeletons.append(skeleton) }
                    }
                }
            }
        }
        return .characters(
            characters, short: JapaneseNameReadings.shortForm(of: characters), tail: tail,
            readings: readings.isEmpty ? guessed : readings, guessed: readings.isEmpty && !guessed.isEmpty, skeletons: skeletons)
    }

    /// Forms already worked out, by name, for the life of the process. The
    /// index is rebuilt after every change to the book, and reading a
    /// Japanese name (readings, romaji, short form) was most of that cost:
    /// with this, a change to one customer works out one name, not ten thousand.
    static let knownForms = Mutex<[String: Form]>([:])

    /// How many forms this process has worked out rather than been given
    /// (`rememberForms`): unchanged across an indexing means every name's
    /// form was known, which is cheaper to learn than asking for each name.
    static let formsWorkedOut = Atomic<Int>(0)

    /// `formsWorkedOut` now, to compare after indexing.
    public static var formsWorkedOutCount: Int { formsWorkedOut.load(ordering: .relaxed) }

    /// Works out the forms of `names` ahead of the first question (on
    /// another thread at start-up, say); safe from any thread.
    public static func prepare(names: [String]) {
        _ = forms(of: names)
        for name in names { _ = Book.key(name) }
    }

    static func forms(of names: [String]) -> [Form] {
        let known = knownForms.withLock { cache in names.map { cache[$0] } }
        // The names not read yet, each once, on both cores: reading a large
        // book's Japanese names is what makes its first index slow.
        var missing: [String] = []
        var seen: Set<String> = []
        for (name, cached) in zip(names, known) where cached == nil && seen.insert(name).inserted { missing.append(name) }
        guard !missing.isEmpty else { return known.map { $0! } }
        let made = [Form].parallelMap(count: missing.count, minimumPerThread: 500) { form(of: missing[$0]) }
        let found = Dictionary(uniqueKeysWithValues: zip(missing, made))
        knownForms.withLock { $0.merge(found) { old, _ in old } }
        formsWorkedOut.add(missing.count, ordering: .relaxed)
        return zip(names, known).map { name, cached in cached ?? found[name]! }
    }

    public init(book: Book) { self.init(names: book.customers.map(\.name)) }

    /// How many names are indexed (a name with romaji readings counts once).
    public var count: Int { entries.filter { !$0.isReading && !$0.isShortForm }.count }
}

/// Latin names by their skeletons, worked out at the first question with a
/// run of kana long enough to be one, not when the book is indexed: most
/// books are never asked that way, and indexing follows every change.
final class LatinSkeletonTable: Sendable {
    private let table = Mutex<[String: [Int]]?>(nil)

    /// The Latin entries of `index` with any of `skeletons`, in entry order.
    func entries(with skeletons: Set<String>, in index: NameIndex) -> [Int] {
        let matches = table.withLock { table -> [Int] in
            if table == nil {
                var built: [String: [Int]] = [:]
                for (i, entry) in index.entries.enumerated() where entry.words != nil && !entry.isReading && !entry.isShortForm {
                    for skeleton in Set(KanaSkeleton.forms(of: entry.name)) { built[skeleton, default: []].append(i) }
                }
                table = built
            }
            return skeletons.flatMap { table![$0] ?? [] }
        }
        return Array(Set(matches)).sorted()
    }
}
