/// A byline as a page or a text prints it, cut down to the names: "by Steven Musil January 18, 2017
/// 11:00 PM PST" is "Steven Musil", "James Akinaka • 8h" is "James Akinaka".
public enum Byline {
    private static let leadIns = ["by ", "par ", "von ", "por ", "door ", "di ", "written by ", "posted by ", "words by "]
    private static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                              "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    private static let dateWords: Set<String> = ["updated", "published", "posted", "on"]

    /// A month's name or its short form.
    static func isDateWord(_ word: String) -> Bool { months.contains(word.lowercased()) }

    public static func cleaned(_ text: String) -> String? {
        var words = text.split { $0.isWhitespace }.map(String.init)
        if let first = words.first, leadIns.contains(first.lowercased() + " ") { words.removeFirst() }
        // The names end where a date, a time, a separator or a figure begins.
        var kept: [String] = []
        for (index, word) in words.enumerated() {
            let lower = word.lowercased().trimmingCharacters(in: ",.")
            // A month only before a day's number ("June 3"): "Laura June Topolsky" is a name.
            let dated = months.contains(lower) && index + 1 < words.count && words[index + 1].first?.isNumber == true
            if ["•", "|", "—", "–", "-", "·", "/"].contains(word) || (dated || dateWords.contains(lower)) && !kept.isEmpty
                || word.first?.isNumber == true { break }
            kept.append(word)
        }
        let names = kept.joined(separator: " ").trimmingCharacters(in: " ,;:—–-|·•")
        return names.isEmpty ? nil : names
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        String(trimming { set.contains($0) })
    }
}
