/// Maps scores to the columns and rows of the plot area.
///
/// Each cut line has a column (and row) of its own, and the scores on each side of it
/// are spread over the cells on that side. So a mark is never drawn on a cut line, and
/// the side it is on always agrees with its segment, even for a score right at the cut.
struct MatrixGeometry: Sendable {
    /// Plot area size in cells, cut lines included.
    let width: Int
    let height: Int
    let recordCut: Double
    let objectiveCut: Double
    /// The column of the vertical cut line; always with at least one column either side.
    let cutColumn: Int
    /// The row of the horizontal cut line; row 0 is the top (objective 100).
    let cutRow: Int

    init(width: Int, height: Int, recordCut: Double, objectiveCut: Double) {
        self.width = max(width, 3)
        self.height = max(height, 3)
        self.recordCut = Self.clampScore(recordCut, fallback: 50)
        self.objectiveCut = Self.clampScore(objectiveCut, fallback: 50)
        let column = Int((Double(self.width - 1) * self.recordCut / 100).rounded())
        cutColumn = min(max(column, 1), self.width - 2)
        let row = Int((Double(self.height - 1) * (1 - self.objectiveCut / 100)).rounded())
        cutRow = min(max(row, 1), self.height - 2)
    }

    /// The column for a record score, on the high (right) or low (left) side of the cut.
    func column(record: Double, high: Bool) -> Int {
        let score = Self.clampScore(record, fallback: 0)
        if high {
            let span = 100 - recordCut
            let fraction = span > 0 ? (score - recordCut) / span : 1
            return Self.interpolate(fraction, from: cutColumn + 1, to: width - 1)
        }
        let fraction = recordCut > 0 ? score / recordCut : 0
        return Self.interpolate(fraction, from: 0, to: cutColumn - 1)
    }

    /// The row for an objective score, above (high) or below (low) the cut.
    func row(objective: Double, high: Bool) -> Int {
        let score = Self.clampScore(objective, fallback: 0)
        if high {
            let span = 100 - objectiveCut
            let fraction = span > 0 ? (score - objectiveCut) / span : 1
            return Self.interpolate(fraction, from: cutRow - 1, to: 0)
        }
        let fraction = objectiveCut > 0 ? score / objectiveCut : 0
        return Self.interpolate(fraction, from: height - 1, to: cutRow + 1)
    }

    private static func interpolate(_ fraction: Double, from start: Int, to end: Int) -> Int {
        let clamped = min(max(fraction, 0), 1)
        return start + Int((clamped * Double(end - start)).rounded())
    }

    /// Scores come from data: NaN and infinities must not reach an `Int` conversion.
    private static func clampScore(_ score: Double, fallback: Double) -> Double {
        guard score.isFinite else { return fallback }
        return min(max(score, 0), 100)
    }
}
