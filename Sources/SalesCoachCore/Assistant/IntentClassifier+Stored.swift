/// The fitted model as bytes, so a session can start from the model an
/// earlier run of the same build fitted instead of fitting it again: the
/// fit takes about a second of one core, and a question asked in that second
/// (a script, a pasted line) waited for it.
///
/// The bytes begin with a fingerprint of everything the fit depends on (the
/// understanding files, the fitting settings, the intents, the build); bytes
/// with another fingerprint, or damaged in any way, are refused and the
/// model is fitted afresh. Little-endian throughout.
extension IntentClassifier {
    static let storedMagic: [UInt8] = Array("SCIM1".utf8)

    /// The model written out under `fingerprint`.
    func stored(fingerprint: String) -> [UInt8] {
        var out = IntentClassifier.storedMagic
        func put(_ value: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) } }
        func put(_ text: String) {
            put(UInt64(text.utf8.count))
            out += text.utf8
        }
        put(fingerprint)
        put(UInt64(kinds.count))
        for kind in kinds { put(kind.rawValue) }
        put(UInt64(index.count))
        var names = [String](repeating: "", count: index.count)
        for (name, row) in index { names[row] = name }
        for name in names { put(name) }
        for value in bias { put(value.bitPattern) }
        for value in weights { put(value.bitPattern) }
        return out
    }

    /// The model `bytes` hold, when they were written under `fingerprint`
    /// for these same intents and are whole; nil otherwise.
    init?(stored bytes: [UInt8], fingerprint: String) {
        var reader = StoredReader(bytes: bytes)
        guard reader.take(IntentClassifier.storedMagic.count).map(Array.init) == IntentClassifier.storedMagic,
            reader.text() == fingerprint,
            let kindCount = reader.number(), kindCount == Intent.Kind.allCases.count
        else { return nil }
        for kind in Intent.Kind.allCases where reader.text() != kind.rawValue { return nil }
        let width = Intent.Kind.allCases.count
        // Each feature takes at least its length and its row of weights: a
        // count the remaining bytes cannot hold is damage, not a reason to allocate.
        guard let featureCount = reader.number(), featureCount <= reader.remaining / (8 * (width + 1)) else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(featureCount)
        for row in 0..<featureCount {
            guard let name = reader.text(), index.updateValue(row, forKey: name) == nil else { return nil }
        }
        guard let bias = reader.doubles(width), let weights = reader.doubles(featureCount * width), reader.remaining == 0 else {
            return nil
        }
        self.init(index: index, weights: weights, bias: bias)
    }
}
