import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Runs a pager over text, as git does: the pager shares this program's
/// terminal and process group (so it may read the keyboard), this program
/// waits for it, and Ctrl-C or quitting the pager early ends only the paging.
enum Pager {
    /// Pipes `text` into `command` (run by `/bin/sh -c`); false when it could not be started.
    static func run(_ command: String, environment: [String: String], text: String) -> Bool {
        // Not Foundation's Process: it starts the child in a process group of
        // its own, which the terminal then stops as a background job.
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        // The pager gets Ctrl-C and a closed pipe as usual, though this program ignores both meanwhile.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var oldInterrupt = sigaction()
        var oldPipe = sigaction()
        sigaction(SIGINT, &ignore, &oldInterrupt)
        sigaction(SIGPIPE, &ignore, &oldPipe)
        defer {
            sigaction(SIGINT, &oldInterrupt, nil)
            sigaction(SIGPIPE, &oldPipe, nil)
        }

        let argv: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawn(&child, "/bin/sh", &actions, &attributes, arguments, variables)
        close(readEnd)
        guard started == 0 else {
            close(writeEnd)
            return false
        }
        // EPIPE when the reader quits before the end: that is the reader's choice.
        _ = FileOutput.writeAll(writeEnd, Array(text.utf8))
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        return true
    }
}
