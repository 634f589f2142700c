import Foundation

/// A running `salescoach` session fed one line at a time, so a test can
/// interleave two sessions on one workspace the way two terminals would.
///
/// Without a terminal the session prints no prompt, so each `send` waits
/// for text the command is known to print (or for its error on stderr).
final class LiveSession: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var stdoutText = ""
    private var stderrText = ""

    init(arguments: [String], home: URL, environment extra: [String: String] = [:]) throws {
        process.executableURL = BinaryRunner.binary
        process.arguments = arguments
        process.environment = BinaryRunner.environment(home: home, extra: extra)
        process.currentDirectoryURL = BinaryRunner.packageRoot
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.stdoutText += String(decoding: data, as: UTF8.self) }
        }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.stderrText += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var stdout: String { lock.withLock { stdoutText } }
    var stderr: String { lock.withLock { stderrText } }
    var processIdentifier: Int32 { process.processIdentifier }

    /// Types `line` and waits until stdout or stderr holds `expected` (counted
    /// from before the line was sent); returns what the line printed.
    @discardableResult
    func send(_ line: String, until expected: String, timeout: TimeInterval = 30) -> String {
        let (outStart, errStart) = lock.withLock { (stdoutText.count, stderrText.count) }
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let printed = lock.withLock {
                String(stdoutText.dropFirst(outStart)) + String(stderrText.dropFirst(errStart))
            }
            if printed.contains(expected) { return printed }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return lock.withLock { String(stdoutText.dropFirst(outStart)) + String(stderrText.dropFirst(errStart)) }
    }

    /// Ends input and waits for the exit status.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
        // Whatever arrived between the last handler call and the exit.
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        let restErrors = errors.fileHandleForReading.readDataToEndOfFile()
        lock.withLock {
            stdoutText += String(decoding: rest, as: UTF8.self)
            stderrText += String(decoding: restErrors, as: UTF8.self)
        }
        return process.terminationStatus
    }

    func interrupt() { kill(process.processIdentifier, SIGINT) }
}
