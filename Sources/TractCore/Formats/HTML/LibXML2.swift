import CLibXML2

/// The libxml2 functions Tract calls, looked up once, on the first HTML, EPUB or PDF. The types are
/// the headers' own (a `const` pointer there is the same pointer here).
struct LibXML2: @unchecked Sendable {
    typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                           Int32) -> xmlDocPtr?
    let readHTML: ReadMemory
    let readXML: ReadMemory
    let freeDocument: @convention(c) (xmlDocPtr?) -> Void
    let rootElement: @convention(c) (xmlDocPtr?) -> xmlNodePtr?
    let lineNumber: @convention(c) (xmlNodePtr?) -> Int
    let setStructuredErrorHandler: @convention(c) (UnsafeMutableRawPointer?, xmlStructuredErrorFunc?) -> Void
    let resetLastError: @convention(c) () -> Void
    let lastError: @convention(c) () -> xmlErrorPtr?

    /// The names libxml2 goes by (the soname these headers describe first), for every lookup of it.
    static let sonames = ["libxml2.so.2", "libxml2.so.16", "libxml2.so"]

    /// libxml2, or why it is missing; `.get()` throws the reason.
    static let loaded = Result { () throws(SharedLibrary.Missing) -> LibXML2 in
        let library = try SharedLibrary(sonames, purpose: "reading HTML, EPUB and PDF")
        return LibXML2(readHTML: try library.function("htmlReadMemory", as: ReadMemory.self),
                       readXML: try library.function("xmlReadMemory", as: ReadMemory.self),
                       freeDocument: try library.function("xmlFreeDoc", as: (@convention(c) (xmlDocPtr?) -> Void).self),
                       rootElement: try library.function("xmlDocGetRootElement",
                                                         as: (@convention(c) (xmlDocPtr?) -> xmlNodePtr?).self),
                       lineNumber: try library.function("xmlGetLineNo", as: (@convention(c) (xmlNodePtr?) -> Int).self),
                       setStructuredErrorHandler: try library.function(
                           "xmlSetStructuredErrorFunc",
                           as: (@convention(c) (UnsafeMutableRawPointer?, xmlStructuredErrorFunc?) -> Void).self),
                       resetLastError: try library.function("xmlResetLastError", as: (@convention(c) () -> Void).self),
                       lastError: try library.function("xmlGetLastError", as: (@convention(c) () -> xmlErrorPtr?).self))
    }

    /// libxml2 when it loaded; nil otherwise (the loader reports why before any parse is tried).
    static var shared: LibXML2? { try? loaded.get() }
}
