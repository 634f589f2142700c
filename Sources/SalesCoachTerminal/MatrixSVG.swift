import SalesCoachCore

/// The 2×2 matrix as a standalone SVG picture a manager can put on a slide:
/// the quadrants named in the session's language, the cut lines, one point
/// per customer with its name, borderline customers ringed with a dashed
/// line, and this week's planned visits as a ring that grows with the
/// number of visits, so a plan leaning on C shows at a glance.
///
/// Names go beside their points where they fit without covering another
/// name or point; the others get a number explained in the legend on the
/// right (up to `legendLimit`, then bare points and a note). Text widths
/// are estimated from display width (a CJK character counts two cells), so
/// the layout never depends on the fonts of the machine that draws it. The
/// file is self-contained: no scripts, no external references, every name
/// escaped for XML. Same input, same bytes.
public struct MatrixSVG: Sendable {
    public struct Point: Sendable, Hashable {
        public var name: String
        /// Transaction record score, 0–100, across.
        public var record: Double
        /// Objective evaluation score, 0–100, up.
        public var objective: Double
        public var segment: Segment
        public var isBorderline: Bool
        /// Visits planned this week; 0 draws no ring.
        public var plannedVisits: Int

        public init(name: String, record: Double, objective: Double, segment: Segment, isBorderline: Bool = false, plannedVisits: Int = 0) {
            self.name = name
            self.record = record
            self.objective = objective
            self.segment = segment
            self.isBorderline = isBorderline
            self.plannedVisits = plannedVisits
        }
    }

    /// An axis-aligned box in picture coordinates.
    public struct Box: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double

