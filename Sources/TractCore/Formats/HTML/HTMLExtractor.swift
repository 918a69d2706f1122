/// Finds the article in a page by scoring, as Readability does (and as its authors explain it):
/// every paragraph-like run of text of 25 characters or more gives points — one, one per comma-separated
/// piece, one per 100 characters up to three — to its parent in full, its grandparent in half, and to
/// three more ancestors in smaller shares. Each ancestor starts from its tag (a `div` up, lists and
/// headings down) and its class and id names; its total is then cut by its share of link text. The
/// best ancestor, moved up where its parent scores as well, is the article, joined by those of its
/// siblings that score near it or are plain paragraphs. Inside it, furniture is cleared (`HTMLCleaner`).
/// When that leaves under 500 characters the page is read again with fewer rules (names not used to
/// drop, then not to weigh, then no clearing), and the longest reading wins.
struct HTMLExtractor {
    /// Which rules a reading uses.
    struct Rules {
        var dropUnlikely = true
        var weighNames = true
        var clean = true

        /// Each reading after the first drops one more rule.
        static let tries = [Rules(), Rules(dropUnlikely: false), Rules(dropUnlikely: false, weighNames: false),
                            Rules(dropUnlikely: false, weighNames: false, clean: false)]
    }

    /// The article: the elements to read, in order, and elements inside them to leave out.
    struct Article {
        var nodes: [HTMLNode]
        var removed: Set<HTMLStats.Key>
        var textLength: Int
    }

    let body: HTMLNode
    let stats: HTMLStats
    let title: String?

    static let wordThreshold = 500

    func article() -> Article {
        var best: Article?
        // Where the page marks its article is the same for every reading: found once.
        let holders = HTMLMarkers.holders(in: body, stats: stats)
        for rules in Rules.tries {
            let found = read(rules, holdsArticle: holders)
            if found.textLength >= Self.wordThreshold { return found }
            if found.textLength > best?.textLength ?? -1 { best = found }
        }
        return best ?? Article(nodes: [body], removed: [], textLength: stats[body].text)
    }

    private func read(_ rules: Rules, holdsArticle: Set<HTMLStats.Key>) -> Article {
        var scoring = HTMLScoring(stats: stats, rules: rules, holdsArticle: holdsArticle)
        scoring.collect(body)
        let nodes = scoring.topCandidate(in: body).map(scoring.withSiblings) ?? [body]
        return cleaned(nodes, rules: rules, dropped: scoring.droppedByName)
    }

    private func cleaned(_ nodes: [HTMLNode], rules: Rules, dropped: [HTMLNode]) -> Article {
        var cleaner = HTMLCleaner(stats: stats, weighNames: rules.weighNames, title: title)
        for node in dropped { cleaner.remove(node) }
        let cleared = nodes.map { rules.clean ? cleaner.clean($0) : cleaner.clearHardFurniture($0) }
        let length = zip(nodes, cleared).reduce(0) { $0 + stats[$1.0].text - $1.1 }
        return Article(nodes: nodes, removed: cleaner.removed, textLength: length)
    }
}
