import TractCore

extension CompareView: FindsPoints {
    var currentPoints: [Point] { comparison.points }
    public var pointsPending: Bool { comparison.pointsPending }
    var pointInputs: PointInputs { comparison.pointInputs }
    var pointGroups: [[CompareGroup.Content]] { layout.groups.map { [$0.left, $0.right] } }
    var topGroup: Int { positions[side].block }

    mutating func findPoints() { layout.findPoints() }
    mutating func take(points: [Point]) { layout.take(points: points) }

    /// Both sides (one when unlinked) to the top of `group`, kept inside the rows.
    mutating func go(to group: Int, height: Int) {
        for side in 0..<2 where linked || side == self.side { positions[side] = Position(block: group, row: 0) }
        scroll(by: 0, height: height)
    }
}
