import Foundation
import Testing

/// Every input the fuzzers found trouble with (and the seeds each target starts from) is replayed by the
/// real fuzz driver, built without the fuzzer: a crash or a hang fails the test.
@Suite struct FuzzRegressionTests {
    static let inputs = TractBinary.packageRoot.appendingPathComponent("Tests/FuzzInputs")
    static let targets = ["decoder", "plain", "markdown", "frontmatter", "html", "topics", "config", "anchor", "keys"]

    @Test(arguments: targets)
    func savedInputsRunCleanly(target: String) throws {
        let folder = Self.inputs.appendingPathComponent(target)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        #expect(!files.isEmpty, "no saved inputs for \(target)")
        let result = try TractBinary.run([target] + files, executable: TractBinary.built("tract-fuzz"), timeout: 120)
        #expect(result.status == 0, "\(target): \(result.stderr.suffix(2000))")
    }

    /// The driver names its targets when asked for one it does not know.
    @Test func theDriverListsItsTargets() throws {
        let result = try TractBinary.run(["nonsense"], executable: TractBinary.built("tract-fuzz"))
        #expect(result.status == 64)
        #expect(result.stderr.contains("targets: " + Self.targets.joined(separator: ", ")))
    }
}
