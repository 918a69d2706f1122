import Foundation
import TractCore
import TractRuntime

/// A bookmark with where it is in the article's current text.
struct LocatedBookmark {
    var bookmark: Bookmark
    var anchor: Anchor?
    /// Title of the article when it could be read.
    var title: String?
    /// How to cite the article, when it could be read.
    var citation: BibliographicRecord?

    var currentLine: Int? {
        if case .anchored(_, let line, _) = anchor { return line }
        return nil
    }

    /// "anchored", "moved (exact)", "moved (fuzzy 0.91)", "orphan", or "article missing".
    var status: String {
        switch anchor {
        case nil: return "article missing"
        case .orphan: return "orphan"
        case .unplaced: return "not placed (too many bookmarks in changed articles to place at once)"
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
        try locateReading(bookmarks).located
    }

    /// The bookmarks located, and the articles read for them (by path; missing ones left out).
    func locateReading(_ bookmarks: [Bookmark]) throws -> (located: [LocatedBookmark], articles: [String: Article]) {
        var articles: [String: Article] = [:]
        var missing = Set<String>()
        // An article's paragraphs and its citation are made once, however many bookmarks it holds.
        var indexes: [String: (AnchorIndex, BibliographicRecord?)] = [:]
        let budget = AnchorIndex.Budget.command
        let located = bookmarks.map { bookmark in
            guard let article = article(bookmark.path, cache: &articles, missing: &missing) else { return LocatedBookmark(bookmark: bookmark) }
            if indexes[bookmark.path] == nil {
                indexes[bookmark.path] = (AnchorIndex(article: article, budget: budget), BibliographicRecord(article: article))
            }
            let (index, citation) = indexes[bookmark.path]!
            return LocatedBookmark(bookmark: bookmark, anchor: index.locate(bookmark), title: article.title, citation: citation)
        }
        return (located, articles)
    }

    /// The article at `path` as it is now (read once), or nil when it cannot be read.
    func article(_ path: String, cache: inout [String: Article], missing: inout Set<String>) -> Article? {
        if let known = cache[path] { return known }
        guard !missing.contains(path) else { return nil }
        let loader = LibraryLoader(topicsFile: options.topics)
        let classifier = TopicClassifier(topicSet: (try? loader.topics(forFirstFolderIn: [(path as NSString).deletingLastPathComponent])) ?? .builtIn)
        guard let article = try? loader.loadArticle(path: path, classifier: classifier) else { missing.insert(path); return nil }
        cache[path] = article
        return article
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
    /// Bookmarks by article, articles in the order of their oldest bookmark (oldest first reads like
    /// the article), each article's bookmarks oldest first.
    static func byArticle(_ located: [LocatedBookmark]) -> [(path: String, items: [LocatedBookmark])] {
        var order: [String] = []
        var byPath: [String: [LocatedBookmark]] = [:]
        for item in located.reversed() {
            if byPath[item.bookmark.path] == nil { order.append(item.bookmark.path) }
            byPath[item.bookmark.path, default: []].append(item)
        }
        return order.map { ($0, byPath[$0] ?? []) }
    }

    static func markdown(_ located: [LocatedBookmark]) -> String {
        var out = "# Tract bookmarks\n"
        for (path, items) in byArticle(located) {
            let title = items.first?.title ?? ArticlePath.words(fromStem: ArticlePath.stem(of: path))
            let citation = items.first?.citation.flatMap { $0.saysMoreThanTheTitle ? $0 : nil }
            out += "\n## \(title)\n\n" + (citation.map { $0.reference + "\n\n" } ?? "") + "`\(Sanitizer.clean(path))`\n"
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
                    out += "\n— \(citation?.authorYear.map { $0 + ", " } ?? "")\(Sanitizer.clean(path)), \(line)\n"
                }
            }
        }
        return out
    }
}

extension BookmarkExport {
    /// One Markdown file per article in `folder` (`<file stem>.md`): YAML front matter with the title,
    /// the article's path and when it was exported, then each bookmark as a block quote under its
    /// section heading with its note, marked with a stable block id (`^tract-…`) so note tools keep
    /// their links when the file is exported again over itself. Returns how many files were written.
    static func split(_ located: [LocatedBookmark], into folder: String, exported: String) throws -> Int {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TractError("cannot create \(folder)")
        }
        let articles = byArticle(located)
        var used = Set<String>()
        for (path, unsorted) in articles {
            let items = unsorted.sorted { ($0.currentLine ?? $0.bookmark.line) < ($1.currentLine ?? $1.bookmark.line) }
            var name = fileName(forStem: Sanitizer.clean(ArticlePath.stem(of: path)).replacingOccurrences(of: "/", with: "-"), of: path)
            while used.contains(name) { name += "-2" }
            used.insert(name)
            let file = (folder as NSString).appendingPathComponent(name + ".md")
            do {
                try Data(articleFile(path, items, exported: exported).utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                throw TractError("cannot write \(file)")
            }
        }
        return articles.count
    }

    /// A file name of at most 200 bytes for an article's notes: a file system takes 255, and a longer
    /// stem stopped the whole export. A cut name ends in a hash of the path, so two long ones differ.
    static func fileName(forStem stem: String, of path: String) -> String {
        guard stem.utf8.count > 200 else { return stem }
        var cut = ""
        for character in stem {
            guard cut.utf8.count + character.utf8.count <= 190 else { break }
            cut.append(character)
        }
        return cut + "-" + ContentHash.of(Array(path.utf8)).prefix(8)
    }

    private static func articleFile(_ path: String, _ items: [LocatedBookmark], exported: String) -> String {
        let title = items.first?.title ?? ArticlePath.words(fromStem: ArticlePath.stem(of: path))
        var out = "---\ntitle: \(yamlString(title))\n" + (items.first?.citation.flatMap { $0.saysMoreThanTheTitle ? citationFields($0) : nil } ?? "")
            + "source: \(yamlString(Sanitizer.clean(path)))\nexported: \(yamlString(exported))\n---\n\n# \(title)\n"
        var section: String?
        for item in items {
            let heading = item.bookmark.section ?? "(opening)"
            if heading != section { out += "\n## \(heading)\n"; section = heading }
            out += "\n" + item.bookmark.quote.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n"
            out += "^" + blockId(item.bookmark) + "\n"
            if !item.bookmark.note.isEmpty { out += "\n" + item.bookmark.note + "\n" }
        }
        return out
    }

    /// The front matter's fields that cite the article: authors, year, venue, DOI, URL and the
    /// reference as it reads.
    private static func citationFields(_ record: BibliographicRecord) -> String {
        var out = ""
        if !record.authors.isEmpty { out += "authors: [" + record.authors.map { yamlString($0.natural) }.joined(separator: ", ") + "]\n" }
        if let year = record.year { out += "year: \(year)\n" }
        if let venue = record.venue { out += "venue: \(yamlString(venue))\n" }
        if let doi = record.doi { out += "doi: \(yamlString(doi))\n" }
        if let url = record.url { out += "url: \(yamlString(url))\n" }
        return out + "citation: \(yamlString(record.reference))\n"
    }

    /// A block id that stays the same for the same bookmark across exports.
    static func blockId(_ bookmark: Bookmark) -> String {
        "tract-" + WebAnnotation.id(of: bookmark).split(separator: ":").last.map { String($0.prefix(12)) }!
    }

    /// A double-quoted YAML scalar (JSON string syntax, which YAML reads).
    private static func yamlString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
