/// A page's markup counted without the contents of its scripts and styles: a saved page can carry
/// megabytes of them ahead of its article, which a cap on bytes alone would cut away.
enum HTMLMarkup {
    /// Where the page's markup passes `budget` bytes (at the start of the tag it is in), nil when it
    /// never does.
    static func cutPoint(_ bytes: [UInt8], budget: Int) -> Int? {
        guard bytes.count > budget else { return nil }
        var (counted, index) = (0, 0)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let end = rawTextEnd(bytes, at: index) {
                index = end
                continue
            }
            counted += 1
            if counted > budget { return bytes[..<index].lastIndex(of: UInt8(ascii: "<")) ?? index }
            index += 1
        }
        return nil
    }

    /// Past the closing tag of the script or style element opening at `start`, nil for any other tag.
    private static func rawTextEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        for name in ["script", "style"] {
            let after = start + 1 + name.utf8.count
            guard after < bytes.count, matches(bytes, at: start + 1, name), [0x20, 0x3E, 0x2F, 0x09, 0x0A, 0x0D].contains(bytes[after])
            else { continue }
            var index = after
            while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
                if open + 1 < bytes.count, bytes[open + 1] == UInt8(ascii: "/"), matches(bytes, at: open + 2, name) {
                    return bytes[open...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
                }
                index = open + 1
            }
            return bytes.count
        }
        return nil
    }

    /// Whether `name` (lower case ASCII) is at `start`, in any case.
    private static func matches(_ bytes: [UInt8], at start: Int, _ name: String) -> Bool {
        guard start + name.utf8.count <= bytes.count else { return false }
        return zip(bytes[start...], name.utf8).allSatisfy { $0 | 0x20 == $1 }
    }
}
