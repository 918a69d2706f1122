import Foundation
import ScreenKit
import TractApp
import TractCore
import TractRuntime

/// The targets for input Tract treats as hostile beyond article text (issue 31): what `show` lays out,
/// EPUB packages, imported annotation files and the data folder's caches. Each checks what must hold
/// of its output, not only that nothing crashes: a broken promise stops the fuzzer like a crash.
extension FuzzTarget {
    /// `tract show`'s rows: the first byte picks the format and the width; no row may be wider than it.
    static func show(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let formats: [Article.Format] = [.text, .markdown, .html]
        let article = parse(Array(bytes.dropFirst()), format: formats[Int(first) % formats.count])
        let width = 10 + Int(first) % 150
        let lines = ArticleLayout.lines(of: article, width: width)
        for line in lines where line.kind != .blank {
            // As `plainText` prints it: a quote behind its bar ("│ ", which stands for its indent), else indented.
            let cells = (line.kind == .quote ? 2 : line.indent) + DisplayWidth.of(line.text)
            require(cells <= width, "a \(line.kind) row of \(cells) cells at width \(width): \(line.text.debugDescription)")
        }
        _ = ArticleLayout.plainText(lines)
    }

    /// An EPUB's bytes: read whole (zip, package, spine, chapters) or refused with a reason.
    static func epub(_ bytes: [UInt8]) {
        _ = try? EPUBReader.read(bytes)
    }

    /// An annotation file as `bookmarks import` reads it, against a small article: whatever the file
    /// holds, what is kept is clean text of bounded length.
    static func annotations(_ bytes: [UInt8]) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { return }
        for annotation in AnnotationImport.items(root).prefix(64) {
            guard let bookmark = AnnotationImport.bookmark(from: annotation, article: { _ in AnchorIndex(article: annotated) }) else { continue }
            for text in [bookmark.quote, bookmark.note, bookmark.before, bookmark.after, bookmark.created] {
                require(Sanitizer.cleanLines(text) == text, "an imported field kept an unsafe character: \(text.debugDescription)")
            }
            require(bookmark.quote.unicodeScalars.count <= AnnotationImport.longestQuote, "an imported quote over the limit")
        }
    }

    /// The data folder's caches: a kept PDF reading (first byte even) or a library's summaries (odd),
    /// with the header that makes them current put in front half of the time.
    static func cache(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        if first % 2 == 0 {
            let text = (first % 4 == 0 ? "tract reading 2\n" : "") + String(decoding: body, as: UTF8.self)
            guard let article = ArticleReading.decode(text, path: "fuzz.pdf", format: .pdf, contentHash: "", untitled: "Fuzz") else { return }
            _ = ArticleLayout.lines(of: article, width: 80)
            for text in [article.title] + article.sections.compactMap(\.heading) {
                require(Sanitizer.clean(text) == text, "a kept reading gave an unsafe title or heading: \(text.debugDescription)")
            }
        } else {
            let header = "tract summaries 3\tfuzz\tbuilt-in"
            let file = (first % 4 == 1 ? Array((header + "\n").utf8) : []) + body
            for entry in SummaryCache.entries(parsing: file, header: header).values {
                require(Sanitizer.clean(entry.summary.title) == entry.summary.title, "a kept summary gave an unsafe title")
            }
        }
    }

    private static let annotated = parse(Array("Safety\n\nSerotonin syndrome is a risk.\n\nIt releases serotonin.\n".utf8), format: .text)

    /// Stops the run on a broken promise, so libFuzzer keeps the input as it keeps a crash.
    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz: " + message()) }
    }
}
