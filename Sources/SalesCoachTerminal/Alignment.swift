/// Where text sits inside a column wider than itself.
///
/// Numbers read best right-aligned (digits line up), names left-aligned.
public enum Alignment: Sendable, Hashable {
    case left
    case right
    case center
}
