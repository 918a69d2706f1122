import ScreenKit
import TractCore

/// The line compare shows above the passages: what the articles both say and what only one says
/// ("both: serotonin syndrome · CYP2D6  only Fluoxetine: QT prolongation · …"), or, once a point is
/// chosen, that point, who states it and the keys that move through it.
public enum PointStrip {
    /// The strip for `points` stated by articles titled `titles` (one per side), `width` columns wide:
    /// each part ("both", "only <title>") gets an equal share and says how many points it holds.
    public static func text(points: [Point], titles: [String], chosen: Int?, keys: (next: String, move: String), width: Int,
                            pending: Bool = false) -> String {
        guard !pending else { return "finding points…" }
        guard !points.isEmpty else { return "no points found on this topic" }
        if let chosen, points.indices.contains(chosen) {
            let point = points[chosen]
            return "‹\(point.name)› \(who(point, titles: titles)) · \(chosen + 1)/\(points.count) · "
                + "\(keys.move) its passages · \(keys.next) next"
        }
        var parts: [(label: String, points: [Point])] = []
        let shared = points.filter(\.isShared)
        if !shared.isEmpty { parts.append((titles.count == 2 ? "both" : "shared", shared)) }
        for side in titles.indices {
            let own = points.filter { $0.sides == [side] }
            if !own.isEmpty { parts.append((only(side, titles: titles), own)) }
        }
        let share = max((width - 2 * (parts.count - 1)) / max(parts.count, 1), 12)
        return parts.map { part in
            TextWrapper.fit("\(part.label) \(part.points.count): " + names(part.points), width: share)
        }.joined(separator: "  ")
    }

    /// Who states a point: "both", "only <title>", or the titles of those that do (three or four sides).
    public static func who(_ point: Point, titles: [String]) -> String {
        let sides = point.sides
        if sides.count == titles.count { return titles.count == 2 ? "both" : "all \(titles.count)" }
        if sides.count == 1 { return "only " + short(titles[sides[0]]) }
        return sides.map { short(titles[$0]) }.joined(separator: " + ")
    }

    /// The label of one side's own points: two-way points at the column ("◀ only", "only ▶"), more
    /// columns name the article.
    static func only(_ side: Int, titles: [String]) -> String {
        guard titles.count > 2 else { return side == 0 ? "◀ only" : "only ▶" }
        return "only " + short(titles[side])
    }

    /// A list point shows its first items only.
    static func names(_ points: [Point]) -> String {
        points.map { point in
            let items = point.name.split(separator: ",").map { $0.drop { $0 == " " } }
            return items.count > 3 ? items.prefix(3).joined(separator: ", ") + ", …" : point.name
        }.joined(separator: " · ")
    }

    /// A title cut to its first words, enough to tell two articles apart on a strip.
    static func short(_ title: String) -> String {
        let words = title.split(separator: " ")
        return words.count <= 2 ? title : words.prefix(2).joined(separator: " ") + "…"
    }
}

