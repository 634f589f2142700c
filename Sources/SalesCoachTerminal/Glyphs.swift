/// The characters that draw rules, axes, marks and bars.
///
/// Box-drawing characters have "ambiguous" East Asian width: a terminal set to draw
/// ambiguous characters wide (an option some Japanese users turn on) doubles them and
/// breaks every picture. ``ascii`` draws the same pictures from plain ASCII for such
/// terminals and for logs.
public struct Glyphs: Sendable, Hashable {
    /// Rule under table headers and the horizontal axis.
    public var horizontal: Character
    /// The vertical axis.
    public var vertical: Character
    /// A tick on the vertical axis, pointing at the plot.
    public var verticalTick: Character
    /// A tick on the horizontal axis, pointing down at its label.
    public var horizontalTick: Character
    /// Where the two axes meet.
    public var origin: Character
    /// The horizontal cut line between high and low.
    public var cutHorizontal: Character
    /// The vertical cut line between high and low.
    public var cutVertical: Character
    /// Where the two cut lines cross.
    public var cutCross: Character
    /// A customer in the matrix.
    public var mark: Character
    /// A whole bar cell.
    public var barFull: Character
    /// Partial bar cells, from one eighth to seven eighths; empty to draw whole cells only.
    public var barPartials: [Character]
    /// The target line across a bar.
    public var target: Character
    /// The empty part of a bar up to its maximum.
    public var barEmpty: Character

    /// Box drawing, a round mark and block elements.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", verticalTick: "┤", horizontalTick: "┬", origin: "└",
        cutHorizontal: "╌", cutVertical: "╎", cutCross: "┼", mark: "●",
        barFull: "█", barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], target: "┃", barEmpty: "·"
    )

    /// Plain ASCII, one column everywhere whatever the terminal's settings.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", verticalTick: "+", horizontalTick: "+", origin: "+",
        cutHorizontal: "-", cutVertical: ":", cutCross: "+", mark: "o",
        barFull: "#", barPartials: [], target: "|", barEmpty: "."
    )
}
