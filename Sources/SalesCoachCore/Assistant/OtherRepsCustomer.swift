/// 「多治見陶器入れといて」 while working on 加藤's book, where 多治見陶器合同会社
/// is Emily Carter's: the rep's own book holds only 多治見タイル, which its first
/// word fits, so the plan once got 多治見タイル instead. A customer of another
/// rep named whole is that customer, and said to be someone else's.
public enum OtherRepsCustomer {
    /// The customer of a rep other than `rep` whose whole name (its legal
    /// form aside, three characters at least) the line holds.
    public static func named(in line: String, customers: [Customer], rep: String) -> Customer? {
        let folded = NameKey.normalize(line)
        let key = RepName.key(rep)
        return customers.first { customer in
            guard customer.rep.map(RepName.key) != key else { return false }
            return namedWhole(customer.name, inFolded: folded)
        }
    }

    /// Whether `line` holds `name` whole, its legal form aside: a customer
    /// found only by its first word does not count.
    public static func namedWhole(_ name: String, in line: String) -> Bool {
        namedWhole(name, inFolded: NameKey.normalize(line))
    }

    private static func namedWhole(_ name: String, inFolded folded: String) -> Bool {
        let core = CompanyAffixes.strip(NameKey.normalize(name))
        return core.count >= 3 && folded.contains(core)
    }
}
