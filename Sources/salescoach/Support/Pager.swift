import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Runs a pager over text, as git does: the pager gets the terminal, this
/// program waits for it, and Ctrl-C or quitting the pager early ends only
/// the paging, not the program.
enum Pager {
    /// Pipes `text` into `command` (run by `/bin/sh -c`); false when it could not be started.
    static func run(_ command: String, environment: [String: String], text: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        // Ctrl-C belongs to the pager while it runs (less uses it to stop a
        // search), and quitting it early closes the pipe: neither may end us.
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
        do {
            try process.run()
        } catch {
            return false
        }
        // EPIPE when the reader quits before the end: that is the reader's choice.
        _ = FileOutput.writeAll(input.fileHandleForWriting.fileDescriptor, Array(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }
}
