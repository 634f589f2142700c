import SalesCoachCore
import Testing

@testable import SalesCoachTerminal

@Suite struct MatrixPlotTests {
    @Test("fifty customers at 80 columns")
    func golden80() {
        let plot = MatrixPlot(points: MatrixFixture.points)
        assertSnapshot(plot.render(width: 80, color: .off), named: "fixture-80")
    }

    @Test("fifty customers at 120 columns")
    func golden120() {
        let plot = MatrixPlot(points: MatrixFixture.points)
        assertSnapshot(plot.render(width: 120, color: .off), named: "fixture-120")
    }
}
