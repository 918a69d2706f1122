import ScreenKit
import TractCore

/// One line of the help overlay.
public struct HelpLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A part's or a key group's title.
        case heading
        /// A line of the concepts' prose.
        case text
        /// A topic of the legend: its number (as keys), mark and name (drawn in the topic's style).
        case legend(topic: Int)
        /// A binding row: its keys on its first line only, what it does wrapped beside them.
        case key
    }

    public var kind: Kind
    public var keys: String?
    public var text: String
}

/// The help's text in two parts — what Tract's ideas are (topics and their marks, compare, points,
/// map, digest, bookmarks) and every key from the binding table — wrapped to a width, and narrowed
/// to what a search finds.
public enum HelpText {
    /// The widest the keys column gets.
    public static let keyColumn = 20

    /// The lines at `width` (text columns inside the box), only the entries matching `query` (with the
    /// heading each falls under) when there is one: a key's row or a paragraph is found whole, wrapped
    /// or not.
    public static func lines(_ context: ViewContext, width: Int, query: String? = nil) -> [HelpLine] {
        let all = concepts(context, width: width) + [[blank]] + keys(context.keyMap, width: width)
        guard let query, !query.isEmpty else { return all.flatMap { $0 } }
        let needle = SearchFold.fold(query)
        var out: [HelpLine] = []
        var heading: HelpLine?
        for entry in all {
            if let first = entry.first, first.kind == .heading { heading = first; continue }
            let text = entry.flatMap { [$0.keys ?? "", $0.text] }.joined(separator: " ").split(separator: " ").joined(separator: " ")
            guard SearchFold.fold(text).contains(needle) else { continue }
            if let title = heading { out.append(title); heading = nil }
            out += entry
        }
        return out
    }

    private static let blank = HelpLine(kind: .text, keys: nil, text: "")

    /// The concepts, an entry (its lines) per paragraph and per topic of the legend.
    private static func concepts(_ context: ViewContext, width: Int) -> [[HelpLine]] {
        let keys = context.keyMap
        let key = { (action: Action) in keys.keyLabel(for: action, in: [.global]) }
        let compareTopics = keys.topicHint(count: context.library.topicSet.ids.count, in: [.compare]).map { " (\($0))" } ?? ""
        var lines: [[HelpLine]] = [[HelpLine(kind: .heading, keys: nil, text: "What Tract shows")]]
        lines += prose("Topics. Every section and paragraph is labelled with the topics it is about; the mark in the gutter, "
                       + "the outline and the library show the strongest, each topic in its own colour and mark:", width: width)
        lines += context.library.topicSet.topics.enumerated().map { number, topic in
            [HelpLine(kind: .legend(topic: number), keys: "\(number + 1)", text: topic.label.lowercased())]
        }
        lines += prose("\(key(.cycleTopicHighlight)) highlights them in the text: all, then one at a time.", width: width)
        lines += prose("Compare. \(key(.startCompare)) sets the open article beside another on one topic\(compareTopics): "
                       + "their passages paired, side by side.", width: width)
        lines += prose("Points. What the articles say on the topic: a point both make is marked alike in each column, one "
                       + "only one makes apart; \(keys.keyLabel(for: .nextPoint, in: [.compare])) chooses the next.", width: width)
        lines += prose("Map. \(key(.showMap)) shows every article against every topic: how many words each has on each.", width: width)
        lines += prose("Digest. \(key(.showDigest)) reads the whole library on one topic, article after article; a point several "
                       + "articles make narrows it to the passages that state it.", width: width)
        lines += prose("Bookmarks. \(key(.bookmark)) keeps the paragraph at the cursor (▶), with a note; \(key(.showBookmarks)) lists "
                       + "them. They follow the text when the file is edited.", width: width)
        lines += prose("Enter on a passage in compare, the digest, the map or a search opens it in its article; "
                       + "\(key(.back)) or q goes back there.", width: width)
        return lines
    }

    /// A paragraph: a blank line, then its text wrapped.
    private static func prose(_ text: String, width: Int) -> [[HelpLine]] {
        [[blank], TextWrapper.wrap(text, width: max(width, 10)).map { HelpLine(kind: .text, keys: nil, text: $0) }]
    }

    /// Every group of keys, an entry per binding row.
    private static func keys(_ keyMap: KeyMap, width: Int) -> [[HelpLine]] {
        var lines: [[HelpLine]] = [[HelpLine(kind: .heading, keys: nil, text: "Keys (rebind them in config.yml)")]]
        let column = min(keyMap.helpSections.flatMap(\.lines).map { DisplayWidth.of($0.keys) }.max() ?? 0, keyColumn)
        for section in keyMap.helpSections {
            lines.append([blank])
            lines.append([HelpLine(kind: .heading, keys: nil, text: section.group.rawValue)])
            for row in section.lines {
                let wrapped = TextWrapper.wrap(row.help, width: max(width - column - 2, 10))
                lines.append(wrapped.enumerated().map { index, part in
                    HelpLine(kind: .key, keys: index == 0 ? TextWrapper.truncate(row.keys, width: column) : nil, text: part)
                })
            }
        }
        return lines
    }
}
