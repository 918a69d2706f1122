/// What a file says of its article besides the text: who wrote it (as a byline and, where the file
/// names them one by one, each author), where it appeared and its DOI.
public struct ArticleMetadata: Equatable, Sendable {
    public var byline: String?
    /// Each author's name as the file gives it; empty when it gives only a byline.
    public var authors: [String] = []
    /// The journal, site or publisher.
    public var siteName: String?
    public var doi: String?

    public init(byline: String? = nil, authors: [String] = [], siteName: String? = nil, doi: String? = nil) {
        self.byline = byline
        self.authors = authors
        self.siteName = siteName
        self.doi = doi
    }

    /// Every field made safe to show.
    public var cleaned: ArticleMetadata {
        ArticleMetadata(byline: byline.map(Sanitizer.clean), authors: authors.map(Sanitizer.clean).filter { !$0.isEmpty },
                        siteName: siteName.map(Sanitizer.clean), doi: doi.map(Sanitizer.clean))
    }
}
