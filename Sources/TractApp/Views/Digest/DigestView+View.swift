extension DigestView: View {
    /// The selection kept in view.
    public mutating func resize(context: ViewContext) -> [Command] {
        select(selection, blocks(context), context: context)
        return []
    }

    public func status(context: ViewContext) -> ViewStatus {
        let blocks = blocks(context)
        return ViewStatus(place: "Digest", position: ViewStatus.percent(top, end: endPosition(blocks, context: context)),
                          mode: "DIGEST · " + context.topicLabel(digest.topic) + (point.map { " · '\($0)'" } ?? ""))
    }
}
