import TractCore

/// The `outline --json` document (its fields are listed in the README).
struct OutlineJSON: Encodable {
    struct SectionJSON: Encodable {
        @ExplicitNull var heading: String?
        var level: Int
        var line: Int
        var topics: [TopicLabel]
        var paragraphs: [ParagraphJSON]
    }

    struct ParagraphJSON: Encodable {
        var line: Int
        var text: String
        var topics: [TopicLabel]
    }

    var path: String
    var title: String
    var format: String
    /// What the file says of the article, when it says it (left out otherwise).
    var byline: String?
    var date: String?
    var site: String?
    var doi: String?
    var authors: [String]?
    var year: Int?
    var venue: String?
    var url: String?
    var sections: [SectionJSON]
    var references: [ReferenceEntry]

    init(_ article: Article) {
        path = Sanitizer.clean(article.path)
        title = article.title
        format = article.format.rawValue
        (byline, date, site, doi) = (article.byline, article.date, article.siteName, article.doi)
        (authors, year, venue, url) = bibliographic(article)
        sections = article.sections.map { section in
            SectionJSON(heading: section.heading, level: section.level, line: section.line, topics: section.topics,
                        paragraphs: section.paragraphs.map { ParagraphJSON(line: $0.line, text: String($0.text), topics: $0.topics) })
        }
        references = article.references
    }
}

/// One article in `list --json`.
struct ArticleSummaryJSON: Encodable {
    var path: String
    var title: String
    var format: String
    var byline: String?
    var date: String?
    var site: String?
    var doi: String?
    var authors: [String]?
    var year: Int?
    var venue: String?
    var url: String?
    var sections: Int
    var words: Int
    var topicWords: [String: Int]

    init(_ article: Article, topicSet: TopicSet) {
        path = Sanitizer.clean(article.path)
        title = article.title
        format = article.format.rawValue
        (byline, date, site, doi) = (article.byline, article.date, article.siteName, article.doi)
        (authors, year, venue, url) = bibliographic(article)
        sections = article.headingCount
        words = article.wordCount
        let coverage = article.coverage
        topicWords = Dictionary(uniqueKeysWithValues: topicSet.ids.map { ($0, coverage.words(on: $0)) })
    }
}

/// The authors one by one, the year, venue and URL, as `tract cite` has them (nil when unknown).
private func bibliographic(_ article: Article) -> ([String]?, Int?, String?, String?) {
    let record = BibliographicRecord(article: article)
    return (record.authors.isEmpty ? nil : record.authors.map(\.natural), record.year, record.venue, record.url)
}

/// The `list --json` document.
struct ListJSON: Encodable {
    var library: String?
    var articles: [ArticleSummaryJSON]
    var skipped: [Library.Skipped]
}
