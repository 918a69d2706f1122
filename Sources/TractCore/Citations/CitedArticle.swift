/// Which article of a library an entry of a reference list names: the one with its DOI, else the one
/// whose title is the entry's (letters and digits compared, case aside).
public enum CitedArticle {
    public static func match(_ entry: ReferenceEntry, in articles: [Article], besides own: Int? = nil) -> Int? {
        if let doi = entry.doi?.lowercased(),
           let found = articles.indices.first(where: { $0 != own && articles[$0].doi?.lowercased() == doi }) {
            return found
        }
        guard let title = entry.title.map(key), title.count >= 12 else { return nil }
        return articles.indices.first { $0 != own && key(articles[$0].title) == title }
    }

    private static func key(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
