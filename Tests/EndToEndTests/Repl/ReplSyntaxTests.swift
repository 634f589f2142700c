import Testing

@testable import salescoach

@Suite struct ReplSyntaxTests {
    @Test("a command's options and their values come from its definition")
    func optionsFromTheDefinition() {
        let syntax = ReplSyntax(of: ExportCommand.self)
        #expect(syntax.option(named: "--format")?.values == ["csv", "json", "xlsx"])
        #expect(syntax.longNames.contains("--force"))
    }
}
