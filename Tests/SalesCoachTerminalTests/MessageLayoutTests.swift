import SalesCoachTerminal
import Testing

/// Messages on stderr: the prefix, then the text wrapped to the window with
/// its following lines indented under it, and the hint the same way.
@Suite struct MessageLayoutTests {
    @Test("English breaks only between words and keeps every line within the width")
    func english() {
        let text = "customers.csv, line 12, column 3 (employees): expected a number, found 'abc'; nothing was imported"
        let lines = MessageLayout.lines(prefix: "error:", text: text, width: 40)
        #expect(
            lines == [
                "error: customers.csv, line 12, column 3",
                "       (employees): expected a number,",
                "       found 'abc'; nothing was imported",
            ])
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 40 })
        let words = lines.map { $0.trimmingPrefix("error:").split(separator: " ") }.joined().map(String.init)
        #expect(words == text.split(separator: " ").map(String.init))
    }

    @Test("Japanese counts two columns a character and never starts a line with closing punctuation")
    func japanese() {
        let text = "customers.csv 12行目、3列目（employees）：数値のはずですが「abc」です。何も読み込んでいません（--skip-bad-rows を付けると他の行を読み込みます）"
        let lines = MessageLayout.lines(prefix: "エラー:", text: text, width: 36)
        #expect(lines.first?.hasPrefix("エラー: customers.csv") == true)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 36 }, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("        ") && !$0.hasPrefix("         ") }, "\(lines)")
        for line in lines.dropFirst() {
            let first = line.drop { $0 == " " }.first
            #expect(!["、", "。", "）", "」", "："].contains(first), "\(line)")
        }
        let body = lines.enumerated().map { $0.offset == 0 ? $0.element.dropFirst("エラー: ".count) : $0.element.dropFirst(8) }
        #expect(body.joined().filter { $0 != " " } == text.filter { $0 != " " }, "nothing lost or added: \(lines)")
        #expect(lines.contains { $0.contains("12行目") }, "a number keeps its counter: \(lines)")
    }

    @Test("the example of the documentation: a number keeps its counter, brackets stay with what they enclose")
    func documented() {
        #expect(
            MessageLayout.lines(prefix: "エラー:", text: "a.csv 2行目、2列目（sales）：数値のはずですが「12x」です", width: 30) == [
                "エラー: a.csv 2行目、2列目", "        （sales）：数値のはず", "        ですが「12x」です",
            ])
    }

    @Test("a hint follows on its own line with its own prefix")
    func hint() {
        let lines = MessageLayout.lines(
            prefix: "エラー:", text: "--lang：en・ja のいずれかを指定してください（'jp' は使えません）",
            hint: (prefix: "ヒント:", text: "salescoach classify --help で使い方を表示します"), width: nil)
        #expect(
            lines == [
                "エラー: --lang：en・ja のいずれかを指定してください（'jp' は使えません）",
                "ヒント: salescoach classify --help で使い方を表示します",
            ])
    }

    @Test("without a width (into a pipe or a file) lines stay whole; a run longer than a line is cut")
    func whole() {
        let long = String(repeating: "x", count: 50)
        #expect(MessageLayout.lines(prefix: "note:", text: long, width: nil) == ["note: " + long])
        #expect(MessageLayout.wrap(long, width: 20) == [String(repeating: "x", count: 20), String(repeating: "x", count: 20), String(repeating: "x", count: 10)])
        #expect(MessageLayout.wrap("", width: 20) == [""])
    }
}

@Suite struct ProseLayoutTests {
    @Test("a long answer line wraps at word breaks, the rest indented two more, and no piece is wider than the window")
    func englishProse() {
        let line = "  Note: C and D wait this week: their visit went to A customers due for follow-up."
        let lines = MessageLayout.prose(line, width: 40)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 40 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        // Nothing is lost or split inside a word.
        #expect(lines.map { String($0.drop { $0 == " " }) }.joined(separator: " ") == String(line.drop { $0 == " " }))
    }

    @Test("Japanese wraps between characters, never before closing punctuation, and keeps every character")
    func japaneseProse() {
        let line = "注：今週はCとDを後回しにし、その枠1件をフォロー時期のA顧客に回しました。"
        let lines = MessageLayout.prose(line, width: 24)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 24 })
        #expect(!lines.dropFirst().contains { $0.drop { $0 == " " }.first.map { "、。）」".contains($0) } ?? false })
        #expect(lines.map { String($0.drop { $0 == " " }) }.joined() == line)
    }

    @Test("a table row and a line that fits are left whole")
    func tablesAndShortLines() {
        let row = "  Acme Industrial      A   71.0   66.2   borderline   2026-11-24   Emily Carter   notes"
        #expect(MessageLayout.prose(row, width: 40) == [row])
        #expect(MessageLayout.prose("short line", width: 40) == ["short line"])
        #expect(MessageLayout.prose("A ┃ target line that is long enough to need wrapping here", width: 30).count == 1)
    }
}
