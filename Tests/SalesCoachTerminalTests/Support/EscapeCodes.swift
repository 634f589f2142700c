/// `text` without its SGR escape codes (`ESC [ … m`), so colored output can be compared
/// with plain output.
func withoutEscapes(_ text: String) -> String {
    var result = ""
    var inside = false
    var previousWasEscape = false
    for scalar in text.unicodeScalars {
        if inside {
            if scalar == "m" { inside = false }
            continue
        }
        if previousWasEscape && scalar == "[" {
            inside = true
            previousWasEscape = false
            continue
        }
        if previousWasEscape { result.unicodeScalars.append("\u{1B}") }
        previousWasEscape = scalar == "\u{1B}"
        if !previousWasEscape { result.unicodeScalars.append(scalar) }
    }
    if previousWasEscape { result.unicodeScalars.append("\u{1B}") }
    return result
}
