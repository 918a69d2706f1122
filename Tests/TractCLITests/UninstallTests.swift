import Foundation
import Testing

/// `scripts/uninstall` removes only what install listed inside the prefix, however the prefix is
/// spelt, and refuses (saying so) whatever a changed list names beyond it.
@Suite struct UninstallTests {
    static let script = TractBinary.packageRoot.appendingPathComponent("scripts/uninstall").path

    /// A prefix as install leaves it: two files, a link to a file outside, and the list naming them.
    private func installed(extra: [String] = []) throws -> (folder: TempFolder, prefix: String) {
        let folder = try TempFolder()
        let prefix = folder.path + "/prefix"
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix + "/share/tract/Articles", withIntermediateDirectories: true)
        try folder.write("prefix/bin/tract", "binary")
        try folder.write("prefix/share/tract/Articles/a.txt", "article")
        try folder.write("victim.txt", "must stay")
        try FileManager.default.createSymbolicLink(atPath: prefix + "/bin/link", withDestinationPath: folder.path + "/victim.txt")
        let listed = [prefix + "/bin/tract", prefix + "/share/tract/Articles/a.txt", prefix + "/bin/link"] + extra
            + [prefix + "/share/tract/installed-files"]
        try folder.write("prefix/share/tract/installed-files", listed.joined(separator: "\n") + "\n")
        return (folder, prefix)
    }

    private func uninstall(_ prefix: String, cwd: String? = nil) throws -> TractBinary.Result {
        try TractBinary.run([Self.script, "--prefix", prefix], executable: "/bin/bash", cwd: cwd)
    }

    @Test(arguments: ["plain", "relative", "trailing slash", "dot segments"])
    func anySpellingOfThePrefixUninstallsIt(spelling: String) throws {
        let (folder, prefix) = try installed()
        let spelt: String
        switch spelling {
        case "relative": spelt = "prefix"
        case "trailing slash": spelt = prefix + "/"
        case "dot segments": spelt = "/" + folder.path + "/./prefix/bin/../"
        default: spelt = prefix
        }
        let result = try uninstall(spelt, cwd: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("removed \(prefix)/bin/tract"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix).isEmpty)
        // The link went, not the file it pointed to.
        #expect(try String(contentsOfFile: folder.path + "/victim.txt", encoding: .utf8) == "must stay")
    }

    @Test func aChangedListDeletesNothingOutsideThePrefixAndSaysSo() throws {
        let folder = try TempFolder()
        let outside = try folder.write("other.txt", "must stay too")
        let (installedFolder, prefix) = try installed(extra: [])
        let tampered = [prefix + "/../victim.txt", outside, "relative/file", prefix + "/share/tract/Articles"]
        let list = prefix + "/share/tract/installed-files"
        let original = try String(contentsOfFile: list, encoding: .utf8)
        try (tampered.joined(separator: "\n") + "\n" + original).write(toFile: list, atomically: true, encoding: .utf8)
        let result = try uninstall(prefix)
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused \(prefix)/../victim.txt (outside \(prefix))"))
        #expect(result.stderr.contains("refused \(outside) (outside"))
        #expect(result.stderr.contains("refused relative/file (not an absolute path)"))
        #expect(result.stderr.contains("refused \(prefix)/share/tract/Articles (not a regular file or a link)"))
        #expect(try String(contentsOfFile: installedFolder.path + "/victim.txt", encoding: .utf8) == "must stay")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "must stay too")
        #expect(!FileManager.default.fileExists(atPath: prefix + "/bin/tract"))  // what install put there still goes
    }
}
