import Testing
@testable import TractCore

/// libxml2 and libarchive are opened when first needed: found by soname, their functions usable, and a
/// library or function that is not there is a one-line reason rather than a crash.
@Suite struct SharedLibraryTests {
    @Test func aMissingLibraryNamesItselfAndWhatNeedsIt() {
        #expect {
            _ = try SharedLibrary(["libtract-no-such.so.9", "libtract-no-such.so"], purpose: "reading nothing")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("reading nothing needs libtract-no-such.so.9") && !text.contains("\n")
        }
    }

    @Test func aMissingFunctionNamesTheLibrary() throws {
        let library = try SharedLibrary(["libxml2.so.2", "libxml2.so.16", "libxml2.so"], purpose: "test")
        #expect(throws: SharedLibrary.Missing.self) { _ = try library.function("tractNoSuchFunction", as: (@convention(c) () -> Void).self) }
    }

    @Test func theFormatLibrariesLoadAndParse() throws {
        #expect(Article.Format.html.missingLibrary == nil && Article.Format.epub.missingLibrary == nil)
        #expect(Article.Format.markdown.missingLibrary == nil)
        let page = HTMLReader.parse(Array("<html><head><title>Drug</title></head><body><h2>Mechanism</h2><p>It binds the transporter.</p></body></html>".utf8))
        #expect(page.title == "Drug" && page.sections.compactMap(\.heading) == ["Mechanism"])
        #expect(throws: EPUBReader.Failure.notAZip) { _ = try EPUBReader.unzip(Array("not a zip at all".utf8)) }
    }
}
