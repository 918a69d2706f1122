extension TopicComparison {
    /// Each side's passages reordered lead first, and the lead sizes. A side's lead is its sections on
    /// the topic, those whose heading names it first; a side without any leads with its best-scoring
    /// paragraphs (as many as the other side has sections, in reading order), so it never opens on
    /// filler beside the other's sections. Openings (the untitled first section, an abstract) follow
    /// the lead: they restate what the sections say.
    static func arrange(_ left: [Passage], _ right: [Passage]) -> (left: [Passage], right: [Passage], leading: [Int]) {
        let leftSections = left.filter(\.isTitledSection).count
        let rightSections = right.filter(\.isTitledSection).count
        let a = lead(left, otherSections: rightSections)
        let b = lead(right, otherSections: leftSections)
        return (a.passages, b.passages, [a.count, b.count])
    }

    private static func lead(_ passages: [Passage], otherSections: Int) -> (passages: [Passage], count: Int) {
        let titled = passages.filter(\.isTitledSection)
        let named = titled.map(\.headingNamesTopic)
        let sections = titled.indices.filter { named[$0] }.map { titled[$0] } + titled.indices.filter { !named[$0] }.map { titled[$0] }
        let openings = passages.filter { $0.isSection && $0.heading == nil }
        let paragraphs = passages.filter { !$0.isSection }
        if !sections.isEmpty { return (sections + openings + paragraphs, sections.count) }
        guard otherSections > 0 else { return (openings + paragraphs, openings.count + paragraphs.count) }
        let best = Set(paragraphs.indices.sorted { paragraphs[$0].score > paragraphs[$1].score }.prefix(otherSections))
        let chosen = paragraphs.indices.filter { best.contains($0) }.map { paragraphs[$0] }
        let others = paragraphs.indices.filter { !best.contains($0) }.map { paragraphs[$0] }
        return (chosen + openings + others, chosen.count)
    }

    /// Below this similarity two passages are not a match.
    static let minimumSimilarity = 0.03
    /// A left passage no right passage chose is shown beside its best match only from this similarity.
    static let echoSimilarity = 0.03
    /// Above this many candidate pairs in a part, a passage is matched only near its proportional place.
    static let fullMatchLimit = 40_000
    /// How far from the proportional place the banded matching looks.
    static let band = 12

    /// Two lead passages (both sections on the topic) match however few words they share: the most
    /// alike of them stand side by side, and neither column of the leads runs empty.
    static let leadBonus = minimumSimilarity

    /// The rows: the leads matched among themselves, then the rest among themselves.
    public static func rows(_ left: [Passage], _ right: [Passage], leading: [Int]) -> [Row] {
        let lead = matchedRows(left: 0..<leading[0], right: 0..<leading[1], left, right, bonus: leadBonus)
        let rest = matchedRows(left: leading[0]..<left.count, right: leading[1]..<right.count, left, right, bonus: 0)
        return lead + rest
    }

    /// One part's rows: every left passage in order beside the right passages whose best match it is
    /// (the one whose heading is most like its own first), or beside its own best match when none chose it;
    /// then, alone, the left passages matching nothing and the right passages matching nothing.
    static func matchedRows(left: Range<Int>, right: Range<Int>, _ leftPassages: [Passage], _ rightPassages: [Passage],
                            bonus: Double) -> [Row] {
        guard !left.isEmpty else { return right.map { Row(left: nil, right: $0) } }
        guard !right.isEmpty else { return left.map { Row(left: $0, right: nil) } }
        let similarity = Similarity(left: leftPassages, right: rightPassages, leftRange: left, rightRange: right, bonus: bonus)
        var chosenBy: [Int: [(index: Int, value: Double)]] = [:]
        var unmatched: [Int] = []
        for j in right {
            if let best = similarity.bestLeft(for: j) { chosenBy[best.index, default: []].append((j, best.value)) } else { unmatched.append(j) }
        }
        var rows: [Row] = []
        var alone: [Row] = []
        for i in left {
            if let chosen = chosenBy[i] {
                // Led by the passage whose heading is most like this one's (then the most alike);
                // the others follow in the right article's order.
                let lead = chosen.max { (similarity.headings(i, $0.index), $0.value) < (similarity.headings(i, $1.index), $1.value) }!.index
                rows += ([lead] + chosen.map(\.index).filter { $0 != lead }).map { Row(left: i, right: $0) }
            } else if let best = similarity.bestRight(for: i) {
                rows.append(Row(left: i, right: best, echo: true))
            } else {
                alone.append(Row(left: i, right: nil))
            }
        }
        return rows + alone + unmatched.map { Row(left: nil, right: $0) }
    }
}

/// How alike two passages are: the cosine of their signatures (uncommon words only), with a bonus
/// when both are sections whose headings name the topic, and one for the words their headings share. Large parts compare each passage only with
/// those near its proportional place, so a topic switch on two huge articles stays linear.
struct Similarity {
    let left: [Passage]
    let right: [Passage]
    let leftRange: Range<Int>
    let rightRange: Range<Int>
    let banded: Bool
    /// Added to every pair's similarity (the leads').
    let bonus: Double
    private let leftNamed: [Bool]
    private let rightNamed: [Bool]

    init(left: [Passage], right: [Passage], leftRange: Range<Int>, rightRange: Range<Int>, bonus: Double) {
        (self.left, self.right, self.leftRange, self.rightRange, self.bonus) = (left, right, leftRange, rightRange, bonus)
        banded = leftRange.count * rightRange.count > TopicComparison.fullMatchLimit
        leftNamed = left.map { $0.isSection && $0.headingNamesTopic }
        rightNamed = right.map { $0.isSection && $0.headingNamesTopic }
    }

    static let namedBonus = 0.1
    /// Weight of the share of heading words two sections have in common (Jaccard, 0…1).
    static let headingWeight = 0.2

    func value(_ i: Int, _ j: Int) -> Double {
        let similarity = left[i].signature.similarity(right[j].signature)
        return similarity + bonus + (leftNamed[i] && rightNamed[j] ? Self.namedBonus : 0) + headings(i, j)
    }

    /// The share of heading words two sections have, weighted.
    func headings(_ i: Int, _ j: Int) -> Double {
        let (a, b) = (left[i].headingWords, right[j].headingWords)
        guard a != 0, b != 0, left[i].isSection, right[j].isSection else { return 0 }
        return Self.headingWeight * Passage.headingShare(a, b)
    }

    /// The candidates for passage `index` of one side among `others`, near its place when banded.
    private func candidates(_ index: Int, in own: Range<Int>, others: Range<Int>) -> Range<Int> {
        guard banded else { return others }
        let centre = others.lowerBound + (index - own.lowerBound) * others.count / max(own.count, 1)
        let low = max(others.lowerBound, centre - TopicComparison.band)
        let high = min(others.upperBound, centre + TopicComparison.band + 1)
        return low < high ? low..<high : others
    }

    func bestLeft(for j: Int) -> (index: Int, value: Double)? {
        var best: (index: Int, value: Double)?
        for i in candidates(j, in: rightRange, others: leftRange) {
            let score = value(i, j)
            if score >= TopicComparison.minimumSimilarity, score > best?.value ?? 0 { best = (i, score) }
        }
        return best
    }

    func bestRight(for i: Int) -> Int? {
        var best: (index: Int, value: Double)?
        for j in candidates(i, in: leftRange, others: rightRange) {
            let score = value(i, j)
            if score >= TopicComparison.echoSimilarity, score > best?.value ?? 0 { best = (j, score) }
        }
        return best?.index
    }
}
