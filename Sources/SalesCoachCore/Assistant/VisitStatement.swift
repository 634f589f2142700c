import Foundation

/// "I visited Konex today", 「今日田中商事に行ってきた」: a rep telling the session
/// about a visit, which should be logged, not answered as a question.
///
/// Only a clear first-hand report is taken: a past-tense visit verb, the
/// customers named with certainty (or the one customer a katakana spelling of
/// its English name clearly fits), and a day that reads (today when none is given). Anything less certain is not logged; the session says what it
/// understood and the command that would log it.
public enum VisitStatement: Sendable, Hashable {
    /// Log a visit to `customer` on `date`, with what the rep said after the
    /// report ("…today, they said renewal is likely") as its note.
    case log(customer: String, date: LocalDate, note: String?)
    /// "I visited Pacific Grill and Fresh Table on Monday": one visit to each,
    /// when every name is certain and all of them are in the report itself.
    case logEach(customers: [String], date: LocalDate, note: String?)
    /// "visited Chikugo yesterday and Harbor Foods this morning",
    /// 「おととい西日本パネル行った。今日は天神システムにも」: one visit to each
    /// customer on the day its own clause gives.
    case logDays(visits: [DatedVisit], note: String?)
    /// A visit report, but not certain enough to log: the name only nearly
    /// matches, several customers are named, or the day does not read.
    case unsure(customers: [String], day: String?, reason: Reason)

    public enum Reason: Sendable, Hashable {
        /// No customer of the book fits the name the report gives, as typed ("Kashii Koumuten").
        case noSuchCustomer(String)
        case nameNotCertain
        case severalCustomers
        case dayNotRead(String)
        /// "last week", 「先週」 with no day: which day is not said, and today would be wrong.
        case weekWithoutDay
    }

    /// Whether the line asks something rather than tells: a question word or
    /// ending (いつ, ですか, 〜の？), or an English line opening with one.
    static func isQuestion(compact: String, spaced: String) -> Bool {
        if ["いつ", "どこ", "誰", "だれ", "何回", "ですか", "ますか", "でしょうか", "たっけ", "だっけ"].contains(where: { compact.contains($0) }) {
            return true
        }
        if compact.hasSuffix("か") || compact.hasSuffix("の") || compact.hasSuffix("かな") { return true }
        let first = spaced.split(separator: " ").first.map(String.init) ?? ""
        return ["when", "what", "did", "have", "has", "how", "who", "which", "where", "was", "were", "do", "does", "is", "are"]
            .contains(first)
    }

