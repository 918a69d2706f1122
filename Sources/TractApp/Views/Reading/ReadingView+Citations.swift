import TractCore

/// Following citations: from the paragraph at the cursor to the reference list's entries it cites, and
/// from an entry to the article in the library it names.
public struct CitationTrail: Equatable, Sendable {
    /// The entry blocks the paragraph cites, in its order, and the one the reader is on.
    var blocks: [Int]
    var at: Int
}

extension ReadingView {
    /// `F`: the first entry the paragraph at the cursor cites (`''` comes back); pressed again on that
    /// entry, the next one the paragraph cites.
    mutating func followCitation(context: ViewContext) -> [Command] {
        guard let document, let block = passage.block ?? visibleParagraphBlocks(context: context).first else {
            return [.say("open an article to follow its citations")]
        }
        if let trail = citationTrail, trail.blocks.indices.contains(trail.at), trail.blocks[trail.at] == block, trail.blocks.count > 1 {
            let next = (trail.at + 1) % trail.blocks.count
            citationTrail?.at = next
            return arrive(at: trail.blocks[next], of: trail.blocks.count, ordinal: next, context: context)
        }
        let cited = document.citedEntryBlocks(from: block)
        guard let first = cited.first else {
            let none = document.citations.entries.isEmpty ? "this article has no reference list" : "no citation in this paragraph names an entry"
            return [.say(none)]
        }
        rememberJump()
        citationTrail = CitationTrail(blocks: cited, at: 0)
        return arrive(at: first, of: cited.count, ordinal: 0, context: context)
    }

    /// The entry at `block` shown, the cursor on it, and where else the text cites it.
    private mutating func arrive(at block: Int, of count: Int, ordinal: Int, context: ViewContext) -> [Command] {
        guard let document else { return [] }
        go(to: ArticleScroll.top(ofBlock: block), context: context)
        passage.place(at: block, isParagraph: true)
        var message = document.entrySummary(at: block) ?? "entry"
        if matchingArticle(at: block, context: context) != nil { message += " · Enter opens it" }
        if count > 1 { message += " · F: \(ordinal + 1)/\(count)" }
        return [.say(message + " · '' back")]
    }

    /// Enter on an entry of the reference list: the library's article with its DOI or title.
    mutating func openCitedArticle(context: ViewContext) -> [Command] {
        guard let document, let block = passage.block, document.entry(at: block) != nil else { return [] }
        guard let index = matchingArticle(at: block, context: context) else {
            return [.say((document.entrySummary(at: block) ?? "entry") + " · not in the library")]
        }
        return open(index, at: nil, context: context)
    }

    private func matchingArticle(at block: Int, context: ViewContext) -> Int? {
        guard let document, let entry = document.entry(at: block) else { return nil }
        return CitedArticle.match(entry, in: context.library.articles, besides: openIndex)
    }
}
