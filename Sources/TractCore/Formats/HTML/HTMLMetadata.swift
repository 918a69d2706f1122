#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a page says about its article outside the text: title, byline, date, site and DOI, from JSON-LD
/// (`Article`, `NewsArticle`, `BlogPosting`, `ScholarlyArticle`…) first, then `meta` tags (Highwire
/// `citation_*`, Dublin Core, Open Graph and `article:*`, Twitter), then a byline in the page
/// (`rel=author`, `itemprop=author`, an element named `byline`).
struct HTMLMetadata: Equatable {
    var title: String?
    var byline: String?
    var date: String?
    var siteName: String?
    var doi: String?
    /// Each author, where the page names them one by one (`citation_author` tags, JSON-LD's `author`).
    var authors: [String] = []

    var about: ArticleMetadata { ArticleMetadata(byline: byline, authors: authors, siteName: siteName, doi: doi) }

    init(_ root: HTMLNode) {
        var metas: [String: String] = [:]
        var cited: [String] = []
        // One walk for both: the meta tags and the JSON-LD scripts.
        let tagged = root.all { $0.name == "meta" || $0.name == "script" && $0.attribute("type")?.lowercased() == "application/ld+json" }
        for meta in tagged where meta.name == "meta" {
            guard let content = meta.attribute("content").map(HTMLText.collapsed), !content.isEmpty else { continue }
            for key in [meta.attribute("name"), meta.attribute("property"), meta.attribute("itemprop")].compactMap({ $0?.lowercased() }) {
                if key == "citation_author" { cited.append(content) }
                for name in key.split(separator: " ") where metas[String(name)] == nil { metas[String(name)] = content }
            }
        }
        // A paper names every author in its own tag: the first three, then "et al.".
        if cited.count > 1 { metas["citation_author"] = cited.prefix(3).joined(separator: ", ") + (cited.count > 3 ? " et al." : "") }
        let linked = Self.jsonLD(tagged.filter { $0.name == "script" }, pageTitle: root.first { $0.name == "title" }.map(HTMLText.inline) ?? "")
        let first = { (keys: [String]) in keys.lazy.compactMap { metas[$0] }.first }
        title = linked.title ?? first(["citation_title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "title", "twitter:title"])
        byline = linked.author ?? first(["citation_author", "dc.creator", "author", "article:author", "byl"]) ?? Self.pageByline(root)
        date = linked.date ?? first(["citation_publication_date", "citation_date", "dc.date", "dcterms.date",
                                     "article:published_time", "date", "pubdate"])
        siteName = linked.publisher ?? first(["og:site_name", "citation_journal_title", "application-name"])
        doi = first(["citation_doi", "dc.identifier", "prism.doi"]).flatMap(Self.doi)
        if byline?.hasPrefix("http") == true { byline = nil }  // article:author is often a profile URL
        byline = byline.flatMap(Byline.cleaned)
        authors = cited.isEmpty ? linked.authors : cited
    }

    /// `10.1234/…` out of a DOI written plain, as a URL or with a `doi:` prefix.
    static func doi(_ text: String) -> String? {
        guard let start = text.range(of: "10.") else { return nil }
        let value = String(text[start.lowerBound...])
        return value.contains("/") ? value : nil
    }

    /// A byline written in the page: the first short element with text marked as the author's — by
    /// `rel`/`itemprop`, else a class or id naming a byline, else one naming the author.
    private static func pageByline(_ root: HTMLNode) -> String? {
        let marks: [(HTMLNode) -> Bool] = [
            { $0.attribute("rel") == "author" || $0.attribute("itemprop")?.contains("author") == true },
            { HTMLWeights.namesContain($0, "byline") },
            { HTMLWeights.namesContain($0, "author") && !HTMLWeights.namesContain($0, "authority") },
        ]
        for mark in marks {
            for node in root.all(where: mark) {
                let text = HTMLText.inline(node)
                if !text.isEmpty && text.count <= 100 { return text }
            }
        }
        return nil
    }
}

extension HTMLMetadata {
    /// The fields of the page's first JSON-LD object that describes an article.
    struct Linked {
        var title: String?
        var author: String?
        var authors: [String] = []
        var date: String?
        var publisher: String?
    }

    static let articleTypes: Set<String> = ["Article", "NewsArticle", "BlogPosting", "ScholarlyArticle", "Report",
                                            "TechArticle", "AdvertiserContentArticle", "AnalysisNewsArticle", "ReportageNewsArticle",
                                            "SocialMediaPosting", "WebPage", "MedicalScholarlyArticle", "OpinionNewsArticle"]

    private static func jsonLD(_ scripts: [HTMLNode], pageTitle: String) -> Linked {
        for script in scripts {
            var text = HTMLText.collapsed(script.children.map(\.content).joined())
            // Some pages wrap the JSON in a CDATA section.
            if text.hasPrefix("<![CDATA["), text.hasSuffix("]]>") { text = String(text.dropFirst(9).dropLast(3)) }
            guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { continue }
            for object in value.objects where object.types.contains(where: articleTypes.contains) {
                return Linked(title: title(name: object["name"]?.text, headline: object["headline"]?.text, pageTitle: pageTitle),
                              author: object["author"]?.names.joined(separator: ", ").nonEmpty,
                              authors: object["author"]?.names ?? [],
                              date: object["datePublished"]?.text,
                              publisher: object["publisher"]?.names.first)
            }
        }
        return Linked()
    }

    /// `name` and `headline` usually agree; when they do not (a site's name in one, or a summary as
    /// the headline), the one the page's `<title>` says, else `name`.
    private static func title(name: String?, headline: String?, pageTitle: String) -> String? {
        guard let name, let headline, name != headline else { return headline ?? name }
        if HTMLTitle.similar(pageTitle, headline) && !HTMLTitle.similar(pageTitle, name) { return headline }
        return name
    }
}

/// Any JSON value, for reading JSON-LD.
indirect enum JSONValue: Decodable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var text: String? {
        if case .string(let value) = self { return HTMLText.collapsed(value).nonEmpty }
        return nil
    }

    /// The `@type`s of an object.
    var types: [String] {
        switch self["@type"] {
        case .string(let type)?: return [type]
        case .array(let types)?: return types.compactMap(\.text)
        default: return []
        }
    }

    /// Every object here: this one, the items of an array, a `@graph`'s members.
    var objects: [JSONValue] {
        switch self {
        case .array(let items): return items.flatMap(\.objects)
        case .object: return [self] + (self["@graph"]?.objects ?? [])
        default: return []
        }
    }

    /// Names of a person, an organisation or a list of them.
    var names: [String] {
        switch self {
        case .string(let name): return [name]
        case .array(let items): return items.flatMap(\.names)
        case .object: return self["name"]?.text.map { [$0] } ?? []
        default: return []
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
