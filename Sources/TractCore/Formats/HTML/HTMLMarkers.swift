/// Where a page marks its article itself: an `<article>` or `<main>`, `role="main"` or `"article"`,
/// `itemprop="articleBody"`, or an element whose class or id names an article part (`post-content`,
/// `entry`, `story`) — each holding real text (200 characters or more outside links). The elements
/// around such a mark are never dropped for their names.
enum HTMLMarkers {
    static func holders(in body: HTMLNode, stats: HTMLStats) -> Set<HTMLStats.Key> {
        var holders = Set<HTMLStats.Key>()
        for marked in body.all(where: { isMark($0, stats: stats) }) {
            var node: HTMLNode? = marked
            while let current = node, holders.insert(HTMLStats.key(current)).inserted { node = current.parent }
        }
        return holders
    }

    private static func isMark(_ node: HTMLNode, stats: HTMLStats) -> Bool {
        let counts = stats[node]
        guard counts.text - Int(counts.linkText) >= 200 else { return false }
        if ["article", "main"].contains(node.name) { return true }
        if let role = node.attribute("role")?.lowercased(), role == "main" || role == "article" { return true }
        if node.attribute("itemprop")?.lowercased().contains("articlebody") == true { return true }
        return HTMLWeights.weight(node) > 0
    }
}
