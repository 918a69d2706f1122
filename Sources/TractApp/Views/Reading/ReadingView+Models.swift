extension ReadingView {
    // The parts of the models the reducer, the widgets and the tests read most, by their old names.

    public internal(set) var position: Position {
        get { scroll.position }
        set { scroll.position = newValue }
    }

    public var wraps: Bool { scroll.wraps }
    public var column: Int { scroll.column }
    public var deferredPlace: DeferredPlace? { scroll.deferredPlace }
    public var cursor: Int? { passage.block }
    public var selectionStart: Int? { passage.selectionStart }
    public var positions: [String: Position] { jumps.positions }
    public var jumpBack: JumpTarget? { jumps.back }
    public var pendingQuote: Bool { jumps.pendingQuote }
    public var changedOnDisk: Bool { file.changedOnDisk }
}
