import Dispatch
import Synchronization
import Testing

@testable import SalesCoachCore

/// Work claimed by whichever thread comes first is done exactly once, and
/// every thread that asks gets its one result.
@Suite struct ClaimableWorkTests {
    @Test("asking for the result of unclaimed work does it there; a later run and a later ask do not do it again")
    func askingFirstDoesTheWork() {
        let runs = Atomic<Int>(0)
        let work = ClaimableWork<Int> {
            runs.add(1, ordering: .relaxed)
            return 42
        }
        #expect(work.result() == 42)
        work.runUnlessClaimed()
        #expect(work.result() == 42)
        #expect(runs.load(ordering: .relaxed) == 1)
    }

    @Test("work run first is not done again when its result is asked for")
    func runningFirstLeavesTheResult() {
        let runs = Atomic<Int>(0)
        let work = ClaimableWork<String> {
            runs.add(1, ordering: .relaxed)
            return "made"
        }
        work.runUnlessClaimed()
        work.runUnlessClaimed()
        #expect(work.result() == "made")
        #expect(runs.load(ordering: .relaxed) == 1)
    }

    @Test("threads racing to run it and to ask for it: done once, every asker gets the result")
    func racingThreadsShareOneRun() {
        for round in 0..<200 {
            let runs = Atomic<Int>(0)
            let work = ClaimableWork<Int> {
                runs.add(1, ordering: .relaxed)
                return round
            }
            let answers = Mutex<[Int]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { thread in
                if thread.isMultiple(of: 2) {
                    work.runUnlessClaimed()
                } else {
                    let answer = work.result()
                    answers.withLock { $0.append(answer) }
                }
            }
            #expect(runs.load(ordering: .relaxed) == 1)
            #expect(answers.withLock { $0 } == [round, round])
        }
    }

    @Test("work nobody runs or asks for is let go without running")
    func unusedWorkNeverRuns() {
        let runs = Atomic<Int>(0)
        do {
            _ = ClaimableWork<Int> {
                runs.add(1, ordering: .relaxed)
                return 0
            }
        }
        #expect(runs.load(ordering: .relaxed) == 0)
    }
}
