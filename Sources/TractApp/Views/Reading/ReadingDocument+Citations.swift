import TractCore

extension ReadingDocument {
    /// The paragraph blocks of the reference list's entries, by entry index (each entry's paragraph;
    /// entries split from one paragraph share it).
    static func entryBlocks(_ article: Article, entries: [ReferenceEntry], paragraphBlocks: [Int]) -> [Int] {
        guard !entries.isEmpty else { return [] }
        var blockOfLine: [Int: Int] = [:]
        var ordinal = paragraphBlocks.count
        let wanted = Set(entries.map(\.line))
        // The list is at the end: read paragraphs backwards until every entry's line is found.
        for section in article.sections.reversed() {
            for paragraph in section.paragraphs.reversed() {
                ordinal -= 1
                if wanted.contains(paragraph.line) { blockOfLine[paragraph.line] = paragraphBlocks[ordinal] }
            }
            if blockOfLine.count == wanted.count { break }
        }
        return entries.map { blockOfLine[$0.line] ?? -1 }
    }

    /// The entry whose paragraph is block `block`, if it is one (the first of several sharing it).
    public func entry(at block: Int) -> ReferenceEntry? {
        entryBlocks.firstIndex(of: block).map { citations.entries[$0] }
    }

    /// The blocks of the entries the paragraph at `block` cites, in the order it cites them.
    func citedEntryBlocks(from block: Int) -> [Int] {
        guard let ordinal = ordinal(ofBlock: block), entry(at: block) == nil else { return [] }
        let paragraphBlock = paragraphBlocks[ordinal]
        let item = blocks[paragraphBlock]
        guard let number = item.paragraph else { return [] }
        let text = article.sections[item.section].paragraphs[number].text
        var seen: Set<Int> = []
        return CitationFinder.citations(in: text).flatMap { citations.entries(for: $0) }
            .map { entryBlocks[$0] }.filter { $0 >= 0 && seen.insert($0).inserted }
    }

    /// "[12] Smith 2019 · cited in Introduction, Discussion (3×)": the entry at `block` and the sections
    /// whose paragraphs cite it.
    func entrySummary(at block: Int) -> String? {
        guard let index = entryBlocks.firstIndex(of: block) else { return nil }
        let entry = citations.entries[index]
        var label = entry.label
        if entry.number != nil, let short = ReferenceEntry(number: nil, text: "", authors: entry.authors, year: entry.year, line: 0).label.nonEmptyLabel {
            label += " " + short
        }
        let lines = article.citingLines(citations)[index] ?? []
        guard !lines.isEmpty else { return label + " · not cited in the text" }
        var sections: [String] = []
        for line in lines {
            let heading = article.sections.last { $0.line <= line }?.heading ?? "the opening"
            if !sections.contains(heading) { sections.append(heading) }
        }
        return label + " · cited in " + sections.prefix(4).joined(separator: ", ") + (lines.count > 1 ? " (\(lines.count)×)" : "")
    }
}

private extension String {
    var nonEmptyLabel: String? { isEmpty ? nil : self }
}
