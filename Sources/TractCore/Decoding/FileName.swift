/// File names are bytes; Swift strings are Unicode. A name that is not valid UTF-8 is carried in a
/// String with each stray byte as a code point of the last private-use plane (U+10FF00 + byte), so it
/// can be shown, compared and turned back into the exact bytes to open it.
public enum FileName {
    private static let base: UInt32 = 0x10FF00

    /// The bytes of a name or path as a String: valid UTF-8 as is, every stray byte escaped.
    public static func string(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0, let text = String(validating: bytes[index..<index + length], as: UTF8.self) {
                out.append(contentsOf: text.unicodeScalars)
                index += length
            } else {
                out.append(Unicode.Scalar(base + UInt32(bytes[index]))!)
                index += 1
            }
        }
        return String(out)
    }

    /// A NUL-terminated name or path from C (argv, realpath) as a String.
    public static func string(cString: UnsafePointer<CChar>) -> String {
        var bytes: [UInt8] = []
        var at = cString
        while at.pointee != 0 {
            bytes.append(UInt8(bitPattern: at.pointee))
            at += 1
        }
        return string(bytes)
    }

    /// The exact bytes a String made by `string(_:)` stands for.
    public static func bytes(_ text: String) -> [UInt8] {
        guard mayHoldEscapes(text), text.unicodeScalars.contains(where: isEscaped) else { return Array(text.utf8) }
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) { out.append(UInt8(scalar.value - base)) } else { out.append(contentsOf: String(scalar).utf8) }
        }
        return out
    }

    /// Calls `body` with the path as the NUL-terminated bytes the file system knows it by.
    /// A path without escapes is handed over as it is stored, without copies (a library of 20,000 files
    /// asks for several of these per file before the first frame).
    public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        guard mayHoldEscapes(path) else { return try path.withCString(body) }
        return try (bytes(path).map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Whether the text has a code point of the last plane at all: escaped bytes are encoded
    /// starting with the byte F4, which nothing else in most paths uses.
    private static func mayHoldEscapes(_ text: String) -> Bool {
        text.utf8.contains(0xF4)
    }

    /// An escaped byte, shown as `\xE9` by the sanitiser.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= base + 0x80 && scalar.value <= base + 0xFF
    }

    /// How many bytes the UTF-8 sequence at `index` takes when it is well formed, else 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        return bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 } ? length : 0
    }
}
