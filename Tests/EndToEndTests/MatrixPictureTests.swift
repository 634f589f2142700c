import Foundation
import Testing

/// The matrix picture as people see it: written by the real binary and
/// drawn by a real browser (Debian's chromium, which `.ci/run` installs;
/// skipped where none is installed). Its geometry, escaping and legend are
/// checked in `MatrixSVGTests`.
@Suite struct MatrixPictureTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A seeded book of `count` customers, a quarter with Japanese names.
    static func book(_ count: Int, in directory: URL) throws -> URL {
        var random = UInt64(2026)
        func next(_ bound: UInt64) -> UInt64 {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return (random >> 33) % bound
        }
        var text = "name,company_revenue,employees,orders,sales,rep\n"
        for i in 0..<count {
            text += "\(i % 4 == 0 ? "株式会社テスト\(i)" : "Company \(i)"),\(next(10000)),\(next(5000)),\(next(50)),\(next(99999)),R\(i % 9)\n"
        }
        let file = directory.appendingPathComponent("book-\(count).csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Width and height from a PNG's header.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test("classify --matrix writes an SVG that chromium draws, for the demo book and for 1,000 customers",
          .enabled(if: chromium != nil, "no chromium installed"), arguments: [0, 1000])
    func drawnByChromium(count: Int) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let input = count == 0 ? "examples/demo-customers.csv" : try Self.book(count, in: directory).path
        let svg = directory.appendingPathComponent("matrix.svg")
        let result = try BinaryRunner.run(["classify", input, "--matrix", svg.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let png = directory.appendingPathComponent("matrix.png")
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: Self.chromium ?? "")
        browser.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png.path)", "--window-size=1040,900",
            svg.absoluteString,
        ]
        browser.standardOutput = FileHandle.nullDevice
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        browser.waitUntilExit()
        let data = try Data(contentsOf: png)
        #expect(Self.pngSize(data).map { $0 == (1040, 900) } == true)
        // A blank page compresses to a few kilobytes; names, points and quadrants do not.
        #expect(data.count > 40_000, "the picture is \(data.count) bytes: nothing drawn?")
    }

    @Test("the session writes the matrix with this week's planned visits, and refuses a name that is not .svg")
    func sessionExport() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let svg = directory.appendingPathComponent("week.svg")
        let result = try BinaryRunner.run(
            ["--demo"], input: "planned add 田中商事 3\nmatrix --export \(svg.path)\nmatrix --export week.png\nquit\n", home: directory)
        #expect(result.stdout.contains("Wrote the matrix of 45 customers to \(svg.path) (1 unclassified left out)."))
        #expect(result.stderr.contains("matrix --export writes an SVG picture"))
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("Planned this week: 3 visits (A 0% · B 0% · C 100% · D 0%)"))
    }
}

/// The team's weekly mix as a chart, and the session's weekly C bars.
@Suite struct TrendPictureTests {
    @Test("team --chart writes an SVG with a bar per rep and week, the C limit, and names escaped; chromium draws it",
          .enabled(if: MatrixPictureTests.chromium != nil, "no chromium installed"))
    func teamChart() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let svg = directory.appendingPathComponent("team.svg")
        let result = try BinaryRunner.run([
            "team", "examples/team/crm-by-rep.csv", "--plan", "examples/team/plan.csv", "--visits", "examples/team/visits.csv",
            "--chart", svg.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains(">Reed Clapper</text>"))
        #expect(text.contains(">team</text>"))
        #expect(text.contains("stroke=\"#b00020\" stroke-dasharray=\"5 3\""), "the C limit line")
        #expect(text.contains("font-weight=\"bold\">C 75%</text>"), "a week over the limit stands out")
        let png = directory.appendingPathComponent("team.png")
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: MatrixPictureTests.chromium ?? "")
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(png.path)", "--window-size=700,760", svg.absoluteString]
        browser.standardOutput = FileHandle.nullDevice
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        browser.waitUntilExit()
        #expect(MatrixPictureTests.pngSize(try Data(contentsOf: png)).map { $0 == (700, 760) } == true)
    }

    @Test("summary shows C's share of each recent week's visits as bars against the limit")
    func summaryBars() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(
            ["--demo"],
            input: "planned add 田中商事 3\nplanned add 小林包装 1\nplanned add \"Keystone Retail Group\" 1\nvisit 田中商事 2026-11-24\nvisit 山本鉄工所 2026-11-25\nvisit \"Atlas Semiconductor\" 2026-11-17\nsummary\n",
            home: directory)
        #expect(result.stdout.contains("C's share of your visits by week (logged, else planned); ┃ marks the limit of 20%:"))
        #expect(result.stdout.contains("C 0% of 1 logged"))
        #expect(result.stdout.contains("C 100% of 2 logged  over the limit"))
        #expect(result.stdout.contains("C 80% of 5 planned  over the limit"))
        #expect(result.stdout.contains("nothing logged or planned"))
    }
}
