import Foundation
import Testing

// Golden snapshot files for text a user reads, shared by every test target.
//
// A snapshot lives next to the test targets, outside them (a text file inside a
// target would need an `exclude:` in Package.swift):
//   Tests/__Snapshots__/<Target>/<TestFile>/<name>.txt
// Run with SNAPSHOT_RECORD=1 to (re)write every snapshot the run touches, then
// review the change with `git diff` before committing it.

/// Compares `actual` with the stored snapshot `name`, showing a line diff on mismatch.
///
/// A missing snapshot is written and reported as a failure, so a new golden file is
/// always looked at once. With `SNAPSHOT_RECORD=1` the file is rewritten and the test
/// only warns.
public func assertSnapshot(
    _ actual: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let testFile = URL(fileURLWithPath: filePath)
    // Walk up from the test file to the target folder, the one directly under Tests/.
    var target = testFile.deletingLastPathComponent()
    while target.deletingLastPathComponent().lastPathComponent != "Tests",
        target.pathComponents.count > 2
    {
        target = target.deletingLastPathComponent()
    }
    let directory = target.deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
        .appendingPathComponent(target.lastPathComponent)
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let snapshotFile = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    let stored = try? String(contentsOf: snapshotFile, encoding: .utf8)

    if let stored, stored == actual { return }

    if recording || stored == nil {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try actual.write(to: snapshotFile, atomically: true, encoding: .utf8)
        } catch {
            Issue.record(
                "Could not write snapshot \(snapshotFile.path): \(error)",
                sourceLocation: sourceLocation)
            return
        }
        Issue.record(
            "Recorded snapshot \(snapshotFile.path); check it and run again.",
            severity: recording ? .warning : .error,
            sourceLocation: sourceLocation
        )
        return
    }

    Issue.record(
        """
        Snapshot \(name) differs (- stored, + actual). \
        Rerun with SNAPSHOT_RECORD=1 if the change is intended.
        \(lineDiff(from: stored ?? "", to: actual))
        """,
        sourceLocation: sourceLocation
    )
}

/// A unified-style line diff with two lines of context around each change.
public func lineDiff(from old: String, to new: String, context: Int = 2) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    // Longest common subsequence table, filled from the end.
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    enum Line {
        case same(String)
        case removed(String)
        case added(String)
    }
    var lines: [Line] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            lines.append(.same(a[i]))
            i += 1
            j += 1
        } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
            lines.append(.removed(a[i]))
            i += 1
        } else {
            lines.append(.added(b[j]))
            j += 1
        }
    }

    var keep = Array(repeating: false, count: lines.count)
    for (index, line) in lines.enumerated() {
        if case .same = line { continue }
        for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
    }
    var output: [String] = []
    var skipped = false
    for (index, line) in lines.enumerated() {
        guard keep[index] else {
            skipped = true
            continue
        }
        if skipped {
            output.append("@@")
            skipped = false
        }
        switch line {
        case .same(let text): output.append("  " + text)
        case .removed(let text): output.append("- " + text)
        case .added(let text): output.append("+ " + text)
        }
    }
    return output.joined(separator: "\n")
}

/// Escape codes made visible, so a snapshot of colored output can be read in a file.
func visibleEscapes(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}", with: "␛")
}
