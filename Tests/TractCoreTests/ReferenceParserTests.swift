import Testing
@testable import TractCore

/// Reference lists in the common styles, written here, read into entries; citations of each kind
/// found and resolved.
@Suite struct ReferenceParserTests {
    private func article(_ markdown: String) -> Article {
        ArticleParser.structure(bytes: Array(markdown.utf8), path: "paper.md", format: .markdown)
    }

    @Test func vancouverEntriesRunTogetherAreSplitAtTheirNumbers() {
        let entries = ReferenceParser.entries([Paragraph(line: 40, text:
            "1. Auger C, Forster AJ, Oake N, Tamblyn R. Usability of a drug monitoring programme. BMJ Qual Saf. 2013;22:306–16. "
            + "2. Forster AJ, Auger C. Using information technology to improve prescribing. JAMA Intern Med. 2013;173:382–4.")])
        #expect(entries.map(\.number) == [1, 2])
        #expect(entries[0].authors == ["Auger C", "Forster AJ", "Oake N", "Tamblyn R"])
        #expect(entries[0].firstSurname == "Auger")
        #expect(entries[0].year == "2013")
        #expect(entries[0].title == "Usability of a drug monitoring programme")
        #expect(entries[0].venue == "BMJ Qual Saf")
        #expect(entries[1].authors == ["Forster AJ", "Auger C"])
    }

    @Test func quotedTitleStyle() {
        let entry = ReferenceParser.entry("V. Ganeshan, J. Ashton, and N. F. Schor, “P75NTR: an enhancer of toxicity,” Cancer Chemotherapy "
            + "and Pharmacology, vol. 71, no. 3, pp. 777–787, 2013. doi:10.1007/s00280-013-2071-4.", number: 1, line: 1)
        #expect(entry.authors == ["V. Ganeshan", "J. Ashton", "N. F. Schor"])
        #expect(entry.firstSurname == "Ganeshan")
        #expect(entry.title == "P75NTR: an enhancer of toxicity")
        #expect(entry.venue == "Cancer Chemotherapy and Pharmacology")
        #expect(entry.year == "2013")
        #expect(entry.doi == "10.1007/s00280-013-2071-4")
    }

    @Test func authorYearStyles() {
        let springer = ReferenceParser.entry("Barnard CJ, Burk T (1979) Dominance hierarchies and recognition. J Theor Biol 81:65–73",
                                             number: nil, line: 1)
        #expect(springer.authors == ["Barnard CJ", "Burk T"])
        #expect(springer.year == "1979")
        #expect(springer.title == "Dominance hierarchies and recognition")
        #expect(springer.venue == "J Theor Biol")
        #expect(springer.label == "Barnard 1979")
        let apa = ReferenceParser.entry("Bonham, K., Sanford, F. B., & Clark, C. (1949b). Tagging of soupfin sharks. Copeia, 12, 1–4.",
                                        number: nil, line: 1)
        #expect(apa.authors == ["Bonham, K.", "Sanford, F. B.", "Clark, C."])
        #expect(apa.firstSurname == "Bonham")
        #expect(apa.year == "1949b")
        #expect(apa.label == "Bonham et al. 1949b")
    }

    @Test func markdownReferenceListIsReadFromItsSection() {
        let parsed = article("""
            # A paper

            Dogs sleep more than cats [1], and cats hunt at night [2,3]. Others disagree [4].

            ## References

            1. Keeper A, Tagger C. Sleep in dogs. J Sleep. 2001;3:1–9.
            2. Hunter B. Cats at night. Nocturnal Life. 1999;2:10–20.
            3. Owl C, et al. Night vision. Eyes. 2005;1:3–4.
            """)
        #expect(parsed.references.count == 3)
        let index = CitationIndex(parsed.references)
        let found = parsed.citations(index)
        #expect(found.map(\.text) == ["[1]", "[2,3]", "[4]"])
        #expect(found.map(\.entries) == [[0], [1, 2], []])
        #expect(parsed.citingLines(index)[1] == [found[1].line])
    }

    @Test func citationPatterns() {
        let text = "As shown [3–5, 9] and before¹²˒¹⁴ (Smith et al., 2019; Jones and Lee 2018a, 2018b), Brown (2001) agreed "
            + "(e.g. van der Berg 2010). Not these: [1990–2010], (2 mg), (see Table 2), [a]."
        let found = CitationFinder.citations(in: text)
        #expect(found.map(\.targets) == [
            [.number(3), .number(4), .number(5), .number(9)],
            [.number(12), .number(14)],
            [.authorYear("smith", "2019"), .authorYear("jones", "2018a"), .authorYear("jones", "2018b")],
            [.authorYear("brown", "2001")],
            [.authorYear("vanderberg", "2010")],
        ])
        let characters = Array(text)
        #expect(String(characters[found[3].range]) == "Brown (2001)")
    }

    @Test func yearLettersPickTheEntryInListOrder() {
        let entries = [ReferenceParser.entry("Jones A, Lee B (2018) First work. Venue 1:1", number: nil, line: 1),
                       ReferenceParser.entry("Jones A, Lee B (2018) Second work. Venue 1:2", number: nil, line: 2),
                       ReferenceParser.entry("Jones A (2019b) Lettered work. Venue 1:3", number: nil, line: 3)]
        let index = CitationIndex(entries)
        #expect(index.entry(for: .authorYear("jones", "2018a")) == 0)
        #expect(index.entry(for: .authorYear("jones", "2018b")) == 1)
        #expect(index.entry(for: .authorYear("jones", "2018c")) == nil)
        #expect(index.entry(for: .authorYear("jones", "2019b")) == 2)
        #expect(index.entry(for: .authorYear("smith", "2018")) == nil)
    }

    @Test func surnamesFromEveryNameOrder() {
        #expect(AuthorName.surname("V. Ganeshan") == "Ganeshan")
        #expect(AuthorName.surname("Auger C") == "Auger")
        #expect(AuthorName.surname("van der Berg JH") == "van der Berg")
        #expect(AuthorName.surname("Bonham, K.") == "Bonham")
        #expect(AuthorName.surname("Anna B. Keeper") == "Keeper")
    }

    @Test func markersAndNumbers() {
        #expect(ReferenceMarker.number("[12] Smith") == 12)
        #expect(ReferenceMarker.number("12. Smith") == 12)
        #expect(ReferenceMarker.number("12 Smith J") == 12)
        #expect(ReferenceMarker.number("1.5 mg daily") == nil)
        #expect(ReferenceMarker.number("2013 Smith") == 2013)
        #expect(ReferenceMarker.number("12 mg") == nil)
        #expect(DOI.find(in: "see https://doi.org/10.1186/1745-6215-16-2.") == "10.1186/1745-6215-16-2")
        #expect(DOI.find(in: "dose 210.5/kg") == nil)
    }
}
