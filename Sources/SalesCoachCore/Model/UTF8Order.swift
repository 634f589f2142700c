/// Strings put in order by their UTF-8 bytes: the order `PlanCandidates`
/// breaks ties by, and the sameness `SpellingBytes` hashes for.
///
/// Why not the `utf8` views' `lexicographicallyPrecedes` and
/// `elementsEqual`: they step through both views a byte at a time by
/// iterators, and in a plan of a book whose C and D customers all tie (none
/// visited yet) the names were compared at nearly every step of the sort.
enum UTF8Order {
    /// Negative when `a`'s bytes come first, 0 when they are the same, positive after.
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                for i in 0..<common where x[i] != y[i] { return Int(x[i]) - Int(y[i]) }
                return x.count - y.count
            }
        }
    }
}
