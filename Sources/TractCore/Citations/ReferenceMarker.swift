/// The number an entry of a numbered reference list opens with: "[12]", "12.", "12)" or "12" before
/// a capital letter; nil for any other text.
public enum ReferenceMarker {
    public static func number(_ text: some StringProtocol) -> Int? {
        split(text)?.number
    }

    /// The number and where the entry's own text begins after it.
    public static func split<S: StringProtocol>(_ text: S) -> (number: Int, rest: S.SubSequence)? {
        var rest = text[...]
        let bracketed = rest.first == "["
        if bracketed { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count), let number = Int(digits), number > 0 else { return nil }
        rest = rest.dropFirst(digits.count)
        if bracketed {
            guard rest.first == "]" else { return nil }
            rest = rest.dropFirst()
        } else if rest.first == "." || rest.first == ")" {
            rest = rest.dropFirst()
        } else {
            // Bare "12 Smith J": a space, then a capital (a year or a measure would follow with a digit).
            guard rest.first == " ", rest.dropFirst().first?.isUppercase == true else { return nil }
        }
        let text = rest.drop { $0 == " " }
        // "1.5 mg" is not an entry: a marker stands apart from the text after it.
        guard bracketed || text.startIndex != rest.startIndex || rest.isEmpty, text.first.map({ !$0.isNumber }) ?? true else { return nil }
        return (number, text)
    }
}
