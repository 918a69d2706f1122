import Foundation
import Testing
import TractApp
import TractCore
@testable import TractRuntime

/// The worker that finds a huge comparison's points off the key loop.
@Suite struct PointsWorkerTests {
    private func inputs(_ word: String) -> PointInputs {
        PointInputs(sides: [["Common adverse effects include nausea and \(word)."], ["Nausea, \(word) and dry mouth occur."]],
                    subjects: [], topic: "safety")
    }

    private func drained(_ runner: EffectRunner) -> [Event] {
        let deadline = Date().addingTimeInterval(10)
        var events: [Event] = []
        while runner.isBusy && Date() < deadline {
            events += runner.drain()
            Thread.sleep(forTimeInterval: 0.005)
        }
        return events + runner.drain()
    }

    @Test func theRunnerAnswersWithThePointsOfTheLatestRequest() {
        let runner = EffectRunner()
        #expect(runner.perform(.findPoints(inputs("tinnitus"))).isEmpty)  // answered later, through drain
        let events = drained(runner)
        #expect(events == [.pointsFound(inputs("tinnitus"), inputs("tinnitus").find())])
        #expect(inputs("tinnitus").find().contains { $0.name == "tinnitus" && $0.isShared })
        #expect(!runner.isBusy)
        // Two asked at once: the first may be passed over, the last is always answered.
        _ = runner.perform(.findPoints(inputs("hiccups")))
        _ = runner.perform(.findPoints(inputs("vertigo")))
        let last = drained(runner)
        #expect(last.last == .pointsFound(inputs("vertigo"), inputs("vertigo").find()))
    }
}
