import TractCore

extension CompareView: View {
    /// The same comparison laid out at the new width, the scroll kept inside the new rows.
    public mutating func resize(context: ViewContext) -> [Command] {
        layout = Self.layout(comparison, context: context)
        scroll(by: 0, height: Self.height(context.size))
        return []
    }

    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        takePoints(from: event)
        if case .articlesLoaded(let loaded, _, _) = event, loaded.contains(where: { $0.index == left || $0.index == right }) {
            redone(context: context)
        }
        return []
    }

    public mutating func pendingEffects() -> [Effect] { pointsEffects() }

    public func status(context: ViewContext) -> ViewStatus {
        let end = RowMath.end(height: Self.height(context.size), blocks: layout.groups.count) { layout.rows(of: $0).count }
        // No place: the column titles name both articles.
        return ViewStatus(place: "", position: ViewStatus.percent(positions[side], end: end) { RowMath.rowsAbove($0) { layout.rows(of: $0).count } },
                          mode: "COMPARE · \(context.topicLabel(topic)) · " + (linked ? "linked" : "unlinked"),
                          prompt: note.map { $0.promptLine(context.keyMap) })
    }
}
