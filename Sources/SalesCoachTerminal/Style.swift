/// A look for a piece of text: a foreground color, bold, dim.
///
/// Styles are applied last, after the text was cut and padded by display width,
/// because escape codes take no columns but do take characters.
public struct Style: Sendable, Hashable {
    /// The eight standard terminal colors and their bright variants.
    public enum Color: Sendable, Hashable {
        case red, green, yellow, blue, magenta, cyan, white
        /// "Bright black": a grey that stays readable on dark and light backgrounds.
        case grey

        var code: Int {
            switch self {
            case .red: 31
            case .green: 32
            case .yellow: 33
            case .blue: 34
            case .magenta: 35
            case .cyan: 36
            case .white: 37
            case .grey: 90
            }
        }
    }

    /// `nil` keeps the terminal's own text color.
    public var foreground: Color?
    public var bold: Bool
    public var dim: Bool

    public init(foreground: Color? = nil, bold: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.bold = bold
        self.dim = dim
    }

    /// No color, no emphasis: applying it returns the text unchanged.
    public static let plain = Style()

    /// Whether applying the style changes anything.
    public var isPlain: Bool { foreground == nil && !bold && !dim }

    /// The same style, bold.
    public var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }

    /// The SGR parameters that switch this style on, e.g. `"1;36"`.
    var parameters: String {
        var codes: [Int] = []
        if bold { codes.append(1) }
        if dim { codes.append(2) }
        if let foreground { codes.append(foreground.code) }
        return codes.map(String.init).joined(separator: ";")
    }

    /// `text` wrapped in this style's escape codes, or unchanged when `mode` is off.
    ///
    /// Each line is wrapped on its own so that a pager or a terminal that redraws one
    /// line never carries a color over into the next.
    public func apply(to text: String, mode: ColorMode) -> String {
        guard mode == .on, !isPlain, !text.isEmpty else { return text }
        let start = "\u{1B}[" + parameters + "m"
        let reset = "\u{1B}[0m"
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : start + $0 + reset }
            .joined(separator: "\n")
    }
}
