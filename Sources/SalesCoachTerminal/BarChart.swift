/// Horizontal bars, one per line, with an optional target marker: how a plan's time
/// splits across the segments, against the split the method recommends.
///
/// ```
/// A  ██████████▌·········┃·········  42%
/// B  ███████████████┃██████████████  66%
///    ┃ target
/// ```
/// Bars are measured in eighths of a cell, so close values still look different.
public struct BarChart: Sendable {
    /// One line of the chart.
    public struct Bar: Sendable, Hashable {
        /// Shown left of the bar; sanitized and cut to fit.
        public var label: String
        /// The bar's length on the chart's scale; NaN and negatives draw an empty track.
        public var value: Double
        /// Where the target marker goes, on the same scale as `value`.
        public var target: Double?
        /// Shown right of the bar, e.g. "42% (target 30%)"; by default the value itself.
        public var valueText: String?
        /// The color of the bar, e.g. the segment's.
        public var style: Style

        public init(
            label: String, value: Double, target: Double? = nil, valueText: String? = nil,
            style: Style = .plain
        ) {
            self.label = label
            self.value = value
            self.target = target
            self.valueText = valueText
            self.style = style
        }
    }

    /// Top to bottom.
    public var bars: [Bar]
    /// The value a full-length bar stands for; by default the largest value or target.
    public var maximum: Double?
    /// Whether a last line explains the target marker when any bar has one.
    public var showsTargetKey: Bool
    /// Block elements, or ASCII for terminals that draw them double width.
    public var glyphs: Glyphs
    /// The word beside the target marker in the key, in the session's language ("target", 「目標」).
    public var targetWord: String

    /// Labels longer than this are cut with "…".
    public static let maxLabelWidth = 24
    /// Past this, longer bars stop being easier to compare.
    public static let maxBarWidth = 60

    public init(
        bars: [Bar], maximum: Double? = nil, showsTargetKey: Bool = true, glyphs: Glyphs = .unicode, targetWord: String = "target"
    ) {
        self.bars = bars
        self.maximum = maximum
        self.showsTargetKey = showsTargetKey
        self.glyphs = glyphs
        self.targetWord = targetWord
    }

    /// The chart as lines joined by "\n", without a final newline; at most `width` columns
    /// wide unless the terminal is too narrow for a bar of ten cells.
    public func render(width: Int, color: ColorMode) -> String {
        guard !bars.isEmpty else { return "" }
        let labels = bars.map {
            DisplayWidth.truncate(TerminalText.sanitize($0.label), toWidth: Self.maxLabelWidth)
        }
        let values = bars.map { TerminalText.sanitize($0.valueText ?? Self.numberText($0.value)) }
        let labelWidth = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let valueWidth = values.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let barWidth = min(max(width - labelWidth - valueWidth - 4, 10), Self.maxBarWidth)
        let scale = chartMaximum

        var lines: [String] = []
        for (index, bar) in bars.enumerated() {
            let cells = barCells(for: bar, width: barWidth, scale: scale, color: color)
            var line = DisplayWidth.pad(labels[index], toWidth: labelWidth) + "  " + cells
            if !values[index].isEmpty {
                line +=
                    "  " + DisplayWidth.pad(values[index], toWidth: valueWidth, alignment: .right)
            }
            lines.append(line)
        }
        if showsTargetKey, bars.contains(where: { $0.target.map { !$0.isNaN } ?? false }) {
            let indent = String(repeating: " ", count: labelWidth + 2)
            lines.append(indent + Palette.muted.apply(to: "\(glyphs.target) \(targetWord)", mode: color))
        }
        return lines.joined(separator: "\n")
    }

    /// The scale's end: the given maximum, else the largest value or target, never 0.
    var chartMaximum: Double {
        if let maximum, maximum.isFinite, maximum > 0 { return maximum }
        let largest = bars.flatMap { [$0.value, $0.target ?? 0] }.filter(\.isFinite).max() ?? 0
        return largest > 0 ? largest : 1
    }

    /// The cell the target marker goes in; `target` is not NaN (infinities clamp).
    func targetColumn(_ target: Double, width: Int, scale: Double) -> Int {
        let fraction = min(max(target / scale, 0), 1)
        return min(Int((fraction * Double(width)).rounded()), width - 1)
    }

    /// The bar's cells: blocks for the value, a dotted track up to the maximum, the marker.
    private func barCells(for bar: Bar, width: Int, scale: Double, color: ColorMode) -> String {
        let fraction = bar.value.isFinite ? min(max(bar.value / scale, 0), 1) : 0
        let steps = glyphs.barPartials.isEmpty ? 1 : glyphs.barPartials.count + 1
        let units = Int((fraction * Double(width * steps)).rounded())
        var cells: [(Character, Style)] = []
        for _ in 0..<(units / steps) { cells.append((glyphs.barFull, bar.style)) }
        if units % steps > 0 { cells.append((glyphs.barPartials[units % steps - 1], bar.style)) }
        while cells.count < width { cells.append((glyphs.barEmpty, Palette.muted)) }
        if let target = bar.target, !target.isNaN {
            cells[targetColumn(target, width: width, scale: scale)] = (
                glyphs.target, Style(bold: true)
            )
        }

        // One escape sequence per run of equal style, not per cell.
        var result = ""
        var run = ""
        var runStyle = cells.first?.1 ?? .plain
        for (glyph, style) in cells {
            if style != runStyle {
                result += runStyle.apply(to: run, mode: color)
                run = ""
                runStyle = style
            }
            run.append(glyph)
        }
        return result + runStyle.apply(to: run, mode: color)
    }

    /// "42" or "4.5": whole numbers without decimals, others with one.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return value.isNaN ? "–" : "∞" }
        return MatrixPlot.scoreText(value)
    }
}
