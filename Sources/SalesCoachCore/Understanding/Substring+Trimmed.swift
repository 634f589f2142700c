extension Substring {
    /// Without spaces, tabs and line ends at either end. The understanding
    /// files are read before the first prompt; Foundation's trimming cost
    /// several times more per line and showed in the start-up time.
    var trimmedForData: Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" }
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return self[start..<end]
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The pieces between each `separator` byte, split on the bytes: much
    /// cheaper than splitting on Characters, and exact for ASCII separators.
    func pieces(separatedBy separator: UInt8) -> [Substring] {
        var pieces: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == separator {
                pieces.append(self[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        pieces.append(self[start..<bytes.endIndex])
        return pieces
    }

    /// The lines of the text, split at LF (a CR before it goes with `trimmedForData`).
    var dataLines: [Substring] { pieces(separatedBy: UInt8(ascii: "\n")) }

    /// The fields between `|` separators, trimmed.
    var dataFields: [String] { pieces(separatedBy: UInt8(ascii: "|")).map { String($0.trimmedForData) } }
}
