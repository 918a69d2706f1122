#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Yams

extension TopicSet {
    /// Reads a topic set from YAML text; errors name the line at fault.
    ///
    /// Shape: `threshold`, `neutral-headings` and `model` (all optional) and `topics`, a list of
    /// `{id, label, color, priority, headings, words}`; `headings` and `neutral-headings` are lists of
    /// terms, `words` a list of terms or a map of term to weight; `model: built-in` turns on the trained
    /// section model.
    public static func parse(yaml: String, origin: String) throws -> TopicSet {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw TractError("\(origin): \(describe(error))")
        }
        guard let mapping = root?.mapping else {
            throw TractError("\(origin): line 1: expected a mapping with a 'topics' list")
        }
        var threshold = 0.5
        if let node = mapping["threshold"] {
            guard let value = node.float, value > 0, value < 1 else {
                throw TractError("\(origin): line \(line(node)): 'threshold' must be a number between 0 and 1")
            }
            threshold = value
        }
        guard let list = mapping["topics"]?.sequence, !list.isEmpty else {
            throw TractError("\(origin): line \(line(root)): expected a non-empty 'topics' list")
        }
        var topics: [Topic] = []
        for node in list {
            let topic = try parseTopic(node, origin: origin)
            if topics.contains(where: { $0.id == topic.id }) {
                throw TractError("\(origin): line \(line(node)): topic '\(topic.id)' is defined twice")
            }
            topics.append(topic)
        }
        let neutral = try terms(mapping["neutral-headings"], origin: origin)
        var usesModel = false
        if let node = mapping["model"] {
            guard node.string == "built-in" || node.string == "none" else {
                throw TractError("\(origin): line \(line(node)): 'model' must be 'built-in' or 'none'")
            }
            usesModel = node.string == "built-in"
        }
        let settings = try modelSettings(mapping["model-settings"], origin: origin)
        return TopicSet(topics: topics, origin: origin, threshold: threshold, neutralHeadings: neutral, usesModel: usesModel,
                        modelSettings: settings)
    }

    /// `model-settings: {margin, stand-out, min-words}`, each optional (the shipped value when left out).
    private static func modelSettings(_ node: Node?, origin: String) throws -> TopicModel.Settings? {
        guard let node else { return nil }
        guard let map = node.mapping else {
            throw TractError("\(origin): line \(line(node)): 'model-settings' must be a mapping of margin, stand-out, min-words")
        }
        var settings = TopicModel.builtInSettings
        for (key, value) in map {
            let at = "\(origin): line \(line(value))"
            switch key.string {
            case "margin"?:
                guard let number = value.float, number >= 0 else { throw TractError("\(at): 'margin' must be a number of 0 or more") }
                settings.margin = Float(number)
            case "stand-out"?:
                guard let number = value.float, number >= 0 else { throw TractError("\(at): 'stand-out' must be a number of 0 or more") }
                settings.standOut = Float(number)
            case "min-words"?:
                guard let number = value.int, number >= 0 else { throw TractError("\(at): 'min-words' must be a whole number of 0 or more") }
                settings.minWords = number
            default:
                throw TractError("\(at): unknown model setting '\(key.string ?? "")' (margin, stand-out, min-words)")
            }
        }
        return settings
    }

    private static let colors: Set<String> = ["red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    private static func parseTopic(_ node: Node, origin: String) throws -> Topic {
        let at = "\(origin): line \(line(node))"
        guard let map = node.mapping else { throw TractError("\(at): each topic must be a mapping with an 'id'") }
        guard let id = map["id"]?.string, !id.isEmpty,
              id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw TractError("\(at): topic needs an 'id' of letters, digits and dashes")
        }
        let color = map["color"]?.string ?? "white"
        guard colors.contains(color) else {
            throw TractError("\(origin): line \(line(map["color"])): unknown color '\(color)' (use \(colors.sorted().joined(separator: ", ")))")
        }
        let headings = try terms(map["headings"], origin: origin)
        let words = try terms(map["words"], origin: origin)
        guard !headings.isEmpty || !words.isEmpty else {
            throw TractError("\(at): topic '\(id)' needs 'headings' or 'words'")
        }
        let label = map["label"]?.string ?? id.replacingOccurrences(of: "-", with: " ").capitalized
        var priority = 0
        if let node = map["priority"] {
            guard let value = node.int else {
                throw TractError("\(origin): line \(line(node)): 'priority' must be a whole number")
            }
            priority = value
        }
        return Topic(id: id, label: label, color: color, headingTerms: headings, bodyTerms: words, priority: priority)
    }

    private static func terms(_ node: Node?, origin: String) throws -> [Term] {
        guard let node else { return [] }
        if let list = node.sequence {
            return try list.map { item in
                guard let text = item.string, !text.isEmpty else {
                    throw TractError("\(origin): line \(line(item)): a term must be a word or phrase")
                }
                return Term(text)
            }
        }
        if let map = node.mapping {
            return try map.map { key, value in
                guard let text = key.string, let weight = value.float, weight > 0 else {
                    throw TractError("\(origin): line \(line(value)): a weight must be a positive number")
                }
                return Term(text, weight: weight)
            }
        }
        throw TractError("\(origin): line \(line(node)): expected a list of terms or a map of term to weight")
    }

    private static func line(_ node: Node?) -> Int { node?.mark?.line ?? 1 }

    /// One line from a Yams error: position and problem, without the snippet (also used for config files).
    public static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "line \(mark.line): \(problem)"
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
