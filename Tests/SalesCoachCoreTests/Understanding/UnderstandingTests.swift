import Testing

@testable import SalesCoachCore

/// The files under knowledge/understanding/: the shipped ones read cleanly,
/// and a mistake in one names the file and line with what was expected.
@Suite struct UnderstandingTests {
    @Test("the shipped understanding files read without error and hold every table the assistant uses")
    func shippedFilesRead() throws {
        if let error = Understanding.standardError { Issue.record("\(error)") }
        let understanding = Understanding.standard
        #expect(Set(understanding.intentCues.map(\.kind)) == Set(Intent.Kind.allCases))
        for kind in Intent.Kind.allCases {
            #expect(understanding.tuneQuestions.contains { $0.intent == kind }, "no tune question for \(kind)")
        }
        #expect(understanding.tuneQuestions.count >= 1500)
        #expect(!understanding.topicCues.isEmpty)
        #expect(understanding.segmentSynonyms.map(\.segment).sorted() == Segment.allCases)
        #expect(understanding.readings("family-names")["田中"] == ["tanaka"])
        #expect(understanding.contractions["whats"] == ["what", "is"])
        #expect(understanding.requests["plan"] == .weeklyPlan)
        for setting in Understanding.Setting.allCases { #expect(understanding.settings[setting] != nil, "\(setting)") }
    }

    /// A complete small file set, to break one piece at a time.
    static func files(replacing file: String? = nil, with text: String? = nil) -> [(path: String, text: String)] {
        var files = [(path: String, text: String)]()
        var cues = "[intent weeklyPlan +3]\nplan my week\n[settings]\n"
        cues += Understanding.Setting.allCases.map { "\($0.rawValue) = 1\n" }.joined()
        cues += "[readings family-names]\n田中 = tanaka\n"
        for name in Understanding.requiredReadings where name != "family-names" { cues += "[readings \(name)]\n" }
        for name in Understanding.requiredWords { cues += "[words \(name)]\nword\n" }
        for name in Understanding.requiredPhrases { cues += "[phrases \(name)]\nphrase\n" }
        files.append(("main.cues", cues))
        files.append(("tune/one.questions", "# a comment\nweeklyPlan | | | number=3 | plan 3 visits\n"))
        if let file, let text { files.append((file, text)) }
        return files
    }

    @Test("a small complete set reads, with its tune question")
    func smallSetReads() throws {
        let understanding = try Understanding(files: Self.files())
        #expect(understanding.intentCues.first?.phrases == ["plan my week"])
        #expect(understanding.tuneQuestions.first?.number == 3)
        #expect(understanding.tuneQuestions.first?.split == "one")
        #expect(understanding.tuneQuestions.first?.line == 2)
    }

    @Test(
        "each kind of mistake names the file and line and says what was expected",
        arguments: [
            ("x.cues", "plan my week\n", "knowledge/understanding/x.cues:1: 'plan my week' comes before any section"),
            ("x.cues", "\n[intnet weeklyPlan +3]\n", "knowledge/understanding/x.cues:2: unknown section '[intnet …]' (did you mean 'intent'?)"),
            ("x.cues", "[intent weeklyPlna +3]\n", "knowledge/understanding/x.cues:1: unknown intent 'weeklyPlna' (did you mean 'weeklyPlan'?)"),
            ("x.cues", "[intent weeklyPlan three]\n", "knowledge/understanding/x.cues:1: 'three' is not a weight"),
            ("x.cues", "[intent weeklyPlan +3\n", "knowledge/understanding/x.cues:1: a section line must end with ']'"),
            ("x.cues", "[settings]\nminimum-probabilty = 2\n", "knowledge/understanding/x.cues:2: unknown setting 'minimum-probabilty' (did you mean 'minimum-probability'?)"),
            ("x.cues", "[request weeklyPlan]\nplan\n[request]\n", "knowledge/understanding/x.cues:3: expected [request KIND]"),
            ("x.cues", "[readings places]\n東京 =\n", "knowledge/understanding/x.cues:2: expected '漢字 = reading | reading'"),
            ("x.cues", "[segment E]\nphrase\n", "knowledge/understanding/x.cues:1: unknown segment 'E'"),
            ("x.cues", "[phrases p]\nbad\u{07}line\n", "knowledge/understanding/x.cues:2: control character U+7"),
            ("tune/x.questions", "weeklyPlan | | | | plan\nexplain | A | | | why\n", "knowledge/understanding/tune/x.questions:2: unknown intent 'explain'"),
            ("tune/x.questions", "weeklyPlan | | | number=many | plan\n", "knowledge/understanding/tune/x.questions:1: number=many is not a whole number"),
            ("tune/x.questions", "weeklyPlan | | | | \n", "knowledge/understanding/tune/x.questions:1: the question (fifth field) is empty"),
            ("tune/x.questions", "weeklyPlan | plan\n", "knowledge/understanding/tune/x.questions:1: expected 'intent | customers | segments | extra | question"),
        ])
    func mistakesAreLocated(file: String, text: String, message: String) {
        do {
            _ = try Understanding(files: Self.files(replacing: file, with: text))
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    @Test("a file set without a table the assistant needs is refused, naming the section")
    func missingTableIsRefused() {
        let files = Self.files().map { file in
            (file.path, file.text.replacingOccurrences(of: "[words everyday]\nword\n", with: ""))
        }
        #expect(throws: UnderstandingError.self) { try Understanding(files: files) }
        do {
            _ = try Understanding(files: files)
        } catch {
            #expect(error.description.contains("[words everyday]"))
        }
        let noSetting = Self.files().map { file in (file.path, file.text.replacingOccurrences(of: "minimum-probability = 1\n", with: "")) }
        do {
            _ = try Understanding(files: noSetting)
            Issue.record("a missing setting was accepted")
        } catch {
            #expect(error.description == "knowledge/understanding/: no 'minimum-probability = NUMBER' under [settings] in any file; the scoring needs it")
        }
    }

    @Test("the interpreter reads with the understanding it is given: a new cue phrase changes the reading")
    func understandingIsPassedIn() throws {
        let matcher = CustomerMatcher(index: NameIndex(names: ["Acme"]))
        let question = "zorblat"
        #expect(Interpreter(matcher: matcher, understanding: .standard).interpret(question).intent == .outOfScope)
        var changed = Understanding.standard
        changed.intentCues.append(.init(kind: .weeklyPlan, weight: 4, phrases: ["zorblat"]))
        #expect(Interpreter(matcher: matcher, understanding: changed).interpret(question).intent == .weeklyPlan)
    }
}
