import Foundation
import TractCore

/// `tract-bench page FILE…`: reading each saved web page into its article (libxml2's parse, the
/// extraction, title and metadata, the sections), median of 9 runs, without topics.
enum WebPageBench {
    static func run(pages: [String]) {
        for path in pages {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): unreadable"); continue }
            let bytes = [UInt8](data)
            var times: [Double] = []
            var sections = 0
            for _ in 0..<9 {
                let start = DispatchTime.now().uptimeNanoseconds
                sections = HTMLReader.parse(bytes).sections.count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            times.sort()
            print(String(format: "%@: %.2f MB, %d sections, read in %.1f ms (median of 9; fastest %.1f)",
                         path, Double(bytes.count) / 1_048_576, sections, times[4], times[0]))
        }
    }
}
