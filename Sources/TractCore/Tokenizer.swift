/// Splits text into lowercase words for topic matching and search.
public enum Tokenizer {
    /// The words of `text` (letters and digits; everything else separates), lowercased.
    public static func words(in text: String, keepingStar: Bool = false) -> [String] {
        tokens(in: text, keepingStar: keepingStar).map(String.init)
    }

    /// The words of `text` as substrings of a lowercased copy.
    static func tokens(in text: String, keepingStar: Bool = false) -> [Substring] {
        let lower = text.lowercased()
        return lower.split { character in
            !(character.isLetter || character.isNumber || (keepingStar && character == "*"))
        }
    }
}
