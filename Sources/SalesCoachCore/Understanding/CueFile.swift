import Foundation

/// The layout shared by every `.cues` file under knowledge/understanding/:
///
/// ```
/// # a comment
/// [intent weeklyPlan +3]
/// plan my week
/// who should I visit
/// ```
///
/// A line in brackets opens a section (its kind, then its arguments); every
/// other non-blank line is one entry of the section above it. Entries are
/// trimmed; nothing else is special, so a phrase may hold any character.
struct CueSection: Sendable {
    let kind: String
    let arguments: [String]
    let line: Int
    var entries: [(text: String, line: Int)]
}

enum CueFile {
    /// The sections of `file`, a file under knowledge/`folder`/.
    static func sections(file: String, text: String, folder: String = "understanding") throws(UnderstandingError) -> [CueSection] {
        var sections: [CueSection] = []
        for (offset, raw) in text.dataLines.enumerated() {
            let number = offset + 1
            let line = String(raw.trimmedForData)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let bad = line.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) {
                throw UnderstandingError(folder: folder, file: file, line: number, .controlCharacter(bad.value))
            }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw UnderstandingError(folder: folder, file: file, line: number, .unclosedSection(line))
                }
                let words = line.dropFirst().dropLast().split(separator: " ").map(String.init)
                guard let kind = words.first else {
                    throw UnderstandingError(folder: folder, file: file, line: number, .emptySectionName)
                }
                sections.append(CueSection(kind: kind, arguments: Array(words.dropFirst()), line: number, entries: []))
                continue
            }
            guard !sections.isEmpty else {
                throw UnderstandingError(folder: folder, file: file, line: number, .entryBeforeSection(line))
            }
            sections[sections.count - 1].entries.append((line, number))
        }
        return sections
    }
}
