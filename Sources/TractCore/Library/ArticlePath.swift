#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small helpers on article file names.
public enum ArticlePath {
    /// The format an extension (lowercase) implies, for the extensions Tract reads. A switch rather than
    /// a dictionary: making a dictionary type's metadata searches the binary's every protocol
    /// conformance the first time (~0.4 ms of each start).
    public static func format(ofExtension ext: String) -> Article.Format? {
        switch ext {
        case "txt": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "pdf": return .pdf
        case "epub": return .epub
        default: return nil
        }
    }

    /// The extensions `format(ofExtension:)` knows, as a skip reason names them.
    public static let readExtensions = ".txt, .md, .markdown, .html, .htm, .xhtml, .pdf, .epub"

    /// The file name without directory and extension: `Articles/mdma-pain-relief.txt` → `mdma-pain-relief`.
    public static func stem(of path: String) -> String {
        let name = fileName(of: path)
        let ext = pathExtension(of: name)
        return ext.isEmpty ? String(name) : String(name.dropLast(ext.count + 1))
    }

    /// The last component of a path (trailing slashes ignored), by plain string work: a library of
    /// 20,000 files asks this of every name before its first frame, where NSString took ~15 %.
    static func fileName(of path: String) -> Substring {
        var trimmed = Substring(path)
        if trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        return trimmed[trimmed.utf8.index(after: slash)...]
    }

    /// What follows the last dot of a file name, if the dot is not its first character.
    static func pathExtension(of name: Substring) -> Substring {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...]
    }

    /// The format implied by the extension, or nil if Tract does not read such files.
    public static func format(of path: String) -> Article.Format? {
        format(ofExtension: pathExtension(of: fileName(of: path)).lowercased())
    }

    /// A stem in words, for a title: `mdma-pain_relief` → `Mdma pain relief`; with the article's text,
    /// each word as the text writes it (`MDMA pain relief`).
    public static func words(fromStem stem: String, casingFrom text: String? = nil) -> String {
        let spaced = String(stem.map { $0 == "-" || $0 == "_" ? " " : $0 })
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
