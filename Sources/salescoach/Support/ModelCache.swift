import Foundation
import SalesCoachCore

/// Keeps the assistant's fitted model between runs, in the user's cache
/// folder, so that a session reads it instead of fitting it again (a second
/// of one core at every start, and the wait of a question asked at once).
///
/// A cache and nothing more: a file that is missing, unreadable, damaged or
/// from another build is ignored and replaced; failing to write it costs
/// nothing but the next start's fit.
enum ModelCache {
    /// `$XDG_CACHE_HOME/salescoach/assistant-model`, else `~/.cache/salescoach/assistant-model`;
    /// nil when neither is an absolute path.
    static func path(environment: [String: String]) -> String? {
        BaseDirectory.cache.path(of: "assistant-model", environment: environment)
    }

    /// A stored model larger than this is not ours: it is not read.
    static let largestFile = 64 << 20

    /// Prepares the assistant's shared model from the cache when it fits this
    /// build, else fits it and stores it for the next run.
    static func warmUp(environment: [String: String]) {
        guard let path = path(environment: environment), let build = buildStamp() else {
            Interpreter.prepareShared()
            return
        }
        busy.enter()
        defer { busy.leave() }
        let stored = read(path, largest: largestFile)
        guard let fresh = Interpreter.prepareShared(stored: stored, build: build) else { return }
        write(fresh, to: path)
    }

    /// Entered while the model is being read, fitted or written.
    private static let busy = DispatchGroup()

    /// Called as a session ends: once the model is fitted, lets it finish
    /// being written (a few milliseconds), so a short session still leaves it
    /// for the next; a fit still running is not waited for.
    static func finishWriting() {
        guard Interpreter.sharedModelIsReady else { return }
        _ = busy.wait(timeout: .now() + 2)
    }

    /// What tells this build of the program from another: the executable's
    /// size and modification time (a rebuilt or upgraded binary changes both).
    static func buildStamp() -> String? {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }

    /// The file's bytes, nil when it cannot be read or is over `largest` bytes.
    static func read(_ path: String, largest: Int) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: largest + 1), data.count <= largest else { return nil }
        return [UInt8](data)
    }

    /// Written beside the final name and renamed over it, so two sessions
    /// starting at once never leave half a file for a third to read.
    static func write(_ bytes: [UInt8], to path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
