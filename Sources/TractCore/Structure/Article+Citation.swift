/// How a researcher names an article in passing: "Robinson et al. 2015".
extension Article {
    /// The first author's surname ("et al." after it when there are more) and the year, from the byline
    /// and date the file gives; whichever is known, nil when neither is.
    public var authorYear: String? {
        let parts = [Self.firstAuthor(byline), Self.year(date)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// "Robinson 2015": `authorYear` without "et al.", for a narrow list.
    public var shortAuthorYear: String? {
        authorYear.map { $0.replacingOccurrences(of: " et al.", with: "") }
    }

    /// "Surname" or "Surname et al." from "Anna B. Keeper, Carl Tagger et al.", "by Anna Keeper and Carl
    /// Tagger" or "Keeper, A. B." (a surname first, before its initials).
    static func firstAuthor(_ byline: String?) -> String? {
        guard var text = byline.map({ String($0.trimmingSpaces()) }), !text.isEmpty else { return nil }
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        let separators = [", ", " and ", " & ", "; "]
        let cut = separators.compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        var first = cut.map { String(text[..<$0.lowerBound]) } ?? text
        let more = cut != nil || text.hasSuffix("et al.")
        if first.hasSuffix(" et al.") { first = String(first.dropLast(7)) }
        // "Keeper, A. B.": what follows the comma is initials, so the surname came first.
        if let cut, text[cut.upperBound...].split(separator: " ").first.map({ $0.count <= 2 && $0.hasSuffix(".") }) == true {
            let rest = text[cut.upperBound...]
            let others = rest.contains(",") || rest.contains(" and ") || rest.contains("&")
            return first + (others ? " et al." : "")
        }
        guard let surname = first.split(separator: " ").last(where: { $0.first?.isLetter == true }) else { return nil }
        return String(surname) + (more ? " et al." : "")
    }

    /// The first year (1000–2999) written in a date.
    static func year(_ date: String?) -> String? {
        guard let date else { return nil }
        var digits = ""
        for character in date + " " {
            if character.isASCII && character.isNumber { digits.append(character); continue }
            if digits.count == 4, digits.first == "1" || digits.first == "2" { return digits }
            digits = ""
        }
        return nil
    }
}
