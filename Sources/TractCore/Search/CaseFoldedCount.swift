
/// Counts an ASCII needle in UTF-8 text, ignoring ASCII case, leftmost first and without overlaps: the
/// counting half of `/` over every block of an article (26,000 blocks, 10 MB).
///
/// Eight places at a time are tested at once, in 64-bit words: the text's bytes there, halfway along the
/// needle and at its end are folded and compared with the needle's first, middle and last bytes (a zero
/// byte in `(heads ^ first) | (middles ^ middle) | (tails ^ last)` is a place where all three agree),
/// and only such places are checked byte by byte. In English text few places pass all three, where
/// finding candidates by the first byte alone (`memchr`) stopped at every `s` of `serotonin`. Where
/// there is room the same test runs on sixteen places in a 128-bit vector, its result read as two
/// words (`any()` on a vector mask is not one instruction here, and is slower).
public struct CaseFoldedCount: Equatable, Sendable {
    /// The needle, lowercase ASCII.
    let needle: [UInt8]
    /// Where the middle and last probes sit in the needle.
    private let middle: Int
    private let last: Int
    /// The needle's first, middle and last bytes, each in all eight bytes of a word; and 0x20 in each
    /// byte where that byte is a letter (or-ing it in folds upper case to lower). Plain words, so a
    /// count over one of 26,000 blocks touches no array until a place passes.
    private let wanted: (first: UInt64, middle: UInt64, last: UInt64)
    private let folds: (first: UInt64, middle: UInt64, last: UInt64)

    /// nil unless `needle` is non-empty lowercase-foldable ASCII.
    public init?(_ needle: [UInt8]) {
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return nil }
        self.needle = needle.map(Self.fold)
        (middle, last) = ((needle.count - 1) / 2, needle.count - 1)
        let spread = { (byte: UInt8) in UInt64(byte) &* 0x0101_0101_0101_0101 }
        let fold = { (byte: UInt8) in spread(Self.isLetter(byte) ? 0x20 : 0) }
        wanted = (spread(self.needle[0]), spread(self.needle[middle]), spread(self.needle[last]))
        folds = (fold(needle[0]), fold(needle[middle]), fold(needle[last]))
    }

    public static func == (one: CaseFoldedCount, other: CaseFoldedCount) -> Bool { one.needle == other.needle }

    public func count(in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress, text.count >= needle.count else { return 0 }
        let places = text.count - last  // where a match may start
        var count = 0
        var free = 0  // the first place a new match may start (none overlaps the one before)
        var place = 0
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Sixteen places at a time while there is room: the same test lane by lane on 128-bit vectors
        // (lanes do not borrow from each other, so the zero-byte test is exact), read as two words.
        let (wanted16, folds16) = (vectors(wanted), vectors(folds))
        let highs = SIMD16<UInt8>(repeating: 0x80)
        while place + 16 <= places {
            let heads = raw.loadUnaligned(fromByteOffset: place, as: SIMD16<UInt8>.self) | folds16.first
            let middles = raw.loadUnaligned(fromByteOffset: place + middle, as: SIMD16<UInt8>.self) | folds16.middle
            let tails = raw.loadUnaligned(fromByteOffset: place + last, as: SIMD16<UInt8>.self) | folds16.last
            let differ = (heads ^ wanted16.first) | (middles ^ wanted16.middle) | (tails ^ wanted16.last)
            let zeros = unsafeBitCast((differ &- 1) & ~differ & highs, to: (UInt64, UInt64).self)
            place += 16
            guard zeros.0 | zeros.1 != 0 else { continue }
            check(zeros.0, from: place - 16, base, &count, &free)
            check(zeros.1, from: place - 8, base, &count, &free)
        }
        while place + 8 <= places {
            let heads = raw.loadUnaligned(fromByteOffset: place, as: UInt64.self) | folds.first
            let middles = raw.loadUnaligned(fromByteOffset: place + middle, as: UInt64.self) | folds.middle
            let tails = raw.loadUnaligned(fromByteOffset: place + last, as: UInt64.self) | folds.last
            let differ = (heads ^ wanted.first) | (middles ^ wanted.middle) | (tails ^ wanted.last)
            place += 8
            // Whether a byte of `differ` is zero (the classic test: cheap, and it has no false positives),
            // then which: the top bit of each zero byte, exactly (no carries between bytes).
            guard (differ &- ones) & ~differ & ~low7 != 0 else { continue }
            check(ByteLanes.zeroBytes(differ), from: place - 8, base, &count, &free)
        }
        while place < places {
            if place >= free && matches(base + place) {
                count += 1
                free = place + needle.count
            }
            place += 1
        }
        return count
    }

    /// Checks the places whose bytes have their top bit set in `agree` (eight places from `start`),
    /// counting the matches that do not overlap the one before.
    @inline(__always)
    private func check(_ agree: UInt64, from start: Int, _ base: UnsafePointer<UInt8>, _ count: inout Int, _ free: inout Int) {
        var agree = agree
        while agree != 0 {
            let candidate = start + agree.trailingZeroBitCount / 8
            agree &= agree &- 1
            if candidate >= free && matches(base + candidate) {
                count += 1
                free = candidate + needle.count
            }
        }
    }

    /// A word of eight equal bytes as a vector of sixteen.
    private func vectors(_ words: (first: UInt64, middle: UInt64, last: UInt64))
        -> (first: SIMD16<UInt8>, middle: SIMD16<UInt8>, last: SIMD16<UInt8>) {
        let spread = { (word: UInt64) in SIMD16<UInt8>(repeating: UInt8(truncatingIfNeeded: word)) }
        return (spread(words.first), spread(words.middle), spread(words.last))
    }

    @inline(__always)
    private func matches(_ start: UnsafePointer<UInt8>) -> Bool {
        for offset in needle.indices where Self.fold(start[offset]) != needle[offset] { return false }
        return true
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        isLetter(byte) ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
