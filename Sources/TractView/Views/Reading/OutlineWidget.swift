import ScreenKit
import TractApp
import TractCore

/// The open article's sections, each tagged with its topic; the current section is marked.
struct OutlineWidget {
    let context: RenderContext
    let reading: ReadingView

    func draw(into screen: inout Screen, _ rect: Rect) {
        guard let document = reading.document else {
            context.drawEmptyPane("Outline", focused: reading.focus == .outline, hint: { " \($0) opens one" }, into: &screen, rect)
            return
        }
        let sections = document.article.sections
        context.drawTitle("Outline · \(document.article.headingCount) sections", focused: reading.focus == .outline, into: &screen, rect)
        let height = rect.height - 1
        guard height > 0 else { return }
        ListWidget(list: reading.outline, count: sections.count).draw(in: rect.splitTop(1).rest) { index, y, isSelected in
            let section = sections[index]
            let current = index == reading.currentSection
            let selected = isSelected && reading.focus == .outline
            let style = selected ? context.theme.selection : (current ? Style(bold: true) : .plain)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            var x = rect.x
            if let topic = section.topics.first {
                let look = context.topicStyle(topic.id)
                screen.put(look.mark, x: x, y: y, style: selected ? style : look.style)
            }
            x += 1
            screen.put(current ? "›" : " ", x: x, y: y, style: style)
            x += 1
            let indent = String(repeating: " ", count: max(section.level - 1, 0) * 2)
            let heading = section.heading ?? "(opening)"
            // Topic names give way to the heading when both do not fit (the mark still shows the topic).
            var tags = section.topics.prefix(2).map(\.id).joined(separator: ",")
            if rect.width - 2 - DisplayWidth.of(indent + heading) - DisplayWidth.of(tags) - 1 < 0,
               rect.width - 2 - DisplayWidth.of(tags) - 1 < 10 { tags = "" }
            let available = rect.width - 2 - (tags.isEmpty ? 0 : DisplayWidth.of(tags) + 1)
            let shown = TextWrapper.truncate(indent + heading, width: max(available, 1))
            let used = screen.put(shown, x: x, y: y, style: section.heading == nil ? context.theme.dim.merged(style) : style,
                                  limit: max(available, 1))
            if !tags.isEmpty, available > 4, let topic = section.topics.first {
                screen.put(tags, x: rect.x + rect.width - DisplayWidth.of(tags), y: y,
                           style: selected ? style : context.topicStyle(topic.id).style, limit: rect.width - 2 - used)
            }
        }
    }
}
