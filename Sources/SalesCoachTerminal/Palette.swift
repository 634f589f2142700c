import SalesCoachCore

/// The styles the whole program uses, so a segment has the same color everywhere.
///
/// A is green (healthy), B bold cyan (the main target stands out), C yellow (watch),
/// D grey (little time). Warnings are red, headings bold, secondary text dim.
public enum Palette {
    /// The color of a segment's letter, marks and bars.
    public static func segment(_ segment: Segment) -> Style {
        switch segment {
        case .a: Style(foreground: .green)
        case .b: Style(foreground: .cyan, bold: true)
        case .c: Style(foreground: .yellow)
        case .d: Style(foreground: .grey)
        }
    }

    /// Column headers and titles.
    public static let heading = Style(bold: true)
    /// Rules, axes' tick labels and other furniture the eye should skip.
    public static let muted = Style(dim: true)
    /// Something the user should act on: a missed target, a skipped row.
    public static let warning = Style(foreground: .red, bold: true)
    /// Something that went well: a target met.
    public static let success = Style(foreground: .green)
}
