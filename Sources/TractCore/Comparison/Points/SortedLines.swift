import Glibc

/// A table shipped as text: lines "key<TAB>value" sorted by the keys' UTF-8 bytes, looked up by binary
/// search over the bytes themselves, so nothing is parsed or copied when the program starts.
struct SortedLines: Sendable {
    let text: StaticString

    /// The value of `key` (the bytes after its tab), or nil when the table has no such line.
    func value(_ key: String) -> Substring? {
        var key = key
        return key.withUTF8 { wanted -> Substring? in
            guard let wantedStart = wanted.baseAddress, !wanted.isEmpty else { return nil }
            let bytes = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            var (low, high) = (0, bytes.count)
            while low < high {
                let line = lineAround((low + high) / 2, in: bytes)
                let tab = line.keyEnd
                let length = tab - line.start
                let order = memcmp(bytes.baseAddress! + line.start, wantedStart, min(length, wanted.count))
                if order == 0 && length == wanted.count {
                    return Substring(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<line.end]), as: UTF8.self)
                }
                if order < 0 || order == 0 && length < wanted.count { low = line.end + 1 } else { high = line.start }
            }
            return nil
        }
    }

    /// True when the table has a line for `key`.
    func contains(_ key: String) -> Bool { value(key) != nil }

    /// The line holding byte `offset`: where it starts, where its key ends (its tab) and where it ends.
    private func lineAround(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, keyEnd: Int, end: Int) {
        var start = offset
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var end = offset
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var tab = start
        while tab < end && bytes[tab] != 0x09 { tab += 1 }
        return (start, tab, end)
    }
}
