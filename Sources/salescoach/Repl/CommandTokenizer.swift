import SalesCoachCore
/// Splits a REPL line into words the way a rep expects to type them:
/// spaces separate, and "double", 'single' or 「corner」 quotes keep a name
/// with spaces together (`why "Acme Industrial"`, `why 「田中 商事」`).
enum CommandTokenizer {
    enum TokenizeError: UserMessage, BilingualMessage, Sendable, Equatable, CustomStringConvertible {
        case unclosedQuote(opening: Character, column: Int)

        var description: String { text(in: .en) }

        var wording: (en: String, ja: String) {
            switch self {
            case .unclosedQuote(let opening, let column):
                (
                    "column \(column): the quote \(opening) is never closed; close it or leave the quotes out",
                    "\(column)文字目：引用符 \(opening) が閉じていません。閉じるか、引用符を外してください"
                )
            }
        }
    }

    static let openingQuotes: Set<Character> = ["\"", "'", "「", "“", "‘"]

    static func split(_ line: String) throws(TokenizeError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var closing: Character? = nil
        var opening: (Character, Int)? = nil
        for (offset, character) in line.enumerated() {
            if let close = closing {
                if character == close {
                    closing = nil
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            // A quote opens only at the start of a word, so "Macy's" stays one word.
            case _ where !inWord && CommandTokenizer.openingQuotes.contains(character):
                closing = character == "「" ? "」" : character == "“" ? "”" : character == "‘" ? "’" : character
                opening = (character, offset + 1)
                inWord = true
            case _ where character.isWhitespace:
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if closing != nil, let (character, column) = opening {
            throw .unclosedQuote(opening: character, column: column)
        }
        if inWord { words.append(current) }
        return words
    }
}
