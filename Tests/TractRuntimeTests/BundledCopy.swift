import Foundation

/// A copy of the bundled library in a new temporary folder (so a test can change its files), and a
/// data folder path beside it, not yet made.
struct BundledCopy {
    let library: String
    let data: String

    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles")

    init(_ purpose: String) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tract-\(purpose)-\(UUID().uuidString)").path
        library = base + "/library"
        data = base + "/data"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.articles.path) {
            try FileManager.default.copyItem(atPath: Self.articles.path + "/" + name, toPath: library + "/" + name)
        }
    }
}
