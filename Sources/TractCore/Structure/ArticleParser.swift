import Dispatch

/// Turns an article's bytes into a structured, topic-labelled `Article`. Pure: no file access.
public enum ArticleParser {
    /// Parses `bytes` as `format`; `path` is recorded and gives the fallback title.
    public static func parse(bytes: consuming [UInt8], path: String, format: Article.Format,
                             classifier: TopicClassifier, vocabulary: Vocabulary? = nil, parallel: Bool = true) -> Article {
        label(structure(bytes: consume bytes, path: path, format: format), classifier: classifier, vocabulary: vocabulary,
              parallel: parallel)
    }

    /// The article's sections and paragraphs, its topics still to come (`topicsPending`): the reader
    /// shows a big article's whole outline from this while the longer labelling runs.
    /// Text and Markdown bytes are let go once decoded (a caller that hands them over with `consume`
    /// does not hold a second copy of the file), and the decoded text once its structure is read.
    public static func structure(bytes: consuming [UInt8], path: String, format: Article.Format) -> Article {
        var article: Article
        switch format {
        case .text, .markdown:
            // The hash and line count of a big file are worked out beside its decoding and structure
            // (~20 ms of 10 MB); the file's bytes go once both are done with them.
            let summary = Self.summarise(aside: bytes.count >= 1 << 20) { [bytes] in bytes.withUnsafeBufferPointer(Self.summary) }
            article = structure(text: ArticleDecoder.decode(consume bytes), path: path, format: format)
            (article.contentHash, article.lineCount) = summary()
        case .html, .epub, .pdf:
            let parsed = format == .html ? HTMLReader.parse(bytes) : format == .epub ? EPUBReader.parse(bytes) : PDFLayoutReader.parse(bytes)
            return structure(parsed: parsed, of: bytes, path: path, format: format)
        }
        article.topicsPending = true
        return article
    }

    /// The article a page, book or paper read as `parsed` makes (its file's bytes are `bytes`).
    public static func structure(parsed: HTMLReader.Result, of bytes: [UInt8], path: String, format: Article.Format) -> Article {
        let (hash, lineCount) = bytes.withUnsafeBufferPointer(Self.summary)
        var article = Article(path: path, title: parsed.title ?? untitled(path), format: format, date: parsed.date.map(Sanitizer.clean),
                              sections: parsed.sections, contentHash: hash, lineCount: lineCount)
        article.about = parsed.about.cleaned
        article.topicsPending = true
        return article
    }

    /// The title of a page, paper or book whose file gives none: its file name in words.
    public static func untitled(_ path: String) -> String {
        Sanitizer.clean(ArticlePath.words(fromStem: ArticlePath.stem(of: path)))
    }

    /// The structure of a text or Markdown file whose bytes were adopted as its text unchanged
    /// (`ArticleDecoder.adopt`): the hash and line count are those of the bytes, as for any file.
    public static func structure(adopted text: consuming String, path: String, format: Article.Format) -> Article {
        let summary = Self.summarise(aside: text.utf8.count >= 1 << 20) { [text] in
            var text = text
            return text.withUTF8(Self.summary)
        }
        var article = structure(text: consume text, path: path, format: format)
        (article.contentHash, article.lineCount) = summary()
        article.topicsPending = true
        return article
    }

    /// `article` with every section and paragraph labelled.
    public static func label(_ article: Article, classifier: TopicClassifier, vocabulary: Vocabulary? = nil,
                             parallel: Bool = true) -> Article {
        let labelled = classifier.label(article.sections, vocabulary: vocabulary, parallel: parallel)
        var result = Article(path: article.path, title: article.title, format: article.format, titleLine: article.titleLine,
                             source: article.source, date: article.date, sections: labelled.sections, nearest: labelled.nearest,
                             contentHash: article.contentHash, lineCount: article.lineCount)
        result.isComplete = article.isComplete
        result.about = article.about
        return result
    }

    private static func structure(text: consuming String, path: String, format: Article.Format) -> Article {
        // Made only for an article without a title of its own: it reads the casing of every word.
        func fallbackTitle(_ text: String) -> String {
            Sanitizer.clean(ArticlePath.words(fromStem: ArticlePath.stem(of: path), casingFrom: text))
        }
        if format == .markdown {
            let parsed = MarkdownParser.parse(consume text, untitled: fallbackTitle)
            let meta = parsed.frontMatter
            var article = Article(path: path, title: meta.title ?? parsed.title ?? "", format: .markdown,
                                  titleLine: meta.title == nil ? parsed.titleLine : nil, source: meta.source, date: meta.date,
                                  sections: parsed.sections, contentHash: "")
            article.about = meta.about
            OpeningMetadata.fill(&article)
            return article
        }
        let parsed = PlainTextParser.parse(text)
        var article = Article(path: path, title: parsed.title ?? fallbackTitle(text), format: .text, titleLine: parsed.titleLine,
                              sections: parsed.sections, contentHash: "")
        OpeningMetadata.fill(&article)
        return article
    }

    /// The content hash and line count of a file's bytes.
    private static func summary(of bytes: UnsafeBufferPointer<UInt8>) -> (hash: String, lines: Int) {
        (ContentHash.of(bytes), lineCount(bytes))
    }

    /// What `work` works out (a hash and line count), on another thread when `aside`; the result waits for it.
    private static func summarise(aside: Bool, _ work: @escaping @Sendable () -> (hash: String, lines: Int))
        -> () -> (hash: String, lines: Int) {
        guard aside else {
            let summary = work()
            return { summary }
        }
        final class Box: @unchecked Sendable { var summary = ("", 0) }
        let (box, group) = (Box(), DispatchGroup())
        DispatchQueue.global().async(group: group) { box.summary = work() }
        return {
            group.wait()
            return box.summary
        }
    }

    /// Lines in the file: line breaks, plus one for a last line without one.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = bytes.last else { return 0 }
        var breaks = 0
        for byte in bytes where byte == 0x0A { breaks += 1 }
        return breaks + (last == 0x0A ? 0 : 1)
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
        bytes.withUnsafeBufferPointer { of($0) }
    }

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}
