import ArgumentParser
import Testing
@testable import tract

/// `tract ARTICLE…` with no option opens the reader without the argument parser; anything else is parsed.
@Suite struct PlainReadTests {
    @Test func theCommandNamesAreTheParsersOwn() {
        let names = Tract.configuration.subcommands.map { $0._commandName }
        #expect(Set(Tract.commandNames) == Set(names + ["help"]) && Tract.commandNames.count == names.count + 1)
    }

    @Test func onlyPathsWithoutOptionsSkipTheParser() {
        #expect(Tract.isPlainRead([]))
        #expect(Tract.isPlainRead(["Articles"]))
        #expect(Tract.isPlainRead(["a.txt", "notes/b.md"]))
        #expect(!Tract.isPlainRead(["outline", "a.txt"]))
        #expect(!Tract.isPlainRead(["help"]))
        #expect(!Tract.isPlainRead(["a.txt", "--width", "80"]))
        #expect(!Tract.isPlainRead(["-h"]))
        #expect(!Tract.isPlainRead(["--", "-odd-name.txt"]))
    }
}
