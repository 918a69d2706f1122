import Glibc

/// A C library opened with `dlopen` when first needed rather than by the loader at every start.
/// libxml2 (with ICU) and libarchive (with seven compression libraries) are only for HTML, EPUB and
/// PDF; loading and relocating them cost each run of `tract` ~3 ms and ~200 page faults before `main`.
struct SharedLibrary {
    /// Why a library or one of its functions could not be had, for the one-line error.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    private let handle: UnsafeMutableRawPointer
    let name: String

    /// The first of `names` that opens (the soname the headers here describe first, then others).
    init(_ names: [String], purpose: String) throws(Missing) {
        for candidate in names {
            if let opened = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) {
                (handle, name) = (opened, candidate)
                return
            }
        }
        let reason = dlerror().map { String(cString: $0) } ?? "not found"
        throw Missing(description: "\(purpose) needs \(names[0]), which could not be loaded (\(reason))")
    }

    /// The function `symbol` as the C function type `T`; the caller states the type the header declares.
    func function<T>(_ symbol: String, as type: T.Type) throws(Missing) -> T {
        guard let address = dlsym(handle, symbol) else {
            throw Missing(description: "\(name) has no \(symbol)")
        }
        return unsafeBitCast(address, to: type)
    }
}

extension Article.Format {
    /// Why articles of this format cannot be read here (a library it needs would not load), or nil.
    public var missingLibrary: String? {
        let needed: [Result<Void, SharedLibrary.Missing>]
        switch self {
        case .text, .markdown: needed = []
        case .html, .pdf: needed = [LibXML2.loaded.map { _ in }]
        case .epub: needed = [LibXML2.loaded.map { _ in }, LibArchive.loaded.map { _ in }]
        }
        for case .failure(let missing) in needed { return missing.description }
        return nil
    }
}
