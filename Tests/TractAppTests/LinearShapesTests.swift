import Foundation
import Testing
import TractApp
import TractCore

/// Shapes that were quadratic, each read at ×1, ×10 and ×100: the time from ×10 to ×100 must grow
/// like the input (×10), not like its square (×100). Ratios of times on one machine in one run, never
/// absolute times; the best of three runs of each size.
@Suite(.serialized) struct LinearShapesTests {
    private func seconds(_ body: () -> Void) -> Double {
        (0..<3).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }.min()!
    }

    /// Growth from ×10 to ×100 for `work(n)` at n = base, 10·base, 100·base (×1 warms up).
    private func growth(base: Int, _ work: (Int) -> Void) -> Double {
        _ = seconds { work(base) }
        let ten = seconds { work(base * 10) }
        let hundred = seconds { work(base * 100) }
        return hundred / max(ten, 1e-6)
    }

    @Test func identicalAllCapsLinesAreOutlinedInLinearTime() {
        // Each line a heading candidate in a run: the run was walked from each of its lines.
        let ratio = growth(base: 200) { count in
            let text = String(repeating: "WARNING ABOUT THE DOSE\n", count: count)
            _ = ArticleParser.structure(adopted: text, path: "caps.txt", format: .text)
        }
        #expect(ratio < 30, "×10 more lines took \(ratio)× as long")
    }

    /// One "paragraph" of many megabytes (a file with no line break) is labelled from its opening:
    /// labelling it costs the same at ×10 and ×100 (it took 1.4 s for 50 MB).
    @Test func aHugeParagraphIsLabelledFromItsOpening() {
        let classifier = TopicClassifier(topicSet: .builtIn)
        let sentence = "It acts as a selective serotonin reuptake inhibitor, blocking the reuptake of serotonin. "
        let base = TopicClassifier.paragraphBytes / sentence.utf8.count + 1
        let made = Dictionary(uniqueKeysWithValues: [1, 10, 100].map { size in
            var section = Section(heading: nil, level: 0, line: 1)
            section.paragraphs = [Paragraph(line: 1, text: String(repeating: sentence, count: size * base))]
            return (size * base, [section])
        })
        let ratio = growth(base: base) { count in _ = classifier.classify(made[count]!) }
        #expect(ratio < 3, "×10 more text took \(ratio)× as long to label")
        let text = made[base]![0].paragraphs[0].text
        let opening = TopicClassifier.opening(of: text)
        #expect(opening.utf8.count <= TopicClassifier.paragraphBytes && opening.utf8.count > TopicClassifier.paragraphBytes - 8)
        #expect(text.hasPrefix(opening))
    }

    @Test func nestedEmphasisIsLaidOutInLinearTimeAndSpace() {
        func paragraph(_ count: Int) -> Paragraph {
            let text = String(repeating: "a a ", count: count) + "b" + String(repeating: " a a", count: count)
            let length = text.count
            // Every mark spans the middle, as cmark reads `*a **a …b… a** a*`.
            let marks = (0..<count).flatMap { depth in
                [Paragraph.Emphasis(range: (4 * depth)..<(length - 4 * depth), strong: false),
                 Paragraph.Emphasis(range: (4 * depth + 2)..<(length - 4 * depth - 2), strong: true)]
            }
            var paragraph = Paragraph(line: 1, text: text)
            paragraph.emphasis = marks
            return paragraph
        }
        var rows = 0
        var held = 0
        let ratio = growth(base: 100) { count in
            let lines = ArticleLayout.paragraphLines(paragraph(count), section: 0, number: 0, width: 80)
            rows = lines.count
            held = lines.reduce(0) { $0 + $1.emphasis.count }
        }
        #expect(ratio < 30, "×10 more marks took \(ratio)× as long")
        // Each row holds its stretches merged: one of each kind, not every mark of the paragraph.
        #expect(held <= rows * 2)
    }
}
