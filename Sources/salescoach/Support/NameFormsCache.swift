import Foundation
import SalesCoachCore

/// Keeps the forms of the book's names between runs, in the user's cache
/// folder beside the assistant's model, so that a session reads them instead
/// of working them out again: on a large book that was most of the wait of a
/// question asked as the session starts.
///
/// A cache and nothing more, like `ModelCache`: a file that is missing,
/// unreadable, damaged or from another build is ignored and replaced; it
/// holds the names of the last book that needed new forms.
enum NameFormsCache {
    /// `$XDG_CACHE_HOME/salescoach/name-forms`, else `~/.cache/salescoach/name-forms`;
    /// nil when neither is an absolute path.
    static func path(environment: [String: String]) -> String? {
        BaseDirectory.cache.path(of: "name-forms", environment: environment)
    }

    /// A stored file larger than this is not ours: it is not read.
    static let largestFile = 256 << 20

    /// The assistant's name indexes for `names` and `reps`, made from the
    /// stored forms where they fit this build. When that needed new forms,
    /// they are stored for the next run on `queue`, after the indexes are
    /// returned, so the question waiting for them does not wait for the file.
    static func indexes(
        names: [String], reps: [String], positions: [String: Int], environment: [String: String], storingOn queue: DispatchQueue
    ) -> AssistantData.Reusable {
        let workedOut = NameIndex.formsWorkedOutCount
        let made = AssistantData.indexes(names: names, reps: reps, positions: positions)
        // Indexing worked out no form: each name's was known, nothing to store.
        guard NameIndex.formsWorkedOutCount != workedOut, let path = path(environment: environment), let fingerprint else {
            return made
        }
        // A session that ends while the forms are still being worked out does
        // not wait for them (on a new 100,000-name book that is seconds): the
        // next session works them out again. One that ends while they are
        // waiting to be written or being written lets the writing finish.
        busy.enter()
        queue.async {
            defer { busy.leave() }
            ModelCache.write(NameIndex.storedForms(of: names, fingerprint: fingerprint), to: path)
        }
        return made
    }

    /// What the stored forms must have been written under to fit this build
    /// and the understanding files; worked out once (it reads every file).
    private static let fingerprint: String? = ModelCache.buildStamp().map { NameIndex.formsFingerprint(build: $0) }

    /// Takes in the forms stored by an earlier run when they fit this build:
    /// done while the workspace opens, before the book's names are known.
    static func read(environment: [String: String]) {
        guard let path = path(environment: environment), let fingerprint, let stored = ModelCache.read(path, largest: largestFile)
        else { return }
        NameIndex.rememberForms(stored: stored, fingerprint: fingerprint)
    }

    /// Entered while new forms are being written.
    private static let busy = DispatchGroup()

    /// Called as a session ends: lets the forms finish being written, so a
    /// short session still leaves them for the next.
    static func finishWriting() {
        _ = busy.wait(timeout: .now() + 2)
    }
}
