/// The scores of one reading of a page (see `HTMLExtractor`): paragraph-like runs of text found in
/// document order, the points they give their ancestors, and the best of those ancestors.
struct HTMLScoring {
    typealias Key = HTMLStats.Key

    let stats: HTMLStats
    let rules: HTMLExtractor.Rules
    /// Elements that hold a marked article (see `HTMLMarkers`): never dropped by their names.
    let holdsArticle: Set<Key>
    private(set) var scores: [Key: Double] = [:]
    /// Elements dropped for their names: left out of the article too.
    private(set) var droppedByName: [HTMLNode] = []
    private var order: [HTMLNode] = []

    init(stats: HTMLStats, rules: HTMLExtractor.Rules, holdsArticle: Set<Key>) {
        self.stats = stats
        self.rules = rules
        self.holdsArticle = holdsArticle
    }

    /// Elements whose text is scored; a `div` with no block inside reads as a paragraph too.
    static let scored: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    /// What makes a `div` more than a paragraph.
    static let blockInsideDiv: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]

    /// Walks the page in document order, scoring each paragraph-like run of text.
    mutating func collect(_ node: HTMLNode) {
        for child in node.children where child.isElement {
            if HTMLContent.isDropped(child) { continue }
            if isUnlikely(child) {
                droppedByName.append(child)
                continue
            }
            let name = child.name
            if Self.scored.contains(name) {
                give(text: stats[child].text, commas: stats[child].commas, from: child.parent)
            } else if name == "div" {
                // Blocks inside, or lines set apart by <br>: each run of text is a paragraph of the div.
                if child.children.contains(where: { $0.isElement && (Self.blockInsideDiv.contains($0.name) || $0.name == "br") }) {
                    scoreLooseRuns(in: child)
                } else {
                    give(text: stats[child].text, commas: stats[child].commas, from: node)
                }
            }
            if !Self.scored.contains(name) || name == "section" || name == "td" { collect(child) }
        }
    }

    /// Names drop an element before scoring only when it does not hold the article: a wrapper named
    /// `l-sidebar-fixed` or `js-social-anchor` around the page's `<article>` stays.
    private func isUnlikely(_ node: HTMLNode) -> Bool {
        // A heading named "header" is still a heading: headings are judged inside the article.
        guard rules.dropUnlikely, !["body", "a", "h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name),
              HTMLWeights.isUnlikely(node) else { return false }
        return !holdsArticle.contains(HTMLStats.key(node))
    }

    /// Text written straight into a `div` that also holds blocks (what Readability wraps in `<p>`s), or
    /// in lines set apart by `<br>`: each run between blocks and breaks scores as a paragraph of the `div`.
    private mutating func scoreLooseRuns(in div: HTMLNode) {
        var text = 0
        var commas = 0
        func close() {
            give(text: text, commas: commas, from: div)
            (text, commas) = (0, 0)
        }
        for child in div.children {
            if child.isText {
                let (length, count) = HTMLStats.measure(textNode: child)
                text += length
                commas += count
            } else if child.isElement, !HTMLContent.isDropped(child) {
                if Self.blockInsideDiv.contains(child.name) || child.name == "br" { close() } else {
                    text += stats[child].text
                    commas += stats[child].commas
                }
            }
        }
        close()
    }

    /// The points of a run of text, to `parent` and four more ancestors.
    private mutating func give(text: Int, commas: Int, from parent: HTMLNode?) {
        guard text >= 25 else { return }
        let points = 1 + Double(commas + 1) + Double(min(text / 100, 3))
        var ancestor = parent
        var level = 0
        while let node = ancestor, level < 5, node.parent != nil {
            let key = HTMLStats.key(node)
            if scores[key] == nil {
                scores[key] = HTMLWeights.tagScore(node.name) + (rules.weighNames ? HTMLWeights.weight(node) : 0)
                order.append(node)
            }
            scores[key, default: 0] += points / Double(level == 0 ? 1 : level == 1 ? 2 : level * 3)
            ancestor = node.parent
            level += 1
        }
    }

    /// A candidate's score cut by its share of link text.
    func finalScore(_ node: HTMLNode) -> Double? {
        scores[HTMLStats.key(node)].map { $0 * (1 - stats.linkDensity(node)) }
    }
}

extension HTMLScoring {
    /// The best-scoring element, moved up to a common ancestor when several near-best ones share it, to
    /// its parent while that scores as well, and past parents of which it is the only child.
    func topCandidate(in body: HTMLNode) -> HTMLNode? {
        let ranked = order.compactMap { node in finalScore(node).map { (node, $0) } }.sorted { $0.1 > $1.1 }
        guard var (top, topScore) = ranked.first, top.pointer != body.pointer else { return nil }
        top = sharedAncestor(of: top, score: topScore, among: ranked.prefix(5)) ?? top
        topScore = finalScore(top) ?? topScore
        top = risen(top, score: topScore, body: body)
        while let parent = top.parent, parent.pointer != body.pointer,
              parent.children.filter({ $0.isElement && !HTMLContent.isDropped($0) }).count == 1 {
            top = parent
        }
        return top
    }

    /// When three or more of the other top candidates (within 75 % of the best) lie under one ancestor
    /// of the best, that ancestor: the article is split over several blocks.
    private func sharedAncestor(of top: HTMLNode, score: Double, among ranked: ArraySlice<(HTMLNode, Double)>) -> HTMLNode? {
        let others = ranked.dropFirst().filter { $0.1 / score >= 0.75 }.map { Set(ancestors(of: $0.0).map(HTMLStats.key)) }
        guard others.count >= 3 else { return nil }
        var node = top.parent
        while let current = node, current.name != "body" {
            if others.filter({ $0.contains(HTMLStats.key(current)) }).count >= 3 { return current }
            node = current.parent
        }
        return nil
    }

    /// Up through parents while they keep a third of the score, to the first that scores higher.
    private func risen(_ top: HTMLNode, score: Double, body: HTMLNode) -> HTMLNode {
        var last = score
        var parent = top.parent
        while let current = parent, current.pointer != body.pointer {
            guard let parentScore = finalScore(current) else { parent = current.parent; continue }
            if parentScore < score / 3 { break }
            if parentScore > last { return current }
            last = parentScore
            parent = current.parent
        }
        return top
    }

    private func ancestors(of node: HTMLNode) -> [HTMLNode] {
        var out: [HTMLNode] = []
        var current = node.parent
        while let next = current { out.append(next); current = next.parent }
        return out
    }

    /// The article's elements: the top candidate and those of its siblings that belong to it — scoring
    /// a fifth of it (more when they share its class), or paragraphs of plain text.
    func withSiblings(_ top: HTMLNode) -> [HTMLNode] {
        guard let parent = top.parent else { return [top] }
        let topScore = finalScore(top) ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = top.attribute("class") ?? ""
        return parent.children.filter { sibling in
            guard sibling.isElement, !HTMLContent.isDropped(sibling) else { return false }
            if sibling.pointer == top.pointer { return true }
            let bonus = !topClass.isEmpty && sibling.attribute("class") == topClass ? topScore * 0.2 : 0
            if let score = finalScore(sibling), score + bonus >= threshold { return true }
            guard sibling.name == "p" else { return false }
            let length = stats[sibling].text
            let density = stats.linkDensity(sibling)
            if length > 80 { return density < 0.25 }
            return length > 0 && density == 0 && HTMLText.inline(sibling).contains(where: { ".!?".contains($0) })
        }
    }
}
