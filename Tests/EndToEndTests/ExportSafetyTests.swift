import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Exports never write through a planted link, never replace what is not a
/// file, never widen permissions, and report every failure.
@Suite struct ExportSafetyTests {
    static func session(_ input: String) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["--demo"], input: input)
    }

    /// A file `name` in `directory` holding `text` with permissions `mode`; its path.
    static func file(_ name: String, in directory: URL, text: String, mode: mode_t = 0o644) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, mode)
        return path
    }

    static func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test("a link planted at the old predictable temporary name cannot redirect the write")
    func plantedTemporaryLink() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let victim = try Self.file("victim.txt", in: directory, text: "secret\n", mode: 0o600)
        let target = directory.appendingPathComponent("out.csv").path
        var planted = ""
        let result = try BinaryRunner.run(["--demo"], input: "export \(target)\n") { pid in
            // The name the export used to choose: .NAME.tmp-PID, known before it writes.
            planted = ".out.csv.tmp-\(pid)"
            try FileManager.default.createSymbolicLink(
                atPath: directory.appendingPathComponent(planted).path, withDestinationPath: victim)
        }
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "secret\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("name,"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix(".out.csv.") && $0 != planted }
        #expect(leftovers.isEmpty)
    }

    @Test("a symbolic link as the target is refused and the file it points to is unchanged")
    func symbolicLinkTargetIsRefused() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let real = try Self.file("real.csv", in: directory, text: "keep me\n")
        let link = directory.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let result = try Self.session("export \(link)\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: cannot write \(link): it is a symbolic link (to \(real))"))
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "keep me\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
    }

    @Test("an export to /dev/full fails with the reason and leaves the device alone")
    func deviceFullFails() throws {
        let result = try Self.session("export /dev/full --format csv\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: cannot write /dev/full: No space left on device"))
        #expect(!result.stdout.contains("Wrote"))
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("an export over a 0600 file keeps it 0600; a new file follows the umask, never wider than 0666")
    func modeIsKept() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let target = try Self.file("private.csv", in: directory, text: "old\n", mode: 0o600)
        let fresh = directory.appendingPathComponent("fresh.json").path
        let result = try Self.session("export \(target)\nexport \(fresh)\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("name,"))
        #expect(try Self.mode(target) == 0o600)
        #expect(try Self.mode(fresh) & ~0o666 == 0)
    }

    @Test("a read-only file is refused without --force and replaced with --force, keeping its mode")
    func readOnlyNeedsForce() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let target = try Self.file("locked.csv", in: directory, text: "old\n", mode: 0o444)
        let refused = try Self.session("export \(target)\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("cannot write \(target): the file is read-only; add --force"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        let forced = try Self.session("export \(target) --force\n")
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("name,"))
        #expect(try Self.mode(target) == 0o444)
        let plan = try Self.file("plan.csv", in: directory, text: "old\n", mode: 0o444)
        #expect(try Self.session("plan --export \(plan)\n").status != 0)
        #expect(try Self.session("plan --export \(plan) --force\n").status == 0)
        #expect(try String(contentsOfFile: plan, encoding: .utf8) != "old\n")
    }

    @Test("a FIFO is written through, not replaced by a file")
    func fifoIsWrittenThrough() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Open the reading end first (without blocking) so the export can open the writing end.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = try Self.session("export \(fifo) --format csv\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(reader, &buffer, buffer.count)
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("name,"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a folder as the target is refused with what it is")
    func folderIsRefused() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let result = try Self.session("export \(directory.path) --format csv\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("it is a folder, not a file"))
    }

    @Test("in Japanese an export that the system refuses says why in Japanese, keeping the system's words")
    func systemReasonInJapanese() throws {
        let result = try BinaryRunner.run(["--demo", "--lang", "ja"], input: "export /dev/full --format csv\n")
        #expect(result.stderr.contains("エラー: /dev/full を書き出せません：ディスクの空きがありません（理由: No space left on device）"), "\(result.stderr)")
    }
}
