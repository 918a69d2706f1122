import Foundation
import Testing
@testable import TractRuntime

/// The bundled library is found without a named one, from anywhere, by plain paths.
@Suite struct LibraryLocatorTests {
    @Test func namedLibraryWins() {
        #expect(LibraryLocator.defaultLibrary(environment: ["TRACT_LIBRARY": "/some/where"]) == "/some/where")
    }

    @Test func bundledLibraryFoundAboveTheExecutable() throws {
        let found = try #require(LibraryLocator.defaultLibrary(environment: [:]))
        #expect(found.hasSuffix("Articles"))
        let names = try FileManager.default.contentsOfDirectory(atPath: found)
        #expect(names.contains("mdma-pain-relief.txt"))
    }

    @Test func parentFolders() {
        #expect(FileProbe.folder(of: "/a/b/tract") == "/a/b")
        #expect(FileProbe.folder(of: "/tract") == "/")
        #expect(FileProbe.folder(of: "tract") == ".")
    }
}
