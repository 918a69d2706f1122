import TractCore

extension MultiCompareView: View {
    /// Columns are kept while the terminal is wide enough for them; narrower, as many as fit, and
    /// below three the view gives way to a two-way compare of the first two.
    public mutating func resize(context: ViewContext) -> [Command] {
        var count = articles.count
        while count > 2 && context.size.width < Self.widthNeeded(columns: count) { count -= 1 }
        guard count > 2 else {
            let two = CompareView(left: articles[0], right: articles[1], topic: topic, context: context)
            return [.navigate(.show(AnyView(two))),
                    .say("\(Self.widthNeeded(columns: 3)) columns are needed for three articles side by side: compare is two-way")]
        }
        keepFirst(count, context: context)
        return []
    }

    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        takePoints(from: event)
        return []
    }

    public mutating func pendingEffects() -> [Effect] { pointsEffects() }

    public func status(context: ViewContext) -> ViewStatus {
        let end = RowMath.end(height: Self.height(context.size), blocks: layout.groups.count) { layout.rows(of: $0).count }
        // No place: the column titles name the articles.
        return ViewStatus(place: "", position: ViewStatus.percent(position, end: end) { RowMath.rowsAbove($0) { layout.rows(of: $0).count } },
                          mode: "COMPARE \(articles.count) · \(context.topicLabel(topic))")
    }
}
