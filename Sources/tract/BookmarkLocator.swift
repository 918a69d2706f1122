import Foundation
import TractCore
import TractRuntime

/// A bookmark with where it is in the article's current text.
struct LocatedBookmark {
    var bookmark: Bookmark
    var anchor: Anchor?
    /// Title of the article when it could be read.
    var title: String?

    var currentLine: Int? {
        if case .anchored(_, let line, _) = anchor { return line }
        return nil
    }

    /// "anchored", "moved (exact)", "moved (fuzzy 0.91)", "orphan", or "article missing".
    var status: String {
        switch anchor {
        case nil: return "article missing"
        case .orphan: return "orphan"
        case .anchored(_, _, .unchanged): return "anchored"
        case .anchored(_, _, .exact): return "re-anchored (exact quote)"
        case .anchored(_, _, .fuzzy(let score)): return "re-anchored (fuzzy \(score))"
        }
    }
}

/// Re-anchors bookmarks against the current text of their articles, reading each article once.
struct BookmarkLocator {
    let options: LibraryOptions

    func locate(_ bookmarks: [Bookmark]) throws -> [LocatedBookmark] {
        var articles: [String: Article?] = [:]
        let loader = LibraryLoader(topicsFile: options.topics)
        return bookmarks.map { bookmark in
            if articles[bookmark.path] == nil {
                let classifier = TopicClassifier(topicSet: (try? loader.topics(forFirstFolderIn: [(bookmark.path as NSString).deletingLastPathComponent])) ?? .builtIn)
                articles[bookmark.path] = .some(try? loader.loadArticle(path: bookmark.path, classifier: classifier))
            }
            guard let article = articles[bookmark.path] ?? nil else { return LocatedBookmark(bookmark: bookmark) }
            return LocatedBookmark(bookmark: bookmark, anchor: Anchor.locate(bookmark, in: article), title: article.title)
        }
    }

    /// The paragraph that starts at `line` or runs over it (a hard-wrapped paragraph spans lines):
    /// the last paragraph starting at or before `line` with no heading or paragraph starting in between.
    static func paragraph(atLine line: Int, in article: Article) -> Int? {
        let units = ParagraphUnits(article: article)
        guard line >= 1, let candidate = units.lines.lastIndex(where: { $0 <= line }) else { return nil }
        let headingLines = article.sections.filter { $0.heading != nil }.map(\.line)
        let nextStart = ([candidate + 1 < units.count ? units.lines[candidate + 1] : article.lineCount + 1]
            + headingLines.filter { $0 > units.lines[candidate] }).min() ?? Int.max
        return line < nextStart ? candidate : nil
    }
}

/// The `bookmarks list --json` entry.
struct BookmarkJSON: Encodable {
    var id: Int64
    var path: String
    var title: String?
    var section: String?
    var topic: String?
    var quote: String
    var note: String
    var created: String
    var line: Int?
    var originalLine: Int
    var status: String

    init(_ item: LocatedBookmark) {
        id = item.bookmark.id ?? 0
        path = Sanitizer.clean(item.bookmark.path)
        title = item.title
        section = item.bookmark.section
        topic = item.bookmark.topic
        quote = item.bookmark.quote
        note = item.bookmark.note
        created = item.bookmark.created
        line = item.currentLine
        originalLine = item.bookmark.line
        status = item.status
    }
}

/// Markdown export: grouped by article and section, quotes as block quotes, notes under them.
enum BookmarkExport {
    static func markdown(_ located: [LocatedBookmark]) -> String {
        var out = "# Tract bookmarks\n"
        var order: [String] = []
        var byArticle: [String: [LocatedBookmark]] = [:]
        for item in located.reversed() {  // oldest first reads like the article
            if byArticle[item.bookmark.path] == nil { order.append(item.bookmark.path) }
            byArticle[item.bookmark.path, default: []].append(item)
        }
        for path in order {
            let items = byArticle[path] ?? []
            let title = items.first?.title ?? ArticlePath.words(fromStem: ArticlePath.stem(of: path))
            out += "\n## \(title)\n\n`\(Sanitizer.clean(path))`\n"
            var sections: [String] = []
            var bySection: [String: [LocatedBookmark]] = [:]
            for item in items.sorted(by: { ($0.currentLine ?? $0.bookmark.line) < ($1.currentLine ?? $1.bookmark.line) }) {
                let key = item.bookmark.section ?? "(opening)"
                if bySection[key] == nil { sections.append(key) }
                bySection[key, default: []].append(item)
            }
            for section in sections {
                out += "\n### \(section)\n"
                for item in bySection[section] ?? [] {
                    out += "\n" + item.bookmark.quote.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n"
                    if !item.bookmark.note.isEmpty { out += "\n" + item.bookmark.note + "\n" }
                    let line = item.currentLine.map { "line \($0)" } ?? item.status
                    out += "\n— \(Sanitizer.clean(path)), \(line)\n"
                }
            }
        }
        return out
    }
}
