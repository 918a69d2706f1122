import Foundation
import NcursesTerminal
import ScreenKit
import TractApp
import TractCore
import TractView

/// What the fuzzer can aim at: each turns arbitrary bytes into one kind of untrusted input Tract meets.
enum FuzzTarget: String, CaseIterable {
    /// Bytes of a file to text: encodings, BOMs, control bytes.
    case decoder
    /// A plain-text article's structure (headings, paragraphs, topics).
    case plain
    /// A Markdown article's structure.
    case markdown
    /// Markdown that opens with front matter, so the YAML header is always parsed.
    case frontmatter
    /// A web page (libxml2's HTML parser and the block walk over its tree).
    case html
    /// A topics.yml file.
    case topics
    /// The reader's config.yml (keys and settings).
    case config
    /// Bookmark re-anchoring: the first half of the input quoted into the article made of the second.
    case anchor
    /// Key codes through the key decoder, the reducer and the renderer of the reader.
    case keys
    /// An article laid out as `tract show` prints it (no row wider than the width).
    case show
    /// An EPUB's zip, package and spine.
    case epub
    /// An annotation file as `tract bookmarks import` reads it (what is kept is clean).
    case annotations
    /// The data folder's caches: a PDF's kept reading and a library's summaries.
    case cache

    private static let classifier = TopicClassifier(topicSet: .builtIn)

    func run(_ bytes: [UInt8]) {
        switch self {
        case .decoder: _ = ArticleDecoder.decode(bytes)
        case .plain: _ = Self.parse(bytes, format: .text)
        case .markdown: _ = Self.parse(bytes, format: .markdown)
        case .frontmatter: _ = Self.parse(Array("---\n".utf8) + bytes, format: .markdown)
        case .html: _ = Self.parse(bytes, format: .html)
        case .topics: _ = try? TopicSet.parse(yaml: ArticleDecoder.decode(bytes), origin: "fuzz.yml")
        case .config:
            let text = ArticleDecoder.decode(bytes)
            _ = KeyMap.defaults.applying(configYAML: text, origin: "config.yml")
            _ = ReaderSettings().applying(configYAML: text, origin: "config.yml")
        case .anchor: Self.anchor(bytes)
        case .keys: KeyReplay.run(bytes)
        case .show: Self.show(bytes)
        case .epub: Self.epub(bytes)
        case .annotations: Self.annotations(bytes)
        case .cache: Self.cache(bytes)
        }
    }

    static func parse(_ bytes: [UInt8], format: Article.Format) -> Article {
        ArticleParser.parse(bytes: bytes, path: "fuzz." + (format == .text ? "txt" : format.rawValue), format: format, classifier: classifier)
    }

    /// Quotes a stretch of one article as a bookmark and looks for it in another.
    private static func anchor(_ bytes: [UInt8]) {
        let half = bytes.count / 2
        let old = parse(Array(bytes[..<half]), format: .text)
        let new = parse(Array(bytes[half...]), format: .text)
        let paragraphs = old.sections.flatMap(\.paragraphs)
        let quote = paragraphs.first.map { String($0.text) } ?? ArticleDecoder.decode(Array(bytes.prefix(40)))
        let bookmark = Bookmark(path: "fuzz.txt", contentHash: old.contentHash, quote: quote, before: "", after: paragraphs.last.map { String($0.text) } ?? "",
                                ordinal: Int(bytes.first ?? 0) % 4, paragraphCount: Int(bytes.last ?? 1) % 3, line: 1,
                                section: nil, topic: nil, note: "")
        _ = Anchor.locate(bookmark, in: new)
    }
}

/// Plays bytes as keys into the reader on a small library and draws every frame: two bytes a key, the
/// first choosing a character, a control key or an ncurses function key, the second a terminal size now
/// and then.
enum KeyReplay {
    private static let library: Library = {
        let texts = ["Safety\n\nSerotonin syndrome and hyperthermia are risks.\n\nMechanism\n\nIt releases serotonin.\n",
                     "# Pain relief\n\n## Safety\n\nBlood pressure rises.\n\n## Efficacy\n\nIt helps **some** patients.\n"]
        let articles = texts.enumerated().map { index, text in
            FuzzTarget.parse(Array(text.utf8), format: index == 0 ? .text : .markdown)
        }
        return Library(root: nil, articles: articles, topicSet: .builtIn)
    }()

    static func run(_ bytes: [UInt8]) {
        var state = AppState(library: library, size: Size(width: 80, height: 24))
        let theme = Theme(monochrome: false)
        var index = 0
        // A frame is drawn per key: past a few hundred keys an input only costs time, not coverage.
        let end = min(bytes.count, 1_000)
        while index + 1 < end, state.running {
            let (code, extra) = (bytes[index], bytes[index + 1])
            index += 2
            if code == 0xFF {
                _ = reduce(&state, .resize(Size(width: Int(extra % 200), height: Int(extra / 4 % 60))))
                continue
            }
            let key = code >= 0xF0 ? KeyDecoder.key(forFunctionKey: Int32(extra) + 0o400) : KeyDecoder.key(forCodePoint: UInt32(code))
            guard let key, let action = InputTranslator.action(for: key, in: state) else { continue }
            _ = reduce(&state, action)
            _ = render(state, theme: theme)
        }
    }
}
