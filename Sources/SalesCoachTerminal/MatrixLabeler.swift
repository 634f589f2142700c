/// Finds room for labels beside the marks of the matrix without covering anything.
///
/// A label sits on the row of its mark, right of it when there is room, else left,
/// separated from the mark by one blank cell. Its far side keeps two cells free of marks
/// and other labels, so "● Foo  ● Bar" never reads as "Foo" belonging to the second mark.
struct MatrixLabeler: Sendable {
    /// The cells one label claims on its row, in canvas columns.
    struct Span: Sendable, Equatable {
        var row: Int
        /// Columns holding the label's text.
        var text: Range<Int>
        /// The blank column between mark and text, if the label belongs to a mark.
        var gap: Int?
        /// Columns on the far side that must hold no mark and no other label's text.
        var outer: [Int]

        /// Columns other labels' text may not use.
        var padding: [Int] { outer + (gap.map { [$0] } ?? []) }
    }

    /// Which side of its mark a label went.
    enum Side: Sendable, Equatable {
        case right
        case left
        /// On the row below or above, starting under (over) the first mark: only for
        /// numbers, when a crowded row leaves no room beside.
        case below
        case above
    }

    /// The canvas with marks and lines drawn, but no labels yet.
    let canvas: MatrixCanvas
    /// The plot area in canvas coordinates: labels stay inside it.
    let columns: Range<Int>
    let rows: Range<Int>
    /// The spans claimed so far, by owner.
    private(set) var claimed: [Int: Span] = [:]

    init(canvas: MatrixCanvas, columns: Range<Int>, rows: Range<Int>) {
        self.canvas = canvas
        self.columns = columns
        self.rows = rows
    }

    /// The two places a label `width` columns wide can go beside a run of marks
    /// (`marks` is the run's first and last column), right first.
    func candidates(marks: ClosedRange<Int>, row: Int, width: Int) -> [(Side, Span)] {
        let after = marks.upperBound
        let right = Span(
            row: row, text: (after + 2)..<(after + 2 + width), gap: after + 1,
            outer: [after + 2 + width, after + 3 + width])
        let before = marks.lowerBound
        let left = Span(
            row: row, text: (before - 1 - width)..<(before - 1), gap: before - 1,
            outer: [before - 2 - width, before - 3 - width])
        return [(.right, right), (.left, left)]
    }

    /// Places for a short label on the row right below or above a run of marks: starting
    /// at its first mark, or ending at its last, so it sits on the marks like a caption.
    func verticalCandidates(marks: ClosedRange<Int>, row: Int, width: Int) -> [(Side, Span)] {
        var starts = [marks.lowerBound]
        if marks.upperBound - width + 1 != marks.lowerBound {
            starts.append(marks.upperBound - width + 1)
        }
        var places: [(Side, Span)] = []
        for (side, offset) in [(Side.below, 1), (Side.above, -1)] {
            for start in starts {
                // One free cell each side is enough: the column says which mark it is.
                let outer = [start - 1, start + width]
                let text = start..<(start + width)
                places.append((side, Span(row: row + offset, text: text, gap: nil, outer: outer)))
            }
        }
        return places
    }

    /// Whether `span` can be claimed by `owner`, ignoring what `owner` already holds.
    /// - Parameter touchingLines: whether the text may end right against the cut line,
    ///   which reads as cramped but beats no label at all.
    func isFree(_ span: Span, owner: Int, touchingLines: Bool = false) -> Bool {
        guard rows.contains(span.row), !span.text.isEmpty,
            span.text.lowerBound >= columns.lowerBound, span.text.upperBound <= columns.upperBound
        else { return false }
        for column in span.text where canvas.use(column: column, row: span.row) != .blank {
            return false
        }
        if let gap = span.gap {
            guard columns.contains(gap), canvas.use(column: gap, row: span.row) == .blank else {
                return false
            }
        }
        for column in span.outer {
            let use = canvas.use(column: column, row: span.row)
            if use == .mark || use == .text { return false }
            // Text touching the cut line reads as cramped; the axis outside the area is fine.
            let touchesText = column == span.text.lowerBound - 1 || column == span.text.upperBound
            if !touchingLines && touchesText && use == .line && columns.contains(column) {
                return false
            }
        }
        for (other, claim) in claimed where other != owner && claim.row == span.row {
            if span.text.overlaps(claim.text) { return false }
            if claim.padding.contains(where: span.text.contains) { return false }
            if span.padding.contains(where: claim.text.contains) { return false }
        }
        return true
    }

    /// Claims `span` for `owner`, replacing whatever `owner` held before.
    mutating func claim(_ span: Span, owner: Int) {
        claimed[owner] = span
    }

    /// Claims the first free place beside a run of marks, or failing that above or below
    /// it, and says where it is.
    mutating func claimNear(marks: ClosedRange<Int>, row: Int, width: Int, owner: Int) -> (
        Side, Span
    )? {
        let places =
            candidates(marks: marks, row: row, width: width)
            + verticalCandidates(marks: marks, row: row, width: width)
        for touchingLines in [false, true] {
            for (side, span) in places
            where isFree(span, owner: owner, touchingLines: touchingLines) {
                claim(span, owner: owner)
                return (side, span)
            }
        }
        return nil
    }
}
