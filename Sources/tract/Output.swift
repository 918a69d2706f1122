import Foundation
import TractCore

/// Writing to stdout and stderr; everything passes through the sanitiser on the way out.
enum Output {
    /// Prints text to stdout, each line through the sanitiser once more: output is built from
    /// sanitised parts, and this makes sure one that was not (a query, a note) still cannot reach the
    /// terminal as a control sequence. Clean text passes unchanged.
    static func print(_ text: String) {
        var output = LineWriter()
        output.write(text)
        output.flush()
    }

    /// Prints lines to stdout as they come, each through the sanitiser, in writes of 64 KB: a 50 MB
    /// article is not held a second time, whole, as the text to print.
    struct LineWriter {
        private var buffer: [UInt8] = []

        mutating func write(_ text: String) {
            // Splitting by Character was a third of printing 600,000 rows: most have no line break.
            let lines = ByteFind.contains(UInt8(ascii: "\n"), in: text) ? text.split(separator: "\n", omittingEmptySubsequences: false) : [text[...]]
            for line in lines {
                buffer += Paint.render(Sanitizer.clean(String(line))).utf8
                buffer.append(UInt8(ascii: "\n"))
            }
            if buffer.count >= 1 << 16 { flush() }
        }

        mutating func flush() {
            FileHandle.standardOutput.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Prints `tract: message` as one line to stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("tract: " + Sanitizer.clean(message) + "\n").utf8))
    }

    /// Encodes `value` as pretty JSON on stdout; JSON escapes every control character.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// The width a table is fitted to: `$COLUMNS`, else the terminal's; nil when piped (every cell
    /// whole, for scripts).
    static func tableWidth() -> Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 10 { return columns }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 10 { return Int(size.ws_col) }
        return nil
    }

    /// The width to wrap to: `--width`, else `$COLUMNS`, else the terminal's, else 80.
    static func width(_ requested: Int?) throws -> Int {
        if let requested {
            guard requested >= 10 && requested <= 1000 else { throw TractError("--width must be between 10 and 1000") }
            return requested
        }
        return tableWidth() ?? 80
    }
}
