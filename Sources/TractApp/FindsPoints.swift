import TractCore

/// A compare view whose points may still be pending: found at once when asked (`p`), or handed to a
/// worker thread once and taken when its answer comes (two-, three- and four-way compare alike).
protocol FindsPoints {
    /// Points not found yet: a worker finds them while the passages are shown.
    var pointsPending: Bool { get }
    /// What the points are found from.
    var pointInputs: PointInputs { get }
    /// What a worker was asked to find them from, so its answer is taken only by this view.
    var pointsRequest: PointInputs? { get set }
    /// Finds the points here and now (`p` asks for them before the worker has answered).
    mutating func findPoints()
    /// Points found for `pointsRequest`.
    mutating func take(points: [Point])
}

extension FindsPoints {
    /// The inputs to hand a worker, once: nil when the points are found or already asked for.
    mutating func requestPoints() -> PointInputs? {
        guard pointsPending, pointsRequest == nil else { return nil }
        pointsRequest = pointInputs
        return pointsRequest
    }
}
