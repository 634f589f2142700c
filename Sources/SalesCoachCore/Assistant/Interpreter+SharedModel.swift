import Synchronization

extension Interpreter {
    /// The stored model the executable offers before the first question, with
    /// the fingerprint it must carry.
    private static let offeredModel = Mutex<(bytes: [UInt8], fingerprint: String)?>(nil)
    /// Whether the shared model came from stored bytes rather than a fit.
    private static let modelWasRead = Mutex(false)

    /// Whether the shared model has been read or fitted.
    private static let modelIsReady = Mutex(false)

    /// Whether the shared model is ready, so that what is left of preparing
    /// it (storing it) is short.
    public static var sharedModelIsReady: Bool { modelIsReady.withLock { $0 } }

    static func sharedModel() -> IntentClassifier {
        defer { modelIsReady.withLock { $0 = true } }
        if let offered = offeredModel.withLock({ $0 }),
            let model = IntentClassifier(stored: offered.bytes, fingerprint: offered.fingerprint)
        {
            modelWasRead.withLock { $0 = true }
            return model
        }
        return classifier(
            learning: Understanding.standard.tuneQuestions, scorer: sharedScorer, vocabulary: sharedVocabulary,
            understanding: .standard)
    }

    /// Prepares the shared tables and model like `prepareShared()`, starting
    /// from `stored` (the bytes an earlier run returned) when they fit this
    /// build and these files.
    /// - Parameter build: what tells this build of the program from another
    ///   (the executable's size and time, say), since a change to the code
    ///   that reads questions changes the model as surely as a change to the files.
    /// - Returns: the bytes to keep for the next run when the model was fitted
    ///   here; nil when it was read from `stored`, or fitted before this call
    ///   without an offer.
    public static func prepareShared(stored: [UInt8]?, build: String) -> [UInt8]? {
        let fingerprint = modelFingerprint(build: build)
        offeredModel.withLock { $0 = stored.map { ($0, fingerprint) } }
        prepareShared()
        return modelWasRead.withLock { $0 } ? nil : sharedClassifier.stored(fingerprint: fingerprint)
    }

    /// FNV-1a over everything the fit depends on: the build, the fitting
    /// settings and the understanding files, by path.
    static func modelFingerprint(build: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let fitting = IntentClassifier.Fitting()
        add(build)
        add("\(fitting.epochs) \(fitting.rate) \(fitting.l2)")
        for file in EmbeddedUnderstanding.files.sorted(by: { $0.path < $1.path }) {
            add(file.path)
            add(file.text)
        }
        return String(hash, radix: 16)
    }
}
