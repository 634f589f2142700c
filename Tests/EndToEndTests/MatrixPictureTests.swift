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
