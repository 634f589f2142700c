import Foundation
import SalesCoachCore
import SalesCoachTerminal
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an SVG as XML and keeps what the tests look at.
private final class SVGReader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String] = []
    private var current = ""

    static func read(_ svg: String) throws -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(current) }
        current = ""
    }

    var points: [[String: String]] { elements.filter { $0.name == "circle" && $0.attributes["data-index"] != nil }.map(\.attributes) }
}

@Suite struct MatrixSVGTests {
    static func book(_ count: Int, seed: UInt64 = 7) -> [MatrixSVG.Point] {
        var random = SeededRandom(seed: seed)
        let segments: [Segment] = [.a, .b, .c, .d]
        return (0..<count).map { i in
            let record = Double(random.next() % 1000) / 10
            let objective = Double(random.next() % 1000) / 10
            let segment = segments[(objective >= 50 ? 0 : 2) + (record >= 50 ? 0 : 1)]
            return MatrixSVG.Point(
                name: i % 3 == 0 ? "株式会社サンプル\(i)" : "Customer \(i)", record: record, objective: objective, segment: segment,
                isBorderline: abs(record - 50) < 5, plannedVisits: i % 7 == 0 ? 2 : 0)
        }
    }

    @Test("the picture is well-formed XML with one point per customer, the four quadrants named, and the cut lines")
    func wellFormed() throws {
        let points = Self.book(40)
        let svg = MatrixSVG(points: points).render()
        let reader = try SVGReader.read(svg)
        #expect(reader.elements.first?.name == "svg")
        #expect(reader.points.count == 40)
        for segment in Segment.allCases {
            #expect(reader.texts.contains("\(segment.rawValue) · \(segment.summary)"))
        }
        #expect(reader.elements.filter { $0.name == "line" && $0.attributes["stroke-dasharray"] != nil }.count == 2)
        // Every point is drawn in its segment's colour.
        for attributes in reader.points {
            let index = Int(attributes["data-index"] ?? "") ?? -1
            #expect(attributes["fill"] == MatrixSVGTests.colour(points[index].segment))
        }
    }

    static func colour(_ segment: Segment) -> String {
        ["A": "#1b7f3b", "B": "#1f5fbf", "C": "#c46a00", "D": "#6b6b6b"][segment.rawValue] ?? ""
    }

    @Test("in Japanese the quadrants and axes are labelled in Japanese")
    func japanese() throws {
        let reader = try SVGReader.read(MatrixSVG(points: Self.book(10), language: .ja).render())
        #expect(reader.texts.contains { $0.hasPrefix("顧客マトリックス") })
        #expect(reader.texts.contains("B · 最重点：時間の大半をここに"))
        #expect(reader.texts.contains("取り引き実績 →"))
    }

    @Test("no two names, numbers or points overlap, on a small book and on a crowded one", arguments: [10, 46, 1000])
    func noOverlap(count: Int) {
        let picture = MatrixSVG(points: Self.book(count))
        let layout = picture.layout()
        let boxes = layout.labels.values.map(\.box)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!boxes[i].overlaps(boxes[j]), "labels \(i) and \(j) overlap")
            }
        }
        // Every customer is named, numbered, or counted as unnamed.
        #expect(layout.labels.count + layout.unnamed == count)
        #expect(layout.numbered.count <= picture.legendLimit)
        if count == 1000 {
            #expect(layout.unnamed > 0, "a thousand customers cannot all be named on one slide")
        } else {
            #expect(layout.unnamed == 0)
        }
    }

    @Test("a crowded book numbers the names that do not fit and lists them in the legend")
    func legend() throws {
        let points = Self.book(200)
        let picture = MatrixSVG(points: points)
        let layout = picture.layout()
        #expect(!layout.numbered.isEmpty)
        let reader = try SVGReader.read(picture.render())
        for (number, index) in layout.numbered.prefix(5) {
            #expect(reader.texts.contains("\(number)  \(points[index].name) (\(points[index].segment.rawValue))"))
        }
    }

    @Test("names from a file are escaped for XML and cannot add elements, scripts or links")
    func hostileNames() throws {
        let hostile = [
            "<script>alert(1)</script>", "A & B \"quoted\" 'single'", "]]><svg onload=x>", "bell\u{07}and\u{1B}[31mred", "<a href=\"http://x\">",
        ]
        let points = hostile.enumerated().map { i, name in MatrixSVG.Point(name: name, record: Double(i * 20 + 5), objective: 60, segment: .a) }
        let svg = MatrixSVG(points: points).render()
        let reader = try SVGReader.read(svg)
        #expect(Set(reader.elements.map(\.name)).isSubset(of: ["svg", "rect", "text", "line", "circle", "title"]))
        #expect(!svg.contains("<script"))
        #expect(!reader.elements.contains { $0.attributes.keys.contains { $0.contains("href") || $0.hasPrefix("on") } })
        #expect(reader.texts.contains("<a href=\"http://x\">"), "shown as text, not made a link")
        #expect(!svg.contains("\u{1B}"))
        #expect(!svg.contains("\u{07}"))
        #expect(reader.texts.contains("A & B \"quoted\" 'single'"))
    }

    @Test("the file is self-contained and the same input gives the same bytes")
    func selfContained() {
        let svg = MatrixSVG(points: Self.book(60)).render()
        #expect(svg == MatrixSVG(points: Self.book(60)).render())
        // The only URI is the SVG namespace.
        #expect(svg.components(separatedBy: "http").count == 2)
        #expect(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<image") && !svg.contains("url(") && !svg.contains("@import"))
    }

    @Test("planned visits draw a ring that grows with the visits, and the title sums the week by segment")
    func plannedVisits() throws {
        let points = [
            MatrixSVG.Point(name: "Big A", record: 80, objective: 80, segment: .a, plannedVisits: 1),
            MatrixSVG.Point(name: "Cosy C", record: 80, objective: 20, segment: .c, plannedVisits: 3),
        ]
        let reader = try SVGReader.read(MatrixSVG(points: points).render())
        let rings = reader.elements.filter { $0.name == "circle" && $0.attributes["stroke-opacity"] == "0.55" && $0.attributes["cx"] != nil }
        let radii = rings.compactMap { Double($0.attributes["r"] ?? "") }
        #expect(radii.count >= 2)
        #expect(reader.texts.contains("Planned this week: 4 visits (A 25% · B 0% · C 75% · D 0%)"))
    }
}
