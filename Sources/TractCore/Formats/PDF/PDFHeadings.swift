#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a PDF's title and headings are, by line index.
enum PDFHeadings {
    typealias Line = PDFLayoutReader.Line

    /// The largest text on the first page (lines of that size next to each other), when it is larger
    /// than the body text.
    static func title(_ lines: [Line], body: Int) -> (String?, Set<Int>) {
        guard let firstPage = lines.first?.page else { return (nil, []) }
        let candidates = lines.indices.filter { lines[$0].page == firstPage && lines[$0].text.contains(where: \.isLetter) }
        guard let largest = candidates.map({ lines[$0].size }).max(), largest > body + 1 else { return (nil, []) }
        guard var start = candidates.first(where: { lines[$0].size == largest }) else { return (nil, []) }
        if isKicker(start, before: start + 1, in: lines) { start += 1 }
        var taken = [start]
        // A line above, a size smaller and close, starts the title (its longest run a name in italics) —
        // unless it is a kicker: a few words in another weight than the title ("Research Article").
        while let first = taken.first, first > 0, lines[first - 1].page == firstPage, lines[first - 1].size >= largest - 2,
              lines[first - 1].size > body + 1, lines[first].top - lines[first - 1].top <= lines[first - 1].height * 2,
              !isKicker(first - 1, before: first, in: lines) {
            taken.insert(first - 1, at: 0)
        }
        var next = start + 1
        // A title runs on over lines set at its size (a name in italics may be a size smaller).
        while next < lines.count, lines[next].page == firstPage, lines[next].size >= largest - 2, lines[next].size > body + 1,
              let last = taken.last, lines[next].top - lines[last].top <= lines[last].height * 2 {
            taken.append(next)
            next += 1
        }
        var title = taken.map { lines[$0].text }.joined(separator: " ")
        // A status note after the title ("[version 2; referees: 2 approved]") is not part of it.
        if title.hasSuffix("]"), let open = title.lastIndex(of: "["), title.distance(from: title.startIndex, to: open) > 10 {
            title = String(title[..<open]).trimmingCharacters(in: .whitespaces)
        }
        return (title, Set(taken))
    }

    /// Whether line `index` is a kicker over the title line `title`: a few words set as large, close
    /// above it, in another weight ("Research Article" in italics over a bold title).
    private static func isKicker(_ index: Int, before title: Int, in lines: [Line]) -> Bool {
        guard title < lines.count, lines[title].page == lines[index].page, lines[title].size >= lines[index].size - 2 else { return false }
        return lines[index].bold != lines[title].bold && lines[index].text.split(separator: " ").count <= 3
            && lines[title].top - lines[index].top <= lines[index].height * 2
    }

    /// Headings from the PDF's outline (bookmarks): each entry found as a line (or up to three lines
    /// read together) on its page or the next, after the entry before when it can be; nil when most
    /// entries cannot be found.
    static func fromOutline(_ outline: [PDFLayout.OutlineItem], lines: [Line], skipping: Set<Int>) -> [Int: Int]? {
        guard outline.count >= 3 else { return nil }
        var found: [Int: Int] = [:]
        var from = 0
        for item in outline {
            let wanted = normalised(item.title)
            let free = { (index: Int) in !skipping.contains(index) && found[index] == nil }
            let onPage = lines.indices.filter { lines[$0].page == item.page && free($0) }
            let next = lines.indices.filter { lines[$0].page == item.page + 1 && free($0) }
            let ordered = onPage.filter { $0 >= from } + onPage.filter { $0 < from } + next
            guard let (index, span) = ordered.lazy.compactMap({ match(wanted, at: $0, in: lines) }).first else { continue }
            found[index] = item.depth
            for extra in 0..<span where extra > 0 { found[index + extra] = -1 }  // the heading's further lines
            from = index + span
        }
        return found.values.filter { $0 > 0 }.count * 10 >= outline.count * 6 ? found : nil
    }

    /// Whether `wanted` is the line at `index`, or it and the one or two after it; how many lines.
    private static func match(_ wanted: String, at index: Int, in lines: [Line]) -> (Int, Int)? {
        var text = ""
        for span in 0..<3 where index + span < lines.count {
            text += lines[index + span].text
            let have = normalised(text)
            if have == wanted { return (index, span + 1) }
            if have.isEmpty || !wanted.hasPrefix(have) { return nil }
        }
        return nil
    }

    /// Headings by their type: short lines on their own in a size above the body text, or bold at
    /// the body size; levels by size (larger first), then by numbering depth.
    static func fromFonts(_ lines: [Line], body: Int, skipping: Set<Int>) -> [Int: Int] {
        var candidates = lines.indices.filter { !skipping.contains($0) && isCandidate(lines[$0], body: body) }
        // After the references heading, bold author names in the list are no headings: only a heading
        // set like one before it (an appendix) is.
        if let references = candidates.first(where: { ReferenceList.isHeading(lines[$0].text) }) {
            let styles = Set(candidates.filter { $0 <= references }.map { style(lines[$0]) })
            candidates = candidates.filter { $0 <= references || styles.contains(style(lines[$0])) && !isReferenceEntry(lines[$0].text) }
        }
        candidates = candidates.filter { !isAuthorLine($0, in: lines) }
        let sizes = Array(Set(candidates.map { lines[$0].size })).sorted(by: >)
        var found: [Int: Int] = [:]
        for index in candidates {
            let line = lines[index]
            let number = HeadingRules.match(Substring(line.text))
            let bySize = (sizes.firstIndex(of: line.size) ?? 0) + 1
            found[index] = number?.isNumbered == true ? number!.level : min(bySize, 3)
        }
        return found
    }

