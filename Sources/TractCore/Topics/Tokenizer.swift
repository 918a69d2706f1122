/// Splits text into lowercase words for topic matching and search.
public enum Tokenizer {
    /// The words of `text` (letters and digits; everything else separates), lowercased.
    public static func words(in text: String, keepingStar: Bool = false) -> [String] {
        tokens(in: text, keepingStar: keepingStar).map(String.init)
    }

    /// The words of `text` as substrings of a lowercased copy.
    ///
    /// Scans UTF-8 bytes: ASCII is classified by table, and only non-ASCII scalars pay for a Unicode
    /// property lookup — this runs over every paragraph of a 10 MB article.
    static func tokens(in text: String, keepingStar: Bool = false) -> [Substring] {
        let lower = text.lowercased()
        var tokens: [Substring] = []
        let utf8 = lower.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let isWord: Bool
            var next = utf8.index(after: index)
            if byte < 0x80 {
                isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (keepingStar && byte == 0x2A)
            } else {
                let scalar = lower.unicodeScalars[index]
                next = lower.unicodeScalars.index(after: index)
                isWord = scalar.isLetterOrDigit
            }
            if isWord {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(lower[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { tokens.append(lower[begin..<utf8.endIndex]) }
        return tokens
    }
}

extension Unicode.Scalar {
    /// A letter or a digit in any script: what words are made of, for topics, search and points.
    var isLetterOrDigit: Bool {
        if isASCII {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
