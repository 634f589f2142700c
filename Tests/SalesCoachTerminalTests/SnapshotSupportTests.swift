import TestSupport
import Testing

/// The snapshot helper is copied into other test targets, so its diff is tested here.
@Suite struct SnapshotSupportTests {
    @Test("a changed line shows as removed then added, with context and @@ for skipped lines")
    func changedLine() {
        let old = "one\ntwo\nthree\nfour\nfive\nsix\nseven"
        let new = "one\ntwo\nthree\nFOUR\nfive\nsix\nseven"
        #expect(lineDiff(from: old, to: new) == "@@\n  two\n  three\n- four\n+ FOUR\n  five\n  six")
    }

    @Test("distant changes are separated by @@")
    func distantChanges() {
        let old = (1...10).map(String.init).joined(separator: "\n")
        let new = old.replacingFirst("1\n", with: "0\n").replacingFirst("\n10", with: "\n11")
        #expect(
            lineDiff(from: old, to: new, context: 1)
                == "- 1\n+ 0\n  2\n@@\n  9\n- 10\n+ 11")
    }

    @Test("added and removed lines at the end")
    func lengthChange() {
        #expect(lineDiff(from: "a\nb", to: "a\nb\nc") == "  a\n  b\n+ c")
        #expect(lineDiff(from: "a\nb\nc", to: "a") == "  a\n- b\n- c")
    }

    @Test("escape codes are stripped, other text kept")
    func stripping() {
        #expect(withoutEscapes("\u{1B}[1;36mB\u{1B}[0m 田中\u{1B}x") == "B 田中\u{1B}x")
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
