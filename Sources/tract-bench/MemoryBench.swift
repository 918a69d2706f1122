import Foundation
import TractApp
import TractCore
import TractRuntime

/// What each stage of reading one file leaves resident (after giving freed heap back to the system),
/// so memory work can see which stage holds what: the reader's peak is the sum of what is live at once.
enum MemoryBench {
    static func run(file: String) {
        var last = inUse()
        func stage(_ name: String) {
            let now = inUse()
            print(name.padding(toLength: 38, withPad: " ", startingAt: 0) + String(format: " %+8.1f MiB  (in use %.1f MiB)", Double(now - last) / 1_048_576, Double(now) / 1_048_576))
            last = now
        }
        let classifier = TopicClassifier(topicSet: .builtIn)
        stage("classifier")
        // Read as the reader's background thread reads it (text adopted where it needs no decoding).
        guard let structure = try? LibraryLoader().loadStructure(path: file) else { return }
        stage("structure")
        let labelled = classifier.label(structure.sections, parallel: false)
        stage("labelled sections (beside structure)")
        let article = Article(path: file, title: structure.title, format: structure.format, sections: labelled.sections,
                              nearest: labelled.nearest, contentHash: structure.contentHash)
        stage("article: coverage, passages")
        let paragraphs = article.sections.flatMap(\.paragraphs)
        let textBytes = paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        let labels = paragraphs.reduce(0) { $0 + $1.topics.count }
        let evidence = paragraphs.reduce(0) { $0 + $1.topics.reduce(0) { $0 + $1.evidence.count } }
        print(String(format: "  %d sections · %d paragraphs · %.1f MiB of paragraph text · %d labels · %d evidence words · %d passages",
                     article.sections.count, paragraphs.count, Double(textBytes) / 1_048_576, labels, evidence,
                     article.passagesByTopic.values.reduce(0) { $0 + $1.count } + article.nearestByTopic.values.reduce(0) { $0 + $1.count }))
        let document = ReadingDocument(article: article)
        stage("reading document")
        withExtendedLifetime((structure, labelled, article, document)) {}
    }

    /// Resident bytes once freed memory is given back to the system.
    static func inUse() -> Int {
        FreedMemory.release()
        let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(getpagesize()) : 0
    }
}
