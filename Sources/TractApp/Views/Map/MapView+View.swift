extension MapView: View {
    /// The article rows scrolled to keep the cursor in view.
    public mutating func resize(context: ViewContext) -> [Command] {
        articles.select(articles.selection, count: context.library.articles.count, height: Self.listHeight(size: context.size))
        return []
    }

    public mutating func handle(_ event: Event, context: ViewContext) -> [Command] {
        if event.movesBookmarks { names = context.library.shortNames }
        return []
    }

    public func status(context: ViewContext) -> ViewStatus {
        ViewStatus(place: "Topic map", mode: "MAP")
    }
}
