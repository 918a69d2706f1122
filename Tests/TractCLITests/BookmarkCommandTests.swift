import Foundation
import Testing
import TractRuntime

/// `tract bookmarks …` through the real binary, and the store under concurrent and killed writers.
@Suite struct BookmarkCommandTests {
    private func dataDir() throws -> TempFolder { try TempFolder() }

    @Test func addListExportRemove() throws {
        let data = try dataDir()
        let env = ["TRACT_DATA_DIR": data.path]
        let added = try TractBinary.run(["bookmarks", "add", "depression", "--line", "16", "--note", "watch heart rate"], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("bookmarked #1 at "))
        let list = try TractBinary.run(["bookmarks", "list"], environment: env)
        #expect(list.stdout.contains("#1  mdma-depression-treatment:16  [Safety Profile And Side Effects]  anchored"))
        #expect(list.stdout.contains("note: watch heart rate"))
        let json = try TractBinary.run(["bookmarks", "list", "--json"], environment: env)
        let entries = try #require(JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        #expect(entries.first?["line"] as? Int == 16 && entries.first?["topic"] as? String == "safety")
        let markdown = try TractBinary.run(["bookmarks", "export", "--format", "markdown"], environment: env)
        #expect(markdown.stdout.contains("### Safety Profile And Side Effects"))
        #expect(markdown.stdout.contains("> In terms of side effects, it is common for patients"))
        #expect(markdown.stdout.contains("\nwatch heart rate\n"))
        #expect(markdown.stdout.contains("mdma-depression-treatment.txt, line 16"))
        let file = data.path + "/export.json"
        let exported = try TractBinary.run(["bookmarks", "export", "--format", "json", "--output", file], environment: env)
        #expect(exported.stdout == "exported 1 bookmarks to \(file)\n")
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(try TractBinary.run(["bookmarks", "remove", "1"], environment: env).stdout == "removed #1\n")
        #expect(try TractBinary.run(["bookmarks", "list"], environment: env).stdout.hasPrefix("no bookmarks yet"))
    }

    /// Past `ulimit -f`, a write fails with one line (before: SIGXFSZ ended tract silently, status 153).
    @Test func theFileSizeLimitIsSaidInOneLine() throws {
        let data = try dataDir()
        let command = "ulimit -f 8; exec '\(TractBinary.path)' bookmarks add depression --line 16"
        let result = try TractBinary.run(["-c", command], executable: "/bin/sh", environment: ["TRACT_DATA_DIR": data.path])
        #expect(result.status == 1)
        #expect(result.stderr == "tract: cannot open \(data.path)/tract.sqlite: the file size limit (ulimit -f) was reached\n")
    }

