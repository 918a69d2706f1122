/// Reading a surname out of an author's name as reference lists and bylines print it.
public enum AuthorName {
    /// "Ganeshan" from "V. Ganeshan", "N. F. Schor" or "Ganeshan V"; "Bonham" from "Bonham, K."; "van
    /// der Berg" from "van der Berg JH". Initials are one or two capitals, with or without full stops.
    public static func surname(_ name: String) -> String? {
        let cleaned = String(name.trimming { $0.isWhitespace || $0.isPunctuation && $0 != "." })
        if let comma = cleaned.firstIndex(of: ",") {
            let before = String(cleaned[..<comma].trimming { $0.isWhitespace })
            return before.isEmpty ? nil : before
        }
        let skipped: Set<String> = ["et", "al", "al."]
        let words: [String] = cleaned.split(separator: " ").map(String.init).filter { !skipped.contains($0) }
        guard !words.isEmpty else { return nil }
        let named = words.filter { !isInitials($0) }
        guard !named.isEmpty else { return nil }
        // "Auger C" and "van der Berg JH": initials after the surname; "V. Ganeshan": before it.
        if let last = words.last, isInitials(last), words.count > 1 { return named.joined(separator: " ") }
        return named.last
    }

    /// "C", "AJ", "N.", "N.F.", "J.-P.": initials rather than a name.
    public static func isInitials(_ word: some StringProtocol) -> Bool {
        let letters = word.filter { $0 != "." && $0 != "-" }
        guard !letters.isEmpty, letters.count <= 3, letters.allSatisfy(\.isUppercase) else { return false }
        return word.count <= 3 || word.contains(".")
    }

    /// A name compared loosely: letters only, lowercased, accents kept (as surnames in text and list
    /// are printed the same way).
    public static func key(_ surname: some StringProtocol) -> String {
        surname.lowercased().filter(\.isLetter)
    }
}
