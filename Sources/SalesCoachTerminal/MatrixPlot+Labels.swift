import SalesCoachCore

/// Which customers share a mark, and what is written beside each mark.
extension MatrixPlot {
    /// Customers that share one label: those in the same cell (one mark), and runs of
    /// marks side by side on a row, where no label could fit between them.
    struct Group: Sendable {
        var columns: [Int]
        var row: Int
        var segment: Segment
        /// Indices into `points`, left to right.
        var members: [Int]

        var span: ClosedRange<Int> { (columns.first ?? 0)...(columns.last ?? 0) }

        /// `span` in canvas columns, past the axis margin.
        var canvasSpan: ClosedRange<Int> {
            (MatrixPlot.leftMargin + span.lowerBound)...(MatrixPlot.leftMargin + span.upperBound)
        }
    }

    func groupedPoints(geometry: MatrixGeometry) -> [Group] {
        var byCell: [Int: Group] = [:]
        for (index, point) in points.enumerated() {
            let column = geometry.column(record: point.record, high: point.segment.recordHigh)
            let row = geometry.row(objective: point.objective, high: point.segment.objectiveHigh)
            let key = row * geometry.width + column
            byCell[
                key,
                default: Group(columns: [column], row: row, segment: point.segment, members: [])
            ]
            .members.append(index)
        }
        // Within a cell, by name: the picture must not depend on the order of the input.
        for key in byCell.keys {
            byCell[key]?.members.sort { (points[$0].label, $0) < (points[$1].label, $1) }
        }
        // Reading order: numbers in the legend then run top to bottom, left to right.
        let cells = byCell.values.sorted {
            ($0.row, $0.span.lowerBound) < ($1.row, $1.span.lowerBound)
        }
        var groups: [Group] = []
        for cell in cells {
            if let last = groups.last, last.row == cell.row, last.segment == cell.segment,
                last.span.upperBound + 1 == cell.span.lowerBound
            {
                groups[groups.count - 1].columns += cell.columns
                groups[groups.count - 1].members += cell.members
            } else {
                groups.append(cell)
            }
        }
        return groups
    }

    struct PlacedLabel: Sendable {
        enum Kind: Sendable {
            case name(String, MatrixLabeler.Span)
            case number([Int], MatrixLabeler.Span, MatrixLabeler.Side)
            /// No room even for a number: listed in the legend only.
            case unplaced([Int])
            /// Too many customers to number: a bare mark.
            case unnamed
        }
        var kind: Kind

        /// The legend numbers of the group's customers; none when they are named.
        var numbers: [Int] {
            switch kind {
            case .name, .unnamed: []
            case .number(let numbers, _, _), .unplaced(let numbers): numbers
            }
        }

        var isUnplaced: Bool {
            if case .unplaced = kind { return true }
            return false
        }
    }

    /// Labels for every group, in the order of `groups`.
    ///
    /// First every group reserves room for a number, so a name never takes the last
    /// free cells beside another mark. Then `beforeNames` claims what else must fit
    /// (the quadrant labels), and, A first and D last, each group tries to swap its
    /// number for its name. What is left is numbered in reading order.
    /// Without `numbering`, names go wherever they fit and the rest stay bare marks.
    func placePointLabels(
        _ groups: [Group], with labeler: inout MatrixLabeler, maxWidth: Int, numbering: Bool,
        beforeNames: (inout MatrixLabeler) -> Void
    ) -> [PlacedLabel] {
        let digits = String(max(points.count, 1)).count
        var numberSlots: [Int: (MatrixLabeler.Side, MatrixLabeler.Span)] = [:]
        for (owner, group) in groups.enumerated() where numbering {
            let width = group.members.count == 1 ? digits : 2 * digits + 1
            let marks = group.canvasSpan
            if let slot = labeler.claimNear(
                marks: marks, row: group.row, width: width, owner: owner)
            {
                numberSlots[owner] = slot
            }
        }
        beforeNames(&labeler)

        var names: [Int: (String, MatrixLabeler.Span)] = [:]
        let byPriority = groups.indices.sorted {
            (groups[$0].segment, $0) < (groups[$1].segment, $1)
        }
        for owner in byPriority {
            guard let text = nameText(for: groups[owner], maxWidth: maxWidth) else { continue }
            let group = groups[owner]
            let marks = group.canvasSpan
            let candidates = labeler.candidates(
                marks: marks, row: group.row, width: DisplayWidth.width(of: text))
            if let (_, span) = candidates.first(where: { labeler.isFree($0.1, owner: owner) }) {
                labeler.claim(span, owner: owner)
                names[owner] = (text, span)
            }
        }

        var next = 1
        return groups.enumerated().map { owner, group in
            if let (text, span) = names[owner] { return PlacedLabel(kind: .name(text, span)) }
            guard numbering else { return PlacedLabel(kind: .unnamed) }
            let numbers = Array(next..<(next + group.members.count))
            next += group.members.count
            if let (side, span) = numberSlots[owner] {
                return PlacedLabel(kind: .number(numbers, span, side))
            }
            return PlacedLabel(kind: .unplaced(numbers))
        }
    }

    /// The name (or names) to draw beside a group's mark, or nil to use numbers.
    func nameText(for group: Group, maxWidth: Int) -> String? {
        // Each name takes a column at least and each ", " two: a crowded cell
        // of a large book is refused before its names are made.
        guard 3 * group.members.count - 2 <= maxWidth else { return nil }
        let names = group.members.map { Self.shortName(TerminalText.sanitize(points[$0].label)) }
        if names.count == 1 {
            let name = DisplayWidth.truncate(names[0], toWidth: maxWidth)
            return name.isEmpty ? nil : name
        }
        // Several customers on one cell: their names only when all fit in full.
        let joined = names.joined(separator: ", ")
        return DisplayWidth.width(of: joined) <= maxWidth ? joined : nil
    }

    /// A company name as it is commonly shortened in Japanese business writing: the legal
    /// form 株式会社 becomes ㈱ and 有限会社 becomes ㈲, which leaves room for the part of the
    /// name that tells companies apart. Only the plot shortens; the legend keeps the name.
    ///
    /// Both forms end in 会社, and most names hold neither: those are handed
    /// back after one pass over their bytes, since searching Characters for
    /// the two forms was a quarter of drawing a 10,000-customer matrix.
    static func shortName(_ name: String) -> String {
        guard containsKaisha(name) else { return name }
        return name.replacing("株式会社", with: "㈱").replacing("有限会社", with: "㈲")
    }

    /// Whether the UTF-8 of 会社 (E4 BC 9A E7 A4 BE) occurs in `name`.
    private static func containsKaisha(_ name: String) -> Bool {
        let kaisha: [UInt8] = [0xE4, 0xBC, 0x9A, 0xE7, 0xA4, 0xBE]
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.count >= kaisha.count else { return false }
            for start in 0...(bytes.count - kaisha.count) where bytes[start] == 0xE4 {
                if (1..<kaisha.count).allSatisfy({ bytes[start + $0] == kaisha[$0] }) { return true }
            }
            return false
        }
    }

    /// "7", "7,8" or "7-9".
    static func numberText(_ numbers: [Int]) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "" }
        switch numbers.count {
        case 1: return String(first)
        case 2: return "\(first),\(last)"
        default: return "\(first)-\(last)"
        }
    }
}
