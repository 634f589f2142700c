/// Every sentence of the method the program says from knowledge/prose/: the
/// lesson's steps, the "why this plan" answer, the quiz's explanations and
/// the action for each segment. A key here with no text there fails the tests.
public enum ProseKey: String, Sendable, CaseIterable {
    case lessonAIntroduction = "lesson.a.introduction"
    case lessonATakeaway = "lesson.a.takeaway"
    /// {objective}: how the company ranks on the objective axis in the book.
    case lessonBIntroduction = "lesson.b.introduction"
    case lessonBTakeaway = "lesson.b.takeaway"
    /// {objective}: as for B.
    case lessonCIntroduction = "lesson.c.introduction"
    case lessonCTakeaway = "lesson.c.takeaway"
    case lessonDIntroduction = "lesson.d.introduction"
    case lessonDTakeaway = "lesson.d.takeaway"
    case lessonBorderlineIntroduction = "lesson.borderline.introduction"
    /// {segment}: the borderline customer's segment today.
    case lessonBorderlineTakeaway = "lesson.borderline.takeaway"
    case lessonTrapIntroduction = "lesson.trap.introduction"
    case lessonTrapTakeaway = "lesson.trap.takeaway"

    /// {week}: the first day of the plan's week.
    case planWhyHeading = "plan.why.heading"
    /// {share}: B's share of the week.
    case planWhyB = "plan.why.b"
    /// {share}, {cadence}: A's share and the follow-up the week can hold.
    case planWhyA = "plan.why.a"
    /// {share}, {cadence}, {policy}: as above, when the policy's cadence takes more than the week has.
    case planWhyAStretched = "plan.why.a-stretched"
    /// {c}, {d}: the weeks without a visit after which C and D come in.
    case planWhyCD = "plan.why.c-d"

    /// {letter}, {customer}: the right option and the customer asked about.
    case quizReachExplanation = "quiz.reach.explanation"

    /// {c}, {b}: C's and B's shares of the plan, in percent.
    case quizPlanTooMuchC = "quiz.plan.too-much-c"
    /// {b}, {largest}, {share}: B's share, and the segment with the largest share and that share.
    case quizPlanTooLittleB = "quiz.plan.too-little-b"
    /// {a}: A's share.
    case quizPlanAFollowUpDropped = "quiz.plan.a-follow-up-dropped"
    case quizPlanOptionTooMuchC = "quiz.plan-option.too-much-c"
    case quizPlanOptionTooLittleB = "quiz.plan-option.too-little-b"
    case quizPlanOptionAFollowUpDropped = "quiz.plan-option.a-follow-up-dropped"
    case quizPlanOptionNothingWrong = "quiz.plan-option.nothing-wrong"
    case quizPlanOptionTooMuchA = "quiz.plan-option.too-much-a"
    case quizPlanOptionTooMuchB = "quiz.plan-option.too-much-b"

    /// {population}, {metric}, {others}, {customer}: the companies with a figure for the metric,
    /// how many of them have more (low) or less (high) than the customer.
    case quizRankExplanationLow = "quiz.rank.explanation.low"
    case quizRankExplanationHigh = "quiz.rank.explanation.high"
    /// {metric}, {figure} (where used): the metric and the customer's figure for it.
    case quizRankOptionRankedInBookLow = "quiz.rank-option.ranked-in-book.low"
    case quizRankOptionRankedInBookHigh = "quiz.rank-option.ranked-in-book.high"
    case quizRankOptionAbsoluteSizeLow = "quiz.rank-option.absolute-size.low"
    case quizRankOptionAbsoluteSizeHigh = "quiz.rank-option.absolute-size.high"
    case quizRankOptionOtherAxisLow = "quiz.rank-option.other-axis.low"
    case quizRankOptionOtherAxisHigh = "quiz.rank-option.other-axis.high"
    case quizRankOptionFixedLineLow = "quiz.rank-option.fixed-line.low"
    case quizRankOptionFixedLineHigh = "quiz.rank-option.fixed-line.high"

    case quizReachOptionNoneOfThese = "quiz.reach-option.none-of-these"
    case quizReachVerdictNoneOfThese = "quiz.reach-verdict.none-of-these"
    case quizReachVerdictObjective = "quiz.reach-verdict.objective"
    case quizReachVerdictFall = "quiz.reach-verdict.fall"
    case quizReachVerdictWithinReach = "quiz.reach-verdict.within-reach"
    case quizReachVerdictOutOfReach = "quiz.reach-verdict.out-of-reach"

    /// {size}, {record}: the customer's standing on each axis against the book, as phrases.
    case reasonA = "reason.a"
    case reasonB = "reason.b"
    case reasonC = "reason.c"
    case reasonD = "reason.d"
    case reasonUnclassified = "reason.unclassified"

    /// {customer}, {facts}: the customer and its figures and scores.
    case quizPromptSegmentOf = "quiz.prompt.segment-of"
    case quizPromptWhichFirst = "quiz.prompt.which-first"
    /// {customer}, {facts}: as above.
    case quizPromptWhatToDo = "quiz.prompt.what-to-do"
    /// {shares}: the plan's share per segment.
    case quizPromptPlanShares = "quiz.prompt.plan-shares"
    /// {customer}, {segment}.
    case quizPromptWithinReach = "quiz.prompt.within-reach"
    /// {first}, {first-segment}, {first-reason}, {second}, {second-segment}, {second-reason}.
    case quizExplanationWhichFirst = "quiz.explanation.which-first"
    /// {customer}, {segment}, {reason}, {action}.
    case quizExplanationWhatToDo = "quiz.explanation.what-to-do"

    case actionA = "action.a"
    case actionB = "action.b"
    case actionC = "action.c"
    case actionD = "action.d"
}
