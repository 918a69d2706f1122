import Foundation

/// Small helpers on article file names.
public enum ArticlePath {
    /// Extensions Tract reads, with the format each implies.
    public static let formats: [String: Article.Format] = [
        "txt": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html, "xhtml": .html,
        "pdf": .pdf, "epub": .epub,
    ]

    /// The file name without directory and extension: `Articles/mdma-pain-relief.txt` → `mdma-pain-relief`.
    public static func stem(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        return ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }

    /// The format implied by the extension, or nil if Tract does not read such files.
    public static func format(of path: String) -> Article.Format? {
        formats[(path as NSString).pathExtension.lowercased()]
    }

    /// A stem in words, for a title: `mdma-pain_relief` → `Mdma pain relief`; with the article's text,
    /// each word as the text writes it (`MDMA pain relief`).
    public static func words(fromStem stem: String, casingFrom text: String? = nil) -> String {
        let spaced = stem.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let text else {
            guard let first = spaced.first else { return stem }
            return first.uppercased() + spaced.dropFirst()
        }
        let casing = StemCasing(words: spaced.split(separator: " ").map { $0.lowercased() }, text: text)
        let words = spaced.split(separator: " ", omittingEmptySubsequences: false).map { casing.spelling(of: String($0)) }
        let title = words.joined(separator: " ")
        guard let first = title.first, first.isLowercase else { return title.isEmpty ? stem : title }
        return first.uppercased() + title.dropFirst()
    }
}
