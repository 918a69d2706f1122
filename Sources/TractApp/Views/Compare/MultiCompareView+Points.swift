import TractCore

extension MultiCompareView: FindsPoints {
    var currentPoints: [Point] { layout.points }
    public var pointsPending: Bool { layout.pointsPending }
    var pointInputs: PointInputs { layout.pointInputs }
    var pointGroups: [[CompareGroup.Content]] { layout.groups }
    var topGroup: Int { position.block }

    mutating func findPoints() { layout.findPoints() }
    mutating func take(points: [Point]) { layout.take(points: points) }

    mutating func go(to group: Int, height: Int) {
        position = Position(block: group, row: 0)
        scroll(by: 0, height: height)
    }
}
