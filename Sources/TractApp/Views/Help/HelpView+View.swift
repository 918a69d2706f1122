extension HelpView: View {
    public static var isOverlay: Bool { true }

    public func status(context: ViewContext) -> ViewStatus {
        ViewStatus(place: "", mode: "HELP")
    }

    /// The place and position of the view beneath stay; the mode says the keys are help's.
    public func status(over below: ViewStatus, context: ViewContext) -> ViewStatus {
        ViewStatus(place: below.place, position: below.position, mode: "HELP")
    }
}
