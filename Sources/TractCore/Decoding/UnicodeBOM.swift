/// Text saved as UTF-16 or UTF-32 with a byte-order mark (Windows editors do this): its UTF-8 bytes,
/// so it is read like any text instead of being taken for a binary file (UTF-16 is full of NULs).
public enum UnicodeBOM {
    /// The UTF-8 form of `bytes` when they start with a UTF-16 or UTF-32 byte-order mark; nil otherwise.
    /// Units that are not valid Unicode become U+FFFD (the decoder shows it as it shows any character).
    public static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return utf32(bytes.dropFirst(4), bigEndian: false) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return utf32(bytes.dropFirst(4), bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    private static func utf32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var text = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let four = bytes[index..<(index + 4)].map(UInt32.init)
            let value = bigEndian ? four[0] << 24 | four[1] << 16 | four[2] << 8 | four[3]
                                  : four[3] << 24 | four[2] << 16 | four[1] << 8 | four[0]
            text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += 4
        }
        return Array(String(text).utf8)
    }
}
