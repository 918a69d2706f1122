/// A short list of words kept as one string (joined by U+001F, which sanitised text never holds).
/// Every label of every paragraph of a 10 MB article has its evidence words: as `[String]` each
/// list is an array allocation and each word over 15 bytes another; as one string it is at most one.
struct WordList: Equatable, Sendable {
    private static let separator: Character = "\u{1F}"
    private var joined: String

    init(_ words: [String]) {
        joined = words.joined(separator: String(Self.separator))
    }

    /// The first word, without splitting the rest.
    var first: Substring? {
        joined.isEmpty ? nil : joined[..<(joined.firstIndex(of: Self.separator) ?? joined.endIndex)]
    }

    var words: [String] {
        joined.isEmpty ? [] : joined.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
    }
}
