import Glibc

/// The trained section model: naive Bayes over the distinct words of a section, one class per
/// built-in topic plus "other" (last). Trained offline by `scripts/train-topics` on Wikipedia drug
/// articles whose standard headings label their sections (docs/quality.md has its data and figures);
/// shipped as constants in `TopicModel+Data.swift` and made the first time a section needs it.
///
/// It decides only what headings leave open: a section whose heading names no topic and is not
/// neutral. A topic must lead "other" by `margin` (log-odds) and the section must hold `minWords`
/// words the model knows, so a short or off-topic section stays unlabelled.
public struct TopicModel: Sendable {
    /// Class ids; the last is "other".
    let classes: [String]
    let priors: [Float]
    private(set) var margin: Float
    private(set) var minWords: Int
    /// How much more, per word, a section must lean to its topic than the document's sections do on
    /// average: in an article that is all about one topic, no section is labelled by leaning to it.
    private(set) var standOut: Float
    /// The known words, sorted by their UTF-8 bytes, one after another; word i ends at `wordEnds[i]`.
    let words: StaticString
    let wordEnds: [UInt32]
    /// Log P(word | class), `classes.count` per word.
    let weights: [Float]

    /// The shipped model, made once on first use from constants the compiler lays out as data
    /// (`TopicModel+Data.swift`): reading it as text, with a dictionary of its 4,000 words, was
    /// ~2.5 ms of every start.
    public static let builtIn = TopicModel(classes: builtInClasses, priors: builtInPriors, margin: builtInMargin,
                                           minWords: builtInMinWords, standOut: builtInStandOut, words: builtInWords,
                                           wordEnds: builtInWordEnds, weights: builtInWeights)

    /// How sure the model must be before it labels a section; a topic file may set them
    /// (`model-settings:`), the shipped values are `builtInSettings`.
    public struct Settings: Equatable, Sendable {
        public var margin: Float
        public var minWords: Int
        public var standOut: Float

        public init(margin: Float, minWords: Int, standOut: Float) {
            (self.margin, self.minWords, self.standOut) = (margin, minWords, standOut)
        }
    }

    public static let builtInSettings = Settings(margin: builtInMargin, minWords: builtInMinWords, standOut: builtInStandOut)

    /// The same model deciding with other settings (nil: as trained).
    func with(_ settings: Settings?) -> TopicModel {
        guard let settings else { return self }
        var model = self
        (model.margin, model.minWords, model.standOut) = (settings.margin, settings.minWords, settings.standOut)
        return model
    }

    /// A model from its data: priors and weights are log-probabilities × 100, as whole numbers.
    init(classes: [String], priors: [Int16], margin: Float, minWords: Int, standOut: Float, words: StaticString,
         wordEnds: [UInt32], weights: [Int16]) {
        precondition(weights.count == wordEnds.count * classes.count && Int(wordEnds.last ?? 0) == words.utf8CodeUnitCount)
        (self.classes, self.margin, self.minWords, self.standOut) = (classes, margin, minWords, standOut)
        self.priors = priors.map { Float($0) / 100 }
        self.weights = weights.map { Float($0) / 100 }
        self.words = words
        self.wordEnds = wordEnds
    }

    /// The bytes of word `row`.
    private func wordBytes(_ row: Int) -> UnsafeBufferPointer<UInt8> {
        let start = row == 0 ? 0 : Int(wordEnds[row - 1])
        return UnsafeBufferPointer(start: words.utf8Start + start, count: Int(wordEnds[row]) - start)
    }

    /// Word `row`, as text.
    func word(_ row: Int) -> String { String(decoding: wordBytes(row), as: UTF8.self) }

    /// Where topic `id` sits in `classes`.
    func classIndex(of id: String) -> Int? { classes.firstIndex(of: id) }

    /// The row of a lowercase word, or -1 when the model does not know it: a binary search of the
    /// sorted words (once per distinct word of an article; the vocabulary keeps the answer).
    func row(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { wanted in
            guard let wantedStart = wanted.baseAddress, !wanted.isEmpty else { return -1 }
            var (low, high) = (0, wordEnds.count)
            while low < high {
                let middle = (low + high) / 2
                let candidate = wordBytes(middle)
                let order = memcmp(candidate.baseAddress!, wantedStart, min(candidate.count, wanted.count))
                let before = order < 0 || order == 0 && candidate.count < wanted.count
                if order == 0 && candidate.count == wanted.count { return Int32(middle) }
                if before { low = middle + 1 } else { high = middle }
            }
            return -1
        }
    }

    /// A topic the model gives a section.
    struct Verdict {
        var topic: String
        /// How far the topic leads "other", in log-odds.
        var lead: Float
        /// The section's words that speak most for the topic against "other", strongest first.
        var evidence: [String]
        /// Each topic's lead over "other" divided by the number of distinct words (classes order).
        var leadPerWord: [Float]
    }

    /// The verdict on a section whose distinct known words are `rows`, `wordCount` known words in all
    /// (repeats counted); nil when the section is too short. `topic` is empty when "other" wins or the
    /// lead is under the margin. `allowed` limits the topics.
    func verdict(rows: [Int32], wordCount: Int, allowed: Set<String>) -> Verdict? {
        guard wordCount >= minWords, !classes.isEmpty else { return nil }
        let width = classes.count
        var scores = priors
        for row in rows {
            let base = Int(row) * width
            for index in 0..<width { scores[index] += weights[base + index] }
        }
        let other = width - 1
        let perWord = scores.map { ($0 - scores[other]) / Float(max(rows.count, 1)) }
        guard let best = (0..<other).filter({ allowed.contains(classes[$0]) }).max(by: { scores[$0] < scores[$1] }),
              scores[best] - scores[other] >= margin else {
            return Verdict(topic: "", lead: 0, evidence: [], leadPerWord: perWord)
        }
        let lift = rows.map { row in (row, weights[Int(row) * width + best] - weights[Int(row) * width + other]) }
        let evidence = lift.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(6).map { word(Int($0.0)) }
        return Verdict(topic: classes[best], lead: scores[best] - scores[other], evidence: evidence, leadPerWord: perWord)
    }
}