        public func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }

        func inside(_ outer: Box) -> Bool {
            x >= outer.x && y >= outer.y && x + width <= outer.x + outer.width && y + height <= outer.y + outer.height
        }
    }

    /// Where each point's name or number went.
    public struct Layout: Sendable {
        /// Point index → the box its text occupies, the text, and where it is anchored.
        public var labels: [Int: (box: Box, text: String, anchorX: Double, baseline: Double, anchor: String)]
        /// Numbered points, in legend order: number, point index.
        public var numbered: [(number: Int, point: Int)]
        /// Points drawn without a name or number (the legend was full).
        public var unnamed: Int
    }

    public var points: [Point]
    public var cut: Double
    public var language: Language
    /// How many points may get a number before the rest go unnamed.
    public var legendLimit: Int

    public init(points: [Point], cut: Double = 50, language: Language = .en, legendLimit: Int = 80) {
        self.points = points
        self.cut = cut
        self.language = language
        self.legendLimit = legendLimit
    }

    /// The classified customers as points; `visits` gives each one's planned visits.
    public static func points(_ classifications: [Classification], visits: (Classification) -> Int = { _ in 0 }) -> [Point] {
        classifications.compactMap { c in
            guard let segment = c.segment, let objective = c.objective, let record = c.record else { return nil }
            return Point(
                name: c.name, record: record.value, objective: objective.value, segment: segment, isBorderline: c.isBorderline,
                plannedVisits: visits(c))
        }
    }

    // MARK: Geometry

    static let plotLeft = 96.0
    static let plotTop = 84.0
    static let plotSide = 600.0
    static let legendLeft = 740.0
    static let width = 1040.0
    static let fontSize = 12.0
    /// Width of one display cell at `fontSize`: generous, so a name never runs over its box.
    static let cellWidth = 7.0
    static let lineHeight = 16.0
    static let pointRadius = 4.5

    static var plot: Box { Box(x: plotLeft, y: plotTop, width: plotSide, height: plotSide) }

    /// Points keep this far inside the frame, so a score of 0 or 100 is not drawn on a line or under a heading.
    static let inset = 10.0

    func x(_ point: Point) -> Double { Self.plotLeft + Self.inset + clamp(point.record) / 100 * (Self.plotSide - 2 * Self.inset) }
    func y(_ point: Point) -> Double { Self.plotTop + Self.inset + (1 - clamp(point.objective) / 100) * (Self.plotSide - 2 * Self.inset) }
    private func clamp(_ value: Double) -> Double { value.isFinite ? min(100, max(0, value)) : 0 }

    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(DisplayWidth.width(of: text)) * cellWidth * size / fontSize
    }

    /// Key accounts and main targets are named first: on a crowded slide they are the ones people look for.
    private var order: [Int] {
        points.indices.sorted { a, b in
            (points[a].segment, points[a].name, a) < (points[b].segment, points[b].name, b)
        }
    }

    /// Places every name, or a number, or nothing.
    ///
    /// Boxes are kept in a grid of 40-pixel cells, so a crowded book is laid
    /// out in about linear time; each text box keeps a 2-pixel gap from the
    /// others, so two numbers side by side never read as one.
    public func layout() -> Layout {
        var grid = BoxGrid()
        for p in points {
            // The point, and its ring of planned visits, which a name must not cross.
            let r = (p.plannedVisits > 0 ? Self.ringRadius(p.plannedVisits) : Self.pointRadius) + 1
            grid.insert(Box(x: x(p) - r, y: y(p) - r, width: 2 * r, height: 2 * r))
        }
        var labels: [Int: (box: Box, text: String, anchorX: Double, baseline: Double, anchor: String)] = [:]
        var failed: [Int] = []
        func place(_ index: Int, text: String, size: Double) -> Bool {
            let p = points[index]
            let (px, py) = (x(p), y(p))
            let w = Self.textWidth(text, size: size)
            let h = size + 2
            let gap = (p.plannedVisits > 0 ? Self.ringRadius(p.plannedVisits) : Self.pointRadius) + 3
            // Right, left, above, below: (box, anchor x, baseline, anchor).
            let candidates: [(Box, Double, Double, String)] = [
                (Box(x: px + gap, y: py - h / 2, width: w, height: h), px + gap, py + size * 0.35, "start"),
                (Box(x: px - gap - w, y: py - h / 2, width: w, height: h), px - gap, py + size * 0.35, "end"),
                (Box(x: px - w / 2, y: py - gap - h, width: w, height: h), px, py - gap - 3, "middle"),
                (Box(x: px - w / 2, y: py + gap, width: w, height: h), px, py + gap + size - 1, "middle"),
            ]
            for (box, anchorX, baseline, anchor) in candidates where box.inside(Self.plot) {
                let padded = Box(x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4)
                let r = (p.plannedVisits > 0 ? Self.ringRadius(p.plannedVisits) : Self.pointRadius) + 1
                let own = Box(x: px - r, y: py - r, width: 2 * r, height: 2 * r)
                if grid.overlaps(padded, except: own) { continue }
                grid.insert(box)
                labels[index] = (box, text, anchorX, baseline, anchor)
                return true
            }
            return false
        }
        for index in order where !place(index, text: points[index].name, size: Self.fontSize) {
            failed.append(index)
        }
        var numbered: [(number: Int, point: Int)] = []
        var unnamed = 0
        for index in failed {
            let number = numbered.count + 1
            if number <= legendLimit, place(index, text: String(number), size: Self.fontSize - 2) {
                numbered.append((number, index))
            } else {
                unnamed += 1
            }
        }
        return Layout(labels: labels, numbered: numbered, unnamed: unnamed)
    }

    /// The ring drawn around a customer with visits planned: larger with more visits, up to five.
    static func ringRadius(_ visits: Int) -> Double { pointRadius + 4 + 3 * Double(min(visits, 5)) }

    // MARK: Drawing

    static func color(_ segment: Segment) -> String {
        switch segment {
        case .a: "#1b7f3b"
        case .b: "#1f5fbf"
        case .c: "#c46a00"
        case .d: "#6b6b6b"
        }
    }

    static func tint(_ segment: Segment) -> String {
        switch segment {
        case .a: "#eef7f0"
        case .b: "#eef3fb"
        case .c: "#fdf3e7"
        case .d: "#f4f4f4"
        }
    }

    /// Text for XML: control characters shown as escapes (they are not
    /// allowed in XML 1.0 and could hide), then the five special characters.
    static func escaped(_ text: String) -> String { XMLText.escaped(TerminalText.sanitize(text)) }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The whole picture as SVG text.
    public func render() -> String {
        let en = language == .en
        let layout = layout()
        let legendRows = layout.numbered.count + (layout.unnamed > 0 ? 1 : 0)
        let legendTop = Self.plotTop + 150
        let height = max(Self.plotTop + Self.plotSide + 96, legendTop + Double(legendRows + 1) * Self.lineHeight + 24)
        var svg: [String] = []
        let font = "'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic','Meiryo','Helvetica Neue',Arial,sans-serif"
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(Self.width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\" font-family=\"\(font)\" font-size=\"\(Self.number(Self.fontSize))\">")
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        // Title.
        let count = points.count
        let title = en
            ? "Customer matrix: \(count) customer\(count == 1 ? "" : "s"), cut at \(Self.number(cut))"
            : "顧客マトリックス：\(count)社（区切り \(Self.number(cut))）"
        svg.append(text(title, x: Self.plotLeft, y: 30, size: 18, weight: "bold"))
        let planned = Dictionary(grouping: points.filter { $0.plannedVisits > 0 }, by: \.segment).mapValues { $0.reduce(0) { $0 + $1.plannedVisits } }
        let visits = planned.values.reduce(0, +)
        if visits > 0 {
            let shares = Segment.allCases.map { "\($0.rawValue) \(Int((Double(planned[$0] ?? 0) / Double(visits) * 100).rounded()))%" }.joined(separator: " · ")
            svg.append(text(en ? "Planned this week: \(Counted(visits, "visit", counter: "件").text(in: .en)) (\(shares))" : "今週の訪問予定：\(visits)件（\(shares)）", x: Self.plotLeft, y: 52, size: 13, fill: "#333333"))
        }
        // Quadrants: tinted backgrounds, then each one's letter and meaning in its outer corner, outside the points' way.
        let cx = x(Point(name: "", record: cut, objective: cut, segment: .a))
        let cy = y(Point(name: "", record: cut, objective: cut, segment: .a))
        let right = Self.plotLeft + Self.plotSide
        let bottom = Self.plotTop + Self.plotSide
        let quadrants: [(Segment, Box)] = [
            (.b, Box(x: Self.plotLeft, y: Self.plotTop, width: cx - Self.plotLeft, height: cy - Self.plotTop)),
            (.a, Box(x: cx, y: Self.plotTop, width: right - cx, height: cy - Self.plotTop)),
            (.d, Box(x: Self.plotLeft, y: cy, width: cx - Self.plotLeft, height: bottom - cy)),
            (.c, Box(x: cx, y: cy, width: right - cx, height: bottom - cy)),
        ]
        for (segment, box) in quadrants where box.width > 0 && box.height > 0 {
            svg.append("<rect x=\"\(Self.number(box.x))\" y=\"\(Self.number(box.y))\" width=\"\(Self.number(box.width))\" height=\"\(Self.number(box.height))\" fill=\"\(Self.tint(segment))\"/>")
        }
        for segment in Segment.allCases {
            let caption = "\(segment.rawValue) · \(en ? segment.summary : segment.summaryJapanese)"
            let top = segment == .a || segment == .b
            let left = segment == .b || segment == .d
            svg.append(text(
                caption, x: left ? Self.plotLeft : right, y: top ? Self.plotTop - 8 : bottom + 20, size: 13, weight: "bold",
                fill: Self.color(segment), anchor: left ? "start" : "end"))
        }
        // Frame, cut lines, ticks and axis titles.
        svg.append("<rect x=\"\(Self.number(Self.plotLeft))\" y=\"\(Self.number(Self.plotTop))\" width=\"\(Self.number(Self.plotSide))\" height=\"\(Self.number(Self.plotSide))\" fill=\"none\" stroke=\"#999999\"/>")
        svg.append("<line x1=\"\(Self.number(cx))\" y1=\"\(Self.number(Self.plotTop))\" x2=\"\(Self.number(cx))\" y2=\"\(Self.number(bottom))\" stroke=\"#555555\" stroke-dasharray=\"6 4\"/>")
        svg.append("<line x1=\"\(Self.number(Self.plotLeft))\" y1=\"\(Self.number(cy))\" x2=\"\(Self.number(right))\" y2=\"\(Self.number(cy))\" stroke=\"#555555\" stroke-dasharray=\"6 4\"/>")
        for value in Set([0, clamp(cut), 100]).sorted() {
            let tx = x(Point(name: "", record: value, objective: value, segment: .a))
            let ty = y(Point(name: "", record: value, objective: value, segment: .a))
            svg.append(text(Self.number(value), x: tx, y: bottom + 38, size: 11, fill: "#555555", anchor: "middle"))
            svg.append(text(Self.number(value), x: Self.plotLeft - 8, y: ty + 4, size: 11, fill: "#555555", anchor: "end"))
        }
        let xTitle = en ? "transaction record (取り引き実績) →" : "取り引き実績 →"
        let yTitle = en ? "objective evaluation (客観的評価) →" : "客観的評価 →"
        svg.append(text(xTitle, x: Self.plotLeft + Self.plotSide / 2, y: bottom + 60, size: 13, anchor: "middle"))
        svg.append("<text x=\"0\" y=\"0\" font-size=\"13\" text-anchor=\"middle\" transform=\"translate(\(Self.number(Self.plotLeft - 44)) \(Self.number(Self.plotTop + Self.plotSide / 2))) rotate(-90)\">\(Self.escaped(yTitle))</text>")
        // Rings first, so points and names stay on top.
        for p in points where p.plannedVisits > 0 {
            let r = Self.ringRadius(p.plannedVisits)
            svg.append("<circle cx=\"\(Self.number(x(p)))\" cy=\"\(Self.number(y(p)))\" r=\"\(Self.number(r))\" fill=\"none\" stroke=\"\(Self.color(p.segment))\" stroke-width=\"2\" stroke-opacity=\"0.55\"/>")
        }
        for (index, p) in points.enumerated() {
            let name = Self.escaped(p.name)
            if p.isBorderline {
                svg.append("<circle cx=\"\(Self.number(x(p)))\" cy=\"\(Self.number(y(p)))\" r=\"\(Self.number(Self.pointRadius + 3))\" fill=\"none\" stroke=\"#222222\" stroke-dasharray=\"2 2\"/>")
            }
            svg.append("<circle cx=\"\(Self.number(x(p)))\" cy=\"\(Self.number(y(p)))\" r=\"\(Self.number(Self.pointRadius))\" fill=\"\(Self.color(p.segment))\" data-index=\"\(index)\"><title>\(name) (\(p.segment.rawValue))</title></circle>")
        }
        for index in layout.labels.keys.sorted() {
            guard let label = layout.labels[index] else { continue }
            let numbered = Int(label.text) != nil && label.text != points[index].name
            svg.append(text(
                label.text, x: label.anchorX, y: label.baseline, size: numbered ? Self.fontSize - 2 : Self.fontSize,
                weight: numbered ? "bold" : nil, fill: "#111111", anchor: label.anchor))
        }
        // Legend: what the marks mean, then the numbered names.
        var ly = Self.plotTop + 4
        svg.append(text(en ? "How to read it" : "見方", x: Self.legendLeft, y: ly, size: 13, weight: "bold"))
        ly += 22
        svg.append("<circle cx=\"\(Self.number(Self.legendLeft + 8))\" cy=\"\(Self.number(ly - 4))\" r=\"\(Self.number(Self.pointRadius + 3))\" fill=\"none\" stroke=\"#222222\" stroke-dasharray=\"2 2\"/>")
        svg.append(text(en ? "dashed ring: borderline, near the cut" : "点線の輪：境界線上（区切りに近い）", x: Self.legendLeft + 22, y: ly, size: 12))
        ly += 22
        svg.append("<circle cx=\"\(Self.number(Self.legendLeft + 8))\" cy=\"\(Self.number(ly - 4))\" r=\"10\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"2\" stroke-opacity=\"0.55\"/>")
        svg.append(text(en ? "solid ring: planned this week (bigger = more)" : "輪：今週の訪問予定（大きいほど多い）", x: Self.legendLeft + 22, y: ly, size: 12))
        ly = legendTop
        if !layout.numbered.isEmpty || layout.unnamed > 0 {
            svg.append(text(en ? "Numbered customers" : "番号の顧客", x: Self.legendLeft, y: ly, size: 13, weight: "bold"))
            ly += Self.lineHeight + 4
        }
        for (number, index) in layout.numbered {
            let p = points[index]
            let name = DisplayWidth.truncate(TerminalText.sanitize(p.name), toWidth: 36)
            svg.append(text("\(number)  \(name) (\(p.segment.rawValue))", x: Self.legendLeft, y: ly, size: 11, fill: Self.color(p.segment)))
            ly += Self.lineHeight
        }
        if layout.unnamed > 0 {
            svg.append(text(
                en ? "and \(layout.unnamed) more not named (too crowded)" : "ほか \(layout.unnamed)社は名前を省略（密集のため）",
                x: Self.legendLeft, y: ly, size: 11, fill: "#555555"))
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private func text(
        _ content: String, x: Double, y: Double, size: Double, weight: String? = nil, fill: String = "#111111", anchor: String = "start"
    ) -> String {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if fill != "#111111" { attributes += " fill=\"\(fill)\"" }
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        return "<text \(attributes)>\(Self.escaped(content))</text>"
    }
}

/// Boxes bucketed by 40-pixel cells: finding what a new box would cover
/// looks at a few cells, not at every box placed so far.
struct BoxGrid {
    private var cells: [Int: [MatrixSVG.Box]] = [:]
    private static let size = 40.0

    private static func keys(_ box: MatrixSVG.Box) -> [Int] {
        let x0 = Int((box.x / size).rounded(.down)), x1 = Int(((box.x + box.width) / size).rounded(.down))
        let y0 = Int((box.y / size).rounded(.down)), y1 = Int(((box.y + box.height) / size).rounded(.down))
        var keys: [Int] = []
        for gx in x0...max(x0, x1) { for gy in y0...max(y0, y1) { keys.append(gx * 100_003 + gy) } }
        return keys
    }

    mutating func insert(_ box: MatrixSVG.Box) {
        for key in Self.keys(box) { cells[key, default: []].append(box) }
    }

    /// Whether `box` overlaps anything placed, apart from `own` (the label's own point).
    func overlaps(_ box: MatrixSVG.Box, except own: MatrixSVG.Box) -> Bool {
        for key in Self.keys(box) {
            for other in cells[key] ?? [] where other != own && other.overlaps(box) { return true }
        }
        return false
    }
}
