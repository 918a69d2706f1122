/// The decoded text an article's paragraphs are slices of (see `Paragraph.text`), found from its
/// first paragraph, and where in it a paragraph's text lies.
public struct SharedText {
    public let text: String?
    private let address: UnsafeRawPointer?

    public init(_ article: Article) {
        text = article.sections.lazy.flatMap(\.paragraphs).first?.text.base
        address = text.flatMap(Self.address)
    }

    /// The UTF-8 offset of `slice` in the shared text; nil when it is a string of its own.
    public func offset(of slice: Substring) -> Int? {
        guard let address, Self.address(of: slice.base) == address else { return nil }
        return slice.base.utf8.distance(from: slice.base.utf8.startIndex, to: slice.startIndex)
    }

    /// Where a string's bytes are: a string of more than 15 bytes keeps them in place, on the heap, for
    /// as long as it lives. A shorter one is held inside the value, so its bytes have no address of their own.
    private static func address(of text: String) -> UnsafeRawPointer? {
        guard text.utf8.count > 15 else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }
}
