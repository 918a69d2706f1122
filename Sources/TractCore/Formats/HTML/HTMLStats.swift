import CLibXML2

/// What the extractor weighs about each element below the page's body, counted in one walk: its text
/// (in characters, whitespace runs as one), how much of it is link text, its commas, and the elements
/// the conditional clean-up counts (paragraphs, images, list items, inputs, embeds, heading and list text).
struct HTMLStats {
    struct Counts {
        var text = 0
        /// Link text, an in-page link (`href="#…"`) counting 0.3 of its length.
        var linkText = 0.0
        var commas = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var embeds = 0
        var headingText = 0
        var listText = 0
    }

    typealias Key = UnsafeMutableRawPointer

    private(set) var counts: [Key: Counts] = [:]

    init(_ root: HTMLNode) {
        counts[Self.key(root)] = walk(root.pointer)
    }

    static func key(_ node: HTMLNode) -> Key { UnsafeMutableRawPointer(node.pointer) }

    subscript(node: HTMLNode) -> Counts { counts[Self.key(node)] ?? Counts() }

    /// Share of an element's text that is link text (0 when it has none).
    func linkDensity(_ node: HTMLNode) -> Double {
        let counts = self[node]
        return counts.text == 0 ? 0 : counts.linkText / Double(counts.text)
    }

    private mutating func walk(_ pointer: xmlNodePtr) -> Counts {
        var total = Counts()
        var child = pointer.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                let (characters, commas) = Self.measure(node.pointee.content)
                total.text += characters
                total.commas += commas
                continue
            }
            guard type == XML_ELEMENT_NODE else { continue }
            let element = HTMLNode(pointer: node)
            if HTMLContent.isDropped(element) { continue }
            var inner = walk(node)
            Self.count(element.name, element, into: &inner)
            counts[UnsafeMutableRawPointer(node)] = inner
            Self.add(inner, to: &total)
        }
        return total
    }

    /// What an element adds beyond its children's sums: itself as a paragraph, image, link…
    private static func count(_ name: String, _ element: HTMLNode, into counts: inout Counts) {
        switch name {
        case "p": counts.paragraphs += 1
        case "img": counts.images += 1
        case "li": counts.listItems += 1
        case "input": counts.inputs += 1
        case "embed", "object", "iframe", "video", "audio": counts.embeds += 1
        case "a":
            let inPage = element.attribute("href")?.hasPrefix("#") == true
            counts.linkText = Double(counts.text) * (inPage ? 0.3 : 1)
        case "h1", "h2", "h3", "h4", "h5", "h6": counts.headingText = counts.text
        case "ul", "ol": counts.listText = counts.text
        default: break
        }
    }

    private static func add(_ inner: Counts, to total: inout Counts) {
        total.text += inner.text
        total.linkText += inner.linkText
        total.commas += inner.commas
        total.paragraphs += inner.paragraphs
        total.images += inner.images
        total.listItems += inner.listItems
        total.inputs += inner.inputs
        total.embeds += inner.embeds
        total.headingText += inner.headingText
        total.listText += inner.listText
    }

    /// `measure` of a text node, read in place.
    static func measure(textNode: HTMLNode) -> (Int, Int) {
        measure(textNode.pointer.pointee.content)
    }

    /// Characters (Unicode scalars, a run of whitespace as one) and commas (also the CJK and Arabic
    /// ones) of a text node's UTF-8, read in place.
    private static func measure(_ content: UnsafeMutablePointer<xmlChar>?) -> (Int, Int) {
        guard var byte = content else { return (0, 0) }
        var characters = 0
        var commas = 0
        var inSpace = false
        while byte.pointee != 0 {
            let value = byte.pointee
            if value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D {
                if !inSpace { characters += 1 }
                inSpace = true
            } else {
                inSpace = false
                if value & 0xC0 != 0x80 { characters += 1 }
                if value == 0x2C { commas += 1 }
                // U+FF0C fullwidth comma, U+3001 ideographic comma, U+060C Arabic comma
                if value == 0xEF, byte[1] == 0xBC, byte[2] == 0x8C { commas += 1 }
                if value == 0xE3, byte[1] == 0x80, byte[2] == 0x81 { commas += 1 }
                if value == 0xD8, byte[1] == 0x8C { commas += 1 }
            }
            byte += 1
        }
        return (characters, commas)
    }
}
