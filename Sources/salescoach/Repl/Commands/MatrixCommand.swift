import ArgumentParser

/// `matrix [--export FILE.svg] [--force]`
struct MatrixCommand: ReplCommand, SessionAction {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "The 2×2 picture: objective up, record across; --export writes it as an SVG for a slide",
        usage: "matrix [--export FILE.svg] [--force]")
    static let entry = ReplEntry(
        group: .look, purposeJapanese: "2×2マトリックスを描く（--export でスライド用のSVGに書き出す）",
        example: "matrix --export matrix.svg", words: [.path])

    @Option(help: "Write the picture to this SVG file.", completion: .pictureFile) var export: String?
    @Flag(help: "Replace an existing file.") var force = false

    func run(in session: Session) throws {
        guard let export else {
            guard !force else { throw session.matrixUsage }
            return session.matrix()
        }
        try session.matrix(exportingTo: export, force: force)
    }
}
