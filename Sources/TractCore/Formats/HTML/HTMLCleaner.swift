/// Clears what is inside the article but not of it, as Readability's clean-up does: asides, footers and
/// forms; short share bars; `h1`/`h2` named as furniture and a heading that only repeats the title; and,
/// among tables, lists and `div`s, those that read as furniture from what they hold — mostly links,
/// more list items than paragraphs, many images and little text, inputs, embeds with no text, or a
/// furniture name with no article name. Nothing is cut out of the parsed page: what is cleared is
/// listed (`removed`), and the block writer passes it by.
struct HTMLCleaner {
    let stats: HTMLStats
    let weighNames: Bool
    let title: String?
    private(set) var removed: Set<HTMLStats.Key> = []

    init(stats: HTMLStats, weighNames: Bool, title: String?) {
        self.stats = stats
        self.weighNames = weighNames
        self.title = title
    }

    static let alwaysCleared: Set<String> = ["aside", "footer", "link", "object", "embed", "fieldset"]
    static let conditional: Set<String> = ["form", "table", "ul", "div"]

    /// Clears furniture below `node` (the node itself is the article, or one of its siblings); the
    /// characters of text cleared inside it.
    @discardableResult
    mutating func clean(_ node: HTMLNode) -> Int {
        node.children.filter { $0.isElement && !HTMLContent.isDropped($0) }.reduce(0) { $0 + visit($1) }
    }

    /// Only what never belongs to an article (the reading that keeps everything else); the characters
    /// of text cleared inside `node`.
    mutating func clearHardFurniture(_ node: HTMLNode) -> Int {
        let found = Self.hardFurniture(in: node)
        for part in found { remove(part) }
        return found.reduce(0) { $0 + stats[$1].text }
    }

    /// Asides, footers and the like below `node`, outermost only.
    static func hardFurniture(in node: HTMLNode) -> [HTMLNode] {
        node.children.filter { $0.isElement && !HTMLContent.isDropped($0) }.flatMap { child in
            alwaysCleared.contains(child.name) ? [child] : hardFurniture(in: child)
        }
    }

    /// Clears `node` or furniture inside it, inner parts first so that an outer block is judged on
    /// what it keeps; the characters of text cleared.
    private mutating func visit(_ node: HTMLNode) -> Int {
        let whole = stats[node].text
        if removed.contains(HTMLStats.key(node)) { return whole }  // dropped for its names before scoring
        if Self.alwaysCleared.contains(node.name) || isShareBar(node) || isFurnitureHeading(node) || repeatsTitle(node) {
            remove(node)
            return whole
        }
        let inside = clean(node)
        guard Self.conditional.contains(node.name), isFurniture(node, clearedInside: inside) else { return inside }
        remove(node)
        return whole
    }

    mutating func remove(_ node: HTMLNode) {
        removed.insert(HTMLStats.key(node))
    }

    /// A small element named for sharing (buttons and counts beside the article).
    private func isShareBar(_ node: HTMLNode) -> Bool {
        HTMLWeights.namesContain(node, "share") && stats[node].text < 500
    }

    private func isFurnitureHeading(_ node: HTMLNode) -> Bool {
        weighNames && ["h1", "h2"].contains(node.name) && HTMLWeights.weight(node) < 0
    }

    /// A heading that says what the page's title says (the title is shown as the title).
    private func repeatsTitle(_ node: HTMLNode) -> Bool {
        guard ["h1", "h2"].contains(node.name), let title else { return false }
        return HTMLTitle.similar(HTMLText.inline(node), title)
    }

    /// Whether a table, list or block reads as furniture from what it holds (Readability's rules).
    private func isFurniture(_ node: HTMLNode, clearedInside: Int) -> Bool {
        let name = node.name
        if name == "table", isDataTable(node) { return false }
        if hasAncestor(node, named: ["code", "pre", "figure"]) && name != "div" { return false }
        let weight = weighNames ? HTMLWeights.weight(node) : 0
        if weight < 0 { return true }
        let counts = stats[node]
        guard counts.commas < 10 else { return false }
        let text = counts.text - clearedInside
        let isList = ["ul", "ol"].contains(name) || (text > 0 && Double(counts.listText) / Double(text) > 0.9)
        let paragraphs = Double(counts.paragraphs)
        let density = stats.linkDensity(node)
        // A block left with only its heading once what it held was cleared ("Related" over its links).
        if clearedInside > 0, text - counts.headingText <= 0 { return true }
        // A list of nothing but links after an article is a list of other pages.
        if isList, density > 0.9, counts.listItems >= 3 { return true }
        let inFigure = hasAncestor(node, named: ["figure"])
        if counts.images > 1 && paragraphs / Double(counts.images) < 0.5 && !inFigure { return true }
        if !isList && Double(counts.listItems) - 100 > paragraphs { return true }
        if Double(counts.inputs) > (paragraphs / 3).rounded(.down) { return true }
        if !isList && text < 25 && (counts.images == 0 || counts.images > 2) && !inFigure
            && Double(counts.headingText) / Double(max(text, 1)) < 0.9 { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return (counts.embeds == 1 && text < 75) || counts.embeds > 1
    }

    /// A table of data rather than layout: marked so, or with a caption, head or several rows and columns.
    private func isDataTable(_ table: HTMLNode) -> Bool {
        if table.attribute("role") == "presentation" || table.attribute("datatable") == "0" { return false }
        if table.attribute("summary") != nil || table.first(where: { ["caption", "thead", "th", "colgroup"].contains($0.name) }) != nil {
            return true
        }
        if table.first(where: { $0.name == "table" }) != nil { return false }
        let rows = table.all { $0.name == "tr" }
        let columns = rows.map { $0.children.filter { ["td", "th"].contains($0.name) }.count }.max() ?? 0
        if rows.count == 1 || columns == 1 { return false }
        return rows.count >= 10 || columns > 4 || rows.count * columns > 10
    }

    private func hasAncestor(_ node: HTMLNode, named names: Set<String>) -> Bool {
        var current = node.parent
        while let next = current {
            if names.contains(next.name) { return true }
            current = next.parent
        }
        return false
    }
}