    /// The name a report gives when it matches no customer: the capitalised
    /// words after an English visit verb, or what comes before に/へ/を and the
    /// verb in Japanese, without the day; nil when none reads as a name.
    static func typedName(in report: String) -> String? {
        if let match = report.firstMatch(of: VisitStatementPattern.visitVerbCapitalised) {
            let name = match.1.trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ").filter { !["Today", "Yesterday", "On", "Last", "This"].contains(String($0)) }
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
        // Typed in lower case ("visited foo dining today nothing new"): the words
        // after the verb, up to the day or the note.
        if let match = report.firstMatch(of: VisitStatementPattern.visitVerbAny) {
            let stops: Set<String> = [
                "today", "yesterday", "on", "last", "this", "and", "but", "they", "he", "she", "we", "for", "to", "with",
                "about", "again", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "mon", "tue", "tues", "wed",
                "weds", "thu", "thur", "thurs", "fri", "nothing", "said", "who", "which",
            ]
            var words: [String] = []
            for word in match.1.split(separator: " ") {
                let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!"))
                if bare.isEmpty || stops.contains(bare.lowercased()) || words.count == 4 { break }
                words.append(bare)
                if word.last.map({ ",.;:!".contains($0) }) ?? false { break }
            }
            if !words.isEmpty, !(words.count == 1 && ["them", "him", "her", "it", "the", "a"].contains(words[0].lowercased())) {
                return words.joined(separator: " ")
            }
        }
        if let match = report.firstMatch(of: VisitStatementPattern.japaneseVisit) {
            var name = String(match.1)
            for word in ["一昨日", "昨日", "今日", "本日", "先週", "今週"] where name.hasPrefix(word) { name = String(name.dropFirst(word.count)) }
            // 「月曜にみずしまにも寄った」: the day goes, the name stays.
            if let day = name.prefixMatch(of: VisitStatementPattern.leadingWeekday) { name = String(name[day.range.upperBound...]) }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: "、, "))
            // 「昨日柏に行った」: a town of one kanji is a name too.
            return name.count >= 2 || name.first.map { $0.isJapanese && !Interpreter.isHiragana($0) } == true ? name : nil
        }
        // 「昨日きのかわ会行ってきた」: the name straight before the verb, no particle between.
        if let match = report.firstMatch(of: VisitStatementPattern.japaneseBareVisit) {
            var name = String(match.1)
            for word in ["一昨日", "昨日", "今日", "本日", "先週", "今週"] where name.hasPrefix(word) { name = String(name.dropFirst(word.count)) }
            if let day = name.prefixMatch(of: VisitStatementPattern.leadingWeekday) { name = String(name[day.range.upperBound...]) }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: "、, "))
            if name.count >= 2, !name.contains(" ") { return name }
        }
        // 「ヤマダ電機港北店 昨日訪問しました」, 「12/3 横浜中央病院 訪問」: a rep's note,
        // the name standing alone before the day or the verb.
        let tokens = report.split { $0.isWhitespace || "、,，。".contains($0) }.map(String.init)
        if tokens.count >= 2,
            let name = tokens.first(where: { token in
                token.count >= 2 && token.contains(where: \.isJapanese)
                    && !(japaneseVerbs + dayWords + ["訪問", "行っ", "伺"]).contains { token.contains($0) }
            })
        {
            return name
        }
        return nil
    }

    /// Reads `line` as a visit report, or nil when it is not one.
    /// The customers the report names, sure or not.
    public var customers: [String] {
        switch self {
        case .log(let customer, _, _): [customer]
        case .logEach(let customers, _, _): customers
        case .logDays(let visits, _): visits.map(\.customer)
        case .unsure(let customers, _, _): customers
        }
    }

    /// Whether the report names a customer of the book, sure or not.
    public var namesCustomer: Bool {
        if case .unsure(let customers, _, _) = self { return !customers.isEmpty }
        return true
    }

    public static func read(_ line: String, matcher: CustomerMatcher, today: LocalDate) -> VisitStatement? {
        let text = QuestionText(line)
        let lookup = PhraseLookup(text)
        let (compact, joined) = (lookup.compact, lookup.spaced)
        guard !compact.hasSuffix("?"), !compact.hasSuffix("？") else { return nil }
        // 「最後に訪問したのはいつですか」, "when did I last visit X": a question about a
        // visit, even without a question mark, is never one to log.
        guard !isQuestion(compact: compact, spaced: joined) else { return nil }
        // First-hand only: "I saw …", "we met …", or a line that starts with the
        // verb ("visited Acme today"); "Acme met its targets" is no visit.
        // A negation, a plan or a wish counts only in the report itself, not in
        // the note after it (「…を訪問。見積りを提出する」 is still a visit).
        let head = PhraseLookup(QuestionText(String(split(line).report)))
        let english = englishVerbs.contains { verb in
            joined.hasPrefix(" \(verb) ") || leadIns.contains { joined.contains(" \($0) \(verb) ") }
                // "Yesterday visited Kyushu Photonics": a day first, then the verb, at the very start.
                // "Monday saw Acme's order drop" is no visit: "saw" only after a subject.
                || (verb != "saw" && verb != "see" && dayOpeners.contains { joined.hasPrefix(" \($0) \(verb) ") })
        } && !negations.contains { head.spaced.contains(" \($0) ") }
        let japanese = (japaneseVerbs.contains { compact.contains($0) } || compact.firstMatch(of: noteStyle) != nil)
            && !["ない", "予定", "ほうが", "べき", "したい", "しよう", "します", "する"].contains { head.compact.contains($0) }
            // 「彼のAで最後に訪問したのが古い順に」: a list asked for by its last visit, no report.
            && !["順に", "順で", "の順", "一覧", "教えて", "見せて", "出して", "並べて", "最後に訪問", "最終訪問"].contains { compact.contains($0) }
        guard english || japanese else { return nil }
        var matches = matcher.match(text, commonWords: AssistantLexicon.commonWords)
        let dayWord = dayWords.first { joined.contains(" \($0) ") || compact.contains($0) } ?? datePhrase(in: split(line).report)
        guard !matches.names.isEmpty || !matches.suggestions.isEmpty else {
            // "I visited Kashii Koumuten yesterday" with no such customer: said, with the
            // command to type, rather than answered as a question it is not.
            guard let typed = typedName(in: String(split(line).report)) else { return nil }
            // 「昨日ばんだい工機行ってきた」: the town in hiragana, the rest of the name as written.
            if let respelled = PlaceList.respelled(typed), line.contains(typed),
                let statement = read(line.replacingOccurrences(of: typed, with: respelled), matcher: matcher, today: today),
                statement.namesCustomer
            {
                return statement
            }
            // 「昨日柏に行った」, 「今日みずしまにも寄った」: a town the names start with —
            // asked which, never logged on a guess.
            let names = Array(Set(matcher.index.entries.map(\.name))).sorted()
            let key = NameKey.normalize(typed).lowercased()
            var near = names.filter { CompanyAffixes.strip(NameKey.normalize($0).lowercased()).hasPrefix(key) }
            if near.isEmpty, let place = PlaceList.place(in: typed) { near = PlaceList.customers(at: place, in: names) }
            if !near.isEmpty, near.count <= 5 { return .unsure(customers: near, day: dayWord, reason: .nameNotCertain) }
            return .unsure(customers: [], day: dayWord, reason: .noSuchCustomer(typed))
        }
        // An English name written in katakana (ハーバービューホテル) that one customer
        // clearly fits: logged, and the reply names the customer.
        // Only a Latin name read from katakana: a typo ("Northwnd") is asked about, not logged.
        let katakana = text.chars.contains { $0.unicodeScalars.first.map { (0x30A1...0x30FC).contains($0.value) } ?? false }
        // So is a Japanese name typed in romaji ("visited kitahama yesterday" for 北浜商事).
        let latinOnly = !text.chars.contains(where: \.isJapanese)
        if matches.names.isEmpty, matches.likely.count == 1, matches.suggestions == matches.likely,
            (katakana && matches.likely[0].allSatisfy(\.isASCII)) || (latinOnly && matches.likely[0].contains(where: \.isJapanese))
                // 「所沢ロジ行ってきた」: the front of one Japanese name, as reps shorten them.
                || (!latinOnly && matches.likely[0].contains(where: \.isJapanese))
        {
            matches.names = matches.likely
        }
        let reportText = QuestionText(String(split(line).report))
        // "visited coastline and nakatajima yesterday": beside a certain name, a Japanese
        // name typed in romaji (or a Latin one in katakana) that one customer fits counts too.
        // 「昨日やわたはまかまぼこ行ってきた、あと今日松山フーズも」: a Japanese name in kana, as the
        // line alone logs it, counts beside a certain one too.
        func typedAcrossScripts(_ name: String) -> Bool {
            (latinOnly && name.contains(where: \.isJapanese)) || (katakana && name.allSatisfy(\.isASCII))
                || (!latinOnly && name.contains(where: \.isJapanese))
        }
        let extra = matches.likely.filter { !matches.names.contains($0) }
        if !matches.names.isEmpty, !extra.isEmpty, matches.suggestions == matches.likely, extra.allSatisfy(typedAcrossScripts) {
            matches.names += extra
        }
        // "visited tagajo packaging yesterday and okashi no maruyama on monday": two
        // Japanese names typed in romaji, each the one customer its reading fits.
        if matches.names.isEmpty, matches.likely.count >= 2, matches.suggestions == matches.likely, matches.likely.allSatisfy(typedAcrossScripts) {
            matches.names = matches.likely
        }
        if matches.names.count > 1 {
            // Several customers in the report itself ("X and Y on Monday"), each
            // certain: a visit to each. A name only in the note is no visit.
            var reported = matcher.match(reportText, commonWords: AssistantLexicon.commonWords)
            let reportedExtra = reported.likely.filter { !reported.names.contains($0) }
            if reported.suggestions == reported.likely, reportedExtra.allSatisfy(typedAcrossScripts) {
                reported.names += reportedExtra
                reported.suggestions = []
            }
            // Each on its own day ("X on Monday and Y today") is no single date: asked, not guessed.
            let report = PhraseLookup(reportText)
            let found = dayWords.filter { report.spaced.contains(" \($0) ") || report.compact.contains($0) }
            // "last monday" holds "monday", 一昨日 holds 昨日: one day, counted once.
            let days = found.filter { day in !found.contains { $0 != day && $0.contains(day) } }
            guard matches.names.count <= 4, Set(reported.names) == Set(matches.names), reported.suggestions.isEmpty,
                days.count <= 1
            else {
                if let dated = datedClauses(line, names: matches.names, matcher: matcher, today: today) { return dated }
                return .unsure(customers: matches.names, day: dayWord, reason: .severalCustomers)
            }
        }
        // "X and Y" where Y only nearly matches: logging X alone would drop Y unsaid.
        // Only the report counts: a word in the note (「来年のカレンダー用紙」) that
        // nearly names another customer does not make the report uncertain.
        let reportSuggestions = matcher.match(reportText, commonWords: AssistantLexicon.commonWords).suggestions
        if matches.names.count >= 1, !reportSuggestions.filter({ !matches.names.contains($0) }).isEmpty {
            return .unsure(customers: matches.names + matches.suggestions, day: dayWord, reason: .nameNotCertain)
        }
        // "I visited Sakata Microtech on Monday and Zao Ski Resort yesterday": a second name
        // of two words or more that no customer has, beside one the book has — logging the
        // one alone once dropped the other unsaid. Said; nothing logged.
        if !matches.names.isEmpty {
            let reported = matcher.match(reportText, commonWords: AssistantLexicon.commonWords)
            if let other = Interpreter.unknownName(in: reportText, masked: reportText.masking(reported.spans)),
                other.split(separator: " ").count >= 2, other.allSatisfy({ $0.isASCII })
            {
                return .unsure(customers: [], day: dayWord, reason: .noSuchCustomer(other))
            }
        }
        guard let name = matches.names.first else {
            return .unsure(customers: matches.suggestions, day: dayWord, reason: .nameNotCertain)
        }
        let names = matches.names
        let note = VisitStatement.note(in: line)
        let logged = { (date: LocalDate) in
            names.count == 1 ? VisitStatement.log(customer: name, date: date, note: note) : .logEach(customers: names, date: date, note: note)
        }
        // 「先週行った」, "saw them last week": a week but no day; logging it today would be wrong.
        // Only in the report itself: "…, they mentioned last week's order" is the note.
        let report = PhraseLookup(reportText)
        if dayWord == nil, weekWords.contains(where: { report.spaced.contains(" \($0) ") || report.compact.contains($0) }) {
            return .unsure(customers: names, day: nil, reason: .weekWithoutDay)
        }
        guard let dayWord else { return logged(today) }
        do {
            return logged(try DaySpec.parse(dayWord, today: today))
        } catch {
            return .unsure(customers: names, day: dayWord, reason: .dayNotRead(error.description))
        }
    }

    /// The visits of a report that gives each customer its own day, clause by
    /// clause; nil unless every named customer sits in a clause with exactly
    /// one day that reads, and no clause is a plan or a denial. A clause with
    /// neither a customer nor a day is the note.
    static func datedClauses(_ line: String, names: [String], matcher: CustomerMatcher, today: LocalDate) -> VisitStatement? {
        // A full stop ends a clause only before a space or the end: "Kyushu Robotics Inc." stays one name.
        let clauses = line.split(separator: VisitStatementPattern.clauseBreak)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard clauses.count >= 2 else { return nil }
        var visits: [DatedVisit] = []
        var noteParts: [String] = []
        var pending: [String] = []
        var leading: String?
        for clause in clauses {
            let text = QuestionText(clause)
            let lookup = PhraseLookup(text)
            let found = matcher.match(text, commonWords: AssistantLexicon.commonWords)
            let here = found.names + found.likely.filter { !found.names.contains($0) && found.suggestions == found.likely }
            // A day in Latin letters is a word of its own ("tues" is no part of a name); Japanese runs on.
            let dayHits = dayWords.filter { lookup.spaced.contains(" \($0) ") || ($0.first?.isASCII == false && lookup.compact.contains($0)) }
            let clauseDays = dayHits.filter { day in !dayHits.contains { $0 != day && $0.contains(day) } }
                + [datePhrase(in: Substring(clause))].compactMap { $0 }
            if ["予定", "したい", "しよう", "ない", "明日", "来週"].contains(where: lookup.compact.contains)
                || ["will", "going to", "tomorrow", "next", "not", "didn't", "didnt", "haven't"].contains(where: { lookup.spaced.contains(" \($0) ") })
            {
                guard here.isEmpty else { return nil }
            }
            if here.isEmpty {
                if clauseDays.isEmpty {
                    noteParts.append(clause)
                } else if clauseDays.count == 1, let date = try? DaySpec.parse(clauseDays[0], today: today) {
                    if pending.isEmpty {
                        // 「昨日、糸島ファーム行った」: a day first, for the names after it.
                        leading = clauseDays[0]
                    } else {
                        // "saw Kyushu Robotics Inc. on friday": the day in a clause of its own, for the names before it.
                        visits += pending.filter { name in !visits.contains { $0.customer == name } }.map { DatedVisit(customer: $0, date: date) }
                        pending = []
                    }
                } else {
                    return nil
                }
                continue
            }
            guard found.suggestions.allSatisfy(here.contains), clauseDays.count <= 1 else { return nil }
            guard let dayWord = clauseDays.first ?? leading.take() else {
                // "Chikugo and Harbor Foods today": a name waiting for the day that follows.
                pending += here
                continue
            }
            guard let date = try? DaySpec.parse(dayWord, today: today) else { return nil }
            for name in pending + here where !visits.contains(where: { $0.customer == name }) {
                visits.append(DatedVisit(customer: name, date: date))
            }
            pending = []
        }
        guard pending.isEmpty, Set(visits.map(\.customer)) == Set(names), Set(visits.map(\.date)).count >= 2 else { return nil }
        let note = noteParts.filter { part in !(englishVerbs + japaneseVerbs).contains { part.localizedCaseInsensitiveContains($0) } }
        return .logDays(visits: visits, note: note.isEmpty ? nil : note.joined(separator: "、"))
    }

    /// "and minato on monday", 「あと丸山ホテルも昨日」 right after a visit was
    /// logged: the next visit of the same report, told without its verb. The
    /// line as a report of its own ("visited minato on monday"), or nil when
    /// it does not go on that way; the caller reads it only right after a log.
    public static func continued(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.hasSuffix("?"), !trimmed.hasSuffix("？") else { return nil }
        if let match = trimmed.firstMatch(of: VisitStatementPattern.continuedEnglish) {
            let rest = String(match.1)
            // "and the B ones", "and why": a question going on, not a visit.
            let first = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
            guard !["the", "what", "why", "how", "who", "which", "when", "where", "is", "are", "do", "does", "in", "for"].contains(first)
            else { return nil }
            return "visited " + rest
        }
        if let match = trimmed.firstMatch(of: VisitStatementPattern.continuedJapanese) {
            let rest = String(match.1).trimmingCharacters(in: CharacterSet(charactersIn: "。."))
            guard !isQuestion(compact: rest, spaced: " \(rest) ") else { return nil }
            return rest + "行った"
        }
        // 「昨日は飯塚金属」, "yesterday iizuka metal": the day first, then only the customer.
        if let match = trimmed.firstMatch(of: VisitStatementPattern.continuedJapaneseDay) {
            let rest = String(match.2).trimmingCharacters(in: CharacterSet(charactersIn: "。."))
            guard !isQuestion(compact: rest, spaced: " \(rest) ") else { return nil }
            return "\(match.1)、\(rest)に行った"
        }
        if let match = trimmed.firstMatch(of: VisitStatementPattern.continuedEnglishDay) {
            let rest = String(match.2)
            let first = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
            guard !["the", "what", "why", "how", "who", "which", "when", "where", "is", "are", "do", "does", "i", "we", "my"].contains(first)
            else { return nil }
            return "visited \(rest) \(match.1)"
        }
        return nil
    }

    /// A date written in the report itself ("12/3", 「12月3日」, "2026-12-03"),
    /// as `DaySpec` reads it; nil when there is none. A rep's note of a visit
    /// often starts with the date, and logging it today would put it on the wrong day.
    static func datePhrase(in report: Substring) -> String? {
        let folded = DaySpec.fold(String(report))
        return folded.firstMatch(of: datePattern).map { String($0.output.1) }
    }

    nonisolated(unsafe) static let datePattern = #/(?:^|[^\d/.\-])(\d{4}-\d{1,2}-\d{1,2}|(?:\d{4}/)?\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日?)(?![\d/])/#

    /// What follows the report itself: the text after the first sentence or
    /// clause break that comes after the visit verb ("just saw acme today,
    /// they said …", 「…に行ってきた。来期の設備投資の話が出た」).
    static func note(in line: String) -> String? { split(line).note }

    /// The report (up to the first break after the visit verb) and the note after it.
    static func split(_ line: String) -> (report: Substring, note: String?) {
        let verbEnd = ((englishVerbs + japaneseVerbs).compactMap { line.range(of: $0, options: .caseInsensitive)?.upperBound }
            + [line.firstMatch(of: noteStyle)?.range.upperBound].compactMap { $0 }).min()
        guard let verbEnd else { return (line[...], nil) }
        // "…today and they placed a big order": what they did is the note.
        // "…on Monday and talked about their new sake line": what was done there too.
        var breaks = ["。", "、", ", ", ". ", "; ", " - ", " — ", "！", "!", " and they ", " and we ", " and she ", " and he ",
                      " and talked ", " and discussed ", " and showed ", " and went over ", " and presented ", " and heard ", " and got ",
                      " and quoted ", " and left ", " and dropped off ", " and met "]
        // 「きょう ﾆｾｺﾘｿﾞｰﾄ行った 発注の話」: Japanese has no spaces of its own, so one after the verb starts the note.
        if verbEnd > line.startIndex, line[line.index(before: verbEnd)].isJapanese { breaks += [" ", "　"] }
        guard let cut = breaks.compactMap({ line[verbEnd...].range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return (line[...], nil)
        }
        // After " and they ", the note keeps its subject: "they placed a big order".
        let from = line[cut].hasPrefix(" and ") ? line.index(cut.lowerBound, offsetBy: 5) : cut.upperBound
        let note = SingleLine.joined(String(line[from...])).trimmingWhitespace
        // 「…行ってきました。記録して」: asking to log it is no note of the visit.
        let request = note.trimmingCharacters(in: CharacterSet(charactersIn: "。.!！ ")).lowercased()
        if ["記録して", "記録しといて", "記録しておいて", "記録お願い", "記録おねがい", "記録してください", "ログして", "log it", "log that",
            "log it please", "log that please", "log please", "please log", "log this please", "pls log it", "log it pls",
            "please log it", "please log that", "log this"].contains(request)
        {
            return (line[..<cut.lowerBound], nil)
        }
        // 「…行きました（ ）」 once a rep's name is taken out: brackets and marks alone are no note.
        return (line[..<cut.lowerBound], note.contains(where: { $0.isLetter || $0.isNumber }) ? note : nil)
    }

    /// 「昨日、関西建設を訪問。予算の話」: a report in the clipped style of a
    /// rep's notes, 訪問 closing a clause with no verb after it.
    nonisolated(unsafe) static let noteStyle = #/訪問(?=[。、．，!！]|$)/#

    // The phrases are data: `[phrases visit-…]` under knowledge/understanding/.
    static let englishVerbs = Understanding.standard.phrases("visit-verbs-en")
    static let negations = Understanding.standard.phrases("visit-negations-en")
    /// What may stand before the verb of a report ("I", "also", "we just").
    static let leadIns = Understanding.standard.phrases("visit-lead-ins-en")
    static let dayOpeners = Understanding.standard.phrases("visit-day-openers-en")
    static let japaneseVerbs = Understanding.standard.phrases("visit-verbs-ja")
    static let dayWords = Understanding.standard.phrases("visit-days")
    static let weekWords = Understanding.standard.phrases("visit-weeks")
}

