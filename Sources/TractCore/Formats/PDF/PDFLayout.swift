/// The text of a PDF as `pdftohtml -xml` lays it out: pages of positioned runs of text with their fonts,
/// and the PDF's own outline (bookmarks) when it has one.
struct PDFLayout {
    struct Run {
        var page: Int
        var top: Int
        var left: Int
        var width: Int
        var height: Int
        var size: Int
        var bold: Bool
        var text: String
        /// The run began or ended with a space in the layout (a word boundary even where runs touch).
        var spaceBefore = false
        var spaceAfter = false
        /// Set in italics (its font, or the whole run in `<i>`).
        var italic = false

        var bottom: Int { top + height }
    }

    struct Page {
        var number: Int
        var width: Int
        var height: Int
        var runs: [Run]
    }

    /// An outline entry: its title and depth (1 for the top level).
    struct OutlineItem {
        var title: String
        var depth: Int
        var page: Int
    }

    var pages: [Page] = []
    var outline: [OutlineItem] = []
    /// Pages holding more runs than `runsPerPage`, whose runs past it were left unread.
    var crowdedPages: [Int] = []

    /// The most runs read on one page. Real pages hold up to a thousand or so (the densest in the corpus 808); a page of
    /// 300,000 runs cost seconds to put in reading order.
    static let runsPerPage = 10_000  // a multiple of 1,000 (said as "10,000")

    /// The layout read as a stream: pages one after another, each run's subtree built and freed in turn.
    init?(xml bytes: [UInt8]) {
        var fonts: [String: Font] = [:]
        var pages: [Page] = []
        var outline: [OutlineItem] = []
        var crowded: [Int] = []
        let read = XMLStream.walk(bytes) { element in
            switch (element.depth, element.name) {
            case (0, _):
                return .enter
            case (1, "page"):
                let node = element.node
                pages.append(Page(number: Self.int(node, "number"), width: Self.int(node, "width"), height: Self.int(node, "height"), runs: []))
                return .enter
            case (1, "outline"):
                if let tree = element.whole() { Self.readOutline(tree, depth: 1, into: &outline) }
            case (2, "fontspec"):
                if let id = element.node.attribute("id") { fonts[id] = Font(element.node) }
            case (2, "text") where !pages.isEmpty:
                guard pages[pages.count - 1].runs.count < Self.runsPerPage else {
                    if crowded.last != pages[pages.count - 1].number { crowded.append(pages[pages.count - 1].number) }
                    return .skip
                }
                if let node = element.whole(), let run = Self.run(node, page: pages[pages.count - 1].number, fonts: fonts) {
                    pages[pages.count - 1].runs.append(run)
                }
            default:
                break
            }
            return .skip
        }
        guard read else { return nil }
        (self.pages, self.outline, crowdedPages) = (pages, outline, crowded)
    }

    /// A font a page declares: its size, and whether its family is bold or italic.
    private struct Font {
        var size = 0
        var bold = false
        var italic = false

        init() {}

        init(_ node: HTMLNode) {
            let family = (node.attribute("family") ?? "").lowercased()
            size = PDFLayout.int(node, "size")
            bold = ["bold", "black", "heavy", "semibold", ".b", "-b", ",b", "demi"].contains { family.contains($0) }
            italic = ["italic", "oblique", ".i", "-i", ",i"].contains { family.contains($0) }
        }
    }

    /// A `<text>` element as a run; nil when it holds no text or is rotated.
    private static func run(_ node: HTMLNode, page: Int, fonts: [String: Font]) -> Run? {
        let font = fonts[node.attribute("font") ?? ""] ?? Font()
        let text = plain(HTMLText.inline(node))
        // Rotated text (running heads up a margin, table heads on their side) comes with no width.
        guard !text.isEmpty, int(node, "width") > 0 else { return nil }
        // Bold when the font is, or when the whole run sits in <b>.
        let tagged = node.children.filter { $0.isElement || !$0.content.allSatisfy(\.isWhitespace) }
        let inBold = tagged.count == 1 && tagged[0].name == "b"
        let inItalic = tagged.count == 1 && (tagged[0].name == "i" || tagged[0].children.contains { $0.name == "i" })
        let raw = raw(node)
        return Run(page: page, top: int(node, "top"), left: int(node, "left"), width: int(node, "width"),
                   height: int(node, "height"), size: font.size, bold: font.bold || inBold, text: text,
                   spaceBefore: raw.first?.isWhitespace == true, spaceAfter: raw.last?.isWhitespace == true,
                   italic: font.italic || inItalic)
    }

    private static func readOutline(_ node: HTMLNode, depth: Int, into items: inout [OutlineItem]) {
        for child in node.children where child.isElement {
            if child.name == "item" {
                items.append(OutlineItem(title: HTMLText.inline(child), depth: depth, page: int(child, "page")))
            } else if child.name == "outline" {
                readOutline(child, depth: depth + 1, into: &items)
            }
        }
    }

    /// Ligatures as letters.
    static func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "ﬁ": out += "fi"
            case "ﬂ": out += "fl"
            case "ﬀ": out += "ff"
            case "ﬃ": out += "ffi"
            case "ﬄ": out += "ffl"
            default: out.append(character)
            }
        }
        return out
    }

    /// The combining mark each spacing accent stands for when TeX sets it before its letter
    /// (`Dahlstr¨om`, `L´opez`).
    static let accents: [Character: Unicode.Scalar] = ["¨": "\u{0308}", "´": "\u{0301}", "`": "\u{0300}", "ˆ": "\u{0302}",
                                                       "˜": "\u{0303}", "¸": "\u{0327}", "ˇ": "\u{030C}", "˚": "\u{030A}",
                                                       "¯": "\u{0304}", "˘": "\u{0306}", "˝": "\u{030B}"]

    /// A line's text with each spacing accent set before a letter put on the letter (`¨o` → `ö`), and an
    /// acute accent after a word standing for an apostrophe (`authors´ roles` → `authors’ roles`).
    static func composed(_ text: String) -> String {
        let characters = Array(text)
        guard characters.contains(where: { accents[$0] != nil }) else { return text }
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if let mark = accents[character], next.isLetter {
                out.append(next)
                out.unicodeScalars.append(mark)
                index += 2
                continue
            }
            let previous = index > 0 ? characters[index - 1] : " "
            out.append(character == "´" && previous.isLetter ? "’" : character)
            index += 1
        }
        return out
    }

    /// A run's text as written, spaces at its ends kept.
    private static func raw(_ node: HTMLNode) -> String {
        node.children.map { $0.isText ? $0.content : $0.isElement ? raw($0) : "" }.joined()
    }

    private static func int(_ node: HTMLNode, _ name: String) -> Int {
        Int(node.attribute(name) ?? "") ?? 0
    }

    /// Whether there is any text at all (a scanned PDF has none).
    var hasText: Bool { pages.contains { !$0.runs.isEmpty } }
}
