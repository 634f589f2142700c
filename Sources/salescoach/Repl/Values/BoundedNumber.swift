/// Whole and decimal numbers within the range a command accepts, refused
/// with the range in the session's language.
enum BoundedNumber {
    static func whole(_ text: String, in range: ClosedRange<Int>) throws -> Int {
        guard let number = Int(text), range.contains(number) else {
            throw ReplValueError(
                "expected a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text)'",
                "\(range.lowerBound)〜\(range.upperBound) の整数を指定してください（'\(text)' は使えません）")
        }
        return number
    }

    static func positive(_ text: String) throws -> Double {
        guard let number = Double(text), number > 0, number.isFinite else {
            throw ReplValueError(
                "expected a positive number, found '\(text)'", "正の数を指定してください（'\(text)' は使えません）")
        }
        return number
    }

    static func seed(_ text: String) throws -> UInt64 {
        guard let number = UInt64(text) else {
            throw ReplValueError("expected a whole number, found '\(text)'", "整数を指定してください（'\(text)' は使えません）")
        }
        return number
    }
}
