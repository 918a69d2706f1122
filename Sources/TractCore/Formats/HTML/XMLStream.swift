import CLibXML2

/// libxml2's streaming reader (xmlTextReader) for XML too large to hold as one tree — a PDF's layout of
/// many megabytes is some 200 MB as a tree. Elements are met in document order; a visitor builds an
/// element's subtree only when it wants its contents, and the reader frees what it has passed.
enum XMLStream {
    /// The functions of libxml2's reader, looked up once, as the headers declare them.
    fileprivate struct Functions: @unchecked Sendable {
        let forMemory: @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                       Int32) -> xmlTextReaderPtr?
        let read: @convention(c) (xmlTextReaderPtr?) -> Int32
        let next: @convention(c) (xmlTextReaderPtr?) -> Int32
        let nodeType: @convention(c) (xmlTextReaderPtr?) -> Int32
        let depth: @convention(c) (xmlTextReaderPtr?) -> Int32
        let current: @convention(c) (xmlTextReaderPtr?) -> xmlNodePtr?
        let expand: @convention(c) (xmlTextReaderPtr?) -> xmlNodePtr?
        let free: @convention(c) (xmlTextReaderPtr?) -> Void

        static let loaded = Result { () throws(SharedLibrary.Missing) -> Functions in
            let library = try SharedLibrary(LibXML2.sonames, purpose: "reading PDF layouts")
            typealias Step = @convention(c) (xmlTextReaderPtr?) -> Int32
            typealias Node = @convention(c) (xmlTextReaderPtr?) -> xmlNodePtr?
            return Functions(
                forMemory: try library.function("xmlReaderForMemory", as: (@convention(c) (
                    UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> xmlTextReaderPtr?).self),
                read: try library.function("xmlTextReaderRead", as: Step.self),
                next: try library.function("xmlTextReaderNext", as: Step.self),
                nodeType: try library.function("xmlTextReaderNodeType", as: Step.self),
                depth: try library.function("xmlTextReaderDepth", as: Step.self),
                current: try library.function("xmlTextReaderCurrentNode", as: Node.self),
                expand: try library.function("xmlTextReaderExpand", as: Node.self),
                free: try library.function("xmlFreeTextReader", as: (@convention(c) (xmlTextReaderPtr?) -> Void).self))
        }
    }

    /// An element just opened: its name and attributes can be read; `whole()` builds its subtree, valid
    /// until the visitor returns.
    struct Element {
        let depth: Int
        let node: HTMLNode
        fileprivate let reader: xmlTextReaderPtr
        fileprivate let functions: Functions

        var name: String { node.name }
        func whole() -> HTMLNode? { functions.expand(reader).map(HTMLNode.init) }
    }

    /// What to do after an element: read into its children, or go past it (its subtree unread or freed).
    enum Step { case enter, skip }

    /// Visits every element `visit` enters into, with the options of `HTMLDocument(xml:)` (lenient, no
    /// entities substituted, no network). False when libxml2 is missing or no element could be read.
    static func walk(_ bytes: [UInt8], visit: (Element) -> Step) -> Bool {
        guard let functions = try? Functions.loaded.get(), let library = LibXML2.shared, !bytes.isEmpty else { return false }
        HTMLDocument.silenceErrors(library)
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            // The reader reads the buffer in place: it is freed before the buffer's scope ends.
            guard let base = buffer.baseAddress,
                  let reader = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      functions.forMemory($0, Int32(buffer.count), nil, nil, options)
                  }) else { return false }
            defer { functions.free(reader) }
            var seen = false
            var status = functions.read(reader)
            while status == 1 {
                guard functions.nodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue), let node = functions.current(reader)
                else { status = functions.read(reader); continue }
                seen = true
                let element = Element(depth: Int(functions.depth(reader)), node: HTMLNode(pointer: node), reader: reader,
                                      functions: functions)
                status = visit(element) == .enter ? functions.read(reader) : functions.next(reader)
            }
            return seen
        }
    }
}
