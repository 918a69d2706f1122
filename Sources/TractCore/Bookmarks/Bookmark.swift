
/// A saved passage: where it was, its exact words with a little context each side, and a note.
public struct Bookmark: Equatable, Sendable, Codable {
    public var id: Int64?
    /// Absolute path of the article.
    public var path: String
    /// The article's content hash when the bookmark was made.
    public var contentHash: String
    /// The exact text of the passage (paragraphs separated by blank lines).
    public var quote: String
    /// Up to ~32 characters before and after the quote, to choose among repeats.
    public var before: String
    public var after: String
    /// Position when made: ordinal of the first paragraph in reading order, how many, and its source line.
    public var ordinal: Int
    public var paragraphCount: Int
    public var line: Int
    /// Heading of the section, for lists and export.
    public var section: String?
    public var topic: String?
    public var note: String
    /// ISO 8601, set by the store when the bookmark is saved.
    public var created: String

    public init(id: Int64? = nil, path: String, contentHash: String, quote: String, before: String, after: String,
                ordinal: Int, paragraphCount: Int, line: Int, section: String?, topic: String?, note: String,
                created: String = "") {
        self.id = id
        self.path = path
        self.contentHash = contentHash
        self.quote = quote
        self.before = before
        self.after = after
        self.ordinal = ordinal
        self.paragraphCount = paragraphCount
        self.line = line
        self.section = section
        self.topic = topic
        self.note = note
        self.created = created
    }

    /// A bookmark for paragraphs `ordinal ..< ordinal + count` of `article` (reading order), or nil
    /// when the range is not inside the article.
    public static func draft(article: Article, absolutePath: String, ordinal: Int, count: Int = 1, note: String = "") -> Bookmark? {
        draft(article: article, units: ParagraphUnits(article: article), absolutePath: absolutePath, ordinal: ordinal, count: count, note: note)
    }

    /// `draft` with the article's paragraphs already split (placing many bookmarks in one article).
    public static func draft(article: Article, units: ParagraphUnits, absolutePath: String, ordinal: Int, count: Int = 1,
                             note: String = "") -> Bookmark? {
        guard count >= 1, ordinal >= 0, ordinal + count <= units.count else { return nil }
        let quote = units.texts[ordinal..<(ordinal + count)].joined(separator: "\n\n")
        let before = ordinal > 0 ? String(units.texts[ordinal - 1].suffix(Self.contextLength)) : ""
        let after = ordinal + count < units.count ? String(units.texts[ordinal + count].prefix(Self.contextLength)) : ""
        let (section, paragraph) = units.location(of: ordinal)
        let topics = article.sections[section].topics.first ?? article.sections[section].paragraphs[paragraph].topics.first
        return Bookmark(path: absolutePath, contentHash: article.contentHash, quote: quote, before: before, after: after,
                        ordinal: ordinal, paragraphCount: count, line: units.lines[ordinal],
                        section: article.sections[section].heading, topic: topics?.id, note: note)
    }

    /// A bookmark on all the paragraphs of `passage` of `article`.
    public static func draft(passage: Passage, in article: Article, absolutePath: String) -> Bookmark? {
        let before = article.sections[..<passage.section].reduce(0) { $0 + $1.paragraphs.count }
        return draft(article: article, absolutePath: absolutePath, ordinal: before + passage.paragraphs.lowerBound,
                     count: passage.paragraphs.count)
    }

    static let contextLength = 32

    /// The first line of the quote, for lists.
    public var firstLine: String {
        String(quote.split(separator: "\n", maxSplits: 1).first ?? "")
    }

    /// What a list shows of the quote: its first line, and how many more paragraphs it spans.
    public var extent: String? {
        paragraphCount > 1 ? "+\(paragraphCount - 1) paragraph\(paragraphCount == 2 ? "" : "s")" : nil
    }
}

/// An article's paragraphs in reading order, with their source lines and section positions.
public struct ParagraphUnits: Sendable {
    public let texts: [Substring]
    public let lines: [Int]
    /// (section index, paragraph index) of each unit.
    public let locations: [(Int, Int)]

    public init(article: Article) {
        var texts: [Substring] = []
        var lines: [Int] = []
        var locations: [(Int, Int)] = []
        for (sectionIndex, section) in article.sections.enumerated() {
            for (paragraphIndex, paragraph) in section.paragraphs.enumerated() {
                texts.append(paragraph.text)
                lines.append(paragraph.line)
                locations.append((sectionIndex, paragraphIndex))
            }
        }
        self.texts = texts
        self.lines = lines
        self.locations = locations
    }

    public var count: Int { texts.count }

    public func location(of ordinal: Int) -> (section: Int, paragraph: Int) {
        locations[ordinal]
    }
}

extension ParagraphUnits {
    /// Where paragraph `ordinal` starts in the article's text as Web Annotation positions count it: the
    /// paragraphs in reading order joined by a blank line ("\n\n"), in Unicode scalars.
    public func scalarOffset(of ordinal: Int) -> Int {
        texts.prefix(ordinal).reduce(0) { $0 + $1.unicodeScalars.count + 2 }
    }

    /// The paragraph a scalar offset falls in (the last one for an offset past the end).
    public func ordinal(atScalarOffset offset: Int) -> Int? {
        guard !texts.isEmpty else { return nil }
        var start = 0
        for (ordinal, text) in texts.enumerated() {
            let end = start + text.unicodeScalars.count + 2
            if offset < end { return ordinal }
            start = end
        }
        return texts.count - 1
    }
}
