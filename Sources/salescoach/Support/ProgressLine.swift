import Foundation
import SalesCoachCore
import SalesCoachTerminal
import Synchronization

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A long job's progress, drawn as one line on standard error while it runs.
///
/// Only on a terminal: nothing reaches a pipe or a file. Only after half a
/// second, so quick jobs stay quiet. At most ten times a second, from its
/// own thread, so the work never waits for the terminal. On a dumb terminal
/// the line is blanked with spaces instead of an erase sequence.
final class ProgressLine: Sendable {
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let stopped = Atomic(false)

    /// Starts drawing `progress`, or returns nil when standard error is not a terminal.
    init?(_ progress: WorkProgress, subject: String, language: Language, environment: [String: String]) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let dumb = environment["TERM"] == "dumb"
        let wake = wake
        let finished = finished
        Thread.detachNewThread {
            defer { finished.signal() }
            var phase = progress.snapshot.phase
            var started = Date()
            if wake.wait(timeout: .now() + 0.5) == .success { return }
            var drawnWidth = 0
            repeat {
                let snapshot = progress.snapshot
                if snapshot.phase != phase {
                    phase = snapshot.phase
                    started = Date()
                }
                let width = ProgressLine.width(environment)
                let text = ProgressText.line(
                    snapshot, subject: subject, elapsed: Date().timeIntervalSince(started), language: language, width: width)
                let shown = DisplayWidth.width(of: text)
                let blank = dumb ? String(repeating: " ", count: max(0, drawnWidth - shown)) : "\u{1B}[K"
                ProgressLine.write("\r" + text + blank)
                drawnWidth = shown
            } while wake.wait(timeout: .now() + 0.1) == .timedOut
            if drawnWidth > 0 { ProgressLine.write(dumb ? "\r" + String(repeating: " ", count: drawnWidth) + "\r" : "\r\u{1B}[K") }
        }
    }

    /// Stops drawing and clears the line, before anything else is printed.
    /// A second call does nothing (a `defer` may follow an explicit stop).
    func stop() {
        guard !stopped.exchange(true, ordering: .relaxed) else { return }
        wake.signal()
        finished.wait()
    }

    private static func width(_ environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    private static func write(_ text: String) {
        _ = Console.write(text, to: STDERR_FILENO)
    }
}
