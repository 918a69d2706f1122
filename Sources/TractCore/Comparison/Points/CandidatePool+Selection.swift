import Glibc

extension CandidatePool {
    /// Points two sides or more state: the strongest `PointFinder.sharedLimit` (stated more often and
    /// by more sides first), a term dropped when a longer one holding it is stated as often.
    mutating func shared() -> [Point] {
        var scored: [(key: String, score: Double)] = []
        for (key, candidate) in candidates {
            let sides = candidate.sides
            guard sides >= 2, let value = termhood(key, sharedOnly: true) else { continue }
            scored.append((key, value + 0.5 * log2(1 + Double(sharedCount(candidate))) + log2(Double(sides))))
        }
        let kept = withoutContained(scored.map(\.key)) { sharedCount(candidates[$0]!) }
        let ranked = scored.filter { kept.contains($0.key) }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
        return ranked.prefix(PointFinder.sharedLimit).map { point(for: [$0.key]) }
    }

    /// Points only side `side` states: each comma list of its items as one point (a listed item needs
    /// less to count: being listed says it names something), then its strongest other points.
    mutating func oneSided(side: Int) -> [Point] {
        var scores: [String: Double] = [:]
        for (key, candidate) in candidates where candidate.sides == 1 && candidate.count(on: side) > 0 {
            if let value = termhood(key, sharedOnly: false, bar: PointFinder.listRelief) { scores[key] = value }
        }
        let kept = withoutContained(Array(scores.keys)) { candidates[$0]!.count(on: side) }
        var used: Set<String> = []
        var points: [Point] = []
        for text in texts[side] {
            for list in text.enumerations {
                let members = list.map { $0.words.map(folded).joined(separator: " ") }
                    .filter { kept.contains($0) && !used.contains($0) }
                    .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                // A short list must be made of points in their own right; a long one names things by being one.
                guard members.count >= PointFinder.listMembers,
                      members.count >= 3 || members.allSatisfy({ scores[$0]! >= 0 }) else { continue }
                used.formUnion(members)
                points.append(point(for: members))
            }
        }
        let singles = kept.subtracting(used).filter { scores[$0]! >= 0 }
            .sorted { scores[$0]! != scores[$1]! ? scores[$0]! > scores[$1]! : $0 < $1 }
        return points + singles.prefix(PointFinder.singlesPerSide).map { point(for: [$0]) }
    }

    private func sharedCount(_ candidate: Candidate) -> Int { candidate.statements.map(\.count).min() ?? 0 }

    /// The keys not held, word for word, in a longer key counted at least as often. A longer key the
    /// corpus never saw whole ("cause serotonin syndrome") holds no phrase it did see, and goes itself
    /// when it holds one: the known phrase is the point.
    func withoutContained(_ keys: [String], count: (String) -> Int) -> Set<String> {
        let all = Set(keys)
        var held: Set<String> = []
        for key in keys {
            let words = key.split(separator: " ")
            guard words.count > 1 else { continue }
            let known = occurrences(key) >= 2
            let times = count(key)
            for size in 1..<words.count {
                for start in 0...(words.count - size) {
                    let inner = words[start..<(start + size)].joined(separator: " ")
                    guard all.contains(inner) else { continue }
                    if size > 1, !known, occurrences(inner) >= 2 {
                        held.insert(key)
                    } else if times >= count(inner), known || size == 1 {
                        held.insert(inner)
                    }
                }
            }
        }
        return all.subtracting(held)
    }

    /// The point for one key, or for a list of keys (one article's list): names, forms, quotes, passages.
    func point(for keys: [String]) -> Point {
        let sideCount = texts.count
        var quotes = [String?](repeating: nil, count: sideCount)
        var passages = [[Int]](repeating: [], count: sideCount)
        for side in 0..<sideCount {
            let found = keys.compactMap { candidates[$0]?.statement(on: side) }
            guard !found.isEmpty else { continue }
            passages[side] = Array(found.reduce(into: Set<Int>()) { $0.formUnion($1.passages) }).sorted()
            if let first = found.map(\.first).min(by: { $0.precedes($1) }) {
                quotes[side] = texts[side][first.passage].quote(around: first.range)
            }
        }
        let forms = keys.flatMap { key in (candidates[key]?.spellings.keys).map(Array.init) ?? [key] }
        return Point(name: keys.map(name).joined(separator: ", "), forms: Array(Set(forms)).sorted { $0.count > $1.count || $0.count == $1.count && $0 < $1 },
                     quotes: quotes, passages: passages)
    }
}
