/// What the library list shows of an article before it is read: its title, heading count and the
/// words it has on each topic. Kept between runs (the runtime's `SummaryCache`), so a small library
/// whose files have not changed draws its first frame without reading them, and reads them after.
public struct ArticleSummary: Equatable, Sendable {
    public var title: String
    public var format: Article.Format
    public var titleLine: Int?
    public var headingCount: Int
    public var wordCount: Int
    public var lineCount: Int
    /// Words per topic, in the order of the topic set's topics (the cache is tied to one set).
    public var topicWords: [Int]
    /// Who wrote it, when, where and its DOI and address: what `list` prints and the library sorts
    /// by, known before the file is read.
    public var about: ArticleMetadata
    public var date: String?
    public var source: String?

    public init(title: String, format: Article.Format, titleLine: Int?, headingCount: Int, wordCount: Int,
                lineCount: Int, topicWords: [Int], about: ArticleMetadata = ArticleMetadata(), date: String? = nil,
                source: String? = nil) {
        self.about = about
        self.date = date
        self.source = source
        self.title = title
        self.format = format
        self.titleLine = titleLine
        self.headingCount = headingCount
        self.wordCount = wordCount
        self.lineCount = lineCount
        self.topicWords = topicWords
    }

    /// The summary of a complete article under `topicSet`.
    public init(_ article: Article, topicSet: TopicSet) {
        self.init(title: article.title, format: article.format, titleLine: article.titleLine,
                  headingCount: article.headingCount, wordCount: article.wordCount, lineCount: article.lineCount,
                  topicWords: topicSet.topics.map { article.coverage.words(on: $0.id) }, about: article.about, date: article.date,
                  source: article.source)
    }

    /// A stand-in for the article at `path` that the library list draws as it would the whole article;
    /// it has no sections until the file is read.
    public func standIn(path: String, topicSet: TopicSet) -> Article {
        var wordsByTopic: [String: Int] = [:]
        for (topic, words) in zip(topicSet.topics, topicWords) where words > 0 { wordsByTopic[topic.id] = words }
        var article = Article(path: path, title: title, format: format, titleLine: titleLine, headingCount: headingCount,
                              coverage: TopicCoverage(wordsByTopic: wordsByTopic, totalWords: wordCount))
        article.lineCount = lineCount
        (article.about, article.date, article.source) = (about, date, source)
        article.isComplete = false
        return article
    }
}

extension Article {
    /// An article with no sections yet whose counts are known (see `ArticleSummary.standIn`).
    init(path: String, title: String, format: Format, titleLine: Int?, headingCount: Int, coverage: TopicCoverage) {
        self.path = path
        self.title = title
        self.format = format
        self.titleLine = titleLine
        sections = []
        self.headingCount = headingCount
        self.coverage = coverage
        wordCount = coverage.totalWords
        passagesByTopic = [:]
        nearestByTopic = [:]
        contentHash = ""
        lineCount = 0
    }
}
