import TractCore

/// A compare view with points (two-, three- and four-way alike): they may still be pending — found at
/// once when asked (`p`), or handed to a worker thread once and taken when its answer comes — and
/// one may be chosen (`p` / `P`) and its passages visited (`n` / `N`).
protocol FindsPoints {
    var topic: String { get }
    /// The points found so far; `quotes` and `passages` have one entry per column.
    var currentPoints: [Point] { get }
    /// Points not found yet: a worker finds them while the passages are shown.
    var pointsPending: Bool { get }
    /// What the points are found from.
    var pointInputs: PointInputs { get }
    /// What a worker was asked to find them from, so its answer is taken only by this view.
    var pointsRequest: PointInputs? { get set }
    var chosenPoint: Int? { get set }
    var keyContexts: [KeyContext] { get }
    /// The groups shown, each a content per column.
    var pointGroups: [[CompareGroup.Content]] { get }
    /// The group at the top of the cursor column.
    var topGroup: Int { get }
    /// Finds the points here and now.
    mutating func findPoints()
    /// Points found for `pointsRequest`.
    mutating func take(points: [Point])
    /// Scrolls so that `group` is at the top, kept inside the rows.
    mutating func go(to group: Int, height: Int)
}

extension FindsPoints {
    /// The inputs to hand a worker, once: nil when the points are found or already asked for.
    mutating func requestPoints() -> PointInputs? {
        guard pointsPending, pointsRequest == nil else { return nil }
        pointsRequest = pointInputs
        return pointsRequest
    }

    /// The worker's points, when they answer this view's request.
    mutating func takePoints(from event: Event) {
        if case .pointsFound(let inputs, let points) = event, inputs == pointsRequest { take(points: points) }
    }

    /// The request for a worker as an effect, once.
    mutating func pointsEffects() -> [Effect] {
        requestPoints().map { [.findPoints($0)] } ?? []
    }

    /// `p` / `P`: the next (previous) point becomes the chosen one, and the view goes to the first
    /// group stating it.
    mutating func choosePoint(forward: Bool, height: Int, context: ViewContext) -> [Command] {
        findPoints()  // asked for before the worker has answered
        guard let chosen = PointNavigation.chosen(after: chosenPoint, count: currentPoints.count, forward: forward) else {
            return [.say("no points found on \(context.topicLabel(topic))")]
        }
        chosenPoint = chosen
        if let group = groupsStating(chosen).first { go(to: group, height: height) }
        return []
    }

    /// `n` / `N`: the next (previous) group stating the chosen point, wrapping around.
    mutating func moveToPoint(forward: Bool, height: Int, context: ViewContext) -> [Command] {
        guard let chosenPoint else {
            return [.say("no point chosen: \(context.keyMap.keyName(for: .nextPoint, in: keyContexts)) chooses one")]
        }
        guard let target = PointNavigation.target(among: groupsStating(chosenPoint), from: topGroup, forward: forward) else {
            return [.say("no passage states it")]
        }
        go(to: target.group, height: height)
        return target.wrapped ? [.say(forward ? "from the top" : "from the end")] : []
    }

    /// The groups showing a passage that states point `index`, in order.
    func groupsStating(_ index: Int) -> [Int] {
        PointNavigation.groups(stating: currentPoints[index], in: pointGroups)
    }
}
