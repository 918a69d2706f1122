import TractCore

/// Choosing a point and moving through the groups that state it, the same in two-, three- and
/// four-way compare (`p` / `P` choose, `n` / `N` move).
enum PointNavigation {
    /// The point chosen after `current` when `p` (forward) or `P` is pressed among `count` points.
    static func chosen(after current: Int?, count: Int, forward: Bool) -> Int? {
        guard count > 0 else { return nil }
        guard let current else { return forward ? 0 : count - 1 }
        return ((current + (forward ? 1 : -1)) % count + count) % count
    }

    /// The groups (each a content per column) showing a passage that states `point`, in order.
    static func groups(stating point: Point, in groups: [[CompareGroup.Content]]) -> [Int] {
        let stating = point.passages.map(Set.init)
        return groups.indices.filter { group in
            groups[group].indices.contains { column in
                column < stating.count && passages(in: groups[group][column]).contains(where: stating[column].contains)
            }
        }
    }

    /// The group `n` (forward) or `N` goes to from the group at the top, and whether it wrapped around.
    static func target(among groups: [Int], from current: Int, forward: Bool) -> (group: Int, wrapped: Bool)? {
        let next = forward ? groups.first { $0 > current } : groups.last { $0 < current }
        if let next { return (next, false) }
        return (forward ? groups.first : groups.last).map { ($0, true) }
    }

    /// The passages a content shows in full (an echo shows only its first lines).
    static func passages(in content: CompareGroup.Content) -> [Int] {
        switch content {
        case .passage(let index): return [index]
        case .passages(let indices): return indices
        default: return []
        }
    }
}
