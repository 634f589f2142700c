import Testing

@testable import SalesCoachCore

/// The assistant's data is rebuilt after every change to the book; the name
/// index is carried over only while the names stay the same.
@Suite struct AssistantDataReuseTests {
    typealias T = AssistantAnswerTests

    static func rebuilt(_ customers: [Customer], after previous: AssistantData) -> AssistantData {
        AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: T.today, reusing: previous)
    }

    @Test("after a change to a number, answers follow the new figures and still find every name")
    func numbersChange() throws {
        var customers = DemoBook.classifications.map(\.customer)
        let index = try #require(customers.firstIndex { $0.name == "山田工業" })
        customers[index].metrics[.orders] = 1_000
        customers[index].metrics[.sales] = 1e12
        customers[index].metrics[.profit] = 1e11
        let data = Self.rebuilt(customers, after: T.data)
        let answer = T.ask("why is 山田工業 in A?", data: data)
        #expect(answer.interpretation.customers == ["山田工業"])
        #expect(answer.lines.first?.contains("is in A") == true, "\(answer.lines)")
    }

    @Test("after a rename the new name is found and the old one is not")
    func namesChange() throws {
        var customers = DemoBook.classifications.map(\.customer)
        let index = try #require(customers.firstIndex { $0.name == "山田工業" })
        customers[index].name = "Yamada Heavy Works"
        let data = Self.rebuilt(customers, after: T.data)
        #expect(T.ask("why is Yamada Heavy Works in B?", data: data).interpretation.customers == ["Yamada Heavy Works"])
        #expect(T.ask("why is 山田工業 in B?", data: data).interpretation.customers.isEmpty)
    }
}
