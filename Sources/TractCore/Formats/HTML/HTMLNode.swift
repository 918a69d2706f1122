import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// A node of a document parsed by libxml2, read without copying the tree.
struct HTMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name in lower case ("" for other nodes).
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        // libxml2's HTML parser already lowers names: only XML's mixed-case ones are lowered here
        // (every walk asks every node its name).
        let text = String(cString: name)
        return text.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? text.lowercased() : text
    }

    /// A text node's text.
    var content: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The line of the source the node starts on.
    var line: Int { LibXML2.shared.map { $0.lineNumber(pointer) } ?? 0 }

    var children: HTMLChildren { HTMLChildren(first: pointer.pointee.children) }

    var parent: HTMLNode? { pointer.pointee.parent.map(HTMLNode.init) }

    /// An attribute's value, read from the attribute's text children (nothing to free). `wanted` is
    /// lower case; names are compared as C strings, case ignored, with no string made per attribute.
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name,
               name.withMemoryRebound(to: CChar.self, capacity: 1, { strcasecmp($0, wanted) == 0 }) {
                var text = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { text += String(cString: content) }
                    child = node.pointee.next
                }
                return text
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The first element below this one (depth first) that satisfies `predicate`.
    func first(where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        for child in children where child.isElement {
            if predicate(child) { return child }
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    /// Every element below this one that satisfies `predicate`, in document order.
    func all(where predicate: (HTMLNode) -> Bool) -> [HTMLNode] {
        var out: [HTMLNode] = []
        for child in children where child.isElement {
            if predicate(child) { out.append(child) }
            out += child.all(where: predicate)
        }
        return out
    }
}

/// A node's children, in order.
struct HTMLChildren: Sequence {
    let first: xmlNodePtr?

    func makeIterator() -> AnyIterator<HTMLNode> {
        var next = first
        return AnyIterator {
            guard let node = next else { return nil }
            next = node.pointee.next
            return HTMLNode(pointer: node)
        }
    }
}

/// A parsed HTML or XML document; freed when the value goes.
final class HTMLDocument {
    let pointer: xmlDocPtr
    private let library: LibXML2
    /// libxml2 stops reading a page whose elements nest past its limit (256 deep): the rest is missing.
    /// The limit stays (lifting it let one page cost a crash or minutes), and the loss is said.
    private(set) var stoppedTooDeep = false

    /// libxml2 prints some errors (encodings, I/O) to stderr even with NOERROR, over the reader's screen:
    /// a structured handler that drops them is set on the calling thread (libxml2's handlers are per thread).
    static func silenceErrors(_ library: LibXML2) {
        library.setStructuredErrorHandler(nil) { _, _ in }
    }

    /// Parses HTML leniently (libxml2's HTML parser recovers from any markup), never from the network.
    /// Nil also when libxml2 is missing (the loader says so before parsing).
    init?(html original: [UInt8]) {
        guard let library = LibXML2.shared else { return nil }
        Self.silenceErrors(library)
        let (bytes, encoding) = Self.decodable(original)
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        library.resetLastError()
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    library.readHTML($0, Int32(buffer.count), nil, encoding, Int32(options))
                }
            }
        }
        guard let parsed else { return nil }
        (pointer, self.library) = (parsed, library)
        if let error = library.lastError(), error.pointee.code == XML_ERR_INTERNAL_ERROR.rawValue,
           let message = error.pointee.message, String(cString: message).hasPrefix("Excessive depth") {
            stoppedTooDeep = true
        }
    }

    /// The bytes to parse and the encoding to read them in (nil: the page's own declaration). A page
    /// that is valid UTF-8 is UTF-8 whatever it declares (pages saved by a browser often keep an old
    /// declaration); one that declares another charset is read in it; one that declares none, or
    /// UTF-8, and is not valid UTF-8 is read as Windows-1252 (as browsers do) or, declared UTF-8, with
    /// its few bad bytes replaced — never cut short at the first byte a decoder stops at.
    static func decodable(_ bytes: [UInt8]) -> ([UInt8], String?) {
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, "UTF-8") }
        switch declaredCharset(bytes) {
        // Browsers read Latin-1 and ASCII declarations as Windows-1252 too.
        case nil, "iso-8859-1"?, "latin1"?, "windows-1252"?, "cp1252"?, "us-ascii"?, "ascii"?: return (Windows1252.utf8(bytes), "UTF-8")
        case "utf-8"?, "utf8"?: return (Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8")
        default: return (bytes, nil)
        }
    }

    /// Parses XML (EPUB packages, PDF layouts) leniently; nil when nothing can be read. Entities are not
    /// substituted and no external DTD is loaded (no XXE, no network).
    init?(xml bytes: [UInt8]) {
        guard let library = LibXML2.shared else { return nil }
        Self.silenceErrors(library)
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { library.readXML($0, Int32(buffer.count), nil, nil, options) }
            }
        }
        guard let parsed else { return nil }
        (pointer, self.library) = (parsed, library)
    }

    deinit { library.freeDocument(pointer) }

    var root: HTMLNode? { library.rootElement(pointer).map(HTMLNode.init) }

    /// The charset the first few kilobytes declare (`<meta charset=…>`, `content="…; charset=…"` or an
    /// XML declaration's encoding), lower case.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        for marker in ["charset=", "charset =", "encoding="] {
            guard let range = head.range(of: marker) else { continue }
            let rest = head[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }
}
