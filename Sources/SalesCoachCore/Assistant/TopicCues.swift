/// Which knowledge entry a question about the method is after. The phrases
/// per entry id are data (`[topic …]` sections under knowledge/understanding/):
/// the entry with the heaviest phrase found wins; a question that names a
/// segment and nothing more specific gets that segment's entry; anything else
/// the overview.
enum TopicCues {
    /// The entry describing each segment.
    static func segmentTopic(_ segment: Segment) -> String { "segment-" + segment.rawValue.lowercased() }

    /// The entry for a question that names no topic.
    static let fallback = "method-overview"
}
