import SalesCoachCore

/// What a line on stderr is, named by its prefix in the session's language.
enum MessageKind: Equatable {
    case error, warning, note, hint

    func prefix(in language: Language) -> String {
        switch (self, language) {
        case (.error, .en): "error:"
        case (.error, .ja): "エラー:"
        case (.warning, .en): "warning:"
        case (.warning, .ja): "警告:"
        case (.note, .en): "note:"
        case (.note, .ja): "注:"
        case (.hint, .en): "hint:"
        case (.hint, .ja): "ヒント:"
        }
    }
}
