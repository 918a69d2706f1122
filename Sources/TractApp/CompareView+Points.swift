import TractCore

extension CompareView {
    /// `p` / `P`: the next (previous) point becomes the chosen one, and the view goes to the first
    /// group stating it.
    mutating func choosePoint(forward: Bool, height: Int, context: ViewContext) -> [Command] {
        findPoints()  // asked for before the idle turn came
        let points = comparison.points
        guard let chosen = PointNavigation.chosen(after: chosenPoint, count: points.count, forward: forward) else {
            return [.say("no points found on \(context.topicLabel(topic))")]
        }
        chosenPoint = chosen
        if let group = groupsStating(chosen).first { go(to: group, height: height) }
        return []
    }

    /// `n` / `N`: the next (previous) group stating the chosen point, wrapping around.
    mutating func moveToPoint(forward: Bool, height: Int) -> [Command] {
        guard let chosenPoint else { return [.say("no point chosen: p chooses one")] }
        guard let target = PointNavigation.target(among: groupsStating(chosenPoint), from: positions[side].block, forward: forward) else {
            return [.say("no passage states it")]
        }
        go(to: target.group, height: height)
        return target.wrapped ? [.say(forward ? "from the top" : "from the end")] : []
    }

    /// The groups showing a passage that states point `index`, in order.
    public func groupsStating(_ index: Int) -> [Int] {
        PointNavigation.groups(stating: comparison.points[index], in: layout.groups.map { [$0.left, $0.right] })
    }

    /// Both sides (one when unlinked) to the top of `group`, kept inside the rows.
    private mutating func go(to group: Int, height: Int) {
        for side in 0..<2 where linked || side == self.side { positions[side] = Position(block: group, row: 0) }
        scroll(by: 0, height: height)
    }
}
