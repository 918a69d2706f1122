/// The Windows-1252 code page, which web pages without a declared charset are read in when they are
/// not UTF-8 (as browsers do).
enum Windows1252 {
    /// What 0x80–0x9F stand for; 0 where the code page defines nothing (those bytes keep their C1 code
    /// point, which the sanitiser shows as a visible marker).
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// `bytes` as UTF-8.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            let mapped = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : 0
            out.append(Unicode.Scalar(mapped == 0 ? UInt32(byte) : mapped) ?? "\u{FFFD}")
        }
        return Array(String(out).utf8)
    }
}
