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
    /// Runs of non-whitespace characters (space, tab and line break divide them).
    var wordCount: Int {
        var copy = self
        return copy.withUTF8 { Self.wordStarts(in: $0) }
    }

    /// Bytes that begin a word: a word byte after a gap, or first. Eight bytes at a time in one 64-bit
    /// word, with no branch (the words of a 10 MB article took 18 ms byte by byte; Swift's SIMD types
    /// compiled to a loop over lanes here).
    static func wordStarts(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var previous: UInt64 = 0  // high bit of each byte of the last eight: a word byte; none before the first
        var index = 0
        while index + 8 <= bytes.count {
            let words = wordBytes(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            let before = words << 8 | previous >> 56
            count += (words & ~before).nonzeroBitCount
            previous = words
            index += 8
        }
        var wordBefore = previous >> 63 == 1
        while index < bytes.count {
            let word = bytes[index] != 0x20 && bytes[index] != 0x0A && bytes[index] != 0x09
            if word && !wordBefore { count += 1 }
            wordBefore = word
            index += 1
        }
        return count
    }

    /// The high bit of each byte of `eight` that is not a space, tab or line break (little-endian order).
    @inline(__always)
    private static func wordBytes(_ eight: UInt64) -> UInt64 {
        ~(ByteLanes.zeroBytes(eight ^ 0x2020_2020_2020_2020) | ByteLanes.zeroBytes(eight ^ 0x0A0A_0A0A_0A0A_0A0A)
            | ByteLanes.zeroBytes(eight ^ 0x0909_0909_0909_0909)) & ByteLanes.highBits
    }
}
