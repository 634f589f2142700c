@preconcurrency import CReadline
import Foundation
import Synchronization

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Set by the SIGINT handler; polled by the REPL and by long commands.
let interruptRequested = Atomic<Bool>(false)

/// Completion candidates for the line being edited, computed by the REPL.
let completionSource = Mutex<(@Sendable (_ line: String, _ word: String) -> [String])?>(nil)
private let completionMatches = Mutex<[String]>([])

/// GNU readline with history kept across runs, tab completion from the
/// session, and Ctrl-C that clears the line instead of ending the program.
struct ReadlineReader: LineReader {
    let historyPath: String?
    let historyLimit: Int32 = 1000
    var isInteractive: Bool { true }

    init(historyPath: String?) {
        self.historyPath = historyPath
        ReadlineReader.ensureUTF8Locale()
        using_history()
        stifle_history(historyLimit)
        if let historyPath {
            read_history(historyPath)  // ENOENT on a first run is fine.
        }
        rl_readline_name = UnsafePointer(strdup("salescoach"))
        rl_attempted_completion_function = salescoachCompletion
        // Word breaks: spaces only, so names with punctuation complete whole.
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n"))
        rl_completer_quote_characters = UnsafePointer(strdup("\"'"))
        rl_catch_signals = 1
        rl_signal_event_hook = salescoachSignalHook
        rl_getc_function = salescoachGetc
        ReadlineReader.installInterruptHandler()
    }

    mutating func readLine(prompt: String) throws(InvalidInputLine) -> String? {
        // A Ctrl-C pressed after the last command could still stop anything
        // left the terminal's "^C" where the cursor was: the prompt starts on
        // the next line instead of after it.
        if interruptRequested.exchange(false, ordering: .relaxed) {
            fputs("\n", stdout)
            fflush(stdout)
        }
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        // String(cString:) would repair bad bytes into U+FFFD without a word.
        let line = try InvalidInputLine.text(of: UnsafeRawBufferPointer(start: raw, count: strlen(raw)).bindMemory(to: UInt8.self))
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
        }
        return line
    }

    mutating func close() {
        guard let historyPath else { return }
        let directory = (historyPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Write to a fresh temporary file and rename, so a crash never leaves
        // half a history; mkstemp's unique, exclusive name means a link
        // planted at a guessable name cannot redirect the write.
        var template = Array((historyPath + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return }
        Glibc.close(descriptor)
        let temporary = String(cString: template.map { UInt8(bitPattern: $0) })
        if write_history(temporary) == 0 {
            history_truncate_file(temporary, historyLimit)
            rename(temporary, historyPath)
        } else {
            unlink(temporary)
        }
    }

    /// Readline edits UTF-8 byte by byte unless the locale says UTF-8.
    static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interruptRequested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}

/// Set while a nested prompt (a `learn` or `quiz` answer) should end on
/// Ctrl-C instead of clearing the line: the question is left, not retyped.
let interruptEndsPrompt = Atomic<Bool>(false)

/// readline's own `rl_getc`, except that inside `learn` and `quiz` a
/// Ctrl-C ends the prompt (as an empty line, the interrupt still flagged)
/// instead of clearing it, which `rl_getc` cannot do: it goes back to
/// reading after any interrupt.
///
/// readline's handler only notes a signal; the note is acted on by
/// `rl_check_signals`. A Ctrl-C that lands while a typed key is being
/// handled (not during a blocking `read`) interrupts nothing, so the wait
/// for the next key is a `poll` that wakes every tenth of a second to look
/// for such a note: without it the prompt would wait for another key.
private func salescoachGetc(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    guard let stream else { return EOF }
    // At the session's own prompt, readline's reader exactly as it is.
    guard interruptEndsPrompt.load(ordering: .relaxed) else { return rl_getc(stream) }
    let descriptor = fileno(stream)
    while true {
        // readline's handler may have run; this lets it tidy up and pass the signal on to ours.
        rl_check_signals()
        if interruptEndsPrompt.load(ordering: .relaxed), interruptRequested.load(ordering: .relaxed) {
            rl_replace_line("", 0)
            return 0x0A
        }
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&waiting, 1, 100)
        if ready == 0 { continue }
        if ready < 0 {
            guard errno == EINTR else { return EOF }
            continue
        }
        var byte: UInt8 = 0
        let count = read(descriptor, &byte, 1)
        if count == 1 { return Int32(byte) }
        if count == 0 { return EOF }
        guard errno == EINTR else { return EOF }
    }
}

/// Runs outside the signal handler when readline notices a signal: clears
/// the half-typed line and shows a fresh prompt, or, inside `learn` and
/// `quiz`, ends the prompt with the interrupt still flagged, so they stop.
private func salescoachSignalHook() -> Int32 {
    if interruptRequested.exchange(false, ordering: .relaxed) {
        rl_replace_line("", 0)
        rl_crlf()
        rl_on_new_line()
        rl_redisplay()
    }
    return 0
}

private func salescoachCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let word = text.map { String(cString: $0) } ?? ""
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let prefixBytes = Array(line.utf8.prefix(Int(start)))
    let before = String(decoding: prefixBytes, as: UTF8.self)
    let candidates = completionSource.withLock { $0?(before, word) } ?? []
    completionMatches.withLock { $0 = candidates }
    guard !candidates.isEmpty else { return nil }
    // A folder completed whole is a step towards a file in it: no space after `examples/`.
    if candidates.count == 1, candidates[0].hasSuffix("/") { rl_completion_append_character = 0 }
    return rl_completion_matches(text, salescoachCompletionGenerator)
}

private func salescoachCompletionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    let matches = completionMatches.withLock { $0 }
    let index = Int(state)
    guard index < matches.count else { return nil }
    return strdup(matches[index])
}
