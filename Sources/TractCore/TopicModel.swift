/// The trained section model: naive Bayes over the distinct words of a section, one class per
/// built-in topic plus "other" (last). Trained offline by `scripts/train-topics` on Wikipedia drug
/// articles whose standard headings label their sections (docs/quality.md has its data and figures);
/// shipped as text in `TopicModel+Data.swift` and read the first time a section needs it.
///
/// It decides only what headings leave open: a section whose heading names no topic and is not
/// neutral. A topic must lead "other" by `margin` (log-odds) and the section must hold `minWords`
/// words the model knows, so a short or off-topic section stays unlabelled.
public struct TopicModel: Sendable {
    /// Class ids; the last is "other".
    let classes: [String]
    let priors: [Float]
    let margin: Float
    let minWords: Int
    /// How much more, per word, a section must lean to its topic than the document's sections do on
    /// average: in an article that is all about one topic, no section is labelled by leaning to it.
    let standOut: Float
    /// Row of each known word in `weights`.
    let rows: [String: Int32]
    /// Log P(word | class), `classes.count` per row.
    let weights: [Float]
    /// The word of each row.
    let words: [String]

    /// The shipped model, read once on first use.
    public static let builtIn = TopicModel(text: builtInData)

    /// Reads the data format: `@classes …`, `@priors …`, `@margin X`, `@min-words N` (the `@` keeps
    /// them apart from words: "margin" is a word too), then one line per word: the word and its
    /// log-probability × 100 for each class, as whole numbers.
    ///
    /// Word lines are read from their bytes in one pass, numbers straight into `weights`: there are
    /// thousands, and this runs before the first article of every start is labelled (String
    /// splitting and `Float(_:)` took ~25 ms; per-line arrays still ~4 ms of a ~30 ms first frame).
    init(text: String) {
        var header = Header()
        var rows: [String: Int32] = [:]
        var weights: [Float] = []
        var words: [String] = []
        var text = text
        text.withUTF8 { bytes in
            let lineCount = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            rows.reserveCapacity(lineCount)
            words.reserveCapacity(lineCount)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.first == 0x40 {
                    header.read(Substring(decoding: line, as: UTF8.self))
                    if weights.isEmpty { weights.reserveCapacity(lineCount * header.classes.count) }
                } else if let space = line.firstIndex(of: 0x20),
                          Self.appendNumbers(UnsafeBufferPointer(rebasing: line[(space + 1)...]), to: &weights,
                                             expecting: header.classes.count) {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: line[..<space]), as: UTF8.self)
                    rows[word] = Int32(words.count)
                    words.append(word)
                }
            }
        }
        (classes, priors, margin, minWords, standOut) = (header.classes, header.priors, header.margin, header.minWords,
                                                         header.standOut)
        (self.rows, self.weights, self.words) = (rows, weights, words)
    }

    /// The `@` lines of the data.
    private struct Header {
        var classes: [String] = []
        var priors: [Float] = []
        var margin: Float = 3
        var minWords = 12
        var standOut: Float = 0

        mutating func read(_ line: Substring) {
            let fields = line.split(separator: " ")
            guard let key = fields.first else { return }
            let values = fields.dropFirst()
            switch key {
            case "@classes": classes = values.map(String.init)
            case "@priors": priors = values.map { (Float($0) ?? 0) / 100 }
            case "@margin": margin = values.first.flatMap { Float($0) } ?? margin
            case "@min-words": minWords = values.first.flatMap { Int($0) } ?? minWords
            case "@stand-out": standOut = values.first.flatMap { Float($0) } ?? standOut
            default: break
            }
        }
    }

    /// Appends a line's space-separated whole numbers (optionally negative), each / 100, to
    /// `weights` when there are exactly `expecting` of them; otherwise leaves `weights` as it was.
    private static func appendNumbers(_ bytes: UnsafeBufferPointer<UInt8>, to weights: inout [Float],
                                      expecting: Int) -> Bool {
        let before = weights.count
        var value = 0
        var negative = false
        var inNumber = false
        for byte in bytes {
            switch byte {
            case 0x2D: negative = true
            case 0x30...0x39:
                value = value * 10 + Int(byte - 0x30)
                inNumber = true
            default:
                if inNumber { weights.append(Float(negative ? -value : value) / 100) }
                (value, negative, inNumber) = (0, false, false)
            }
        }
        if inNumber { weights.append(Float(negative ? -value : value) / 100) }
        guard weights.count - before == expecting else {
            weights.removeLast(weights.count - before)
            return false
        }
        return true
    }

    /// Where topic `id` sits in `classes`.
    func classIndex(of id: String) -> Int? { classes.firstIndex(of: id) }

    /// The row of a lowercase word, or -1 when the model does not know it.
    func row(of word: String) -> Int32 { rows[word] ?? -1 }

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
        let evidence = lift.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(6).map { words[Int($0.0)] }
        return Verdict(topic: classes[best], lead: scores[best] - scores[other], evidence: evidence, leadPerWord: perWord)
    }
}
