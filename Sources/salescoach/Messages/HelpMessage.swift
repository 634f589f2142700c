import SalesCoachCore

/// The words of `help` and `config` around what the commands' and the
/// settings' own definitions say.
enum HelpMessage: BilingualMessage {
    /// The labels of `help COMMAND`'s lines.
    case usage, example, aliases
    case group(ReplEntry.Group)
    /// Under the list of commands: anything else typed is a question.
    case questions
    /// Under `config`'s list of settings.
    case changeSettings
    case settingsReset
    /// A note on the plan policy, in front of its own words.
    case policyNote(PolicyWarning)

    var wording: (en: String, ja: String) {
        switch self {
        case .usage: return ("  usage:   ", "  書式：   ")
        case .example: return ("  example: ", "  例：     ")
        case .aliases: return ("  also:    ", "  別名：   ")
        case .group(let group): return (group.rawValue, group.japanese)
        case .questions:
            return (
                "Anything else you type is a question: \"who should I visit this week?\", \"why is 田中商事 in C?\". 'help COMMAND' for details.",
                "コマンド以外の入力は質問として答えます：「今週はどこを訪問すべき？」「田中商事はなぜC？」。詳しくは 'help コマンド名'。"
            )
        case .changeSettings:
            return (
                "Change with: config set KEY=VALUE (several at once for shares). Bold = changed from the default.",
                "変更：config set 項目=値（構成比は複数まとめて）。太字は初期値から変更したもの。"
            )
        case .settingsReset:
            return ("All settings are back to their defaults.", "すべての設定を初期値に戻しました。")
        case .policyNote(let warning):
            return ("note: " + warning.text(in: .en), "注：" + warning.text(in: .ja))
        }
    }
}
