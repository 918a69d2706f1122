/// A specific thing articles state on a topic — "serotonin syndrome", "CYP2D6", "weight gain" — and
/// which of them state it, where, in their own words. A comma list of things only one article names
/// ("olanzapine, mirtazapine, tizanidine") is one point.
public struct Point: Equatable, Sendable {
    /// As the articles spell it (a list's items joined by commas).
    public var name: String
    /// Lowercase forms to find in text when marking it: the term's spellings, or a list's items.
    public var forms: [String]
    /// Per side (article), the sentence where it states the point, verbatim; nil when it does not.
    public var quotes: [String?]
    /// Per side, the passages (indices into that side's passages) that state it.
    public var passages: [[Int]]

    public init(name: String, forms: [String], quotes: [String?], passages: [[Int]]) {
        self.name = name
        self.forms = forms
        self.quotes = quotes
        self.passages = passages
    }

    /// The sides that state it.
    public var sides: [Int] { quotes.indices.filter { quotes[$0] != nil } }

    /// Stated by two articles or more.
    public var isShared: Bool { sides.count >= 2 }

    /// True when `text` holds one of the point's forms as whole words, in any case.
    public func isStated(in text: String) -> Bool {
        let words = PointText.normalisedWords(in: text)
        return forms.contains { form in
            let wanted = form.split(separator: " ").map(String.init)
            guard !wanted.isEmpty, wanted.count <= words.count else { return false }
            return (0...(words.count - wanted.count)).contains { words[$0..<($0 + wanted.count)].elementsEqual(wanted) }
        }
    }

    /// The same point with its sides in another order (`order[k]` is the old side shown as side k).
    public func reordered(_ order: [Int]) -> Point {
        Point(name: name, forms: forms, quotes: order.map { quotes[$0] }, passages: order.map { passages[$0] })
    }
}
