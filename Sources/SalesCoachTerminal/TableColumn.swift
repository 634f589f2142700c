/// One column of a ``TableRenderer`` table: its header and how it behaves when space runs out.
public struct TableColumn: Sendable, Hashable {
    /// The column title, shown bold above a rule.
    public var header: String
    public var alignment: Alignment
    /// The column never gets wider than this, truncating longer cells with "…".
    public var maxWidth: Int?
    /// When the table must shrink, this column stops shrinking at this width.
    public var minWidth: Int
    /// Whether the column may be cut to fit the terminal. Text columns may; numbers may not,
    /// because "12,3…" reads as a different number.
    public var shrinks: Bool

    /// - Parameters:
    ///   - header: the column title, shown bold.
    ///   - alignment: `.right` for numbers so their digits line up.
    ///   - maxWidth: an upper bound on the column width, in terminal columns.
    ///   - minWidth: the narrowest the column gets when the table is shrunk to fit.
    ///   - shrinks: whether the column may be cut; by default text columns (not
    ///     right-aligned) may be.
    public init(
        _ header: String,
        alignment: Alignment = .left,
        maxWidth: Int? = nil,
        minWidth: Int = 6,
        shrinks: Bool? = nil
    ) {
        self.header = header
        self.alignment = alignment
        self.maxWidth = maxWidth
        self.minWidth = max(1, minWidth)
        self.shrinks = shrinks ?? (alignment != .right)
    }
}

/// One cell of a table: text from data (sanitized when rendered) and an optional style.
public struct TableCell: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}