    private static func isCandidate(_ line: Line, body: Int) -> Bool {
        let text = line.text
        if line.runIn { return !isCaption(text) }
        let words = text.split(separator: " ").count
        guard !line.gapped, words <= 14, text.count <= 110, text.contains(where: \.isLetter),
              !text.hasSuffix(","), !text.hasSuffix(";"), !isCaption(text), !looksLikeAuthors(text) else { return false }
        if line.size >= body + 2 { return true }
        return line.bold && line.size >= body - 1 && !(text.last == "." && words > 6)
    }

    /// A list of names (two commas or more), or a line starting with an affiliation mark ("1Andrew",
    /// ",2and"): the authors under a title, not a heading.
    private static func looksLikeAuthors(_ text: String) -> Bool {
        if text.filter({ $0 == "," }).count >= 2 { return true }
        guard let first = text.first else { return false }
        if first.isPunctuation { return true }
        if first.isNumber, let letter = text.first(where: { !$0.isNumber }), letter.isLetter { return true }
        return false
    }

    /// A line of names on the first page before its first section (the end of an author list that
    /// wrapped: "and Ki-Nam Shim3"): every word capitalised, "and" or an affiliation mark aside.
    private static func isAuthorLine(_ index: Int, in lines: [Line]) -> Bool {
        let line = lines[index]
        guard line.page == lines.first?.page, !line.runIn, HeadingRules.match(Substring(line.text))?.isNumbered != true else { return false }
        let before = lines[..<index]
        guard !before.contains(where: { normalised($0.text) == "abstract" || HeadingRules.match(Substring($0.text))?.isNumbered == true })
        else { return false }
        let words = line.text.split(separator: " ")
        guard (2...6).contains(words.count), normalised(line.text) != "abstract" else { return false }
        return words.allSatisfy { word in
            word == "and" || word == "&" || word.first?.isUppercase == true && !word.dropFirst().contains(where: \.isUppercase)
                || word.first?.isUppercase == true && word.count <= 3
        }
    }

    /// "Ronquist F, Huelsenbeck JP. 2003." — an entry of a reference list.
    private static func isReferenceEntry(_ text: String) -> Bool {
        text.contains(",") || text.range(of: "(19|20)[0-9][0-9]", options: .regularExpression) != nil
    }

    private static func style(_ line: Line) -> String {
        "\(line.size) \(line.bold) \(line.text == line.text.uppercased())"
    }

    /// "Table 2", "Figure 3", "Fig. 1": a caption, a block of its own but never a heading.
    static func isCaption(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["table ", "figure ", "fig. ", "fig "].contains { prefix in
            lower.hasPrefix(prefix) && lower.dropFirst(prefix.count).first?.isNumber == true
        }
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

/// Paragraphs rebuilt from a PDF's lines: a line joins the paragraph above unless a heading, a caption,
/// a change of type size, a wider gap or an indented first line starts a new one.
enum PDFParagraphs {
    typealias Line = PDFLayoutReader.Line

    static func blocks(_ lines: [Line], headings: [Int: Int], skipping: Set<Int>, body: Int) -> [Block] {
        var joiner = LineJoiner(lines: lines.map { Substring($0.text) })
        var blocks: [Block] = []
        // The paragraph being joined: its line, and its text grown in place (appending to a copy
        // would copy the whole paragraph per line).
        var current: Int?
        var text = ""
        var previous: Line?
        func flush() { if let line = current { blocks.append(Block(kind: .body(.paragraph), line: line, text: text)) }; current = nil }
        let entryStarts = referenceEntryStarts(lines, headings: headings)
        for (index, line) in lines.enumerated() where !skipping.contains(index) {
            let position = line.page * 1000 + line.number
            if let level = headings[index] {
                flush()
                if level < 0, let last = blocks.indices.last, blocks[last].headingLevel != nil {
                    blocks[last].text += " " + line.text  // a heading running onto a second line
                } else if level > 0 {
                    blocks.append(Block(kind: .heading(level: level), line: position, text: Sanitizer.clean(line.text)))
                }
                previous = nil
                continue
            }
            let continued = entryStarts.flatMap { $0.range.contains(index) ? !$0.starts.contains(index) : nil }
            if current != nil, let previous, continued ?? continues(previous: previous, line: line) {
                joiner.append(Substring(Sanitizer.clean(line.text)), to: &text)
            } else {
                flush()
                current = position
                text = joiner.collapsed(Substring(Sanitizer.clean(line.text)))
            }
            previous = line
        }
        flush()
        return blocks
    }

    /// The reference list's lines (from its heading to the next heading) and where its entries begin.
    private static func referenceEntryStarts(_ lines: [Line], headings: [Int: Int]) -> (range: Range<Int>, starts: Set<Int>)? {
        guard let heading = headings.keys.filter({ headings[$0]! > 0 && ReferenceList.isHeading(lines[$0].text) }).max() else { return nil }
        let end = headings.keys.filter { $0 > heading && headings[$0]! > 0 }.min() ?? lines.count
        guard heading + 1 < end else { return nil }
        let range = (heading + 1)..<end
        return (range, PDFReferenceLines.starts(lines, in: range))
    }

    private static func continues(previous: Line, line: Line) -> Bool {
        if PDFHeadings.isCaption(line.text) || abs(line.size - previous.size) > 1 { return false }
        guard line.page == previous.page else { return true }
        let gap = line.top - previous.top
        if gap > previous.height * 17 / 10 || gap < 0 && line.left <= previous.left { return false }
        // An indented first line, under a line that ran the full width, starts a paragraph.
        return !(line.left > previous.left + 8 && gap >= 0)
    }
}
