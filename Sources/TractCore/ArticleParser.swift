/// Turns an article's bytes into a structured, topic-labelled `Article`. Pure: no file access.
public enum ArticleParser {
    /// Parses `bytes` as `format`; `path` is recorded and gives the fallback title.
    /// Text and Markdown bytes are let go once decoded (a caller that hands them over with `consume`
    /// does not hold a second copy of the file through the parse).
    public static func parse(bytes: consuming [UInt8], path: String, format: Article.Format,
                             classifier: TopicClassifier, vocabulary: Vocabulary? = nil, parallel: Bool = true) -> Article {
        let hash = ContentHash.of(bytes)
        let lineCount = Self.lineCount(bytes)
        let stem = ArticlePath.stem(of: path)
        switch format {
        case .text, .markdown:
            return parseText(ArticleDecoder.decode(consume bytes), path: path, format: format, hash: hash, lineCount: lineCount,
                             classifier: classifier, vocabulary: vocabulary, parallel: parallel)
        case .html, .epub, .pdf:
            let parsed = format == .html ? HTMLReader.parse(bytes) : format == .epub ? EPUBReader.parse(bytes) : PDFLayoutReader.parse(bytes)
            let labelled = classifier.label(parsed.sections, vocabulary: vocabulary, parallel: parallel)
            let title = parsed.title ?? Sanitizer.clean(ArticlePath.words(fromStem: stem))
            return Article(path: path, title: title, format: format, sections: labelled.sections, nearest: labelled.nearest,
                           contentHash: hash, lineCount: lineCount)
        }
    }

    /// The text is let go once its structure is read, before the (longer) labelling: only the
    /// paragraphs' own copies of it are held from there on.
    private static func parseText(_ text: consuming String, path: String, format: Article.Format, hash: String, lineCount: Int,
                                  classifier: TopicClassifier, vocabulary: Vocabulary?, parallel: Bool) -> Article {
        // Made only for an article without a title of its own: it reads the casing of every word.
        func fallbackTitle(_ text: String) -> String {
            Sanitizer.clean(ArticlePath.words(fromStem: ArticlePath.stem(of: path), casingFrom: text))
        }
        switch format {
        case .text:
            let parsed = PlainTextParser.parse(text)
            let title = parsed.title ?? fallbackTitle(text)
            _ = consume text
            let labelled = classifier.label(parsed.sections, vocabulary: vocabulary, parallel: parallel)
            return Article(path: path, title: title, format: .text, titleLine: parsed.titleLine,
                           sections: labelled.sections, nearest: labelled.nearest, contentHash: hash, lineCount: lineCount)
        case .markdown:
            let parsed = MarkdownParser.parse(text)
            let meta = parsed.frontMatter
            let title = meta.title ?? parsed.title ?? fallbackTitle(text)
            _ = consume text
            let labelled = classifier.label(parsed.sections, vocabulary: vocabulary, parallel: parallel)
            return Article(path: path, title: title, format: .markdown,
                           titleLine: meta.title == nil ? parsed.titleLine : nil, source: meta.source, date: meta.date,
                           sections: labelled.sections, nearest: labelled.nearest, contentHash: hash, lineCount: lineCount)
        default:
            preconditionFailure("parseText reads text and Markdown only")
        }
    }

    /// Lines in the file: line breaks, plus one for a last line without one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        guard !bytes.isEmpty else { return 0 }
        var breaks = 0
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer where byte == 0x0A { breaks += 1 }
        }
        return breaks + (bytes.last == 0x0A ? 0 : 1)
    }

    /// Whether bytes look like a binary file rather than text: NULs scattered through the start, or
    /// mostly control bytes. A stray NUL or a run of escape sequences is still text (shown escaped).
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        var nuls = 0
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
            controls += 1
            if byte == 0 { nuls += 1 }
        }
        return (nuls > 1 && nuls * 100 > sample.count) || controls * 10 > sample.count * 3
    }
}

/// A short, stable fingerprint of an article's bytes (FNV-1a, 64 bit, hex).
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}
