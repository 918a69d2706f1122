/// One block of an article's text: a paragraph, list item, quote, code block or table.
public struct Paragraph: Equatable, Sendable {
    /// What kind of block this is; the reader styles each differently. Code and tables are
    /// preformatted: their lines are kept as written.
    public enum Kind: String, Sendable, Codable {
        case paragraph, listItem, quote, code, table
    }

    // Stored widest first and the line in 32 bits (a file of at most 512 MB has fewer lines), so a
    // paragraph takes 88 bytes rather than 96: 20,000 paragraphs, held twice while a big article's
    // topics are handed over.

    /// The sanitised text, lines of a wrapped paragraph joined with spaces. A slice of the article's
    /// decoded text where the paragraph is written there as it is (one line, nothing removed), so a
    /// big article holds its text once rather than once more per paragraph.
    public var text: Substring
    /// Its content words in brief, set by the classifier; compare pairs passages by it.
    public var signature = WordSignature()
    /// Topics above the threshold, strongest first.
    public var topics: [TopicLabel]
    /// Emphasised stretches of the text (Markdown's `*…*` and `**…**`).
    public var emphasis: [Emphasis] = []
    private var storedLine: Int32
    public var kind: Kind

    /// 1-based source line the block starts on.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// Characters `range` of the text are emphasised; `strong` for `**…**`.
    public struct Emphasis: Equatable, Sendable {
        public var range: Range<Int>
        public var strong: Bool

        public init(range: Range<Int>, strong: Bool) {
            self.range = range
            self.strong = strong
        }
    }

    public init(line: Int, text: Substring, kind: Kind = .paragraph, topics: [TopicLabel] = []) {
        storedLine = Int32(clamping: line)
        self.text = text
        self.kind = kind
        self.topics = topics
    }

    public init(line: Int, text: String, kind: Kind = .paragraph, topics: [TopicLabel] = []) {
        self.init(line: line, text: Substring(text), kind: kind, topics: topics)
    }

    /// Number of words, counted as runs of non-space characters.
    public var wordCount: Int { text.wordCount }
}

extension Substring {
    /// Runs of non-whitespace characters.
    var wordCount: Int {
        var copy = self
        return copy.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09
                if !space && !inWord { count += 1 }
                inWord = !space
            }
            return count
        }
    }
}
