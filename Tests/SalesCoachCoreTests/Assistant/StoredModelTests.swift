import Testing

@testable import SalesCoachCore

/// The assistant's fitted model kept as bytes between runs: read back it is
/// the same model, and bytes from another build or damaged are refused.
@Suite struct StoredModelTests {
    @Test("a stored model reads back as the very model that was fitted, and reads questions alike")
    func readsBackTheSame() throws {
        let model = Interpreter.sharedClassifier
        let bytes = model.stored(fingerprint: "build 1")
        let back = try #require(IntentClassifier(stored: bytes, fingerprint: "build 1"))
        #expect(back.index == model.index)
        #expect(back.weights.map(\.bitPattern) == model.weights.map(\.bitPattern))
        #expect(back.bias.map(\.bitPattern) == model.bias.map(\.bitPattern))
        let features: IntentClassifier.Features = Array(model.index.keys.sorted().prefix(40)).map { ($0, 1.0) }
        #expect(back.probabilities(features) == model.probabilities(features))
    }

    @Test("bytes stored under another fingerprint, cut short, lengthened or garbled are refused, never a crash")
    func refusesOtherOrDamagedBytes() {
        let bytes = Interpreter.sharedClassifier.stored(fingerprint: "build 1")
        #expect(IntentClassifier(stored: bytes, fingerprint: "build 2") == nil)
        #expect(IntentClassifier(stored: bytes + [0], fingerprint: "build 1") == nil)
        #expect(IntentClassifier(stored: [], fingerprint: "build 1") == nil)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(IntentClassifier(stored: Array(bytes.prefix(length)), fingerprint: "build 1") == nil)
        }
        // A feature count far past what the bytes hold is damage, not a reason to allocate.
        var huge = Array(bytes.prefix(IntentClassifier.storedMagic.count + 8 + "build 1".utf8.count))
        huge += bytes[huge.count..<bytes.count].prefix(8 + Intent.Kind.allCases.reduce(0) { $0 + 8 + $1.rawValue.utf8.count })
        huge += [UInt8](repeating: 0xff, count: 8)
        #expect(IntentClassifier(stored: huge, fingerprint: "build 1") == nil)
        var random = SeededRandom(seed: 3)
        for _ in 0..<200 {
            var garbled = bytes
            for _ in 0..<4 { garbled[Int(random.next() % UInt64(garbled.count))] = UInt8(truncatingIfNeeded: random.next()) }
            // Garbled weights may still read; garbled structure must not crash.
            _ = IntentClassifier(stored: garbled, fingerprint: "build 1")
        }
    }

    @Test("the fingerprint follows the build it is given")
    func fingerprintFollowsTheBuild() {
        #expect(Interpreter.modelFingerprint(build: "a") == Interpreter.modelFingerprint(build: "a"))
        #expect(Interpreter.modelFingerprint(build: "a") != Interpreter.modelFingerprint(build: "b"))
    }
}

