import Foundation
import TractCore
import TractRuntime

/// Times the library index: first build, a warm reopen, and queries (p50 / p95).
enum SearchBench {
    static func run(library: String, data: String) {
        let loader = LibraryLoader()
        let classifier = TopicClassifier(topicSet: .builtIn)
        let paths = loader.articlePaths(in: [library])
        func update() -> (Double, SearchIndex.UpdateStats) {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                let index = try SearchIndex(directory: data)
                let stats = try index.update(paths: paths) { path, vocabulary in
                    try loader.loadArticle(path: path, classifier: classifier, vocabulary: vocabulary)
                }
                return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000, stats)
            } catch {
                FileHandle.standardError.write(Data("index failed: \(error)\n".utf8))
                exit(1)
            }
        }
        let (first, firstStats) = update()
        let (warm, warmStats) = update()
        print(String(format: "%d articles: first index %.0f ms (%d indexed) · warm reopen %.0f ms (%d unchanged)",
                     paths.count, first, firstStats.indexed, warm, warmStats.unchanged))
        guard let index = try? SearchIndex(directory: data) else { return }
        let queries = ["serotonin", "\"side effects\"", "seroton*", "dopamine oxytocin", "hyperthermia", "trial OR study",
                       "safety NOT risk", "empathy", "long-term benefits", "blood pressure"]
        var samples: [Double] = []
        var byQuery: [String: [Double]] = [:]
        for round in 0..<10 {
            for query in queries {
                let narrowed = round % 2 == 1
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try? index.search(query, topic: narrowed ? "safety" : nil, limit: 50)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                samples.append(elapsed)
                byQuery[query + (narrowed ? " (safety)" : ""), default: []].append(elapsed)
            }
        }
        samples.sort()
        let slowest = byQuery.mapValues { $0.sorted()[$0.count / 2] }.sorted { $0.value > $1.value }.prefix(3)
        print("slowest queries (median): " + slowest.map { String(format: "%@ %.1f ms", $0.key, $0.value) }.joined(separator: " · "))
        print(String(format: "queries (%d, limit 50, half narrowed to safety): p50 %.1f ms · p95 %.1f ms · max %.1f ms",
                     samples.count, samples[samples.count / 2], samples[samples.count * 95 / 100], samples.last ?? 0))
    }
}
