import Foundation

/// A question prepared for matching: full-width letters and digits folded to
/// half-width, half-width katakana to full-width (NFKC), lower-cased, and kept
/// as an array of characters so that names, segments and cue phrases found in
/// it can be reported and masked by position.
struct QuestionText: Sendable {
    /// The folded, lower-cased characters.
    let chars: [Character]
    /// Whether each character was upper case before folding ("A customers" vs "a customer").
    let upper: [Bool]

    /// The folded question with its capitals put back, for patterns that
    /// need them ("closest to A" is the segment, "a" is an article).
    var cased: String {
        String(zip(chars, upper).map { $1 ? Character($0.uppercased()) : $0 })
    }

    /// Whether `letter` (lower case) stands alone in the question as a capital: "A" in "closest to A", not "a" in "a customer".
    func hasCapitalLetter(_ letter: Character) -> Bool {
        chars.indices.contains { index in
            chars[index] == letter && upper[index]
                && (index == 0 || !(chars[index - 1].isLetter && chars[index - 1].isASCII))
                && (index + 1 == chars.count || !(chars[index + 1].isLetter && chars[index + 1].isASCII))
        }
    }

    init(_ text: String) {
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.compatibilityFolded
        var chars: [Character] = []
        var upper: [Bool] = []
        chars.reserveCapacity(folded.count)
        for character in folded {
            let lower = character.lowercased()
            // Keep one character per character so positions stay aligned.
            if lower.count == 1, let single = lower.first {
                // Romaji long vowels ("Kōgyō") read as plain letters, so the word stays whole.
                let plain = single.unicodeScalars.count == 1 ? single.unicodeScalars.first.map(Romaji.foldedVowel) : nil
                chars.append(plain.map(Character.init) ?? single)
                upper.append(single != character)
            } else {
                chars.append(character)
                upper.append(false)
            }
        }
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            QuestionText.correctSlips(&chars)
            QuestionText.readBecause(&chars)
        }
        self.chars = chars
        self.upper = upper
    }

    /// 訪門 for 訪問: a wrong kanji the input method offered, put right so
    /// every reader sees the word meant (`[slips]` under knowledge/understanding/).
    private static func correctSlips(_ chars: inout [Character]) {
        for slip in slips {
            var i = 0
            while i + slip.typed.count <= chars.count {
                if chars[i] == slip.typed[0], chars[i..<(i + slip.typed.count)].elementsEqual(slip.typed) {
                    chars.replaceSubrange(i..<(i + slip.typed.count), with: slip.meant)
                    i += slip.typed.count
                } else {
                    i += 1
                }
            }
        }
    }

    private static let slips = Understanding.standard.kanjiSlips

    /// 「金曜休みなんで4日で」: spoken なんで after a noun is "because" (なので),
    /// not "why"; read as why, a plan asked with a day off became the plan's
    /// reasons. It stays "why" at the start, after a particle or a pronoun
    /// (「それなんでBなの？」), and when the sentence ends as a question.
    /// How a request after "because" ends: a te-form (「4日で」「午前だけにして」), a limit, a polite ask.
    private static let becauseEndings = ["で", "て", "だけ", "ください", "お願い", "お願いします", "頼む", "たい", "まで"]
    /// What a why-question after なんで holds even when it ends in a request (「…なんでBなのか教えて」).
    private static let whyTails = ["なの", "のか", "か教", "か説明", "理由", "ですか", "だろう", "てる", "てない", "ていない"]

    private static func readBecause(_ chars: inout [Character]) {
        let word: [Character] = ["な", "ん", "で"]
        guard chars.count > 3 else { return }
        let ending = chars.lastIndex { !$0.isWhitespace } ?? chars.count - 1
        guard !["?", "？", "か", "の"].contains(chars[ending]) else { return }
        var i = 1
        while i + 3 <= chars.count {
            defer { i += 1 }
            guard chars[i] == "な", chars[i..<(i + 3)].elementsEqual(word) else { continue }
            let before = chars[i - 1]
            let noun = (before.isJapanese && !Interpreter.isHiragana(before)) || (before.isLetter && before.isASCII) || before.isNumber
                || before == "み"
            // A request must follow (「…なんで4日で」, 「…なんで午前だけにして」); 「ミドリ食品なんでB」
            // typed without a question mark still asks why.
            let tail = String(chars[(i + 3)...].filter { !$0.isWhitespace && !$0.isPunctuation })
            let requests = becauseEndings.contains { tail.hasSuffix($0) } && !whyTails.contains { tail.contains($0) }
            if noun, requests { chars.replaceSubrange(i..<(i + 3), with: ["な", "の", "で"]) }
        }
    }

    private init(chars: [Character], upper: [Bool]) {
        self.chars = chars
        self.upper = upper
    }

    /// The text with each span replaced by the name marker, so that a matched
    /// name neither counts as words of the question nor decides its language.
    func masking(_ spans: [Range<Int>]) -> QuestionText {
        guard !spans.isEmpty else { return self }
        var chars = self.chars
        var upper = self.upper
        for span in spans {
            let clamped = span.clamped(to: 0..<chars.count)
            for i in clamped {
                chars[i] = QuestionText.nameMarker
                upper[i] = false
            }
        }
        return QuestionText(chars: chars, upper: upper)
    }

    /// Stands in for a customer name that was found and masked.
    static let nameMarker: Character = "\u{25C6}"

    /// Words of ASCII letters and digits with their character ranges; apostrophes
    /// inside a word are dropped ("what's" → "whats", "don't" → "dont").
    var asciiWords: [Word] { words(joiningApostrophes: true) }

    /// Words of ASCII letters and digits; with `joiningApostrophes` false an
    /// apostrophe splits ("acme's" → "acme", "s"), as names need.
    func words(joiningApostrophes: Bool) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        var upperFirst = false
        var i = 0
        func flush(_ end: Int) {
            if !current.isEmpty { words.append(Word(text: current, range: start..<end, capitalized: upperFirst)) }
            current = ""
        }
        while i < chars.count {
            let c = chars[i]
            if c.isASCII && (c.isLetter || c.isNumber) {
                if current.isEmpty {
                    start = i
                    upperFirst = upper[i]
                }
                current.append(c)
            } else if joiningApostrophes && (c == "'" || c == "\u{2019}") && !current.isEmpty && i + 1 < chars.count
                && chars[i + 1].isASCII && chars[i + 1].isLetter
            {
                // An apostrophe inside a word joins its halves.
            } else {
                flush(i)
            }
            i += 1
        }
        flush(chars.count)
        return words
    }

    /// The characters without white space, with each one's position in `chars`;
    /// Japanese is written without spaces, so phrases and names are found here.
    var compact: (chars: [Character], positions: [Int]) {
        var result: [Character] = []
        var positions: [Int] = []
        result.reserveCapacity(chars.count)
        positions.reserveCapacity(chars.count)
        for (i, c) in chars.enumerated() where !c.isWhitespace {
            result.append(c)
            positions.append(i)
        }
        return (result, positions)
    }

    /// A word of the question: its text and where it lies.
    struct Word: Sendable, Hashable {
        var text: String
        var range: Range<Int>
        /// The first letter was upper case as typed.
        var capitalized: Bool
    }
}

extension Character {
    /// Katakana, with the prolonged sound mark.
    var isKatakana: Bool {
        guard let v = unicodeScalars.first?.value, unicodeScalars.count == 1 else { return false }
        return (0x30A1...0x30FC).contains(v)
    }

    /// Hiragana, katakana (with the prolonged sound mark) or a CJK ideograph.
    var isJapanese: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3005, 0x3006, 0x3040...0x309F, 0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
            return true
        default:
            return false
        }
    }
}
