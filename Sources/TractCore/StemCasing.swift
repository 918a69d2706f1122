/// How an article spells the words of its file name, so a title made from the name reads `MDMA PTSD
/// breakthrough` rather than `Mdma ptsd breakthrough`. Capitals that only start a sentence do not count
/// when the word is also written mid-sentence.
struct StemCasing {
    /// How much of the text is looked at: the spelling is settled long before the end of a long article.
    static let sampleLength = 200_000

    private var counts: [String: [String: Int]] = [:]

    init(words: [String], text: String) {
        let wanted = Set(words)
        var word = ""
        var sentenceStart = true
        var afterStop = true
        for character in text.prefix(Self.sampleLength) {
            if character.isLetter || character.isNumber {
                if word.isEmpty { sentenceStart = afterStop }
                word.append(character)
                continue
            }
            if !word.isEmpty { count(word, sentenceStart: sentenceStart, wanted: wanted) }
            word = ""
            if ".!?\n:".contains(character) { afterStop = true } else if !character.isWhitespace { afterStop = false }
        }
        if !word.isEmpty { count(word, sentenceStart: sentenceStart, wanted: wanted) }
    }

    /// Mid-sentence spellings count; a capital at a sentence start counts only as its lowercase form,
    /// unless the word is capitalised throughout (MDMA).
    private mutating func count(_ word: String, sentenceStart: Bool, wanted: Set<String>) {
        let lower = word.lowercased()
        guard wanted.contains(lower) else { return }
        let onlyFirstCapital = word.first?.isUppercase == true && word.dropFirst() == word.dropFirst().lowercased()
        let form = sentenceStart && onlyFirstCapital ? lower : word
        counts[lower, default: [:]][form, default: 0] += 1
    }

    /// The spelling the text uses most for `word`; the word as given when the text never uses it.
    func spelling(of word: String) -> String {
        guard let forms = counts[word.lowercased()] else { return word }
        return forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? word
    }
}
