import Testing
@testable import TractCore

/// File names read by plain string work, as NSString read them before.
@Suite struct ArticlePathTests {
    @Test func stemsAndFormats() {
        #expect(ArticlePath.stem(of: "Articles/mdma-pain-relief.txt") == "mdma-pain-relief")
        #expect(ArticlePath.stem(of: "/a/b.c/paper.v2.pdf") == "paper.v2")
        #expect(ArticlePath.stem(of: "notes") == "notes")
        #expect(ArticlePath.stem(of: ".hidden") == ".hidden")
        #expect(ArticlePath.stem(of: "name.") == "name.")
        #expect(ArticlePath.stem(of: "folder/") == "folder")
        #expect(ArticlePath.format(of: "x/Paper.PDF") == .pdf)
        #expect(ArticlePath.format(of: "book.epub") == .epub)
        #expect(ArticlePath.format(of: "a.md/readme") == nil)
        #expect(ArticlePath.format(of: "archive.tar.gz") == nil)
    }

    @Test func wordsFromStems() {
        #expect(ArticlePath.words(fromStem: "mdma-pain_relief") == "Mdma pain relief")
        #expect(ArticlePath.words(fromStem: "mdma-ptsd", casingFrom: "MDMA and PTSD") == "MDMA PTSD")
    }
}
