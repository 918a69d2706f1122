/// Eight bytes tested at once in a 64-bit word (little-endian order): the word count and the search
/// count test text this way rather than byte by byte.
public enum ByteLanes {
    /// The top bit of each byte.
    public static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The top bit of each zero byte of `eight`, exactly: the low seven bits are added without carrying
    /// into the next byte, so a byte's result never depends on its neighbours.
    @inlinable @inline(__always)
    public static func zeroBytes(_ eight: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((eight & low) &+ low) | eight) & highBits
    }
}
