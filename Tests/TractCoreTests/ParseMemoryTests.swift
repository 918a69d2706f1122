import Glibc
import Testing
@testable import TractCore

/// What a big article's parse holds: paragraphs and blocks of the stated size, Markdown paragraph texts
/// without spare room, and a title for an untitled text made before the text is let go.
@Suite struct ParseMemoryTests {
    @Test func paragraphsAndBlocksKeepTheirSize() {
        #expect(MemoryLayout<Paragraph>.stride == 88)
        #expect(MemoryLayout<Block>.stride == 64)
        var paragraph = Paragraph(line: 41, text: "text")
        paragraph.line += 1
        #expect(paragraph.line == 42)
    }

    /// A paragraph put together from many inline pieces (text, emphasis, code, links) is held in a
    /// string of its length, not in the room it grew into while being appended to.
    @Test func markdownParagraphTextsTakeTheirLength() throws {
        let line = (0..<40).map { "word\($0) *and* `code` [a link](https://example.org/a/long/address/\($0))" }.joined(separator: " ")
        let paragraph = try #require(MarkdownParser.parse(line + "\n").sections.first?.paragraphs.first)
        #expect(paragraph.text.utf8.count > 800)
        #expect(paragraph.text.utf8.count == paragraph.text.base.utf8.count)  // the whole of its string
        let room = try #require(Self.allocatedBytes(of: paragraph.text.base))
        #expect(room < paragraph.text.utf8.count + 64)  // the string's header and malloc's rounding
    }

    @Test func anUntitledTextIsNamedByTheCaller() {
        let untitled = MarkdownParser.parse("## Dosage\n\nOne tablet.\n", untitled: { text in "Named from \(text.utf8.count) bytes" })
        #expect(untitled.title == "Named from 23 bytes")
        #expect(untitled.titleLine == nil)
        let titled = MarkdownParser.parse("# Aspirin\n\n## Dosage\n\nOne tablet.\n", untitled: { _ in "unused" })
        #expect(titled.title == "Aspirin")
        let withFrontMatter = MarkdownParser.parse("---\ntitle: Given\n---\n## Dosage\n\nOne.\n", untitled: { _ in "unused" })
        #expect(withFrontMatter.title == nil && withFrontMatter.frontMatter.title == "Given")
    }

    /// The size of the heap block holding a native string's bytes (after its 32-byte header).
    private static func allocatedBytes(of text: String) -> Int? {
        typealias UsableSize = @convention(c) (UnsafeMutableRawPointer?) -> Int
        guard let symbol = dlsym(nil, "malloc_usable_size") else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            bytes.baseAddress.map { unsafeBitCast(symbol, to: UsableSize.self)(UnsafeMutableRawPointer(mutating: $0 - 32)) }
        }
    }
}