    /// A data folder Tract cannot write to: bookmarks are listed (with one line saying why they cannot
    /// change) and a write is refused in one line (before: "attempt to write a readonly database" for both).
    /// As root, which permissions do not stop, the commands run as nobody.
    @Test func aReadOnlyDataFolderShowsBookmarksReadOnly() throws {
        let data = try dataDir()
        let env = ["TRACT_DATA_DIR": data.path]
        #expect(try TractBinary.run(["bookmarks", "add", "depression", "--line", "16", "--note", "kept"], environment: env).status == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: data.path + "/" + file)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: data.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: data.path) }
        let asUser = { (arguments: [String]) throws -> TractBinary.Result in
            getuid() == 0
                ? try TractBinary.run(["--reuid=65534", "--regid=65534", "--clear-groups", TractBinary.path] + arguments,
                                      executable: "/usr/bin/setpriv", environment: env)
                : try TractBinary.run(arguments, environment: env)
        }
        let listed = try asUser(["bookmarks", "list"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("note: kept"))
        #expect(listed.stderr == "tract: \(data.path) is read-only: bookmarks are shown but cannot be changed\n")
        let added = try asUser(["bookmarks", "add", "depression", "--line", "20"])
        #expect(added.status == 1 && added.stderr == listed.stderr)
        // Search answers from an index built in memory, and says so in one line (it was SQLite error 14).
        let searched = try asUser(["search", "serotonin", "--limit", "1"])
        #expect(searched.status == 0 && searched.stdout.hasPrefix("1. "))
        #expect(searched.stderr == "tract: note: the data folder \(data.path) cannot be written; searched an index built in memory for this run\n")
    }

    /// A full disk (a 2 MB tmpfs, filled): the bookmarks are still listed, from a private copy, and a
    /// change is refused in one line; search answers from memory. Needs root, to mount the tmpfs.
    @Test(.enabled(if: getuid() == 0)) func aFullDiskKeepsBookmarksReadable() throws {
        let mount = try TempFolder()
        guard try TractBinary.run(["-t", "tmpfs", "-o", "size=2M", "tmpfs", mount.path], executable: "/bin/mount").status == 0 else {
            Issue.record("could not mount a tmpfs as root"); return
        }
        defer { _ = try? TractBinary.run([mount.path], executable: "/bin/umount") }
        let env = ["TRACT_DATA_DIR": mount.path + "/data"]
        #expect(try TractBinary.run(["bookmarks", "add", "depression", "--line", "16", "--note", "kept"], environment: env).status == 0)
        _ = try TractBinary.run(["if=/dev/zero", "of=\(mount.path)/fill", "bs=64k"], executable: "/bin/dd")
        let listed = try TractBinary.run(["bookmarks", "list"], environment: env)
        #expect(listed.status == 0 && listed.stdout.contains("note: kept"))
        #expect(listed.stderr == "tract: disk full (free some space and try again): bookmarks are shown but cannot be changed\n")
        let added = try TractBinary.run(["bookmarks", "add", "depression", "--line", "20"], environment: env)
        #expect(added.status == 1 && added.stderr == listed.stderr)
        let searched = try TractBinary.run(["search", "serotonin", "--limit", "1"], environment: env)
        #expect(searched.status == 0 && searched.stdout.hasPrefix("1. ") && !searched.stderr.contains("SQLite"))
        #expect(searched.stderr.hasPrefix("tract: note: ") && searched.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func aDamagedStoreIsMovedAsideAndSaidSo() throws {
        let data = try dataDir()
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: data.path + "/tract.sqlite"))
        let listed = try TractBinary.run(["bookmarks", "list"], environment: ["TRACT_DATA_DIR": data.path])
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("no bookmarks yet"))
        #expect(listed.stderr.hasPrefix("tract: ") && listed.stderr.contains("was damaged and was moved to"))
        #expect(listed.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func badInputChangesNothing() throws {
        let data = try dataDir()
        let env = ["TRACT_DATA_DIR": data.path]
        _ = try TractBinary.run(["bookmarks", "add", "pain", "--line", "19"], environment: env)
        for (arguments, message) in [
            (["bookmarks", "remove", "42"], "tract: no bookmark #42\n"),
            (["bookmarks", "remove", "abc"], "tract: 'abc' is not a bookmark id (ids are numbers, see `tract bookmarks list`)\n"),
            (["bookmarks", "add", "zebra", "--line", "3"], nil),
            (["bookmarks", "add", "pain", "--line", "500"], "tract: line 500 is out of range: mdma-pain-relief has lines 1–42\n"),
            (["bookmarks", "add", "pain", "--line", "17"], "tract: line 17 of mdma-pain-relief is a heading or blank, not a paragraph\n"),
        ] {
            let result = try TractBinary.run(arguments, environment: env)
            #expect(result.status != 0, "\(arguments)")
            if let message { #expect(result.stderr == message) } else { #expect(result.stderr.hasPrefix("tract: no article matches")) }
        }
        let list = try TractBinary.run(["bookmarks", "list", "--json"], environment: env)
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdoutBytes)) as? [Any])?.count == 1)
    }

    @Test func editedArticleReanchorsAndDeletedQuoteIsOrphan() throws {
        let data = try dataDir()
        let library = try TempFolder()
        let text = "Opening words of the piece.\nRisks\nNausea and dehydration were reported.\nMore text follows here.\n"
        let path = try library.write("a.txt", text)
        let env = ["TRACT_DATA_DIR": data.path]
        _ = try TractBinary.run(["bookmarks", "add", path, "--line", "3", "--note", "n"], environment: env)
        try library.write("a.txt", "A new first paragraph.\n" + text)
        #expect(try TractBinary.run(["bookmarks", "list"], environment: env).stdout.contains("a:4  [Risks]  re-anchored (exact quote)"))
        try library.write("a.txt", "Opening words of the piece.\nRisks\nMore text follows here.\n")
        #expect(try TractBinary.run(["bookmarks", "list"], environment: env).stdout.contains("a:?  [Risks]  orphan"))
    }

    @Test func twoProcessesAddingAtOnceLoseNothing() throws {
        let data = try dataDir()
        let env = ["TRACT_DATA_DIR": data.path]
        // Both writers start before either finishes: their transactions interleave on one database.
        let writers = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TractBinary.path)
            process.arguments = ["bookmarks", "stress-add", "--count", "1000", "pain"]
            process.environment = env.merging(["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let store = try TractStore(directory: data.path)
        #expect(try store.bookmarks().count == 2000)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func killedWriterLosesNoCommittedBookmark() throws {
        let data = try dataDir()
        var reported: Set<Int64> = []
        for round in 0..<50 {
            let output = data.url.appendingPathComponent("out-\(round)")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TractBinary.path)
            process.arguments = ["bookmarks", "stress-add", "--count", "100000", "pain"]
            process.environment = ["TRACT_DATA_DIR": data.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                   "TRACT_LIBRARY": TractBinary.packageRoot.appendingPathComponent("Articles").path]
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Killed mid-stream: once it has reported a first bookmark (a loaded machine may take longer
            // than any fixed delay to start), after a random further moment.
            for _ in 0..<500 where (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0 == 0 {
                usleep(10_000)
            }
            usleep(UInt32.random(in: 0...100_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let ids = (try String(contentsOf: output, encoding: .utf8)).split(separator: "\n").compactMap { Int64($0) }
            reported.formUnion(ids)
        }
        let store = try TractStore(directory: data.path)
        let stored = Set(try store.bookmarks().compactMap(\.id))
        #expect(!reported.isEmpty)
        #expect(reported.isSubset(of: stored), "\(reported.subtracting(stored).count) reported bookmarks are missing")
        #expect(try store.integrityCheck() == "ok")
    }
}
