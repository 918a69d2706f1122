/// An author's name split the way citation formats want it: family name, and the given names or
/// initials.
public struct PersonName: Equatable, Sendable {
    public var family: String
    public var given: String?

    public init(family: String, given: String? = nil) {
        self.family = family
        self.given = given
    }

    /// Reads "Anna B. Keeper", "Keeper, Anna B." and Vancouver's "Keeper AB"; nil when nothing is left.
    public init?(written: String) {
        let text = written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return nil }
        if let comma = text.firstIndex(of: ",") {
            let given = String(text[text.index(after: comma)...].trimmingSpaces())
            self.init(family: String(text[..<comma].trimmingSpaces()), given: given.isEmpty ? nil : given)
            return
        }
        var words = text.split(separator: " ").map(String.init)
        let last = words.removeLast()
        guard !words.isEmpty else { self.init(family: last); return }
        if Self.isInitials(last) {
            self.init(family: words.joined(separator: " "), given: last.map { "\($0)." }.joined(separator: " "))
        } else {
            // Particles ("van", "de") belong to the family name.
            var family = [last]
            while let previous = words.last, words.count > 1, previous.first?.isLowercase == true {
                family.insert(words.removeLast(), at: 0)
            }
            self.init(family: family.joined(separator: " "), given: words.joined(separator: " "))
        }
    }

    /// "AB": Vancouver's initials run together after the surname.
    private static func isInitials(_ word: String) -> Bool {
        (1...3).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// "Anna B. Keeper".
    public var natural: String { [given, family].compactMap { $0 }.joined(separator: " ") }

    /// "Keeper, Anna B." (BibTeX and RIS).
    public var inverted: String { given.map { "\(family), \($0)" } ?? family }
}
