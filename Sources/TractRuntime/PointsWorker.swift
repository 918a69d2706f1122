import Foundation
import TractApp
import TractCore

/// Finds a comparison's points on a thread of its own, so compare on huge articles answers keys while
/// they are found; the answer waits for the run loop's next `drain`. Only the latest request matters:
/// requests passed over while another ran (topics switched quickly) are skipped.
final class PointsWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Event] = []
    private var running = 0
    private var latest: PointInputs?
    private let queue = DispatchQueue(label: "tract.points", qos: .userInitiated)

    var isBusy: Bool { lock.withLock { running > 0 || !answers.isEmpty } }

    func find(_ inputs: PointInputs) {
        lock.withLock {
            running += 1
            latest = inputs
        }
        queue.async { [self] in
            let current = lock.withLock { latest == inputs }
            let points = current ? inputs.find() : nil
            lock.withLock {
                running -= 1
                if let points { answers.append(.pointsFound(inputs, points)) }
            }
        }
    }

    func drain() -> [Event] {
        lock.withLock {
            defer { answers = [] }
            return answers
        }
    }
}
