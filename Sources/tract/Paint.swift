import Foundation
import TractCore

/// Colour in the command-line views: headers bold, search hits highlighted — on a terminal only, never
/// when the output is piped or NO_COLOR is set. Text is marked with private-use characters, which
/// `Output.print` turns into SGR sequences after sanitising the line (or drops), so no article byte
/// ever chooses what is sent to the terminal.
enum Paint {
    static let boldMark: Character = "\u{E000}"
    static let hitMark: Character = "\u{E001}"
    static let resetMark: Character = "\u{E00F}"

    /// Whether standard output gets colour.
    static let enabled: Bool = {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(1) == 1
    }()

    static func bold(_ text: String) -> String { "\(boldMark)\(text)\(resetMark)" }

    /// A sanitised line with its marks as SGR sequences when colour is on, else without them.
    static func render(_ line: String) -> String {
        // The marks are private-use scalars (U+E000…U+E00F): looked for by their UTF-8 lead bytes, as
        // comparing every Character of a 2,000-row table was a tenth of a warm `list`.
        guard ByteFind.contains(0xEE, in: line), line.contains(where: { $0 == boldMark || $0 == hitMark || $0 == resetMark }) else { return line }
        var out = ""
        for character in line {
            switch character {
            case boldMark: if enabled { out += "\u{1B}[1m" }
            case hitMark: if enabled { out += "\u{1B}[30;43m" }
            case resetMark: if enabled { out += "\u{1B}[0m" }
            default: out.append(character)
            }
        }
        return out
    }
}
