#if canImport(Glibc)
import Glibc
#endif

/// Exact byte-string search: the needle's first byte found by `memchr`, the rest compared by `memcmp`.
/// Shared by bookmark placing (a quote among all paragraphs) and the PDF converter (counting pages).
public enum ByteFind {
    /// Where `needle` next occurs in `haystack` at or after `start`.
    public static func next(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let wanted = needle.baseAddress, !needle.isEmpty else { return nil }
        var offset = start
        while offset + needle.count <= haystack.count {
            guard let hit = memchr(base + offset, Int32(needle[0]), haystack.count - needle.count + 1 - offset) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(hit, wanted, needle.count) == 0 { return at }
            offset = at + 1
        }
        return nil
    }

    /// How often `needle` occurs in `haystack`, occurrences not overlapping.
    public static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        haystack.withUnsafeBytes { bytes in
            needle.withUnsafeBytes { wanted in
                var (found, offset) = (0, 0)
                while let at = next(wanted, in: bytes, from: offset) {
                    found += 1
                    offset = at + wanted.count
                }
                return found
            }
        }
    }

    /// Whether `text` holds `byte` (one `memchr`; the UTF-8 view's own `contains` goes byte by byte
    /// through generic code, a tenth of printing a 50 MB article's rows).
    public static func contains(_ byte: UInt8, in text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        } ?? text.utf8.contains(byte)
    }

    /// Whether `text` holds `needle`'s bytes anywhere.
    public static func contains(_ needle: String, in text: some StringProtocol) -> Bool {
        Array(needle.utf8).withUnsafeBytes { wanted in
            text.utf8.withContiguousStorageIfAvailable { next(wanted, in: UnsafeRawBufferPointer($0), from: 0) != nil }
                ?? Array(text.utf8).withUnsafeBytes { next(wanted, in: $0, from: 0) != nil }
        }
    }
}
