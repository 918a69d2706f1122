/// An article's structure as text, so a reading that was slow to make (a PDF's layout rebuilt into
/// sections) can be kept and read back far faster than it was made. Topics are not kept: they depend on
/// the topic set and are labelled again on every open.
///
/// One record per line, fields split by tabs; a tab, line break or backslash in a field is written
/// as `\t`, `\n` or `\\`:
/// ```
/// tract reading 2
/// meta  <title> <date> <byline> <site> <doi> <line count> <authors, split by `; `>
/// S     <level> <line> <heading>
/// P     <line> <kind> <emphasis> <text>
/// ```
/// A field that may be absent is `-` when it is, else `=` and its text (the lead section's heading is
/// absent, and so is a title the file did not give). Emphasis is `start-end` character ranges, `s` after
/// a strong one, split by commas.
public enum ArticleReading {
    static let header = "tract reading 2"

    /// The text of `article`'s structure and metadata; `untitled` is the title it has when its file
    /// gives none (from its path, so a copy under another name is not read with this one's).
    public static func encode(_ article: Article, untitled: String) -> String {
        var out = header + "\n"
        let meta = [article.title == untitled ? nil : article.title, article.date, article.byline, article.siteName, article.doi].map(optional)
        out += (["meta"] + meta + ["\(article.lineCount)", escaped(article.about.authors.joined(separator: "; ")[...])]).joined(separator: "\t") + "\n"
        for section in article.sections {
            out += "S\t\(section.level)\t\(section.line)\t\(optional(section.heading))\n"
            for paragraph in section.paragraphs {
                let emphasis = paragraph.emphasis.map { "\($0.range.lowerBound)-\($0.range.upperBound)\($0.strong ? "s" : "")" }
                out += "P\t\(paragraph.line)\t\(paragraph.kind.rawValue)\t\(emphasis.joined(separator: ","))\t"
                out += escaped(paragraph.text) + "\n"
            }
        }
        return out
    }

    /// The article `text` describes, read from `path` as `format` with `contentHash` (titled `untitled`
    /// when the file gives no title); nil when the text is not one `encode` wrote (a damaged or foreign
    /// cache entry is a miss, never an error).
    public static func decode(_ text: String, path: String, format: Article.Format, contentHash: String,
                              untitled: String) -> Article? {
        var lines = split(text[...], by: 0x0A)
        // The text ends in a line break, so its last piece is empty; a reading has at least its header
        // and its meta line before that (a file of the header alone crashed the reader: found by fuzzing).
        guard lines.count >= 3, lines[0] == header, lines.last == "" else { return nil }
        lines.removeLast()
        let fields = split(lines[1], by: 0x09)
        guard fields.count == 8, fields[0] == "meta", let lineCount = Int(fields[6]) else { return nil }
        // A cache entry is hostile input like any file: what lands on a title line is cleaned again.
        let meta = fields[1...5].map(present).map { $0.map { $0.map(Sanitizer.clean) } }
        guard !meta.contains(where: { $0 == nil }), let sections = sections(lines.dropFirst(2)) else { return nil }
        var article = Article(path: path, title: meta[0]! ?? untitled, format: format, date: meta[1]!, sections: sections,
                              contentHash: contentHash, lineCount: lineCount)
        guard let joined = unescaped(fields[7]) else { return nil }
        let authors = joined.split(separator: "; ").map { Sanitizer.clean(String($0)) }
        article.about = ArticleMetadata(byline: meta[2]!, authors: authors, siteName: meta[3]!, doi: meta[4]!)
        article.topicsPending = true
        return article
    }

    private static func sections(_ lines: ArraySlice<Substring>) -> [Section]? {
        var sections: [Section] = []
        for line in lines {
            let fields = split(line, by: 0x09)
            if fields.first == "S" {
                guard fields.count == 4, let level = Int(fields[1]), let start = Int(fields[2]), let heading = present(fields[3])
                else { return nil }
                sections.append(Section(heading: heading.map(Sanitizer.clean), level: level, line: start))
            } else {
                guard fields.first == "P", fields.count == 5, !sections.isEmpty, let start = Int(fields[1]),
                      let kind = Paragraph.Kind(rawValue: String(fields[2])), let text = unescaped(fields[4]),
                      let emphasis = emphasis(fields[3]), (emphasis.map(\.range.upperBound).max() ?? 0) <= (emphasis.isEmpty ? 0 : text.count)
                else { return nil }
                var paragraph = Paragraph(line: start, text: text, kind: kind)
                paragraph.emphasis = emphasis
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        return sections
    }

    /// `text` split at every `byte` (an ASCII one, so every piece is whole characters); split by
    /// bytes because splitting by characters was most of reading a paper back.
    private static func split(_ text: Substring, by byte: UInt8) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = start
        let utf8 = text.utf8
        while index != text.endIndex {
            if utf8[index] == byte {
                pieces.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    private static func emphasis(_ field: Substring) -> [Paragraph.Emphasis]? {
        var spans: [Paragraph.Emphasis] = []
        for item in field.split(separator: ",") {
            let strong = item.hasSuffix("s")
            let bounds = item.dropLast(strong ? 1 : 0).split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count == 2, let lower = Int(bounds[0]), let upper = Int(bounds[1]), lower <= upper else { return nil }
            spans.append(Paragraph.Emphasis(range: lower..<upper, strong: strong))
        }
        return spans
    }

    /// `-` for nothing, else `=` and the escaped text (so no text is ever taken for nothing).
    private static func optional<Text: StringProtocol>(_ value: Text?) -> String {
        value.map { "=" + escaped($0) } ?? "-"
    }

    /// What `optional` wrote (`.some(nil)` for nothing); nil when the field is not one it writes.
    private static func present(_ field: Substring) -> String?? {
        if field == "-" { return .some(nil) }
        guard field.first == "=" else { return nil }
        return unescaped(field.dropFirst()).map { .some(String($0)) }
    }

    private static func escaped<Text: StringProtocol>(_ value: Text) -> String {
        guard value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x5C }) else { return String(value) }
        var out = ""
        for character in value.unicodeScalars {
            switch character {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The text `escaped` wrote (the field itself when nothing in it is escaped: paragraphs stay slices
    /// of the one text read); nil when an escape is not one it writes.
    private static func unescaped(_ field: Substring) -> Substring? {
        guard field.utf8.contains(0x5C) else { return field }
        var out = ""
        var scalars = field.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else { out.unicodeScalars.append(scalar); continue }
            switch scalars.next() {
            case "t": out += "\t"
            case "n": out += "\n"
            case "\\": out += "\\"
            default: return nil
            }
        }
        return out[...]
    }
}
