import SalesCoachCore

/// One customer in the 2×2 matrix: where it sits and which quadrant it belongs to.
public struct MatrixPoint: Sendable, Hashable {
    /// The name shown next to the mark or in the legend; sanitized when drawn.
    public var label: String
    /// Transaction record score, 0–100, plotted across.
    public var record: Double
    /// Objective evaluation score, 0–100, plotted up.
    public var objective: Double
    /// The quadrant the engine put the customer in. It decides which side of each cut
    /// line the mark is drawn on; the scores place it within that quadrant.
    public var segment: Segment

    public init(label: String, record: Double, objective: Double, segment: Segment) {
        self.label = label
        self.record = record
        self.objective = objective
        self.segment = segment
    }
}
