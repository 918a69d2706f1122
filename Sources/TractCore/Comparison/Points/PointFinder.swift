/// Finds the points articles make on a topic: the words and phrases of their passages that are rare
/// in general English, named as list items in drug articles and concentrated in sections on the topic
/// (`PointBackground`), with plurals merged and the articles' own subjects left out. Points two
/// articles or more state come first; then, for each article, the lists of things only it names and
/// its strongest other points.
public enum PointFinder {
    /// At most this many shared points are kept.
    public static let sharedLimit = 15
    /// At most this many one-sided points per article besides its lists.
    public static let singlesPerSide = 8
    /// A list of at least this many things only one article names is one point.
    static let listMembers = 2
    /// How far under the bar a listed item may score and still count.
    static let listRelief = 0.5

    /// `sides[s][p]`: the text of passage `p` of article `s` (empty for a passage left out);
    /// `subjects`: the articles' titles and file names, whose words name what they are about, not a point.
    /// `oneSided: false` finds only what two articles or more state (the digest's points).
    public static func find(sides: [[String]], subjects: [String], topic: String, oneSided: Bool = true,
                            background: PointBackground = .builtIn) -> [Point] {
        var pool = CandidatePool(sides: sides.map { $0.map(PointText.init) }, subjects: subjects, topic: topic,
                                 background: background)
        pool.collect()
        let shared = pool.shared()
        guard oneSided else { return shared }
        return shared + sides.indices.flatMap { pool.oneSided(side: $0) }
    }
}

/// Every candidate term of the sides, with where it occurs, and the rules that make one a point.
struct CandidatePool {
    struct Occurrence {
        var passage: Int
        var range: Range<String.Index>

        /// Earlier in the side's passages (ranges compared only within one passage's text).
        func precedes(_ other: Occurrence) -> Bool {
            (passage, range.lowerBound) < (other.passage, other.range.lowerBound)
        }
    }

    struct Candidate {
        /// How one side states a candidate: how often, in which passages (ascending), first where.
        struct Statement {
            var side: Int
            var count: Int
            var passages: [Int]
            var first: Occurrence
        }

        var words: [String]
        var spellings: [String: Int] = [:]
        /// Only the sides that state it, in side order: most candidates are one article's words, and
        /// a digest reads sixty articles (a slot per side made every word of them cost kilobytes).
        private(set) var statements: [Statement] = []

        init(words: [String]) {
            self.words = words
        }

        /// How many sides state it.
        var sides: Int { statements.count }

        /// How often side `side` states it.
        func count(on side: Int) -> Int { statement(on: side)?.count ?? 0 }

        func statement(on side: Int) -> Statement? {
            let (index, found) = slot(of: side)
            return found ? statements[index] : nil
        }

        /// Where side `side`'s statement is, or would be inserted.
        private func slot(of side: Int) -> (index: Int, found: Bool) {
            if let last = statements.last, last.side <= side { return last.side == side ? (statements.count - 1, true) : (statements.count, false) }
            let index = statements.partitionIndex { $0.side >= side }
            return (index, index < statements.count && statements[index].side == side)
        }

        /// Another candidate's occurrences as this one's (an abbreviation's, into what it stands for).
        mutating func absorb(_ other: Candidate) {
            for (spelling, count) in other.spellings { spellings[spelling, default: 0] += count }
            for theirs in other.statements {
                let (index, found) = slot(of: theirs.side)
                guard found else {
                    statements.insert(theirs, at: index)
                    continue
                }
                statements[index].count += theirs.count
                statements[index].passages = Array(Set(statements[index].passages).union(theirs.passages)).sorted()
                if theirs.first.precedes(statements[index].first) { statements[index].first = theirs.first }
            }
        }

        mutating func record(spelling: String, side: Int, passage: Int, range: Range<String.Index>) {
            spellings[spelling, default: 0] += 1
            let (index, found) = slot(of: side)
            guard found else {
                statements.insert(Statement(side: side, count: 1, passages: [passage], first: Occurrence(passage: passage, range: range)),
                                  at: index)
                return
            }
            statements[index].count += 1
            // Passages are read in order, so a new one is the last; anything else is placed where it goes.
            // (Changed in place: a copy held here would make every append copy the array.)
            if statements[index].passages.last.map({ $0 < passage }) ?? true {
                statements[index].passages.append(passage)
            } else {
                let at = statements[index].passages.partitionIndex { $0 >= passage }
                if statements[index].passages[at] != passage { statements[index].passages.insert(passage, at: at) }
            }
        }
    }

    let texts: [[PointText]]
    let topic: String
    let background: PointBackground
    private let subjectWords: Set<String>
    private let subjectStems: [String]
    private let names: Set<String>
    private let known: Set<String>
    private(set) var candidates: [String: Candidate] = [:]
    /// Per key: its score (nil when a rule rules it out) and how often the corpus saw it whole.
    private var measures: [String: (termhood: Double?, occurrences: Int)] = [:]
    /// The tables' answers per word: a word is in many terms.
    private var facts: [String: PointBackground.WordFacts] = [:]
    /// Names of terms merged with their abbreviation: "dextromethorphan (DXM)".
    private var written: [String: String] = [:]

