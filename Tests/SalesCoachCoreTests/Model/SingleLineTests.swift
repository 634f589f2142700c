import Testing

@testable import SalesCoachCore

@Suite struct SingleLineTests {
    @Test("every kind of line break in a name becomes one space", arguments: [
        ("Evil\nwarning: C overweight", "Evil warning: C overweight"),
        ("Evil\r\nwarning", "Evil warning"),
        ("Evil\rwarning", "Evil warning"),
        ("Evil \n  warning", "Evil warning"),
        ("Evil\u{0B}warning", "Evil warning"),
        ("Evil\u{0C}warning", "Evil warning"),
        ("Evil\u{85}warning", "Evil warning"),
        ("Evil\u{2028}warning", "Evil warning"),
        ("Evil\u{2029}warning", "Evil warning"),
        ("\nEvil\n\n", "Evil"),
        ("田中商事", "田中商事"),
    ])
    func joined(_ text: String, _ expected: String) {
        #expect(SingleLine.joined(text) == expected)
        #expect(Customer(name: text).name == expected)
        #expect(Customer(name: "A", rep: text).rep == expected)
    }

    @Test("a name set later is joined too, and its key is the key of the name with the break")
    func assignment() {
        var customer = Customer(name: "Acme")
        customer.name = "Evil\nwarning"
        customer.rep = "Sato\u{2028}warning"
        #expect(customer.name == "Evil warning")
        #expect(customer.rep == "Sato warning")
        #expect(Book.key("Evil\nwarning") == Book.key("Evil warning"))
    }

    @Test("notes keep their breaks, shown visibly on one line")
    func visible() {
        #expect(SingleLine.visible("first line\r\nsecond line") == "first line ⏎ second line")
        #expect(SingleLine.visible("plain") == "plain")
    }

    @Test("an import joins a name's line break and warns with the line and column")
    func importWarns() throws {
        let result = try CustomerImporter.importCustomers(
            from: Array("name,sales,rep\nAcme,1,Sato\n\"Evil\nwarning: C overweight\",2,\"Ito\r\nX\"\n".utf8),
            source: "c.csv")
        #expect(result.customers.map(\.name) == ["Acme", "Evil warning: C overweight"])
        #expect(result.customers.last?.rep == "Ito X")
        #expect(result.warnings.map(\.description) == [
            "c.csv, line 3, column 1 (name): the name had a line break; it was joined with a space",
            "c.csv, line 4, column 3 (rep): the rep had a line break; it was joined with a space",
        ])
    }
}
