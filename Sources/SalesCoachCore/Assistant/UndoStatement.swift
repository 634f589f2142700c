/// "undo that last visit", 「さっきのを取り消して」: words after `undo` that only
/// say what the last change was, so the command still means plain `undo`.
///
/// `undo` changes data, so a line that does not read as the command is never
/// guessed at; but a rep naming what they undo is not asking anything else,
/// and refusing it ended the session's script with an error.
public enum UndoStatement {
    /// Whether every word after `undo` only describes the last change.
    public static func onlyDescribesLastChange(_ words: [String]) -> Bool {
        let filler = Set(Understanding.standard.phrases("undo-filler"))
        return !words.isEmpty && words.allSatisfy { word in
            let bare = word.lowercased().filter { !"'’.,!?。、！？".contains($0) }
            return bare.isEmpty || filler.contains(bare)
        }
    }
}