    init(sides: [[PointText]], subjects: [String], topic: String, background: PointBackground) {
        texts = sides
        self.topic = topic
        self.background = background
        subjectWords = Set(subjects.flatMap { Tokenizer.words(in: $0) })
        subjectStems = subjectWords.filter { $0.count >= 5 }.sorted()
        let all = sides.joined()
        names = Set(all.flatMap(\.titleCaseOnly)).subtracting(all.flatMap(\.lowercase))
        known = Set(all.flatMap { $0.chunks.flatMap(\.words) })
    }

    /// The singular a plural stands for when the texts also use it ("headaches" → "headache").
    func folded(_ word: String) -> String {
        if word.hasSuffix("ies"), known.contains(String(word.dropLast(3)) + "y") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("es"), known.contains(String(word.dropLast(2))) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), known.contains(String(word.dropLast())) { return String(word.dropLast()) }
        return word
    }

    /// Every run of one to three words of every chunk, by its folded form; then each abbreviation a
    /// text defines merged into what it stands for, in every text ("DXM" is "dextromethorphan"), and
    /// plain words into the term they gloss in drug articles ("low blood pressure" is "hypotension").
    mutating func collect() {
        for side in texts.indices {
            for (number, text) in texts[side].enumerated() {
                for chunk in text.chunks { add(chunk, side: side, passage: number) }
            }
        }
        for defined in texts.joined().flatMap(\.abbreviations) {
            merge(folded(PointText.normalised(Substring(defined.written))), into: defined.long.map(folded).joined(separator: " "),
                  written: defined.written)
        }
        for key in candidates.keys where key.contains(" ") {
            if let term = background.term(glossedBy: key) { merge(key, into: term.split(separator: " ").map { folded(String($0)) }.joined(separator: " ")) }
        }
    }

    /// `other`'s occurrences counted as `key`'s, when the texts hold both; the point is then named
    /// "key (other)", with `written` for other when given.
    private mutating func merge(_ other: String, into key: String, written spelled: String? = nil) {
        guard other != key, candidates[key] != nil, let absorbed = candidates[other] else { return }
        written[key] = written[key] ?? (name(key) + " (" + (spelled ?? name(other)) + ")")
        candidates[other] = nil
        candidates[key]?.absorb(absorbed)
    }

    private mutating func add(_ chunk: PointText.Chunk, side: Int, passage: Int) {
        let folded = chunk.words.map(folded)
        for start in folded.indices {
            for size in 1...3 where start + size <= folded.count {
                let words = folded[start..<(start + size)]
                let key = words.joined(separator: " ")
                let spelling = size == 1 ? chunk.words[start] : chunk.words[start..<(start + size)].joined(separator: " ")
                // Changed where it lies in the table: a copy would copy its arrays for every word.
                candidates[key, default: Candidate(words: Array(words))]
                    .record(spelling: spelling, side: side, passage: passage, range: chunk.range)
            }
        }
    }

    /// How strongly `key` reads as a point: nil when a rule rules it out or it scores under `-bar`;
    /// phrases the corpus never saw whole are points only when two articles share them (`sharedOnly`).
    mutating func termhood(_ key: String, sharedOnly: Bool, bar: Double = 0) -> Double? {
        let measured = measures[key] ?? measure(key)
        measures[key] = measured
        guard let value = measured.termhood, value >= -bar else { return nil }
        if !sharedOnly, key.contains(" "), measured.occurrences < 2 { return nil }
        return value
    }

    /// How often the corpus saw `key` whole (from the measures when it was scored).
    func occurrences(_ key: String) -> Int { measures[key]?.occurrences ?? background.occurrences(key) }

    private mutating func measure(_ key: String) -> (termhood: Double?, occurrences: Int) {
        let counts = background.counts(key)
        guard let words = candidates[key]?.words, key.count >= 3 else { return (nil, counts.occurrences) }
        let known = words.map { word in
            if let known = facts[word] { return known }
            let found = background.facts(word)
            facts[word] = found
            return found
        }
        guard admissible(words, key: key, facts: known) else { return (nil, counts.occurrences) }
        return (background.termhood(counts, zipf: PointBackground.zipf(phrase: known.map(\.zipf)), topic: topic), counts.occurrences)
    }

    /// Rules that hold whatever the background says: no subject, no name of a person or firm, no
    /// number, nothing but a noun (or a word English does not know) last, no adverb first, nor an
    /// everyday verb or adjective ("certain", "increased", "potential").
    private func admissible(_ words: [String], key: String, facts: [PointBackground.WordFacts]) -> Bool {
        guard let last = words.last, let first = words.first, let lastFacts = facts.last, let firstFacts = facts.first else { return false }
        if words.contains(where: subjectWords.contains) || subjectStems.contains(where: key.holdsLowercase) {
            return false
        }
        if names.contains(last) || !key.unicodeScalars.contains(where: \.properties.isAlphabetic) { return false }
        if last.hasSuffix("ly") || last.hasSuffix("ed") || last.hasSuffix("-fold") || first.hasSuffix("ly") || lastFacts.isNotNoun {
            return false
        }
        if words.count > 1, firstFacts.isNotNoun, firstFacts.zipf >= Self.everydayZipf { return false }
        return words.count > 1 || !firstFacts.isGeneric
    }

    /// A modifier this common in English says nothing specific.
    static let everydayZipf = 4.5

    /// The surface form used most (the shorter on a tie).
    func name(_ key: String) -> String {
        if let written = written[key] { return written }
        guard let spellings = candidates[key]?.spellings else { return key }
        return spellings.max { $0.value != $1.value ? $0.value < $1.value : $0.key.count > $1.key.count }?.key ?? key
    }
}
