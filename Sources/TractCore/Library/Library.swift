/// A set of articles read from one or more folders or files, with what was skipped and why.
public struct Library: Equatable, Sendable {
    /// A file in a library folder that is not an article, and the reason.
    public struct Skipped: Equatable, Sendable, Codable {
        public var path: String
        public var reason: String
        /// A dot-file or dot-folder: never read, named only when asked for (`tract list --all`).
        public var hidden: Bool

        public init(path: String, reason: String, hidden: Bool = false) {
            self.path = path
            self.reason = reason
            self.hidden = hidden
        }
    }

    /// The folder the library was read from, when there was one.
    public var root: String?
    public var articles: [Article]
    public var skipped: [Skipped]
    public var topicSet: TopicSet

    public init(root: String?, articles: [Article], skipped: [Skipped] = [], topicSet: TopicSet) {
        self.root = root
        self.articles = articles
        self.skipped = skipped
        self.topicSet = topicSet
    }
}

extension Library {
    /// How the map and the digest name each article: "Author Year" when the file says both, it is
    /// shorter than the title and no other article in the library goes by it; else the title.
    public var shortNames: [String] {
        let candidates = articles.map { article in
            article.authorYear.flatMap { name in name.count < article.title.count && name.contains(where: \.isNumber) ? name : nil }
        }
        var uses: [String: Int] = [:]
        for case let name? in candidates { uses[name, default: 0] += 1 }
        return zip(articles, candidates).map { article, name in name.flatMap { uses[$0] == 1 ? $0 : nil } ?? article.title }
    }
}
