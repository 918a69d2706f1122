/// The headings of a reference list, the one list the PDF reader (which stops looking for headings
/// there), the classifier (which keeps cited titles out of every topic) and the built-in neutral
/// headings use.
public enum ReferenceList {
    public static let headings = ["references", "reference list", "bibliography", "literature cited", "works cited", "sources"]
    private static let names = Set(headings)

    /// True for a heading that names a reference list, whatever its case and surrounding punctuation.
    public static func isHeading(_ text: some StringProtocol) -> Bool {
        text.utf8.count <= 40 && names.contains(String(text.lowercased().trimming { $0.isWhitespace || $0.isPunctuation }))
    }
}
