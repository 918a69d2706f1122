import Foundation

/// CSL-JSON, the citation data Zotero, Pandoc and citeproc read: one item per record.
public enum CSLJSON {
    public struct Item: Encodable, Equatable, Sendable {
        public struct Name: Encodable, Equatable, Sendable {
            var family: String
            var given: String?
        }

        public struct DateParts: Encodable, Equatable, Sendable {
            var dateParts: [[Int]]

            enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
        }

        var id: String
        var type: String
        var title: String
        var author: [Name]?
        var issued: DateParts?
        var containerTitle: String?
        var publisher: String?
        var doi: String?
        var url: String?

        enum CodingKeys: String, CodingKey {
            case id, type, title, author, issued, publisher
            case containerTitle = "container-title", doi = "DOI", url = "URL"
        }
    }

    public static func item(_ record: BibliographicRecord, id: String? = nil) -> Item {
        Item(id: id ?? record.key, type: record.kind.names.csl, title: record.title,
                    author: record.authors.isEmpty ? nil : record.authors.map { Item.Name(family: $0.family, given: $0.given) },
                    issued: record.dateParts.isEmpty ? nil : Item.DateParts(dateParts: [record.dateParts]),
                    containerTitle: record.kind == .book ? nil : record.venue, publisher: record.kind == .book ? record.venue : nil,
                    doi: record.doi, url: record.url)
    }

    /// The items as a JSON array, keys sorted.
    public static func text(_ items: [Item]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(items)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "[]\n"
    }
}
