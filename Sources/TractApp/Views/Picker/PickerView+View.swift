extension PickerView: View {
    public static var isOverlay: Bool { true }

    public func status(context: ViewContext) -> ViewStatus {
        let keys = context.keyMap
        let place = "Compare with… type to filter, \(keys.keyLabel(for: .scrollLines(-1), in: keyContexts))"
            + "\(keys.keyLabel(for: .scrollLines(1), in: keyContexts)) choose, "
            + "\(keys.keyLabel(for: .edit(.submit), in: keyContexts)) opens, "
            + "\(keys.keyLabel(for: .edit(.cancel), in: keyContexts)) cancels"
        return ViewStatus(place: place, mode: "PICK")
    }
}
