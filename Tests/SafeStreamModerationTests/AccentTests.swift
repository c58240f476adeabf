import Testing

@Suite struct AccentTests {
    @Test func accentsAreStripped() {
        #expect(toxic("fück"))
        #expect(toxic("ídíót"))
        #expect(toxic("t'es un enculé"))
        #expect(toxic("enculé"))
        #expect(toxic("Scheiße"))   // ß folds to ss
    }

    @Test func combiningMarksAreDropped() {
        #expect(toxic("fu\u{0301}ck"))
        #expect(toxic("i\u{0308}d\u{0301}iot you"))
    }

    @Test func accentedCleanWordsStayClean() {
        #expect(score("crème brûlée, naïve résumé, São Paulo, Zürich") == 0)
    }
}
