import CArchive

/// The libarchive functions the EPUB reader calls, looked up once, on the first EPUB. `struct archive`
/// and `struct archive_entry` are opaque in the header, so both are plain opaque pointers here.
struct LibArchive: @unchecked Sendable {
    typealias Archive = OpaquePointer
    let readNew: @convention(c) () -> Archive?
    let readFree: @convention(c) (Archive?) -> Int32
    let supportZip: @convention(c) (Archive?) -> Int32
    let openMemory: @convention(c) (Archive?, UnsafeRawPointer?, Int) -> Int32
    let nextHeader: @convention(c) (Archive?, UnsafeMutablePointer<OpaquePointer?>?) -> Int32
    let readData: @convention(c) (Archive?, UnsafeMutableRawPointer?, Int) -> Int
    let skipData: @convention(c) (Archive?) -> Int32
    let entryPathname: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?

    /// libarchive, or why it is missing; `.get()` throws the reason.
    static let loaded = Result { () throws(SharedLibrary.Missing) -> LibArchive in
        let library = try SharedLibrary(["libarchive.so.13", "libarchive.so"], purpose: "reading EPUB")
        return LibArchive(readNew: try library.function("archive_read_new", as: (@convention(c) () -> Archive?).self),
                          readFree: try library.function("archive_read_free", as: (@convention(c) (Archive?) -> Int32).self),
                          supportZip: try library.function("archive_read_support_format_zip",
                                                           as: (@convention(c) (Archive?) -> Int32).self),
                          openMemory: try library.function("archive_read_open_memory",
                                                           as: (@convention(c) (Archive?, UnsafeRawPointer?, Int) -> Int32).self),
                          nextHeader: try library.function(
                              "archive_read_next_header",
                              as: (@convention(c) (Archive?, UnsafeMutablePointer<OpaquePointer?>?) -> Int32).self),
                          readData: try library.function("archive_read_data",
                                                         as: (@convention(c) (Archive?, UnsafeMutableRawPointer?, Int) -> Int).self),
                          skipData: try library.function("archive_read_data_skip", as: (@convention(c) (Archive?) -> Int32).self),
                          entryPathname: try library.function("archive_entry_pathname",
                                                              as: (@convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?).self))
    }
}
