import Foundation
import TractCore

/// Paths and loaders shared by the core tests.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let articlesFolder = packageRoot.appendingPathComponent("Articles")
    static let classifier = TopicClassifier(topicSet: .builtIn)

    /// A bundled article, parsed with the built-in topics.
    static func bundled(_ stem: String) throws -> Article {
        let url = articlesFolder.appendingPathComponent(stem + ".txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        return ArticleParser.parse(bytes: bytes, path: "Articles/\(stem).txt", format: .text, classifier: classifier)
    }

    /// Parses text given inline as an article of `format`.
    static func parse(_ text: String, format: Article.Format = .text) -> Article {
        ArticleParser.parse(bytes: Array(text.utf8), path: "test.\(format == .text ? "txt" : "md")", format: format,
                            classifier: classifier)
    }

    /// The gold file: per article, headings, title line, section and paragraph topics.
    static func gold() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: testsFolder.appendingPathComponent("seeds.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return root?["articles"] as? [String: [String: Any]] ?? [:]
    }
}
