import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// A line that starts with a command word but is not that command
    /// ("plan my week", "visits Nobody"): asked of the assistant, answered in
    /// the session's language when the rep chose one, as the command would be.
    func askAfterCommandWord(_ line: String) {
        guard !languageFollowsQuestions else { return ask(line) }
        conversation.replyLanguage = language
        defer { conversation.replyLanguage = nil }
        ask(line)
    }

    /// A line that is not a command: the assistant answers it from the book
    /// and the knowledge base, in the language of the question.
    func ask(_ said: String) {
        // "ok and next week?": the acknowledgement is no part of what is asked.
        var question = Aside.removed(from: Acknowledgement.stripped(said, customerNames: book.customers.map(\.name)))
        // 「なんで？」 right after 「Xは絶対いれて」 found X in the proposal already: why X is in it.
        let kept = keptAlreadyIn
        keptAlreadyIn = []
        if !kept.isEmpty, Assistant.isBareWhy(question) {
            let japanese = LanguageDetector.language(of: question) == .ja
            question = japanese ? "\(kept.joined(separator: "と"))はなぜ計画に入ってる？" : "why is \(kept.joined(separator: " and ")) in the plan?"
        }
        if languageFollowsQuestions {
            let names = currentAssistantData().interpreter.matcher.match(in: question)
            language = LanguageDetector.language(of: question, ignoring: names, fallback: language)
        }
        // "I'm Daniel Brooks", 「中村です」: from now on the session works on
        // that rep's customers, as `rep NAME` does; the rest of the line is asked,
        // a visit told in it (「高橋です。金曜に石巻行ってきた」) included.
        if let introduction = SelfIntroduction.read(question, reps: bookReps) {
            let saved = language
            // The words around the customers' names, not the names: "mori yuka here. check this plan: mon 赤磐エレクトロ, …" is English.
            let said = introduction.rest ?? question
            language = LanguageDetector.language(of: said, ignoring: currentAssistantData().interpreter.matcher.match(in: said))
            defer { language = saved }
            do {
                // The rep's customers with the segments the whole list gives them:
                // what the team's numbers say, not a ranking among their own few.
                if RepName.key(introduction.rep) != repScope.map(RepName.key) { try introduce(introduction.rep) }
            } catch {
                fail(error)
                return
            }
            conversationRep = nil
            if let rest = introduction.rest { ask(rest) }
            return
        }
        // 「火曜に石川鋳造行った。あと明日の天気わかる？」: a visit told, then a question — each in turn.
        if let (report, rest) = Session.reportThenQuestion(question),
            let statement = VisitStatement.read(report, matcher: currentAssistantData().interpreter.matcher, today: today),
            statement.namesCustomer
        {
            logTold(statement, in: report)
            return ask(rest)
        }
        // 「昨日きのかわ会行ってきた。あと月曜に天理バイオも」: two reports, the first one's name
        // found only when read alone — each logged in turn, the second as the first's continuation.
        if let stop = question.firstIndex(of: "。"), case let first = String(question[...stop]),
            case let rest = String(question[question.index(after: stop)...]).trimmingWhitespace, !rest.isEmpty,
            let alone = VisitStatement.read(first, matcher: currentAssistantData().interpreter.matcher, today: today),
            !alone.customers.isEmpty,
            let whole = VisitStatement.read(question, matcher: currentAssistantData().interpreter.matcher, today: today),
            !Set(alone.customers).isSubset(of: Set(whole.customers))
        {
            logTold(alone, in: first)
            return ask(rest)
        }
        // "I visited Konex today", 「今日田中商事に行ってきた」: a report to log, not a question.
        // "and minato on monday" right after a logged visit: the next visit of the same report.
        let report = conversation.logged.isEmpty ? nil : VisitStatement.continued(question)
        let continued = report.flatMap { VisitStatement.read($0, matcher: currentAssistantData().interpreter.matcher, today: today) }
            .flatMap { statement -> VisitStatement? in
                if case .unsure(let customers, _, _) = statement, customers.isEmpty { return nil }
                return statement
            }
        if let statement = repToldVisit(question) ?? continued {
            return logTold(statement, in: question)
        }
        if let (statement, outside) = readVisit(question) {
            // Another rep's customer: logged and said as the whole list has it (its segment, its rep).
            return outside ? withoutScope { logTold(statement, in: question) } : logTold(statement, in: question)
        }
        // "what's still open this week?", 「まだ行けてないのは？」 after this week's plan: its
        // visits not yet made, and those done since, not a plan made again.
        do {
            if try showOpenVisits(question) { return }
            if showPlanHours(question) { return }
        } catch {
            fail(error)
            return
        }
        // "why doesn't ベーカリー麦の穂 have a segment?" while working on Emily's customers,
        // about a customer of another rep's: answered from the whole list, saying whose it is.
        // Not 「小山さんのCの顧客は？」: the rep 小山 健一 named with さん, beside the customer 小山運輸.
        let honouredRep = RepName.named(in: question, reps: bookReps, customerNames: book.customers.map(\.name))
            .map { RepName.namedWithHonorific($0, in: question, customerNames: book.customers.map(\.name)) } ?? false
        if repScope != nil, !honouredRep, case let scoped = currentAssistantData().interpreter.matcher.match(in: question),
            scoped.names.isEmpty, case let whole = wholeBookMatcher().match(in: question),
            // Also one the line names only as it sounds (「さっぽろグランドホテル」), when the
            // rep's own book has nothing like it: the answer says which was taken.
            let other = whole.names.first
                ?? (scoped.likely.isEmpty && whole.likely.count == 1 && whole.suggestions == whole.likely ? whole.likely[0] : nil),
            let customer = book.customer(named: other)
        {
            let owner = customer.rep ?? "–"
            withoutScope {
                console.say(
                    AskMessage.answeredFromWholeList(customer: customer.name, owner: owner).text(in: LanguageDetector.language(of: question)),
                    style: Palette.muted)
                answer(question)
            }
            return
        }
        // "so it's an A?" right after another rep's customer (answered from the whole list):
        // still that customer, from the whole list, not "which customer?" in this rep's book.
        if repScope != nil, conversation.customers.count == 1, let discussed = book.customer(named: conversation.customers[0]),
            !currentAssistantData().classifications.contains(where: { Book.key($0.name) == Book.key(discussed.name) }),
            currentAssistantData().interpreter.matcher.match(in: question).names.isEmpty,
            wholeBookMatcher().match(in: question).names.isEmpty, !Session.namesPerson(question),
            RepName.named(in: question, reps: bookReps, customerNames: book.customers.map(\.name)) == nil,
            // A follow-up about that customer ("so it's an A?"), never a plan or a list asked anew.
            case let reading = currentAssistantData().interpreter.interpret(question, context: conversation),
            reading.isFollowUp, [.explainCustomer, .whatWouldItTake].contains(reading.intent.kind)
        {
            withoutScope { answer(question) }
            return
        }
        // "does anyone on the team …?", 「チーム全体の…」 while working on one rep's
        // customers: the whole list answers it, and the scope stays for the next line.
        if repScope != nil, TeamQuestion.asksWholeTeam(question)
            || TeamQuestion.asksByNameOnlyOthersHold(
                question, scoped: currentAssistantData().classifications.map(\.name), whole: book.customers.map(\.name))
        {
            withoutScope {
                console.say(AskMessage.wholeTeam.text(in: LanguageDetector.language(of: question)), style: Palette.muted)
                answer(question)
            }
            return
        }
        // "how is 飯田 doing?" with the rep 飯田 誠 and the customer 株式会社飯田製作所:
        // asked which, rather than guessed either way.
        if repScope == nil, let shared = repOrCustomer(question) {
            console.say(AskMessage.repOrCustomer(
                rep: shared.rep, word: shared.word, customers: shared.customers,
                book: book.customers.count { $0.rep.map(RepName.key) == RepName.key(shared.rep) }
            ).text(in: LanguageDetector.language(of: question.replacingOccurrences(of: shared.word, with: " "))))
            return
        }
        // 「佐藤さんの今週の計画」, "Emily's B customers": answered on that rep's own
        // book; a follow-up to it ("what about next week?", "accept it") stays there.
        var rep: String? = nil
        // Another rep named while working on one's own book (「エミリーさんの売上ランキング」 after
        // 「佐藤です」): that rep's book answers, and the session's scope stays for the next line.
        // "why is ishikawa logi in C?" names 石川ロジテック, not the rep Ishikawa Rie.
        // "she" right after "who is the rep for 日光レイクホテル?": that rep, for this line only.
        let pronounRep = repJustNamed.flatMap { Session.goesOnAboutRep(question) && Session.namesPerson(question) ? $0 : nil }
        repJustNamed = nil
        let namedOther = repScope == nil ? nil : RepName.named(
            in: question, reps: bookReps, customerNames: book.customers.map(\.name)
        ).flatMap { RepName.key($0) == repScope.map(RepName.key) ? nil : $0 }
            .flatMap { currentAssistantData().interpreter.matcher.repWordIsPartOfCustomer($0, in: question) ? nil : $0 }
        if let namedOther {
            rep = namedOther
        } else if let pronounRep, RepName.key(pronounRep) != repScope.map(RepName.key) {
            rep = pronounRep
        } else if let previous = conversationRep, let scope = repScope, RepName.key(previous) != RepName.key(scope),
            AcceptStatement.read(question, after: conversation)
                || Assistant.continuesConversation(question, context: conversation, data: currentAssistantData())
                || Session.goesOnAboutRep(question)
        {
            // 「上位3社の合計は？」 right after another rep's ranking stays on that rep's book.
            rep = previous
        } else if repScope == nil {
            let reps = bookReps
            rep = RepName.named(in: question, reps: reps, customerNames: book.customers.map(\.name))
                .flatMap { currentAssistantData().interpreter.matcher.repWordIsPartOfCustomer($0, in: question) ? nil : $0 }
                ?? typedPlanOwner(question)
            // A customer of another rep named in the line ends the thread: 「森田塗装の担当は？」 after 「森さんは…」.
            func namesOthersCustomer(_ previous: String) -> Bool {
                currentAssistantData().interpreter.matcher.match(in: question).names.contains { name in
                    book.customer(named: name)?.rep.map(RepName.key) != RepName.key(previous)
                }
            }
            // "why is グランドホテル浜名湖 in it?" right after that rep's plan: the plan shown is theirs.
            let afterRepPlan = [.weeklyPlan, .planReasons, .planCheck].contains(conversation.lastIntent?.kind ?? .help)
            if rep == nil, let previous = conversationRep, !namesOthersCustomer(previous), !TeamQuestion.asksWholeTeam(question),
                AcceptStatement.read(question, after: conversation)
                    || Assistant.continuesConversation(question, context: conversation, data: currentAssistantData())
                    || Session.goesOnAboutRep(question) || afterRepPlan
            {
                rep = previous
                // "show me his borderline ones" after one of his customers: "his" is the rep, not that customer.
                if Session.namesPerson(question), conversation.lastIntent?.kind == .explainCustomer { conversation.customers = [] }
            } else if rep == nil, let previous = conversationRep, !namesOthersCustomer(previous),
                !currentAssistantData().interpreter.matcher.match(in: question).names.isEmpty
            {
                // "why is tobe housing C" between questions about Sato's book: one of
                // his customers, answered as asked; "his borderline ones" next is still his.
                answer(question)
                conversationRep = previous
                return
            }
        }
        // "compare him with yamamoto" right after Daniel's book: the two reps side by side.
        if let previous = conversationRep, let other = rep, RepName.key(other) != RepName.key(previous),
            Session.comparesWithPronoun(question)
        {
            conversationRep = nil
            var reading = Interpretation(intent: .segmentMembers, language: LanguageDetector.language(of: question))
            reading.customerList = .repBreakdown
            reading.reps = [previous, other]
            reading.segments = currentAssistantData().interpreter.interpret(question).segments
            return withoutScope { show(Answerer().answer(reading, data: currentAssistantData())) }
        }
        // 「じゃあ山本さんは？」, "and emily?" right after a question about 田中's book:
        // the same question, of the rep now named.
        if let rep, let previous = conversationRep, RepName.key(previous) != RepName.key(rep), let last = lastRepQuestion,
            RepName.isOnlyName(of: rep, in: question)
        {
            question = RepName.removing(previous, from: last)
        }
        conversationRep = rep
        lastRepQuestion = rep == nil ? nil : question
        guard let rep else { return answer(question) }
        // The rep's own name does not count: "tell me about マイケル・ブラウン" is English.
        // Nor do the customers it names: "plan: mon 七尾港運, 勝山テック … is this ok?" is English too.
        let unnamed = RepName.removing(rep, from: question)
        let answerLanguage = LanguageDetector.language(
            of: unnamed, ignoring: currentAssistantData().interpreter.matcher.match(in: unnamed), fallback: language)
        // That rep's customers with the segments the whole list gives them, so
        // the answer agrees with the team's list; `rep NAME` ranks them as a book of their own.
        withScope(rep, withTeam: true) {
            console.say(AskMessage.answeredOnRepBook(rep: rep).text(in: answerLanguage), style: Palette.muted)
            answer(question, rep: rep)
        }
    }

    /// A visit told, read against the session's customers; while working on one rep's
    /// book, a visit to another rep's customer (「月曜に中西さんが紀の里農協に行ってきたらしい」)
    /// is read against the whole list rather than refused as no customer.
    /// `outside`: the customer is not in the rep's book.
    private func readVisit(_ text: String) -> (statement: VisitStatement, outside: Bool)? {
        let scoped = VisitStatement.read(text, matcher: currentAssistantData().interpreter.matcher, today: today)
        guard repScope != nil, scoped?.namesCustomer != true else { return scoped.map { ($0, false) } }
        if let whole = VisitStatement.read(text, matcher: wholeBookMatcher(), today: today), whole.namesCustomer { return (whole, true) }
        return scoped.map { ($0, false) }
    }

    /// A rep's family name typed alone that customers' names hold too, when
    /// nothing else in the line settles it: no longer name of a customer typed
    /// around it, no other customer named.
    func repOrCustomer(_ line: String) -> (rep: String, word: String, customers: [String])? {
        guard let shared = RepName.sharedWithCustomers(in: line, reps: bookReps, customerNames: book.customers.map(\.name)) else { return nil }
        let matcher = currentAssistantData().interpreter.matcher
        guard !matcher.repWordIsPartOfCustomer(shared.rep, in: line) else { return nil }
        let found = matcher.match(in: line)
        guard found.names.allSatisfy(shared.customers.contains), found.likely.allSatisfy(shared.customers.contains) else { return nil }
        return shared
    }

    /// The day each customer had in the plan last shown, by `Book.key`.
    private var shownDays: [String: LocalDate] {
        Dictionary(lastPlanPicks.map { (Book.key($0.customer), $0.day) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rep whose week a plan typed in `line` is, when every customer in it
    /// (two or more) is theirs: "check this plan: mon rokko, suma; …" typed in
    /// the team's book is checked, changed and rebuilt on that rep's customers,
    /// not with fixes drawn from the whole team's.
    private func typedPlanOwner(_ line: String) -> String? {
        guard let typed = Assistant.typedPlan(in: line, context: conversation, data: currentAssistantData()), typed.visits.count >= 2
        else { return nil }
        let reps = typed.visits.map { book.customer(named: $0.customerName)?.rep }
        guard let first = reps.first ?? nil, reps.allSatisfy({ $0.map(RepName.key) == RepName.key(first) }) else { return nil }
        return first
    }

    /// Answers `question` on the session's book, or with `rep`, on that rep's
    /// (the caller has scoped the session to it): a request to accept or move
    /// the plan is carried out, a plan for a week ahead is the plan command's.
    private func answer(_ question: String, rep: String? = nil) {
        // 「中村さんの担当先を一覧で」 with a customer 中村鉄工: the rep's name is no customer's.
        var question = question
        if let rep, case let rest = RepName.removing(rep, from: question), rest != question, !rest.isEmpty {
            let matcher = currentAssistantData().interpreter.matcher
            let (whole, without) = (matcher.match(in: question), matcher.match(in: rest))
            // 「佐々木さんの顧客一覧」 with a customer 佐々木電設: the name with さん is the person.
            let honoured = RepName.namedWithHonorific(rep, in: question, customerNames: book.customers.map(\.name))
            if honoured || (whole.names == without.names && whole.likely != without.likely) { question = rest }
        }
        // "ok, accept that plan", 「その計画で確定して」 right after a plan: `plan accept` for its week.
        // After a plan typed in the line and checked, "accept it" is not about the proposal before it.
        let pending = lastPlanUnsaved && conversation.typedPlan == nil
        if AcceptStatement.read(question, after: conversation, planEdited: !lastPlanEdit.isEmpty || pending, proposalPending: pending) {
            let saved = language
            language = LanguageDetector.language(of: question)
            defer { language = saved }
            do {
                // In the scope the plan was made in (「佐藤さんの今週の計画」, then a question on the team):
                // 佐藤's week is saved, never the team's.
                try inLastPlanScope { try acceptShownPlan() }
            } catch {
                fail(error)
            }
            return
        }
        // "move Acme to next week": the planned visits move, as `planned move` does.
        let afterPlan = [.weeklyPlan, .planReasons, .planCheck].contains(conversation.lastIntent?.kind ?? .help)
        // "move sendai craft to thursday" after a question about that customer: a weekday is
        // never a segment, so it is the plan shown this session that moves, not the customer's segment.
        let planInSession = afterPlan || lastPlanWeek != nil
        // "swap senboku and umeda", 「泉北と梅田の日を入れ替えて」 with both on the plan shown: they trade days.
        if planInSession, let swap = DaySwapStatement.read(
            question, matcher: currentAssistantData().interpreter.matcher, planned: lastPlanPicks.map(\.customer))
        {
            return swapInPlan(out: swap.first, in: swap.second, tradingDays: true, language: LanguageDetector.language(of: question))
        }
        if let move = MoveStatement.read(
            question, matcher: currentAssistantData().interpreter.matcher, afterPlan: planInSession, discussed: conversation.customers)
        {
            let saved = language
            language = LanguageDetector.language(of: question)
            defer { language = saved }
            // Right after a plan typed in the line: a day in that plan, not a plan made afresh.
            if let day = move.day, conversation.lastIntent?.kind == .planCheck, let typed = conversation.typedPlan {
                let holds = typed.visits.contains { Book.key($0.customerName) == Book.key(move.customer) }
                return console.say(holds
                    ? AskMessage.movedInTypedPlan(name: move.customer, weekday: day)
                    : AskMessage.notInTypedPlan(name: move.customer))
            }
            if let day = move.day { return moveInPlan(move.customer, to: day) }
            let week = today.startOfWeek.adding(days: 7 * move.weeksAhead)
            do {
                try plannedMove(move.customer, to: PlanWeek(start: week), from: nil)
            } catch {
                fail(error)
            }
            return
        }
        if let unknown = MoveStatement.unknown(question, matcher: currentAssistantData().interpreter.matcher, afterPlan: planInSession) {
            let asked = LanguageDetector.language(of: question)
            let message: AskMessage = unknown.typed.isEmpty
                ? .moveWhichCustomer(example: lastPlanPins.first)
                : .moveUnknownCustomer(typed: unknown.typed, suggestions: Array(unknown.suggestions.prefix(3)))
            return console.say(message.text(in: asked))
        }
        var data = currentAssistantData()
        data.namedRep = rep
        // Only a plan shown for this book: Mark's plan is not what 「佐藤さんはCに偏ってない？」 looks at.
        if let week = lastPlanWeek, week == PlanWeek(containing: today),
            [.weeklyPlan, .planReasons, .planCheck].contains(conversation.lastIntent?.kind ?? .help),
            lastPlanScope.rep.map(RepName.key) == repScope.map(RepName.key)
        {
            data.shownPlan = ShownPlan(
                visits: conversation.number, onlyDays: lastPlanDays, perDay: lastPlanPerDay, caps: lastPlanCaps,
                pinned: lastPlanPins, excluded: lastPlanOut, pinnedDays: lastPlanDayPins)
            data.shownPlan?.shownDays = shownDays
        }
        let before = conversation
        var answer = Assistant.answer(question, context: &conversation, data: data)
        // "swap X for Y" right after a plan: done, as two changes in words, not just said how.
        if let swap = answer.interpretation.swap,
            [.weeklyPlan, .planReasons, .planCheck].contains(before.lastIntent?.kind ?? .help)
        {
            conversation = before
            swapInPlan(out: swap.out, in: swap.in, language: answer.language)
            return
        }
        // "is it ok?", "why?", "and the rest?" right after a plan for a week
        // ahead: that week's plan is the one asked about, not this week's.
        // 「来週の予定は大丈夫？」: a week ahead named in the check itself counts the same way.
        let named = WeekSpec.weeksAhead(in: question).flatMap { $0 > 0 ? PlanWeek(start: today.startOfWeek.adding(days: 7 * $0)) : nil }
        let thisWeekNamed = WeekSpec.weeksAhead(in: question) == 0
        // "which A follow-ups wait for next week?" after this week's plan: who that plan left out.
        let waitsFromThisWeek = answer.interpretation.asksLeftOut && planWeekAhead(before) == nil
        if !waitsFromThisWeek, let week = named ?? (thisWeekNamed ? nil : planWeekAhead(before)),
            [.planCheck, .planReasons].contains(answer.interpretation.intent.kind)
        {
            var ahead = data
            ahead.today = max(today, week.start)
            ahead.weekAhead = week
            ahead.planned = PlannedWeeks(planned: (try? workspace.plannedVisits()) ?? [], today: today).visits(in: week)
            // The plan just shown for that week is the one looked at, with what the rep changed in it.
            if lastPlanWeek == week {
                ahead.shownPlan = ShownPlan(
                    visits: before.number, onlyDays: lastPlanDays, perDay: lastPlanPerDay, caps: lastPlanCaps,
                    pinned: lastPlanPins, excluded: lastPlanOut, pinnedDays: lastPlanDayPins)
                ahead.shownPlan?.shownDays = shownDays
            }
            conversation = before
            answer = Assistant.answer(question, context: &conversation, data: ahead)
        }
        // 「佐々木さんの計画は？」: what is asked of the rep's book, read without the name.
        if let rep, answer.interpretation.intent == .outOfScope, !answer.interpretation.hasOutOfScopeCue {
            let rest = RepName.removing(rep, from: question)
            if rest != question, !rest.isEmpty { answer = Assistant.answer(rest, context: &conversation, data: data) }
        }
        // The assistant plans the current week; a plan for a week ahead
        // ("plan next week", 来週の訪問予定) is the plan command's, in the question's language.
        if answer.interpretation.intent == .planCheck, answer.interpretation.typedPlan != nil, before.typedPlan == nil {
            lastTypedPlanWeek = named ?? PlanWeek(containing: today)
        }
        // 「じゃあそれで組み直して」 right after a plan typed in the line was checked:
        // the policy's plan for that plan's week and size.
        let typedBefore = before.lastIntent?.kind == .planCheck ? before.typedPlan : nil
        // 「今週それで組み直して」: this week named is the typed plan's own week when it was this week's.
        let rebuildsTyped = answer.interpretation.intent == .weeklyPlan && typedBefore != nil
            && (WeekSpec.weeksAhead(in: question) == nil
                || (WeekSpec.weeksAhead(in: question) == 0 && lastTypedPlanWeek.map { $0 == PlanWeek(containing: today) } ?? true))
        // "make it 6", 「1日2件まで」 right after next week's plan change that plan, not this week's.
        var followedWeek = rebuildsTyped ? lastTypedPlanWeek : answer.interpretation.isFollowUp && !thisWeekNamed ? planWeekAhead(before) : nil
        // "plan Monday" on a Friday, 「月曜の計画」 once Monday is past: the coming week's days.
        // The days as the plan shown leaves them: 「金曜じゃなくて月曜」 after a Thursday-and-Friday plan keeps Thursday.
        if followedWeek == nil, !thisWeekNamed, let only = Answerer.planRequest(answer.interpretation, shown: data.shownPlan).onlyDays,
            !PlanWeek(containing: today).workingDays(from: today).contains(where: { only.contains($0.weekday) })
        {
            followedWeek = PlanWeek(start: today.startOfWeek.adding(days: 7))
        }
        if answer.interpretation.intent == .weeklyPlan,
            let start = WeekSpec.weeksAhead(in: question).flatMap({ $0 > 0 ? today.startOfWeek.adding(days: 7 * $0) : nil })
                ?? followedWeek?.start
        {
            let saved = language
            language = answer.language
            defer { language = saved }
            do {
                // The hours or the count the question gave ("6 hours next week") come along;
                // a change to the week-ahead plan just shown keeps what it does not change.
                let request = Answerer.planRequest(
                    answer.interpretation, shown: followedWeek.map { _ in ShownPlan(visits: before.number, onlyDays: lastPlanDays, perDay: lastPlanPerDay, caps: lastPlanCaps) })
                // "only 2 days, not tuesday": that week's first working days but the ones taken away.
                var only = request.onlyDays
                if let count = request.dayCount, only == nil || !request.droppedDays.isEmpty {
                    let days = PlanWeek(start: start).workingDays(from: max(today, start)).filter { only?.contains($0.weekday) ?? true }
                    only = PlanDays.first(count, of: days, dropping: request.droppedDays)
                }
                // "max 2 a day": that many on each of the week's working days.
                let dayCount = PlanWeek(start: start).workingDays.filter { only?.contains($0.weekday) ?? true }.count
                let perDay = request.visitsPerDay.map {
                    PlanCapacity.visits(min($0 * max(dayCount, 1), PlanCapacity.maximum))
                }
                let typedSize: PlanCapacity? = rebuildsTyped ? typedBefore.map { typed in
                    PlanCapacity.visits(min(PlanCapacity.maximum, typed.visits.reduce(0) { $0 + $1.visits }))
                } : nil
                // "12 hours next week, 2 hours per visit": the hours at that length of visit.
                var byHours: PlanCapacity? = request.hours.flatMap { Double(Formatting.fixed($0, decimals: 2)) }.map(PlanCapacity.hours)
                if let hours = request.hours, request.hoursPerVisit != nil {
                    byHours = .visits(min(PlanCapacity.maximum, Answerer.visits(forHours: hours, reading: request, data: data)))
                }
                let asked: PlanCapacity? = perDay
                    ?? byHours
                    ?? request.number.flatMap { (1...PlanCapacity.maximum).contains($0) ? .visits($0) : nil }
                // The week's capacity is for five days: the days named get their part of it.
                let size = asked ?? typedSize ?? only.map { PlanCapacity.visits(max(1, (config.plan.capacity * $0.count + 4) / 5)) }
                // 「摂津木材は必ず入れて」: the customers named to be in it are, as the plan just shown kept them.
                let mustIn = answer.interpretation.includesCustomers ? answer.interpretation.customers : []
                // "what about next week?" right after this week's plan with "leave out 豊前物流":
                // the customers kept in and left out go on to the other week (its days and size do not).
                let carries = followedWeek != nil
                    || (answer.interpretation.isFollowUp && [.weeklyPlan, .planReasons].contains(before.lastIntent?.kind ?? .help))
                let pinned = (carries ? lastPlanPins : []) + mustIn.filter { name in !lastPlanPins.contains(name) }
                // "make it 2 a day" after "leave out greenfield": still left out.
                let leftOut = ((carries ? lastPlanOut : []) + answer.interpretation.excludedCustomers)
                    .filter { name in !pinned.contains { Book.key($0) == Book.key(name) } }
                // "what about next week?" right after this week's plan: its visits still to come
                // are taken as made on their days, so next week does not ask for them again.
                let thisWeek = PlanWeek(containing: today)
                var assumed: [VisitRecord] = []
                let afterThisWeeksPlan = [.weeklyPlan, .planReasons, .planCheck].contains(before.lastIntent?.kind ?? .help)
                if afterThisWeeksPlan, start > thisWeek.start, lastPlanWeek == thisWeek, case let logged = try workspace.visitLog() {
                    let visited = Set(logged.filter { $0.date >= thisWeek.start }.map { Book.key($0.customerName) })
                    assumed = lastPlanPicks.filter { $0.day >= today && !visited.contains(Book.key($0.customer)) }
                        .map { VisitRecord(customerName: $0.customer, date: $0.day) }
                    if !assumed.isEmpty {
                        console.say(AskMessage.assumingThisWeek(visits: assumed.count).text(in: answer.language), style: Palette.muted)
                    }
                }
                // "she has about 16 hrs": how the hours became the plan's size, said before it.
                if let hours = request.hours, perDay == nil, let byHours {
                    let visits = byHours.visits(hoursPerVisit: config.plan.hoursPerVisit)
                    console.say(Answerer.hoursLine(hours, reading: request, visits: visits, policy: config.plan, language: answer.language))
                }
                if let line = Answerer.daysLine(dropped: request.droppedDays, half: answer.interpretation.halfDays, language: answer.language) {
                    console.say(line)
                }
                let shown = try plan(
                    week: PlanWeek(start: start), capacity: size, accept: false, exportTo: nil, force: false, onlyDays: only,
                    perDay: request.visitsPerDay, caps: request.segmentCaps, pinned: pinned,
                    excluded: leftOut.reduce(into: [String]()) { kept, name in
                        if !kept.contains(where: { Book.key($0) == Book.key(name) }) { kept.append(name) }
                    }, assumed: assumed)
                // "why is it in the plan?" next: the one customer asked to be in it.
                if mustIn.count == 1 { conversation.lastSingle = mustIn[0] }
                // 「来週の計画、川崎重機は必ず入れて」: a customer the proposal leaves out is said, with how to enter it.
                if let shown {
                    let held = Set(shown.picks.map { Book.key($0.customer) } + shown.carried.map { Book.key($0.customerName) })
                    for name in answer.interpretation.customers where !held.contains(Book.key(name)) {
                        console.say(AskMessage.notInProposal(name: name, week: start))
                    }
                }
            } catch {
                fail(error)
            }
            return
        }
        let reading = answer.interpretation
        let asksBack = reading.intent.kind.needsSegment && reading.segments.isEmpty && reading.customerList == nil && reading.within == nil
            && reading.progress == nil && !reading.mentionsCustomers && !reading.showsAll
        // "give me a one-page view of Tanaka Misaki", 「担当を1ページでまとめて」, "give me a one
        // page overview": the book summed up, never "which segment?".
        if Answerer.asksOverview(question), reading.customers.isEmpty, reading.segments.isEmpty, reading.customerList == nil,
            rep != nil || asksBack || [.outOfScope, .countAndShare, .help].contains(reading.intent.kind)
        {
            show(Answerer().overview(language: answer.language, data: data))
            return
        }
        if rep != nil, (reading.intent == .outOfScope && !reading.hasOutOfScopeCue) || asksBack {
            // "how is Darcel doing?", 「佐藤さんの状況は？」: the rep's book at a glance (the
            // split, where the time should go, overdue A, drift to C), not a refusal or "which segment?".
            show(Answerer().overview(language: answer.language, data: data))
            return
        }
        // "How is 伊藤 誠 doing? Is his week leaning on C?": the rep's page, then the rest.
        if rep != nil, reading.intent != .outOfScope, Assistant.opensWithStatusQuestion(question, data: data) {
            show(Answerer().overview(language: answer.language, data: data))
            console.say("")
        }
        show(answer)
        // "who is the rep for 日光レイクホテル?": "how many C customers does she have?" next is about that rep.
        if reading.asksRep, reading.customers.count == 1, let owner = book.customer(named: reading.customers[0])?.rep, !owner.isEmpty {
            repJustNamed = owner
        }
        if reading.intent == .weeklyPlan { lastPlanUnsaved = tellSavedPlanDiffers(answer, say: data.shownPlan != nil) }
        if reading.intent == .weeklyPlan {
            // What the plan shown was asked for, the plan before it filling in the rest,
            // so the next change ("drop friday", "add X to it") starts from it.
            let request = Answerer.planRequest(reading, shown: data.shownPlan)
            lastPlanWeek = PlanWeek(containing: today)
            lastPlanDays = request.onlyDays
            lastPlanPerDay = request.visitsPerDay
            lastPlanCaps = request.segmentCaps
            // A plan asked afresh starts over; a change to the plan shown keeps what was asked for in it.
            if data.shownPlan == nil {
                lastPlanPins = []
                lastPlanOut = []
            }
            lastPlanDayPins = [:]
            if reading.includesCustomers {
                lastPlanPins += reading.customers.filter { name in !lastPlanPins.contains { Book.key($0) == Book.key(name) } }
            }
            lastPlanOut += reading.excludedCustomers.filter { name in !lastPlanOut.contains { Book.key($0) == Book.key(name) } }
            lastPlanEdit = []
            // The days of the plan on the screen, for "swap X and Y", 「Xの日とYの日を入れ替えて」.
            for case .plan(let plan) in answer.data {
                conversation.number = plan.capacity
                lastPlanPicks = plan.picks
                lastPlanSize = plan.capacity
                lastPlanSizeAsked = request.number != nil || request.hours != nil
                lastPlanScope = (repScope, repScopeRanksWithTeam)
            }
        }
    }

    /// "max 1 C visit" after "must include osu bakery": the change made a new
    /// proposal, but the plan saved by that edit is still the one a check
    /// reads. Said once, with how to save the new one; nothing is overwritten unasked.
    /// Whether the plan shown is other than the week's saved one (none saved counts).
    @discardableResult
    private func tellSavedPlanDiffers(_ answer: Answer, say: Bool) -> Bool {
        guard let plan = answer.data.lazy.compactMap({ if case .plan(let plan) = $0 { plan } else { nil } }).first,
            let saved = try? scoped(PlannedWeeks(planned: workspace.plannedVisits(), today: today).visits(in: plan.week))
        else { return false }
        guard !saved.isEmpty else { return true }
        var proposed: [String: Int] = [:]
        for pick in plan.picks { proposed[Book.key(pick.customer), default: 0] += 1 }
        var kept: [String: Int] = [:]
        for visit in saved { kept[Book.key(visit.customerName), default: 0] += visit.visits }
        guard proposed != kept else { return false }
        let total = saved.reduce(0) { $0 + $1.visits }
        if say { console.say(AskMessage.savedPlanDiffers(visits: total).text(in: answer.language)) }
        return true
    }

    /// A line that tells something and then asks ("went to X tuesday. and
    /// what's the weather tomorrow?"): the first sentence and the question after
    /// it; nil unless the rest ends as a question, so a note after a report
    /// (「…に行った。見積もりを出した」) stays part of it.
    static func reportThenQuestion(_ line: String) -> (String, String)? {
        guard endsAsQuestion(line.trimmingWhitespace),
            let stop = line.firstIndex(where: { "。！!".contains($0) }) ?? line.range(of: ". ")?.lowerBound
        else { return nil }
        let report = String(line[...stop]).trimmingWhitespace
        let rest = String(line[line.index(after: stop)...]).trimmingWhitespace
        guard report.count >= 4, rest.filter({ !$0.isPunctuation && !$0.isWhitespace }).count >= 2, !endsAsQuestion(report) else { return nil }
        return (report, rest)
    }

    /// "compare him with yamamoto", 「彼女と山本さんを比べて」: a comparison with the rep just discussed.
    static func comparesWithPronoun(_ question: String) -> Bool {
        let words = question.lowercased().split { !$0.isLetter }.map(String.init)
        let compares = words.contains { ["compare", "vs", "versus", "against"].contains($0) } || ["比べ", "比較"].contains(where: question.contains)
        let pronoun = words.contains { ["him", "her", "he", "she", "them"].contains($0) } || ["彼女", "彼と", "彼を", "その人"].contains(where: question.contains)
        return compares && pronoun
    }

    /// "his borderline ones", 「彼女の…」: a pronoun for a person.
    static func namesPerson(_ question: String) -> Bool {
        let words = question.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        return words.contains(where: ["her", "his", "she", "he"].contains) || ["彼女", "彼の", "その人", "あの人"].contains(where: question.contains)
    }

    /// "her B accounts?", "when did she last see them", 「Bはどこ？」 right after a
    /// rep's book: a pronoun for the rep, or a short line naming only a
    /// segment, goes on about that rep's customers.
    static func goesOnAboutRep(_ question: String) -> Bool {
        let words = question.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        if words.contains(where: ["her", "his", "she", "he", "him", "their", "they", "them"].contains)
            || ["彼女", "彼の", "彼に", "彼は", "その人", "あの人"].contains(where: question.contains)
        {
            return true
        }
        let short = question.allSatisfy(\.isASCII) ? words.count <= 4 : question.count <= 10
        return short && question.firstMatch(of: /(?:^|[^A-Za-z])[ABCDＡＢＣＤ](?:[^A-Za-z]|$)/) != nil
    }

    /// The week of the plan the conversation is on, when it is a week ahead
    /// (`plan --week next`, "plan next week") and the last answer was about it.
    private func planWeekAhead(_ context: ConversationContext) -> PlanWeek? {
        // After a plan typed in the line, the week it was typed for.
        let shown = context.typedPlan != nil && context.lastIntent?.kind == .planCheck ? lastTypedPlanWeek : lastPlanWeek
        guard let week = shown, week.start > PlanWeek(containing: today).start,
            let last = context.lastIntent?.kind, [.weeklyPlan, .planReasons, .planCheck].contains(last)
        else { return nil }
        return week
    }

    /// Prints an answer; its last line already cites the knowledge entries it used.
    private func show(_ answer: Answer) {
        for (index, line) in answer.lines.enumerated() {
            let isCitation = index == answer.lines.count - 1 && !answer.citations.isEmpty
            console.say(line, style: index == 0 ? Palette.heading : isCitation ? Palette.muted : .plain)
        }
    }

    /// Whether `line` asks what is left of this week's plan shown in this
    /// session; if so, says it: the picks with no visit logged since the week
    /// began, each on its day, then those done.
    private func showOpenVisits(_ line: String) throws -> Bool {
        let week = PlanWeek(containing: today)
        guard lastPlanWeek == week, !lastPlanPicks.isEmpty,
            currentAssistantData().interpreter.matcher.match(in: line).names.isEmpty, OpenVisitsQuestion.asks(line)
        else { return false }
        let language = LanguageDetector.language(of: line)
        let visits = try workspace.visitLog().filter { $0.date >= week.start && $0.date <= today }
        let visited = Dictionary(visits.map { (Book.key($0.customerName), $0.date) }, uniquingKeysWith: max)
        // The plan as saved since it was shown, when it was: 「関刃物工業はずして」 took one out
        // and put another in, and "what's left?" must not bring the one taken out back.
        let saved = (try? inLastPlanScope { try scoped(PlannedWeeks(planned: workspace.plannedVisits(), today: today).visits(in: week)) }) ?? []
        let savedKeys = Set(saved.map { Book.key($0.customerName) })
        let picks = saved.isEmpty ? lastPlanPicks : lastPlanPicks.filter { savedKeys.contains(Book.key($0.customer)) }
        let pickedKeys = Set(picks.map { Book.key($0.customer) })
        let added = saved.map(\.customerName).filter { !pickedKeys.contains(Book.key($0)) }
            .reduce(into: [String]()) { names, name in if !names.contains(name) { names.append(name) } }
        let open = picks.filter { visited[Book.key($0.customer)] == nil }
        let openAdded = added.filter { visited[Book.key($0)] == nil }
        let done = picks.compactMap { pick in visited[Book.key(pick.customer)].map { (name: pick.customer, date: $0) } }
            + added.compactMap { name in visited[Book.key(name)].map { (name: name, date: $0) } }
        console.say(AskMessage.openInPlan(open: open.count + openAdded.count, total: picks.count + added.count).text(in: language))
        for pick in open {
            let day = WeekdayLabel(date: pick.day).text(in: language)
            console.say("  \(day) \(pick.day)  \(pick.customer) — \(pick.segment.rawValue)")
        }
        // Put in after the plan was shown: saved for the week, with no day of their own.
        for name in openAdded {
            let segment = currentAssistantData().classification(named: name)?.segment?.rawValue ?? "–"
            console.say(AskMessage.openWithoutDay(name: name, segment: segment).text(in: language))
        }
        if !done.isEmpty { console.say(AskMessage.doneInPlan(visits: done).text(in: language)) }
        conversation.discussed(.weeklyPlan, customers: open.map(\.customer) + openAdded, number: lastPlanSize, language: language)
        return true
    }

    /// Whether `line` asks how long the plan just shown takes ("how many
    /// hours is that?", 「1件1時間半として全部で何時間？」); if so, says it.
    private func showPlanHours(_ line: String) -> Bool {
        guard !lastPlanPicks.isEmpty, let last = conversation.lastIntent?.kind, [.weeklyPlan, .planReasons, .planCheck].contains(last),
            PlanHoursQuestion.asks(line)
        else { return false }
        let language = LanguageDetector.language(of: line)
        let given = PlanHoursQuestion.visitLength(in: line)
        let perVisit = given ?? currentAssistantData().config.plan.hoursPerVisit.doubleValue
        for text in PlanHoursQuestion.lines(picks: lastPlanPicks, hoursPerVisit: perVisit, given: given != nil, language: language) {
            console.say(text)
        }
        return true
    }

    /// "Mochizuki Kenta visited 富士製紙 today", 「昨日は富士急物流に行きました（Mochizuki）」:
    /// a visit told with the rep who made it, read without the rep's name. The
    /// name is the person, never a customer (望月商店 read from "Mochizuki"), and
    /// a report in the third person is still a report to log.
    private func repToldVisit(_ line: String) -> VisitStatement? {
        let matcher = currentAssistantData().interpreter.matcher
        guard let rep = RepName.named(in: line, reps: bookReps, customerNames: book.customers.map(\.name)),
            RepName.tellsVisitOf(rep, in: line),
            !matcher.repWordIsPartOfCustomer(rep, in: line) || RepName.tellsVisitOf(rep, in: line, verbOnly: true)
        else { return nil }
        let rest = RepName.removing(rep, from: line)
        guard rest != line, let statement = VisitStatement.read(rest, matcher: matcher, today: today), statement.namesCustomer
        else { return nil }
        return statement
    }

    /// Logs a visit told in `said`, answered in the language of the words
    /// around the name, not of the name; a failure is reported, never thrown.
    private func logTold(_ statement: VisitStatement, in said: String) {
        do {
            let matcher = currentAssistantData().interpreter.matcher
            try log(statement, language: LanguageDetector.language(of: said, ignoring: matcher.match(in: said)))
        } catch {
            fail(error)
        }
    }

    /// Logs a visit told in a sentence, or says why it did not and what to type.
    private func log(_ statement: VisitStatement, language: Language) throws {
        switch statement {
        case .logEach(let names, let date, let note):
            for name in names { try log(.log(customer: name, date: date, note: note), language: language) }
            conversation.logged = names
        case .logDays(let visits, let note):
            for visit in visits { try log(.log(customer: visit.customer, date: visit.date, note: note), language: language) }
            conversation.logged = visits.map(\.customer)
        case .log(let name, let date, let note):
            // Told twice ("I saw Acme today" … "visited Acme today"): one visit, said so.
            if try workspace.visitLog().contains(where: { $0.customerName == name && $0.date == date }) {
                conversation.loggedVisit(to: name, language: language)
                console.say(AskMessage.visitAlreadyLogged(name: name, quoted: quoted(name), date: date).text(in: language))
                return
            }
            try workspace.logVisit(VisitRecord(customerName: name, date: date, note: note))
            try reload()
            conversation.loggedVisit(to: name, language: language)
            // Another rep's customer, told while working on one rep's book: its segment in the whole list.
            let segment = (classification(of: name) ?? (repScope == nil ? nil : withoutScope { classification(of: name) }))?.segment?.rawValue ?? "–"
            console.say(AskMessage.visitLogged(name: name, segment: segment, date: date, note: note).text(in: language))
        case .unsure(let names, let day, let reason):
            // "did that get logged?" next is answered "no", naming what the line named.
            if case .noSuchCustomer(let typed) = reason {
                conversation.unlogged = "“\(typed)”"
            } else {
                conversation.unlogged = names.isEmpty ? "?" : names.prefix(3).joined(separator: Punctuation.or.text(in: language))
            }
            let example = "visit \(quoted(names.first ?? "NAME"))" + (day.map { " \($0)" } ?? "")
            console.say(AskMessage.visitNotLogged(reason, names: names, example: example).text(in: language))
            if names.count == 1, case .nameNotCertain = reason { pendingVisit = example }
        }
    }
}
