/// A value given once in English and once in Japanese, so an entry can never
/// hold one language without the other.
public struct Bilingual<Value: Sendable & Hashable>: Sendable, Hashable {
    public let en: Value
    public let ja: Value

    public init(en: Value, ja: Value) {
        self.en = en
        self.ja = ja
    }

    /// The value in `language`.
    public subscript(language: Language) -> Value {
        switch language {
        case .en: en
        case .ja: ja
        }
    }
}
