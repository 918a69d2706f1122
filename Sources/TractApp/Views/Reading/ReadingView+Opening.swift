import TractCore

extension ReadingView {
    /// Opens library article `index` in the article pane: at `place` when given (with the passage cursor
    /// there and `query`'s hits ready for n / N), else where it was last read. The one way in for the
    /// library, bookmarks, the map and library search.
    public mutating func open(_ index: Int, at place: ArticlePlace?, query: String? = nil, context: ViewContext) -> [Command] {
        if place != nil || openIndex != index { rememberJump() }
        var commands = switchArticle(to: index, context: context)
        focus = .article
        guard let document else { return commands }
        if let place, let block = document.block(at: place) {
            go(to: ArticleScroll.top(ofBlock: block), context: context)
            passage.place(at: block, isParagraph: document.blocks[block].paragraph != nil)
            if let query { commands += highlightHits(of: query, from: block, in: document) }
        }
        return commands
    }

    /// Makes `index` the open article (keeping the reading position of the one it replaces); nothing
    /// changes when it already is.
    private mutating func switchArticle(to index: Int, context: ViewContext) -> [Command] {
        guard openIndex != index || document == nil else { return [] }
        var commands: [Command] = []
        if let document {
            jumps.positions[document.article.path] = placeToKeep
            commands = positionCommands(context)
        }
        let article = context.library.articles[index]
        document = ReadingDocument(article: article)
        openIndex = index
        file.read()
        library.select(order.row(of: index), count: context.library.articles.count, height: listHeight(.library, context: context))
        if context.absolutePaths.indices.contains(index) { order.noteOpened(context.absolutePaths[index]) }
        search = nil
        passage = PassageCursor()
        citationTrail = nil
        scroll.position = Position()
        go(to: positions[article.path] ?? Position(), context: context)
        return commands
    }

    /// Saving the open article's reading position (nothing when nothing is open).
    public func positionCommands(_ context: ViewContext) -> [Command] {
        guard let openIndex, document != nil else { return [] }
        return [.run(.savePosition(path: context.absolutePaths[openIndex], position: placeToKeep))]
    }

    /// How far into library article `index` the reader has got (0–100; nil when it has not been read):
    /// for the open article the status line's figure, for the others the share of blocks above the
    /// place kept for them.
    public func progress(of index: Int, context: ViewContext) -> Int? {
        if index == openIndex, let document {
            let text = textSize(context)
            let end = document.endPosition(height: text.height, width: text.width)
            return ViewStatus.percentRead(position, end: end)
        }
        let article = context.library.articles[index]
        guard let place = index == openIndex ? placeToKeep : positions[article.path] else { return nil }
        let blocks = article.sections.reduce(0) { $0 + ($1.heading == nil ? 0 : 1) + $1.paragraphs.count }
        return blocks > 1 ? min(100, place.block * 100 / (blocks - 1)) : 100
    }

    /// The reading place to remember for the open article: a saved place its stand-in was too short
    /// for still counts while the reader has not moved.
    var placeToKeep: Position { scroll.placeToKeep }

    mutating func rememberJump() {
        jumps.remember(article: openIndex, at: position)
    }

    mutating func returnToJumpTarget(context: ViewContext) -> [Command] {
        guard let target = jumpBack else { return [.say("no earlier place to return to")] }
        rememberJump()
        let commands = switchArticle(to: target.article, context: context)
        go(to: target.position, context: context)
        return commands
    }

    /// The database's saved positions (by absolute path): articles not read yet this session take them
    /// up; an article opened before the database was (a single file on the command line) goes to where it
    /// was last read, unless the reader has already moved.
    mutating func adoptSaved(_ saved: [String: Position], context: ViewContext) {
        jumps.adopt(saved, articlePaths: zip(context.absolutePaths, context.library.articles).map { ($0, $1.path) })
        if let openIndex, position == Position(), let place = saved[context.absolutePaths[openIndex]] {
            go(to: place, context: context)
        }
    }

    /// The whole article in place of the open stand-in: the same block stays at the top (the stand-in's
    /// blocks are its first blocks), or a saved place it was too short for is taken up if the reader has
    /// not moved since; the search is redone.
    mutating func replaceOpen(with article: Article, context: ViewContext) {
        // The old document (and the stand-in or outline only it still holds) goes before the new one
        // is made, so a big article's two versions are not both held at the swap.
        document = nil
        document = ReadingDocument(article: article)
        scroll.position = placeToKeep
        scroll.deferredPlace = nil
        clampPosition(context: context)
        if let query = search?.query, let document {
            var redone = SearchState(query: query, terms: search?.terms, document: document)
            redone.current = redone.hits.isEmpty ? nil : min(search?.current ?? 0, redone.hits.count - 1)
            search = redone
        }
        followSection(context: context)
    }
}

extension ReadingView {
    /// The open article read again from disk. The paragraph at the top of the screen is looked for in the
    /// new text by its words and context, as a bookmark is, and stays at the top (blocks before or after
    /// it may have come or gone); when it is gone, the same block number is kept, within the article.
    mutating func reload(with article: Article, context: ViewContext) {
        file.read()
        guard let old = document else { return replaceOpen(with: article, context: context) }
        let place = placeToKeep
        let firstParagraph = old.paragraphBlocks.first { $0 >= place.block }
        let quoted = firstParagraph.flatMap { old.ordinal(ofBlock: $0) }.flatMap {
            Bookmark.draft(article: old.article, absolutePath: old.article.path, ordinal: $0, count: 1)
        }
        replaceOpen(with: article, context: context)
        guard let quoted, let firstParagraph, let document,
              case .anchored(let ordinal, _, _) = Anchor.locate(quoted, in: article, minimumScore: 0.6),
              document.paragraphBlocks.indices.contains(ordinal) else { return }
        let offset = firstParagraph - place.block  // a heading above the paragraph stays above it
        let block = max(document.paragraphBlocks[ordinal] - offset, 0)
        go(to: Position(block: block, row: offset == 0 || block == place.block ? place.row : 0), context: context)
    }
}
