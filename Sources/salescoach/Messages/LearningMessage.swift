import SalesCoachCore

/// What `learn` and `quiz` say between the steps and questions the lesson
/// and the quiz themselves word.
enum LearningMessage: BilingualMessage {
    case lessonNeedsCustomers
    case quizNeedsCustomers
    case step(number: Int, of: Int)
    case stepRight(Segment)
    case stepWrong(Segment)
    case lessonDone(correct: Int, of: Int)
    case question(number: Int, of: Int)
    case correct
    case notThisTime
    case score(Int, of: Int)
    case stoppedByInterrupt
    case stopped

    var wording: (en: String, ja: String) {
        switch self {
        case .lessonNeedsCustomers:
            return (
                "The lesson needs classified customers. Load your book, or start with: salescoach --demo",
                "レッスンには分類済みの顧客が必要です。顧客リストを読み込むか、salescoach --demo で始めてください。"
            )
        case .quizNeedsCustomers:
            return ("The quiz needs classified customers; load a book first.", "クイズには分類済みの顧客が必要です。")
        case .step(let number, let steps):
            return ("Step \(number) of \(steps)", "ステップ \(number) / \(steps)")
        case .stepRight(let segment):
            return ("Right — it is \(segment.rawValue).", "正解です。\(segment.rawValue)です。")
        case .stepWrong(let segment):
            return ("Not quite — it is \(segment.rawValue).", "残念、正解は\(segment.rawValue)です。")
        case .lessonDone(let correct, let steps):
            return (
                "Lesson done: \(correct) of \(steps) placed right. Try 'quiz' to practise, or ask 'why focus on B?'.",
                "レッスン終了：\(steps)問中\(correct)問正解。'quiz' で練習するか、「なぜBに注力するの？」と聞いてみてください。"
            )
        case .question(let number, let questions):
            return ("Question \(number) of \(questions)", "第\(number)問 / \(questions)問")
        case .correct:
            return ("Correct.", "正解です。")
        case .notThisTime:
            return ("Not this time:", "不正解：")
        case .score(let score, let questions):
            return ("Score: \(score) of \(questions).", "得点：\(questions)問中\(score)問。")
        case .stoppedByInterrupt:
            return ("Stopped (Ctrl-C).", "中断しました（Ctrl-C）。")
        case .stopped:
            return ("Stopped.", "中断しました。")
        }
    }
}
