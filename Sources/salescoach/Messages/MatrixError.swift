import SalesCoachCore

/// Why `matrix` wrote no picture.
enum MatrixError: UserMessage, BilingualMessage {
    /// `matrix --force` without a file to write.
    case usage
    case notSVG

    var wording: (en: String, ja: String) {
        switch self {
        case .usage:
            return (
                "matrix takes --export FILE.svg (and --force to replace a file), e.g. matrix --export matrix.svg",
                "matrix の後は --export ファイル.svg です（上書きは --force）。例：matrix --export matrix.svg"
            )
        case .notSVG:
            return (
                "matrix --export writes an SVG picture: name the file FILE.svg",
                "matrix --export はSVG画像を書き出します。ファイル名は .svg で終えてください"
            )
        }
    }
}
