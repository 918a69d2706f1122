import Foundation
import ScreenKit
import Testing

/// Compares a screen with `__Snapshots__/name.txt` beside the calling test file; set
/// RECORD_SNAPSHOTS=1 to write it on purpose.
public func assertSnapshot(_ screen: Screen, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = screen.snapshot
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing snapshot \(name).txt — run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
