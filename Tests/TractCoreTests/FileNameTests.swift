import Testing
@testable import TractCore

/// File names are bytes: those that are not UTF-8 survive the trip through a String and show safely.
@Suite struct FileNameTests {
    @Test(arguments: [
        Array("plain.txt".utf8), [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x74], [0xFF, 0xFE, 0x00, 0x41], [0xC3, 0xA9, 0xC3],
        [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80, 0x80], Array("é€😀".utf8),
    ])
    func bytesRoundTrip(bytes: [UInt8]) {
        #expect(FileName.bytes(FileName.string(bytes)) == bytes)
    }
    @Test func strayBytesShowAsHexAndValidTextIsUntouched() {
        #expect(Sanitizer.clean(FileName.string([0x63, 0x61, 0x66, 0xE9])) == "caf\\xE9")
        #expect(FileName.string(Array("café".utf8)) == "café")
    }
}
