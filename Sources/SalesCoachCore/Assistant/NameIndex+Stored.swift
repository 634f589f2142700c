/// The forms of a book's names as bytes, so a session can start from the
/// forms an earlier run of the same build worked out: reading ten thousand
/// Japanese names (readings, romaji, sound skeletons) takes about a tenth of
/// a second of both cores, and the first question of a session waited for it.
///
/// The bytes begin with a fingerprint of what the forms depend on (the
/// build and the understanding files); bytes with another fingerprint, or
/// damaged in any way, are refused and the forms are worked out afresh.
/// Little-endian throughout, in the layout of the stored model.
extension NameIndex {
    static let storedMagic: [UInt8] = Array("SCNF1".utf8)

    /// What the forms depend on, for `build` (see `Interpreter.prepareShared(stored:build:)`).
    public static func formsFingerprint(build: String) -> String {
        Interpreter.modelFingerprint(build: "name forms " + build)
    }

    /// Whether the forms of every one of `names` are known in this process.
    public static func knowsForms(of names: [String]) -> Bool {
        knownForms.withLock { cache in names.allSatisfy { cache[$0] != nil } }
    }

    /// The forms of `names`, worked out where not known yet, written out under `fingerprint`.
    public static func storedForms(of names: [String], fingerprint: String) -> [UInt8] {
        var seen: Set<String> = []
        let unique = names.filter { seen.insert($0).inserted }
        return stored(Array(zip(unique, forms(of: unique))), fingerprint: fingerprint)
    }

    /// `forms` (each name once) written out under `fingerprint`.
    static func stored(_ forms: [(name: String, form: Form)], fingerprint: String) -> [UInt8] {
        var out = storedMagic
        func put(_ value: Int) {
            let bits = UInt64(bitPattern: Int64(value))
            for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        }
        func put(_ text: String) {
            put(text.utf8.count)
            out += text.utf8
        }
        func put(_ words: [String]) {
            put(words.count)
            for word in words { put(word) }
        }
        // Each character on its own, so none joins its neighbour when read back.
        func put(_ characters: [Character]?) {
            guard let characters else { return put(-1 as Int) }
            put(characters.count)
            for character in characters { put(String(character)) }
        }
        put(fingerprint)
        put(forms.count)
        for (name, form) in forms {
            put(name)
            switch form {
            case .none:
                out.append(0)
            case .words(let words):
                out.append(1)
                put(words)
            case .characters(let characters, let short, let tail, let readings, let guessed, let skeletons):
                out.append(2)
                put(characters)
                put(short)
                put(tail)
                put(readings.count)
                for words in readings { put(words) }
                out.append(guessed ? 1 : 0)
                put(skeletons)
            }
        }
        return out
    }

    /// Takes in the forms `bytes` hold when they were written under
    /// `fingerprint` and are whole; returns false (and takes in nothing) otherwise.
    @discardableResult
    public static func rememberForms(stored bytes: [UInt8], fingerprint: String) -> Bool {
        guard let read = NameIndex.forms(stored: bytes, fingerprint: fingerprint) else { return false }
        // Into an empty table (a session's start) the read table goes whole:
        // merging it hashed every name a second time.
        knownForms.withLock { known in
            if known.isEmpty { known = read } else { known.merge(read) { old, _ in old } }
        }
        return true
    }

    /// The forms `bytes` hold, when written under `fingerprint` and whole; nil otherwise.
    static func forms(stored bytes: [UInt8], fingerprint: String) -> [String: Form]? {
        var reader = StoredReader(bytes: bytes)
        guard reader.take(storedMagic.count).map(Array.init) == storedMagic, reader.text() == fingerprint,
            let count = reader.number(), count <= reader.remaining / 9
        else { return nil }
        func words() -> [String]? {
            guard let count = reader.number(), count <= reader.remaining / 8 else { return nil }
            var words: [String] = []
            words.reserveCapacity(count)
            for _ in 0..<count {
                guard let word = reader.text() else { return nil }
                words.append(word)
            }
            return words
        }
        // nil inside: damage; nil outside: no characters stored (`put(nil)`).
        func readCharacters() -> [Character]?? {
            guard let word = reader.word() else { return nil }
            if word == UInt64.max { return .some(nil) }
            guard word <= UInt64(reader.remaining / 8) else { return nil }
            var characters: [Character] = []
            characters.reserveCapacity(Int(word))
            for _ in 0..<Int(word) {
                guard let text = reader.text(), text.count == 1 else { return nil }
                characters.append(Character(text))
            }
            return .some(characters)
        }
        func flag() -> Bool? {
            guard let byte = reader.take(1)?.first, byte <= 1 else { return nil }
            return byte == 1
        }
        var forms: [String: Form] = [:]
        forms.reserveCapacity(count)
        for _ in 0..<count {
            guard let name = reader.text(), let tag = reader.take(1)?.first else { return nil }
            switch tag {
            case 0:
                forms[name] = Form.none
            case 1:
                guard let words = words() else { return nil }
                forms[name] = .words(words)
            case 2:
                guard let stored = readCharacters(), let characters = stored, let short = readCharacters(), let tail = readCharacters(),
                    let readingCount = reader.number(), readingCount <= reader.remaining / 8
                else { return nil }
                var readings: [[String]] = []
                for _ in 0..<readingCount {
                    guard let reading = words() else { return nil }
                    readings.append(reading)
                }
                guard let guessed = flag(), let skeletons = words() else { return nil }
                forms[name] = .characters(
                    characters, short: short, tail: tail, readings: readings, guessed: guessed, skeletons: skeletons)
            default:
                return nil
            }
        }
        return reader.remaining == 0 ? forms : nil
    }
}
