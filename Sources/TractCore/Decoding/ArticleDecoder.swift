
/// Turns the raw bytes of an article into safe display text.
///
/// Tract decodes UTF-8 itself so that nothing is lost and nothing reaches a terminal as a control
/// sequence: invalid bytes are kept as `<XX>`, line endings are normalised to `\n`, a leading BOM is
/// dropped, and every control, bidi or zero-width character becomes visible text (see `Sanitizer`).
public enum ArticleDecoder {
    /// Decodes `bytes` into sanitised text with `\n` line endings.
    public static func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// Decodes a buffer of bytes; see `decode(_:)`. Two passes over the bytes, the first only
    /// counting, so the text is written straight into a String of its exact size: no second copy of
    /// a big file is held while it is decoded.
    public static func decode(_ input: UnsafeBufferPointer<UInt8>) -> String {
        decode(input, wordAtATime: true)
    }

    /// `wordAtATime: false` takes every byte on its own (what the tests compare the fast path with).
    static func decode(_ input: UnsafeBufferPointer<UInt8>, wordAtATime: Bool) -> String {
        var counter = ByteCounter()
        transcode(input, wordAtATime: wordAtATime, into: &counter)
        return String(unsafeUninitializedCapacity: counter.count) { buffer in
            var writer = ByteWriter(buffer: buffer)
            transcode(input, wordAtATime: wordAtATime, into: &writer)
            return writer.count
        }
    }

    /// A file read for decoding: its text, when it was read straight into the String that holds it,
    /// or its bytes, when decoding changes them.
    public enum Adopted {
        case text(String)
        case bytes([UInt8])

        /// How many bytes were read.
        public var count: Int {
            switch self {
            case .text(let text): text.utf8.count
            case .bytes(let bytes): bytes.count
            }
        }

        /// The bytes as read.
        public var bytes: [UInt8] {
            switch self {
            case .text(let text): Array(text.utf8)
            case .bytes(let bytes): bytes
            }
        }
    }

    /// Reads with `fill` (which returns how many bytes it wrote, at most `capacity`) straight into a
    /// String, and keeps it as the text when decoding would not change a byte (UTF-8 without a BOM,
    /// `\n` line ends, no tab or character to make visible: most articles). A 10 MB article is then
    /// held once while it is read, not as bytes and text side by side.
    public static func adopt(capacity: Int, fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) rethrows -> Adopted {
        var changed: [UInt8]?
        let text = try String(unsafeUninitializedCapacity: capacity) { buffer in
            let count = try fill(buffer)
            let input = UnsafeBufferPointer(rebasing: buffer[..<count])
            var check = UnchangedCheck(input: input)
            transcode(input, wordAtATime: true, into: &check)
            guard check.unchanged, check.count == count else {
                changed = Array(input)
                return 0
            }
            return count
        }
        return changed.map { .bytes($0) } ?? .text(text)
    }

    /// Where decoded bytes go: counted, or written.
    private protocol ByteSink {
        mutating func append(_ byte: UInt8)
        /// Eight bytes that stay as they are, as one word.
        mutating func append(word: UInt64)
    }

    private struct ByteCounter: ByteSink {
        var count = 0
        mutating func append(_ byte: UInt8) { count += 1 }
        mutating func append(word: UInt64) { count += 8 }
    }

    /// Whether decoding writes back the input as it is.
    private struct UnchangedCheck: ByteSink {
        let input: UnsafeBufferPointer<UInt8>
        var count = 0
        var unchanged = true
        mutating func append(_ byte: UInt8) {
            if count >= input.count || input[count] != byte { unchanged = false }
            count += 1
        }
        /// A word of printable ASCII is passed through from the same place in the input.
        mutating func append(word: UInt64) { count += 8 }
    }

    private struct ByteWriter: ByteSink {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        mutating func append(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }
        mutating func append(word: UInt64) {
            precondition(count + 8 <= buffer.count)
            UnsafeMutableRawPointer(buffer.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
            count += 8
        }
    }

    /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E), which pass through unchanged:
    /// nearly all of an English article, taken a word at a time instead of a byte at a time.
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones << 7
        let below0x20 = (word &- ones &* 0x20) & ~word & highs  // exact for bytes under 0x80
        let is0x7F = ((word ^ (ones &* 0x7F)) &- ones) & ~(word ^ (ones &* 0x7F)) & highs
        return word & highs == 0 && below0x20 == 0 && is0x7F == 0
    }

    private static func transcode<Sink: ByteSink>(_ input: UnsafeBufferPointer<UInt8>, wordAtATime: Bool, into out: inout Sink) {
        var i = 0
        let n = input.count
        if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
        let raw = wordAtATime ? UnsafeRawPointer(input.baseAddress) : nil
        while i < n {
            if let raw, i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if isPlainASCII(word) {
                    out.append(word: word)
                    i += 8
                    continue
                }
            }
            let b = input[i]
            if b >= 0x20 && b < 0x7F { out.append(b); i += 1; continue }
            if b < 0x80 {
                i += appendASCIIControl(b, next: i + 1 < n ? input[i + 1] : nil, into: &out)
                continue
            }
            let length = sequenceLength(input, at: i)
            if length == 0 {
                appendInvalidByte(b, into: &out)
                i += 1
                continue
            }
            let scalar = decodeScalar(input, at: i, length: length)
            if let marker = Sanitizer.marker(for: scalar) {
                for byte in marker.utf8 { out.append(byte) }
            } else {
                for k in 0..<length { out.append(input[i + k]) }
            }
            i += length
        }
    }

    /// Handles one ASCII control byte; returns how many input bytes it consumed.
    private static func appendASCIIControl<Sink: ByteSink>(_ b: UInt8, next: UInt8?, into out: inout Sink) -> Int {
        switch b {
        case 0x0A:
            out.append(0x0A)
        case 0x0D:
            out.append(0x0A)
            if next == 0x0A { return 2 }  // CRLF is one line break
        case 0x09:
            for _ in 0..<4 { out.append(0x20) }
        default:
            for byte in Sanitizer.caret(b).utf8 { out.append(byte) }
        }
        return 1
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func appendInvalidByte<Sink: ByteSink>(_ b: UInt8, into out: inout Sink) {
        out.append(UInt8(ascii: "<"))
        out.append(hexDigits[Int(b >> 4)])
        out.append(hexDigits[Int(b & 0xF)])
        out.append(UInt8(ascii: ">"))
    }

    /// Length of the well-formed UTF-8 sequence at `i`, or 0 when the byte there starts none.
    private static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = s[i]
        let n = s.count
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && s[i + k] >= lo && s[i + k] <= hi
        }
        switch b {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0  // no surrogates
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    private static func decodeScalar(_ s: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        switch length {
        case 2: return UInt32(s[i] & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
        case 3: return UInt32(s[i] & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
        default:
            return UInt32(s[i] & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12
                | UInt32(s[i + 2] & 0x3F) << 6 | UInt32(s[i + 3] & 0x3F)
        }
    }
}
