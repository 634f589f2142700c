import Foundation
import Testing

/// Data can never forge a line of output: a line break in a customer name
/// is joined with a space everywhere the name is printed.
@Suite struct ForgedLineTests {
    static let commands = """
        show Evil warning: C overweight
        why Evil warning: C overweight
        list
        plan 40
        tell me about Evil warning
        planned add Evil warning: C overweight 3
        check

        """

    static func expectNoForgedLine(_ result: BinaryRunner.Result) {
        for line in (result.stdout + result.stderr).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasPrefix("warning: C overweight"), "forged: \(line)")
        }
        #expect(result.stdout.contains("Evil warning: C overweight"))
    }

    @Test("a CSV name with a line break is joined at import, with a warning naming the line")
    func importedName() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("evil.csv")
        try "name,company_revenue,employees,sales,orders,notes\nAcme,10,5,3,2,\n\"Evil\nwarning: C overweight\",1,1,9,9,\"a\nwarning: note\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--ephemeral"], input: "load \(file.path)\n" + Self.commands)
        #expect(result.stderr.contains(
            "warning: \(file.path), line 3, column 1 (name): the name had a line break; it was joined with a space"))
        Self.expectNoForgedLine(result)
        #expect(result.stdout.contains("a ⏎ warning: note"))
        for line in result.stdout.split(separator: "\n") { #expect(!line.hasPrefix("warning: note")) }
    }

    @Test("a name stored with a line break by an older version is shown joined and still found")
    func storedName() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = home.appendingPathComponent("w.sqlite").path
        let added = try BinaryRunner.run(
            ["--workspace", workspace], input: "add Evil employees=1 company_revenue=1 sales=9 orders=9\nadd Acme employees=5 company_revenue=10 sales=3 orders=2\n", home: home)
        #expect(added.status == 0, "stderr: \(added.stderr)")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [workspace, "UPDATE customers SET name = 'Evil' || char(10) || 'warning: C overweight', key = 'evil warning: c overweight' WHERE name = 'Evil'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let result = try BinaryRunner.run(["--workspace", workspace], input: Self.commands, home: home)
        Self.expectNoForgedLine(result)
    }
}
