/// The content words of a paragraph as 256 bits (one bit per word, chosen by the word's hash), made
/// while the classifier reads the paragraph anyway, so comparing two passages later costs a few
/// popcounts instead of re-reading their text: a topic switch on two 10 MB articles pairs thousands
/// of passages.
public struct WordSignature: Equatable, Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init() {}

    /// The bit a word sets, from the FNV-1a hash of its lowercase bytes; nil for words of one or two
    /// bytes and for words too common in English or in drug articles to say what a passage is about
    /// (they would make every pair look alike). Asked once per distinct word of a library.
    static func bit(forWord bytes: [UInt8], hash: UInt64) -> UInt8? {
        guard bytes.count > 2, !PointBackground.builtIn.isGeneric(String(decoding: bytes, as: UTF8.self)) else { return nil }
        // FNV's top bits hardly depend on the last bytes ("alpha0x" and "alpha1x" share them), so
        // they are mixed first (the finaliser of MurmurHash3).
        var mixed = hash ^ (hash >> 33)
        mixed = mixed &* 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        mixed = mixed &* 0xc4ce_b9fe_1a85_ec53
        mixed ^= mixed >> 33
        return UInt8(truncatingIfNeeded: mixed >> 56)
    }

    /// Adds the word whose bit is `bit`.
    mutating func insert(bit: UInt8) {
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: bits.0 |= mask
        case 1: bits.1 |= mask
        case 2: bits.2 |= mask
        default: bits.3 |= mask
        }
    }

    /// The words of both.
    public func union(_ other: WordSignature) -> WordSignature {
        var out = self
        out.bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
        return out
    }

    /// How many bits are set.
    var count: Int { bits.0.nonzeroBitCount + bits.1.nonzeroBitCount + bits.2.nonzeroBitCount + bits.3.nonzeroBitCount }

    /// How many bits both have set.
    func shared(_ other: WordSignature) -> Int {
        (bits.0 & other.bits.0).nonzeroBitCount + (bits.1 & other.bits.1).nonzeroBitCount
            + (bits.2 & other.bits.2).nonzeroBitCount + (bits.3 & other.bits.3).nonzeroBitCount
    }

    /// Shared words relative to both sizes (the cosine of the two word sets), 0…1, less the bits two
    /// random sets of these sizes would share: a long passage sets most of the 256 bits and would
    /// otherwise look like every other.
    public func similarity(_ other: WordSignature) -> Double {
        let (a, b) = (Double(count), Double(other.count))
        guard a > 0, b > 0 else { return 0 }
        let chance = a * b / 256
        return max(Double(shared(other)) - chance, 0) / (a * b).squareRoot()
    }

    public static func == (lhs: WordSignature, rhs: WordSignature) -> Bool {
        lhs.bits == rhs.bits
    }
}
