/// The passage cursor of the reading view: a paragraph block of the open article, and where a `v`
/// selection started. It follows the screen (it never stays off it) and bookmarks take what it covers.
public struct PassageCursor: Equatable, Sendable {
    public internal(set) var block: Int?
    public internal(set) var selectionStart: Int?

    /// After the view moved: the cursor stays if on screen, else goes to the first visible paragraph.
    mutating func keepVisible(_ visible: [Int]) {
        guard let first = visible.first else { return }
        if let block, visible.contains(block) { return }
        block = first
    }

    /// `}` / `{`: the paragraph `step` paragraphs on, within the article; the new block.
    mutating func step(by step: Int, in document: ReadingDocument) -> Int? {
        guard !document.paragraphBlocks.isEmpty else { return nil }
        let current = block.flatMap { document.ordinal(ofBlock: $0) } ?? 0
        let next = document.paragraphBlocks[max(0, min(current + step, document.paragraphBlocks.count - 1))]
        block = next
        return next
    }

    /// `v`: starts a selection at the cursor, or clears the one there is; true when one started.
    mutating func toggleSelection() -> Bool {
        selectionStart = selectionStart == nil ? block : nil
        return selectionStart != nil
    }

    /// On a place opened from elsewhere: the cursor there when it is a paragraph, no selection.
    mutating func place(at block: Int, isParagraph: Bool) {
        if isParagraph { self.block = block }
        selectionStart = nil
    }

    /// The paragraph ordinals the cursor (or selection) covers.
    func ordinals(in document: ReadingDocument) -> ClosedRange<Int>? {
        guard let block, let end = document.ordinal(ofBlock: block) else { return nil }
        let start = selectionStart.flatMap { document.ordinal(ofBlock: $0) } ?? end
        return min(start, end)...max(start, end)
    }
}
