/// A grid of terminal cells the matrix is drawn on, with what occupies each cell so
/// labels can be placed without covering marks, lines or each other.
struct MatrixCanvas: Sendable {
    enum Use: Sendable, Equatable {
        case blank
        /// Axes, ticks and cut lines: labels may not cover them but may end next to them.
        case line
        case mark
        case text
    }

    struct Cell: Sendable {
        var text: String = " "
        var style: Style = .plain
        var use: Use = .blank
        /// The right half of a wide character drawn in the cell to the left.
        var isContinuation = false
    }

    let width: Int
    let height: Int
    private var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// What occupies a cell; `nil` outside the canvas.
    func use(column: Int, row: Int) -> Use? {
        guard contains(column: column, row: row) else { return nil }
        return cells[row * width + column].use
    }

    func contains(column: Int, row: Int) -> Bool {
        column >= 0 && column < width && row >= 0 && row < height
    }

    /// Draws one single-column character.
    mutating func set(_ character: Character, column: Int, row: Int, style: Style, use: Use) {
        guard contains(column: column, row: row) else { return }
        cells[row * width + column] = Cell(text: String(character), style: style, use: use)
    }

    /// Draws text from `column` rightwards by display width, stopping at the edge rather
    /// than splitting a wide character. Returns the column after the last one drawn.
    @discardableResult
    mutating func write(_ text: String, column: Int, row: Int, style: Style, use: Use) -> Int {
        var current = column
        for character in text {
            let characterWidth = DisplayWidth.width(of: character)
            if characterWidth == 0 {
                // A stray combining mark rides on the character before it.
                if current > column, contains(column: current - 1, row: row) {
                    cells[row * width + current - 1].text.append(character)
                }
                continue
            }
            guard current >= 0, current + characterWidth <= width, row >= 0, row < height else {
                break
            }
            cells[row * width + current] = Cell(text: String(character), style: style, use: use)
            if characterWidth == 2 {
                cells[row * width + current + 1] = Cell(
                    text: "", style: style, use: use, isContinuation: true)
            }
            current += characterWidth
        }
        return current
    }

    /// The canvas as lines, each run of one style colored once, trailing blanks dropped.
    func lines(color: ColorMode) -> [String] {
        (0..<height).map { row in
            let rowCells = cells[(row * width)..<((row + 1) * width)]
            guard let last = rowCells.lastIndex(where: { $0.use != .blank || $0.text != " " })
            else {
                return ""
            }
            var line = ""
            var run = ""
            var runStyle = Style.plain
            for cell in rowCells[(row * width)...last] where !cell.isContinuation {
                if cell.style != runStyle {
                    line += runStyle.apply(to: run, mode: color)
                    run = ""
                    runStyle = cell.style
                }
                run += cell.text
            }
            return line + runStyle.apply(to: run, mode: color)
        }
    }
}
