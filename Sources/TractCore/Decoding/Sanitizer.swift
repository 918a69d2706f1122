
/// The one place that decides how an unsafe character is shown, for every output path.
///
/// C0 controls and DEL become caret notation (`^[`, `^?`), C1 controls, bidi controls and zero-width
/// characters become `<U+XXXX>` markers. The result never contains a byte a terminal would act on.
public enum Sanitizer {
    /// Returns `text` with every unsafe character replaced by its visible marker.
    public static func clean(_ text: String) -> String {
        // Printable ASCII, checked on the bytes when they are at hand: every row `show` prints comes here.
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }) == true { return text }
        if text.unicodeScalars.allSatisfy({ isPlainSafe($0.value) }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A || v == 0x09 {
                out.append(" ")  // one-line outputs (errors, names) never break the line
            } else if v < 0x20 || v == 0x7F {
                out.append(contentsOf: caret(UInt8(v)).unicodeScalars)
            } else if FileName.isEscaped(scalar) {
                out.append(contentsOf: "\\x\(String(v & 0xFF, radix: 16, uppercase: true))".unicodeScalars)
            } else if let marker = marker(for: v) {
                out.append(contentsOf: marker.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` cleaned line by line, its line breaks kept: for text that is stored and shown over several
    /// lines (an imported note or quote), where `clean` would run the lines together.
    public static func cleanLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }.joined(separator: "\n")
    }

    /// Caret notation for an ASCII control byte: 0x1B → `^[`, 0x7F → `^?`.
    public static func caret(_ byte: UInt8) -> String {
        if byte == 0x7F { return "^?" }
        return "^" + String(UnicodeScalar(byte ^ 0x40))
    }

    /// The visible marker for a non-ASCII scalar that must not be shown raw, or nil if it is safe.
    public static func marker(for scalar: UInt32) -> String? {
        guard isUnsafeNonASCII(scalar) else { return nil }
        return "<U+" + String(scalar, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
    }

    /// True for C1 controls, bidi controls, zero-width characters and line/paragraph separators.
    static func isUnsafeNonASCII(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0x9F: return true                      // C1 controls (CSI is 0x9B)
        case 0x061C, 0x200E, 0x200F: return true           // bidi marks
        case 0x202A...0x202E, 0x2066...0x2069: return true // bidi embeddings, overrides, isolates
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true  // zero-width characters
        case 0x2028, 0x2029: return true                   // line and paragraph separators
        default: return false
        }
    }

    private static func isPlainSafe(_ v: UInt32) -> Bool {
        (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x10FF80 && !isUnsafeNonASCII(v))
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
