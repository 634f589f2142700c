import Foundation

/// Runs the built `salescoach` binary the way a user's shell would, with
/// piped stdin, and captures what it printed.
struct BinaryRunner {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary, beside the test bundle in the products folder.
    static var binary: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("salescoach")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/salescoach")
    }

    /// A fresh temporary directory for one test's workspace and files,
    /// inside this test process's own folder, which is removed as the
    /// process exits so runs leave nothing behind in /tmp.
    /// A whole session on `book` in a fresh workspace, one line after another,
    /// on Wednesday 2026-12-09; its standard output.
    static func session(book: String, _ lines: [String], language: String = "en") throws -> (status: Int32, stdout: String, stderr: String) {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("book.csv")
        try (book + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try run(
            ["--workspace", directory.appendingPathComponent("ws.sqlite").path, "--file", file.path, "--lang", language],
            input: lines.joined(separator: "\n") + "\n", environment: ["SALESCOACH_TODAY": "2026-12-09"])
        return (result.status, result.stdout, result.stderr)
    }

    static func temporaryDirectory() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `salescoach-e2e-PID` under the temporary folder, removed at exit.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("salescoach-e2e-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        runFolderPath = url.path
        atexit { if let path = runFolderPath { try? FileManager.default.removeItem(atPath: path) } }
        return url
    }()
}

/// The run folder's path, for the exit handler (which cannot capture).
nonisolated(unsafe) private var runFolderPath: String?

extension BinaryRunner {

    /// The clean environment every run gets: no colour (stdout is a pipe
    /// anyway), a fixed width and day, and state folders under `home`.
    static func environment(home: URL?, extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "100", "SALESCOACH_TODAY": "2026-11-30"]
        if let home {
            environment["HOME"] = home.path
            environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
            environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        }
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs the binary with `arguments`, feeding `input` (or raw `bytes`) on
    /// stdin, in `directory` (the package root unless given). `standardOutput`
    /// replaces the captured pipe (stdout then reads empty); `started` sees
    /// the process id before any input is written. `launcher` runs the binary
    /// through another program (`setpriv` to run it as another user).
    static func run(
        _ arguments: [String], input: String = "", bytes: [UInt8]? = nil, home: URL? = nil,
        environment extra: [String: String] = [:], directory: URL? = nil, standardOutput: FileHandle? = nil,
        launcher: [String] = [], started: (Int32) throws -> Void = { _ in }
    ) throws -> Result {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = environment(home: home, extra: extra)
        process.currentDirectoryURL = directory ?? packageRoot
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = standardOutput ?? stdout
        process.standardError = stderr
        try process.run()
        if standardOutput != nil { try stdout.fileHandleForWriting.close() }
        // Read both pipes while the process runs so a chatty one never blocks.
        let output = Captured()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { output.out = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { output.err = stderr.fileHandleForReading.readDataToEndOfFile() }
        do {
            try started(process.processIdentifier)
        } catch {
            try? stdin.fileHandleForWriting.close()
            process.waitUntilExit()
            throw error
        }
        stdin.fileHandleForWriting.write(Data(bytes ?? Array(input.utf8)))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(
            stdout: String(decoding: output.out, as: UTF8.self), stderr: String(decoding: output.err, as: UTF8.self),
            status: process.terminationStatus)
    }

    private final class Captured: @unchecked Sendable {
        var out = Data()
        var err = Data()
    }
}
