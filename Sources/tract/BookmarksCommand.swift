import ArgumentParser
import ScreenKit
import Foundation
import TractCore
import TractRuntime

/// `tract bookmarks …`: list, add, remove and export bookmarks.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List, add, remove, export and import bookmarks.",
        subcommands: [List.self, Add.self, Remove.self, Export.self, Import.self, Stress.self],
        defaultSubcommand: List.self
    )

    /// `tract bookmarks list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List bookmarks, newest first, with where each is now.")
        @OptionGroup var options: LibraryOptions
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let located = try BookmarkLocator(options: options).locate(try store.open().bookmarks())
                if json {
                    try Output.json(located.map(BookmarkJSON.init))
                    return
                }
                guard !located.isEmpty else { Output.print("no bookmarks yet: `tract bookmarks add ARTICLE --line N`"); return }
                Output.print(located.map { item in
                    let where_ = "\(Sanitizer.clean(ArticlePath.stem(of: item.bookmark.path))):\(item.currentLine.map(String.init) ?? "?")"
                    var line = "#\(item.bookmark.id ?? 0)  \(where_)  [\(item.bookmark.section ?? "opening")]  \(item.status)"
                    line += "\n    “\(TextWrapper.truncateAtWord(item.bookmark.firstLine, width: 90))”" + (item.bookmark.extent.map { " (\($0))" } ?? "")
                    if !item.bookmark.note.isEmpty { line += "\n    note: \(item.bookmark.note)" }
                    return line
                }.joined(separator: "\n"))
            }
        }
    }

    /// `tract bookmarks add ARTICLE --line N [--note TEXT]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bookmark the paragraph at a line of an article.")
        @OptionGroup var options: LibraryOptions
        @OptionGroup var store: StoreOptions
        @Option(help: "A line of the paragraph to bookmark (1-based, as in `tract outline`).") var line: Int
        @Option(help: "A note to keep with the bookmark.") var note: String = ""
        @Argument(help: ArgumentHelp("A path, a file stem from the library, or an unambiguous part of one.", valueName: "article"))
        var article: String

        func run() throws {
            try reportingErrors {
                let article = try options.selection.resolveArticle(article)
                guard line >= 1 && line <= article.lineCount else {
                    throw TractError("line \(line) is out of range: \(article.stem) has lines 1–\(article.lineCount)")
                }
                guard let ordinal = BookmarkLocator.paragraph(atLine: line, in: article) else {
                    throw TractError("line \(line) of \(article.stem) is a heading or blank, not a paragraph")
                }
                guard let draft = Bookmark.draft(article: article, absolutePath: absolutePath(article.path), ordinal: ordinal,
                                                 note: Sanitizer.clean(note)) else {
                    throw TractError("cannot bookmark line \(line) of \(article.stem)")
                }
                let saved = try store.open(forWriting: true).add(draft)
                Output.print("bookmarked #\(saved.id ?? 0) at \(Sanitizer.clean(article.path)):\(saved.line)")
            }
        }
    }

    /// `tract bookmarks remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a bookmark by its id.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The bookmark's id, as `tract bookmarks list` shows it (#12 or 12).") var id: String

        func run() throws {
            try reportingErrors {
                guard let number = Int64(id.hasPrefix("#") ? String(id.dropFirst()) : id) else {
                    throw TractError("'\(id)' is not a bookmark id (ids are numbers, see `tract bookmarks list`)")
                }
                guard try store.open(forWriting: true).remove(id: number) != nil else { throw TractError("no bookmark #\(number)") }
                Output.print("removed #\(number)")
            }
        }
    }

    /// `tract bookmarks export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export bookmarks as Markdown, JSON, W3C Web Annotations, or the articles they cite as BibTeX.",
            discussion: """
                annotation: a JSON-LD AnnotationCollection (https://www.w3.org/TR/annotation-model/); each \
                bookmark has a TextQuoteSelector and a TextPositionSelector (Unicode scalars into the \
                article's paragraphs in reading order, joined by a blank line), its note as a TextualBody \
                and the article as the source: its DOI or URL when known, the file, and a CSL-JSON citation. \
                `tract bookmarks import` reads it back. Markdown names each article's citation; bibtex \
                gives one entry per article bookmarked.
                """)
        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, annotation, bibtex }
        @OptionGroup var options: LibraryOptions
        @OptionGroup var store: StoreOptions
        @Option(help: "markdown (default), json, annotation or bibtex (one entry per article bookmarked).") var format: Format = .markdown
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @Option(help: ArgumentHelp("Markdown: one file per article in this folder, each with YAML front matter.",
                                   valueName: "dir"))
        var split: String?

        func validate() throws {
            if split != nil && (format != .markdown || output != nil) {
                throw ValidationError("--split writes Markdown files into a folder: it goes with --format markdown, without --output")
            }
        }

        func run() throws {
            try reportingErrors {
                let (located, articles) = try BookmarkLocator(options: options).locateReading(try store.open().bookmarks())
                let exported = ISO8601DateFormatter().string(from: Date())
                if let split {
                    let files = try BookmarkExport.split(located, into: split, exported: exported)
                    Output.print("exported \(located.count) bookmarks to \(files) files in \(Sanitizer.clean(split))")
                    return
                }
                let text: String
                switch format {
                case .markdown: text = BookmarkExport.markdown(located)
                case .json:
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    text = String(decoding: try encoder.encode(located.map(BookmarkJSON.init)), as: UTF8.self) + "\n"
                case .annotation:
                    let collection = WebAnnotation.collection(located, articles: articles, exported: exported)
                    let data = try JSONSerialization.data(withJSONObject: collection, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
                    text = String(decoding: data, as: UTF8.self) + "\n"
                case .bibtex:
                    let cited = BookmarkExport.byArticle(located).compactMap { $0.items.first?.citation }
                    text = Citations.text(cited, format: .bibtex)
                }
                guard let output else { FileHandle.standardOutput.write(Data(text.utf8)); return }
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw TractError("cannot write \(output)")
                }
                Output.print("exported \(located.count) bookmarks to \(Sanitizer.clean(output))")
            }
        }
    }

    /// `tract bookmarks import FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import bookmarks from W3C Web Annotations (as `export --format annotation` writes them).",
            discussion: """
                Each is placed by its position, else found by its quote; one whose passage is gone is kept as an orphan. \
                Importing the same file twice adds nothing. Only annotations of articles inside the library (--library) \
                are taken, and their text is made safe to show as articles are.
                """)
        @OptionGroup var options: LibraryOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "A JSON-LD AnnotationCollection, AnnotationPage or list of annotations.") var file: String

        func run() throws {
            try reportingErrors {
                guard let data = FileManager.default.contents(atPath: file),
                      let root = try? JSONSerialization.jsonObject(with: data) else {
                    throw TractError("\(file): not a JSON file of Web Annotations")
                }
                let annotations = AnnotationImport.items(root)
                guard !annotations.isEmpty else { throw TractError("\(file): no Web Annotations in it") }
                let database = try store.open(forWriting: true)
                let stored = try database.bookmarks()
                // What is already there, by annotation id and by content, worked out once.
                var knownIds = Set(stored.map(WebAnnotation.id(of:)))
                var knownContent = Set(stored.map { [$0.path, $0.quote, $0.note] })
                let locator = BookmarkLocator(options: options)
                let library = absolutePath(try options.selection.libraryPath())
                var cache: [String: Article] = [:]
                var indexes: [String: AnchorIndex] = [:]
                let budget = AnchorIndex.Budget.command
                var missing = Set<String>()
                var (added, skipped, outside) = (0, 0, 0)
                for annotation in annotations {
                    // No file outside the library is read, or named: an importer would learn what it holds.
                    let inLibrary = { (path: String) in ArticlePath.format(of: path) != nil && absolutePath(path).hasPrefix(library + "/") }
                    guard let bookmark = AnnotationImport.bookmark(from: annotation, article: { path in
                        guard inLibrary(path), let article = locator.article(path, cache: &cache, missing: &missing) else { return nil }
                        if indexes[path] == nil { indexes[path] = AnchorIndex(article: article, budget: budget) }
                        return indexes[path]
                    }) else { skipped += 1; continue }
                    guard inLibrary(bookmark.path) else { outside += 1; continue }
                    let content = [bookmark.path, bookmark.quote, bookmark.note]
                    if knownIds.contains(annotation["id"] as? String ?? "") || knownContent.contains(content) { skipped += 1; continue }
                    knownIds.insert(WebAnnotation.id(of: try database.add(bookmark, keepCreated: true)))
                    knownContent.insert(content)
                    added += 1
                }
                Output.print("imported \(added) bookmarks" + (skipped > 0 ? ", \(skipped) already there or not readable" : "")
                             + (outside > 0 ? ", \(outside) of files outside the library \(Sanitizer.clean(library)) (--library names another)" : ""))
            }
        }
    }

    /// A test and diagnostic aid (hidden): adds bookmarks in a loop, printing each id once committed.
    struct Stress: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stress-add", shouldDisplay: false)
        @OptionGroup var options: LibraryOptions
        @OptionGroup var store: StoreOptions
        @Option var count: Int = 1000
        @Argument var article: String

        func run() throws {
            try reportingErrors {
                let article = try options.selection.resolveArticle(article)
                let database = try store.open()
                guard let draft = Bookmark.draft(article: article, absolutePath: absolutePath(article.path), ordinal: 0) else { return }
                for index in 0..<count {
                    var copy = draft
                    copy.note = "stress \(index)"
                    let saved = try database.add(copy)
                    Output.print("\(saved.id ?? 0)")  // an unbuffered write: only committed ids are ever printed
                }
            }
        }
    }
}