/// One visit of a report that names several, with the day its clause gives.
public struct DatedVisit: Sendable, Hashable {
    public var customer: String
    public var date: LocalDate
}

/// Compiled once per process: a regular expression written as a literal in a
/// function is parsed again at every call (see `PlanDaysPattern`).
private enum VisitStatementPattern {
    nonisolated(unsafe) static let visitVerbCapitalised = #/(?i:visited|saw|met with|met|called on|dropped by|stopped by|went to)\s+((?:[A-Z0-9][\w&'.-]*(?:\s+|$)){1,5})/#
    nonisolated(unsafe) static let visitVerbAny = #/(?i:visited|saw|met with|met|called on|dropped by|stopped by|went to)\s+(.+)/#
    nonisolated(unsafe) static let leadingWeekday = #/(?:の)?[月火水木金土日]曜日?(?:に|は|、)?/#
    nonisolated(unsafe) static let japaneseBareVisit = #/^([^、。,\s]{2,20}?)(?:行って|行った|行き|訪問し|伺っ|寄っ)/#
    nonisolated(unsafe) static let japaneseVisit = #/([^、。,\s]{1,20}?)(?:さん)?(?:に|へ|を)(?:も)?(?:行って|行った|行き|訪問|伺|寄っ|寄り|立ち寄|顔を出|顔出)/#
    nonisolated(unsafe) static let clauseBreak = #/[。．;；!！]\s*|\.(?:\s+|$)|[、,，]\s*|\s+(?i:and then|and also|and|then)\s+|それから|あと(?=[^\s])/#
    nonisolated(unsafe) static let continuedEnglish = #/^(?i:(?:oh\s+)?(?:and|also|plus|then|and also|and then))[,\s]+(.+)$/#
    nonisolated(unsafe) static let continuedJapanese = #/^(?:あと|それと|それから|あとは|さらに)[、,\s]*(.+)$/#
    nonisolated(unsafe) static let continuedJapaneseDay = #/^(昨日|きのう|一昨日|おととい|今日|きょう|今朝|[月火水木金](?:曜日|曜))(?:は|も|に)[、,\s]*([^、,\s]+)$/#
    nonisolated(unsafe) static let continuedEnglishDay = #/^(?i:(yesterday|today|this morning|on (?:mon|tues|wednes|thurs|fri)day))[,\s]+(.+)$/#
}
