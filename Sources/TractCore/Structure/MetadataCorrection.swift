/// A user's correction of what a file says of its article: kept in the data folder, never written into
/// the file, and laid over what the file says every time the article is read.
public enum MetadataField: String, CaseIterable, Sendable {
    case title, authors, year, venue, doi, url

    /// What `tract meta --help` says of each.
    public var help: String {
        switch self {
        case .title: return "the title"
        case .authors: return "the authors, separated by semicolons (\"Keeper, Anna; Carl Tagger\")"
        case .year: return "the year it appeared (four digits)"
        case .venue: return "the journal, site or publisher"
        case .doi: return "its DOI (10.xxxx/…)"
        case .url: return "where it is on the web (http or https)"
        }
    }

    /// `value` as this field keeps it, or why it cannot be.
    public func validated(_ value: String) -> Result<String, TractError> {
        let text = Sanitizer.clean(value).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return .failure(TractError("\(rawValue): give a value, or use --unset \(rawValue)")) }
        switch self {
        case .year:
            guard text.count == 4, Article.year(text) == text else { return .failure(TractError("year: '\(text)' is not a four-digit year")) }
        case .doi:
            guard let doi = DOI.find(in: text) else { return .failure(TractError("doi: '\(text)' is not a DOI (10.xxxx/…)")) }
            return .success(doi)
        case .url:
            guard text.hasPrefix("http://") || text.hasPrefix("https://") else {
                return .failure(TractError("url: '\(text)' does not start with http:// or https://"))
            }
        case .title, .authors, .venue:
            break
        }
        return .success(text)
    }
}

extension Article {
    /// The article with `corrections` (field name to value) laid over what its file says.
    public func corrected(_ corrections: [String: String]) -> Article {
        var article = self
        for (name, value) in corrections {
            switch MetadataField(rawValue: name) {
            case .title?: article.title = value
            case .authors?:
                let names = value.split(separator: ";").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
                article.about.authors = names
                article.about.byline = names.compactMap(PersonName.init(written:)).map(\.natural).joined(separator: ", ")
            case .year?: article.date = value
            case .venue?: article.about.siteName = value
            case .doi?: article.about.doi = value
            case .url?: article.source = value
            case nil: break
            }
        }
        return article
    }
}
