import Foundation
import Testing

/// Messages about the workspace file say what is really wrong.
@Suite(.serialized) struct WorkspaceMessageTests {
    static var hasPython: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }
    /// Runs the binary as the unprivileged user `nobody`.
    static let asNobody = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]

    static var canDropPrivileges: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    @Test(
        "starting while another program holds the write lock says another session is writing, not that a change was lost",
        .enabled(if: hasPython, "needs python3 to hold the lock"))
    func busyAtStart() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        #expect(try BinaryRunner.run(["--workspace", workspace], input: "add Acme sales=1\n", home: home).status == 0)
        // Holds SQLite's write lock for 8 seconds, longer than a session waits.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = [
            "-c",
            """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN IMMEDIATE'); c.execute('UPDATE settings SET value = value')
            print('locked', flush=True); time.sleep(8); c.execute('ROLLBACK')
            """, workspace,
        ]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        _ = ready.fileHandleForReading.availableData
        let result = try BinaryRunner.run(["--workspace", workspace], input: "list\n", home: home)
        holder.waitUntilExit()
        #expect(result.status != 0)
        #expect(result.stderr.contains("another SalesCoach session has been writing to it"), "\(result.stderr)")
        #expect(!result.stderr.contains("the change was not saved"), "\(result.stderr)")
    }

    @Test(
        "a read-only -shm left beside a writable workspace is named as the problem",
        .enabled(if: canDropPrivileges, "needs root and setpriv to run as another user"))
    func readOnlyCompanion() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let directory = home.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let workspace = directory.appendingPathComponent("w.sqlite").path
        #expect(try BinaryRunner.run(["--workspace", workspace], input: "add Acme sales=1\n", home: home).status == 0)
        #expect(FileManager.default.createFile(atPath: workspace + "-shm", contents: Data(count: 32768)))
        chmod(workspace + "-shm", 0o444)
        for path in [home.path, directory.path, workspace, workspace + "-shm"] {
            let nobody = getpwnam("nobody")!.pointee
            chown(path, nobody.pw_uid, nobody.pw_gid)
        }
        let result = try BinaryRunner.run(["--workspace", workspace], input: "add Beta sales=2\n", home: home, launcher: Self.asNobody)
        let stderr = result.stderr
        #expect(result.status != 0)
        #expect(stderr.contains("w.sqlite-shm, SQLite's file beside it, is read-only"), "\(stderr)")
    }
}

extension WorkspaceMessageTests {
    @Test(
        "a workspace in a folder the user cannot write opens read-only and shows the list",
        .enabled(if: canDropPrivileges, "needs root and setpriv to run as another user"))
    func readOnlyFolder() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let directory = home.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let workspace = directory.appendingPathComponent("w.sqlite").path
        #expect(try BinaryRunner.run(["--workspace", workspace], input: "add Acme sales=1 employees=4\n", home: home).status == 0)
        let nobody = getpwnam("nobody")!.pointee
        chown(home.path, nobody.pw_uid, nobody.pw_gid)
        chmod(directory.path, 0o755)
        chmod(workspace, 0o644)
        let result = try BinaryRunner.run(
            ["--workspace", workspace], input: "list\nset Acme sales=2\n", home: home, launcher: Self.asNobody)
        let (stdout, stderr) = (result.stdout, result.stderr)
        #expect(stdout.contains("Acme"), "stdout: \(stdout) stderr: \(stderr)")
        #expect(stderr.contains("read-only"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace + "-shm"))
    }
}
