import Foundation
import TractApp
import ScreenKit
import TractCore
import TractView

// tract-bench: times the core on one file (decode, structure, topics, compare) and prints medians;
// `tract-bench search LIBRARY DATA_DIR` times indexing a library and querying it; `tract-bench page
// FILE…` times reading saved web pages.
// Run from a release build (scripts/bench does it).

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "start" {
    // What a start pays once before the first article is labelled: the topic model and the topic set.
    var clock = ContinuousClock.now
    func lap(_ what: String) { print(what, ContinuousClock.now - clock); clock = .now }
    _ = TopicModel.builtIn
    lap("topic model")
    _ = TopicSet.builtIn
    lap("topic set")
    _ = TopicClassifier(topicSet: .builtIn)
    lap("classifier")
    exit(0)
}
if arguments.count >= 3, arguments[1] == "digest" {
    DigestBench.run(library: arguments[2])
    exit(0)
}
if arguments.count >= 3, arguments[1] == "memory" {
    MemoryBench.run(file: arguments[2])
    exit(0)
}
if arguments.count >= 3, arguments[1] == "page" {
    WebPageBench.run(pages: Array(arguments.dropFirst(2)))
    exit(0)
}
if arguments.count >= 4, arguments[1] == "search" {
    SearchBench.run(library: arguments[2], data: arguments[3])
    exit(0)
}
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: tract-bench FILE [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count >= 3 ? Int(arguments[2]) ?? 5 : 5
let bytes = [UInt8](data)
let classifier = TopicClassifier(topicSet: .builtIn)

/// Milliseconds each of `count` runs of `body` took, fastest first.
func samples(_ count: Int = runs, _ body: () -> Void) -> [Double] {
    var samples: [Double] = []
    for _ in 0..<count {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return samples.sorted()
}

/// Milliseconds taken by `body`, median of `runs`.
func median(_ body: () -> Void) -> Double {
    let sorted = samples(runs, body)
    return sorted[sorted.count / 2]
}

var text = ""
var sections: [Section] = []
let decode = median { text = ArticleDecoder.decode(bytes) }
let format = ArticlePath.format(of: arguments[1]) ?? .text
let structure = median { sections = format == .markdown ? MarkdownParser.parse(text).sections : PlainTextParser.parse(text).sections }
let topics = median { _ = classifier.classify(sections) }
let whole = median { _ = ArticleParser.parse(bytes: bytes, path: arguments[1], format: format, classifier: classifier) }
let paragraphs = sections.reduce(0) { $0 + $1.paragraphs.count }
print(String(format: "%@: %.1f MB, %d sections, %d paragraphs", arguments[1], Double(bytes.count) / 1_048_576, sections.count, paragraphs))
print(String(format: "decode %.0f ms · structure %.0f ms · topics %.0f ms · whole parse %.0f ms (median of %d)",
             decode, structure, topics, whole, runs))

// Compare: the article against a copy of itself, per topic, as the reader does it (pairing and layout),
// 20 times each: median and p95 per topic, p95 over all switches.
let article = ArticleParser.parse(bytes: bytes, path: arguments[1], format: format, classifier: classifier)
var compareTimes: [String] = []
var allSwitches: [Double] = []
for topic in TopicSet.builtIn.ids {
    let times = samples(20) {
        let comparison = TopicComparison(topic: topic, left: article, right: article)
        let layout = CompareLayout(comparison, leftWidth: 47, rightWidth: 47, topicLabel: topic)
        for group in layout.groups.indices.prefix(10) { _ = layout.rows(of: group) }  // the first screen
    }
    allSwitches += times
    compareTimes.append(String(format: "%@ %.1f/%.1f", topic, times[times.count / 2], times[times.count * 95 / 100]))
}
allSwitches.sort()
print("compare with itself (pair + first screen at 100 columns), ms median/p95: " + compareTimes.joined(separator: " · "))
print(String(format: "compare, all %d topic switches: median %.1f ms · p95 %.1f ms · max %.1f ms", allSwitches.count,
             allSwitches[allSwitches.count / 2], allSwitches[allSwitches.count * 95 / 100], allSwitches.last ?? 0))
let passagesTime = median { _ = PassageFinder.passages(in: article, topic: "efficacy") }
let leftPassages = PassageFinder.passages(in: article, topic: "efficacy")
let alignTime = median { _ = TopicComparison.rows(leftPassages, leftPassages, leading: [leftPassages.count, leftPassages.count]) }
let efficacy = TopicComparison(topic: "efficacy", left: article, right: article)
let inputsTime = median { _ = efficacy.pointInputs }
let pointsTime = median { _ = efficacy.pointInputs.find() }
print(String(format: "efficacy: %d passages · finding %.0f ms · pairing %.0f ms · points %.0f ms (their texts %.1f ms)",
             leftPassages.count, passagesTime, alignTime, pointsTime, inputsTime))

// Replacing a stand-in by the whole article in the reader's state, as when a background read finishes.
var standIn = ArticleParser.parse(bytes: Array(bytes.prefix(65_536)), path: arguments[1], format: .text, classifier: classifier)
standIn.isComplete = false
var readerState = AppState(library: Library(root: nil, articles: [standIn], topicSet: .builtIn), size: Size(width: 100, height: 30))
readerState.openArticle(0)
let before = readerState
var replaced = readerState
let replaceTime = median {
    replaced = before
    _ = reduce(&replaced, .articlesLoaded([LoadedArticle(index: 0, article: article)], remaining: 0, total: 1))
}
let compareTime = median { _ = replaced != before }
print(String(format: "reader: whole article replaces its stand-in %.1f ms · state comparison %.1f ms", replaceTime, compareTime))

// In-article search of the whole article: the first hit from the top, and every hit counted.
let readingDocument = ReadingDocument(article: article)
let firstHitTime = median { _ = SearchState.firstHit(of: "serotonin", in: readingDocument, from: 0) }
var counted = SearchState(query: "serotonin", document: readingDocument)
let countTime = median { counted = SearchState(query: "serotonin", document: readingDocument) }
print(String(format: "search 'serotonin': first hit %.2f ms · all %d hits counted %.1f ms", firstHitTime, counted.hits.count, countTime))

// `/serotonin` Enter in the reader's state, key by key as the run loop reduces them (without drawing).
var searching = replaced
_ = reduce(&searching, .startSearch)
let typing = median {
    var typed = searching
    for character in "serotonin" { _ = reduce(&typed, .edit(.insert(character))) }
}
var typed = searching
for character in "serotonin" { _ = reduce(&typed, .edit(.insert(character))) }
let enter = median {
    var entered = typed
    _ = reduce(&entered, .edit(.submit))
    while entered.hasIdleWork { _ = reduce(&entered, .idle) }
}
print(String(format: "reader: typing 'serotonin' into / %.1f ms · Enter and every idle turn of the count %.1f ms", typing, enter))

// Drawing one frame of the reader (100×30), without and with a search's hits highlighted.
var searched = typed
_ = reduce(&searched, .edit(.submit))
let plainFrame = median { _ = render(replaced, theme: Theme(monochrome: false)) }
let searchFrame = median { _ = render(searched, theme: Theme(monochrome: false)) }
print(String(format: "reader: one frame %.2f ms · with search hits highlighted %.2f ms", plainFrame, searchFrame))
