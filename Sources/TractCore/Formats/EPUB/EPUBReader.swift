import CArchive

/// Reads an EPUB: the zip through libarchive (sizes capped, so a zip bomb is refused), the package's
/// spine in order, each XHTML document through the HTML reader, chapter titles from the navigation
/// document (EPUB 3) or the NCX (EPUB 2) when a document has no heading of its own.
public enum EPUBReader {
    /// The most text (markup: documents, package, navigation) an EPUB may unpack to, and the most any
    /// one such file may hold. Images, fonts and styles are skipped unread. A book of a million words is
    /// ~10 MB of XHTML; what is past these is refused at once rather than parsed for minutes.
    public static let maximumUnpacked = 32 * 1024 * 1024
    public static let maximumEntry = 16 * 1024 * 1024
    /// A paragraph's position: its chapter file's place in the spine times this, plus its line there.
    public static let positionStride = 100_000

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAZip, noPackage, tooLarge, damaged, noText

        public var description: String {
            switch self {
            case .notAZip: return "not an EPUB (not a zip archive)"
            case .noPackage: return "not an EPUB (no package document)"
            case .tooLarge: return "EPUB refused: its text unpacks to more than \(maximumUnpacked / 1024 / 1024) MB, "
                + "or one document to more than \(maximumEntry / 1024 / 1024) MB"
            case .damaged: return "EPUB damaged: the zip ends early or an entry in it is corrupt"
            case .noText: return "EPUB without text: its spine names no document that could be read"
            }
        }
    }

    public static func parse(_ bytes: [UInt8]) -> HTMLReader.Result {
        (try? read(bytes)) ?? HTMLReader.Result(title: nil, sections: [])
    }

    /// The book, or why it cannot be read.
    public static func read(_ bytes: [UInt8]) throws -> HTMLReader.Result {
        let files = try unzip(bytes)
        guard let container = files["META-INF/container.xml"].flatMap(HTMLDocument.init(xml:)),
              let rootfile = container.root?.first(where: { $0.name == "rootfile" })?.attribute("full-path"),
              let package = files[rootfile].flatMap(HTMLDocument.init(xml:)), let opf = package.root else { throw Failure.noPackage }
        let base = rootfile.contains("/") ? String(rootfile[...rootfile.lastIndex(of: "/")!]) : ""
        let manifest = Dictionary(opf.all { $0.name == "item" }.compactMap { item in
            item.attribute("id").flatMap { id in item.attribute("href").map { (id, (href: resolve($0, base: base), item: item)) } }
        }, uniquingKeysWith: { first, _ in first })
        let labels = chapterLabels(files: files, manifest: manifest, opf: opf)
        var sections: [Section] = []
        // A document is read once however often the spine names it: a spine listing one chapter 2,000
        // times would otherwise read it 2,000 times.
        var read = Set<String>()
        for (number, itemref) in opf.all(where: { $0.name == "itemref" }).enumerated() {
            guard itemref.attribute("linear") != "no", let id = itemref.attribute("idref"), let entry = manifest[id],
                  read.insert(entry.href).inserted,
                  let data = files[entry.href], let document = HTMLDocument(html: data), let root = document.root else { continue }
            var chapter = HTMLReader.read(root, keepAll: true).sections
            if document.stoppedTooDeep { chapter = HTMLReader.saying(HTMLReader.tooDeep, after: chapter) }
            if !chapter.contains(where: { $0.heading != nil }), let label = labels[entry.href], !chapter.isEmpty {
                chapter[0].heading = label
            }
            // Positions are chapter file × 100000 + line in that file (200017: the second file, line 17).
            for index in chapter.indices {
                chapter[index].line += (number + 1) * Self.positionStride
                for paragraph in chapter[index].paragraphs.indices { chapter[index].paragraphs[paragraph].line += (number + 1) * Self.positionStride }
            }
            sections += chapter.filter { $0.heading != nil || !$0.paragraphs.isEmpty }
        }
        guard !sections.isEmpty else { throw Failure.noText }
        let title = opf.first { $0.name == "title" }.map(HTMLText.inline).map(Sanitizer.clean)
        return HTMLReader.Result(title: title, sections: sections, about: about(opf), date: dublinCore("date", in: opf).first)
    }

    /// The package's Dublin Core: each `dc:creator`, the publisher, and a DOI among the identifiers.
    private static func about(_ opf: HTMLNode) -> ArticleMetadata {
        let creators = dublinCore("creator", in: opf)
        let byline = creators.isEmpty ? nil : creators.prefix(3).joined(separator: ", ") + (creators.count > 3 ? " et al." : "")
        return ArticleMetadata(byline: byline, authors: creators, siteName: dublinCore("publisher", in: opf).first,
                               doi: dublinCore("identifier", in: opf).lazy.compactMap { DOI.find(in: $0) }.first)
    }

    /// The texts of the package's `dc:NAME` elements (libxml2's HTML parser keeps the local name).
    private static func dublinCore(_ name: String, in opf: HTMLNode) -> [String] {
        opf.all { $0.name == name || $0.name == "dc:" + name }.map(HTMLText.inline).filter { !$0.isEmpty }
    }

    /// Chapter titles by document, from the EPUB 3 navigation document, else the NCX.
    private static func chapterLabels(files: [String: [UInt8]], manifest: [String: (href: String, item: HTMLNode)],
                                      opf: HTMLNode) -> [String: String] {
        var labels: [String: String] = [:]
        if let nav = manifest.values.first(where: { $0.item.attribute("properties")?.contains("nav") == true }),
           let document = files[nav.href].flatMap(HTMLDocument.init(html:)), let root = document.root {
            let folder = nav.href.contains("/") ? String(nav.href[...nav.href.lastIndex(of: "/")!]) : ""
            for link in root.all(where: { $0.name == "a" }) {
                guard let href = link.attribute("href") else { continue }
                let target = resolve(String(href.prefix { $0 != "#" }), base: folder)
                if labels[target] == nil { labels[target] = Sanitizer.clean(HTMLText.inline(link)) }
            }
        } else if let spine = opf.first(where: { $0.name == "spine" })?.attribute("toc"), let ncx = manifest[spine],
                  let document = files[ncx.href].flatMap(HTMLDocument.init(xml:)), let root = document.root {
            let folder = ncx.href.contains("/") ? String(ncx.href[...ncx.href.lastIndex(of: "/")!]) : ""
            for point in root.all(where: { $0.name == "navpoint" }) {
                guard let src = point.first(where: { $0.name == "content" })?.attribute("src"),
                      let label = point.first(where: { $0.name == "text" }).map(HTMLText.inline) else { continue }
                let target = resolve(String(src.prefix { $0 != "#" }), base: folder)
                if labels[target] == nil { labels[target] = Sanitizer.clean(label) }
            }
        }
        return labels
    }

    /// A path inside the book, relative to `base`, with `..` and percent-escapes resolved.
    static func resolve(_ href: String, base: String) -> String {
        var parts: [Substring] = []
        for part in (base + (href.removingPercentEncoding ?? href)).split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// Every markup file of the zip, by path (anything else is skipped unread); refused when the markup
    /// unpacks beyond the caps or the zip is damaged.
    static func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let library = try LibArchive.loaded.get()
        guard let archive = library.readNew() else { throw Failure.notAZip }
        defer { _ = library.readFree(archive) }
        _ = library.supportZip(archive)
        var files: [String: [UInt8]] = [:]
        var unpacked = 0
        try bytes.withUnsafeBytes { buffer in
            guard library.openMemory(archive, buffer.baseAddress, buffer.count) == ARCHIVE_OK else { throw Failure.notAZip }
            var entry: OpaquePointer?
            var status = library.nextHeader(archive, &entry)
            while status == ARCHIVE_OK {
                if let entry, let name = library.entryPathname(entry).map(String.init(cString:)), isMarkup(name) {
                    files[name] = try readEntry(archive, library: library, unpacked: &unpacked)
                } else if library.skipData(archive) != ARCHIVE_OK {
                    throw Failure.damaged
                }
                status = library.nextHeader(archive, &entry)
            }
            guard status == ARCHIVE_EOF else { throw files.isEmpty ? Failure.notAZip : Failure.damaged }
        }
        guard !files.isEmpty else { throw Failure.notAZip }
        return files
    }

    /// The entry being read, counted against the caps.
    private static func readEntry(_ archive: LibArchive.Archive, library: LibArchive, unpacked: inout Int) throws -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = library.readData(archive, &chunk, chunk.count)
            if count == 0 { return data }
            guard count > 0 else { throw Failure.damaged }
            unpacked += count
            data += chunk[0..<count]
            guard unpacked <= maximumUnpacked, data.count <= maximumEntry else { throw Failure.tooLarge }
        }
    }

    /// Whether a file of the book is one its reading needs: the container, the package, navigation and
    /// the documents (images, fonts and styles are not).
    static func isMarkup(_ name: String) -> Bool {
        let lower = name.lowercased()
        let last = lower.split(separator: "/").last ?? ""
        return lower.hasPrefix("meta-inf/") || !last.contains(".")
            || [".xhtml", ".html", ".htm", ".xml", ".opf", ".ncx"].contains { lower.hasSuffix($0) }
    }
}
