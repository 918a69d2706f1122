import Foundation
import Glibc
import TractApp
import TractCore

/// What each stage of reading one file leaves resident (after giving freed heap back to the system),
/// so memory work can see which stage holds what: the reader's peak is the sum of what is live at once.
enum MemoryBench {
    static func run(file: String) {
        var last = inUse()
        func stage(_ name: String) {
            let now = inUse()
            print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " %+8.1f MiB  (in use %.1f MiB)", Double(now - last) / 1_048_576, Double(now) / 1_048_576))
            last = now
            typealias Stats = @convention(c) () -> Void
            if let symbol = dlsym(nil, "malloc_stats") { unsafeBitCast(symbol, to: Stats.self)() }  // to stderr
        }
        let classifier = TopicClassifier(topicSet: .builtIn)
        stage("classifier")
        guard let data = FileManager.default.contents(atPath: file) else { return }
        let bytes = [UInt8](data)
        stage("raw bytes")
        let format = ArticlePath.format(of: file) ?? .text
        let structure = ArticleParser.structure(bytes: bytes, path: file, format: format)
        stage("structure (raw bytes still held)")
        let labelled = classifier.label(structure.sections, parallel: false)
        stage("labelled sections (beside structure)")
        let article = Article(path: file, title: structure.title, format: format, sections: labelled.sections,
                              nearest: labelled.nearest, contentHash: structure.contentHash)
        stage("article: coverage, passages")
        let paragraphs = article.sections.flatMap(\.paragraphs)
        let textBytes = paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        let labels = paragraphs.reduce(0) { $0 + $1.topics.count }
        let evidence = paragraphs.reduce(0) { $0 + $1.topics.reduce(0) { $0 + $1.evidence.count } }
        print(String(format: "  %d sections · %d paragraphs · %.1f MiB of paragraph text · %d labels · %d evidence words · %d passages",
                     article.sections.count, paragraphs.count, Double(textBytes) / 1_048_576, labels, evidence,
                     article.passagesByTopic.values.reduce(0) { $0 + $1.count } + article.nearestByTopic.values.reduce(0) { $0 + $1.count }))
        let words = paragraphs.flatMap { $0.topics.flatMap(\.evidence) }
        print("  labelled paragraphs \(paragraphs.filter { !$0.topics.isEmpty }.count) · long evidence words \(words.filter { $0.utf8.count > 15 }.count) · section labels \(article.sections.reduce(0) { $0 + $1.topics.count })")
        print("  strides: paragraph \(MemoryLayout<Paragraph>.stride) · section \(MemoryLayout<Section>.stride) · label \(MemoryLayout<TopicLabel>.stride) · passage \(MemoryLayout<Passage>.stride)")
        let document = ReadingDocument(article: article)
        stage("reading document")
        withExtendedLifetime((data, bytes, structure, labelled, article, document)) {}
    }

    /// Resident bytes after `malloc_trim(0)` (looked up at run time: Glibc's module leaves out malloc.h).
    static func inUse() -> Int {
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(nil, "malloc_trim") {  // nil: RTLD_DEFAULT
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(getpagesize()) : 0
    }
}
