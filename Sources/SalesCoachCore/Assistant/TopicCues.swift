/// Which knowledge entry a question about the method is after, as data:
/// phrases per entry id, English and Japanese together. The entry with the
/// heaviest phrase found wins; a question that names a segment and nothing
/// more specific gets that segment's entry; anything else the overview.
enum TopicCues {
    typealias Group = (topic: String, weight: Double, phrases: [String])

    static let groups: [Group] = [
        ("method-overview", 2, [
            "method", "matrix", "how does it work", "overview", "nutshell", "basics", "big picture", "two axes",
            "手法", "マトリックス", "考え方", "全体像", "基本", "やり方", "二つの軸", "2つの軸",
            "quadrant", "from the start", "from scratch", "four box", "4象限", "四象限",
        ]),
        ("method-overview", 4, ["4つに分け", "四つに分け", "分ける考え方"]),
        ("axis-objective", 3, [
            "objective evaluation", "objective axis", "objective", "客観的評価", "客観評価", "客観", "会社の魅力", "魅力", "own size", "size matter", "attractive",
            "company size", "会社の規模",
        ]),
        ("axis-record", 3, [
            "transaction record", "record axis", "record", "取り引き実績", "取引実績", "実績",
        ]),
        ("why-focus-b", 4, [
            "why focus on", "focus on b", "why b", "most time", "most of my time", "重視", "注力", "なぜb", "一番時間", "最重点にする", "重点にする理由", "more important than", "rationale", "making b",
            "最も時間",
        ]),
        ("c-trap", 4, [
            "trap", "long relationship", "attachment", "comfortable", "personal", "loyalty", "spend time on c", "情", "罠", "わな",
            "付き合いの長い", "居心地", "長い付き合い", "古くからの", "長年の付き合い", "減らせ", "old customer", "old friend",
        ]),
        ("budget-first", 4, ["budget", "sales target", "quota", "予算", "売上目標", "ノルマ", "new customer",
            "existing customer", "新しいお客さん", "既存顧客", "既存のお客さん", "今のお客さん"]),
        ("weekly-plan", 4, [
            "use the matrix to plan", "plan with the matrix", "how to plan", "how do i plan", "how should i plan",
            "週間計画の立て方", "計画の立て方", "計画の作り方", "マトリックスを使った", "use the matrix", "訪問計画にどう",
            "計画に活", "計画にどう活", "分類をどう使", "どういう考え方で立て", "計画はどう立て", "weekly planning", "feed into", "計画にマトリックス",
            "マトリックスをどう使",
        ]),
        ("after-sales-follow-up", 4, [
            "follow up", "followup", "after sales", "aftercare", "アフターフォロー", "フォロー", "アフターサービス",
        ]),
        ("borderline", 4, ["borderline", "border line", "on the line", "境界線", "境界", "ぎりぎり", "ボーダー"]),
        ("plan-check", 4, [
            "read a plan check", "read the plan check", "plan check", "check report", "計画チェックの見方", "チェックの結果",
            "チェックの見方", "チェック結果",
        ]),
        ("glossary", 4, [
            "glossary", "mean in english", "in english", "in japanese", "english for", "japanese for", "英語では", "what does the term", "terminology", "用語", "英語で",
            "日本語で", "用語集",
        ]),
        ("scoring", 4, [
            "score calculated", "scores calculated", "how are scores", "how is the score", "percentile", "cut",
            "スコアの計算", "計算方法", "点数", "パーセンタイル", "スコア",
        ]),
        ("manager-review", 4, ["manager", "my team", "team review", "マネージャー", "部下", "チーム", "課長", "管理職",
            "上司の立場", "team lead", "my reps"]),
        ("visit-cadence", 3, ["how often", "cadence", "frequency", "頻度", "何週間ごと", "どのくらいの頻度", "rotate", "week to week",
            "ローテーション", "入れ替え", "同じ先ばかり"]),
    ]

    /// The entry describing each segment.
    static func segmentTopic(_ segment: Segment) -> String { "segment-" + segment.rawValue.lowercased() }

    /// The entry for a question that names no topic.
    static let fallback = "method-overview"

    static var allPhrases: [String] { groups.flatMap(\.phrases) }
}
