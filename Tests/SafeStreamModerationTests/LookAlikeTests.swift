import Testing

@Suite struct LookAlikeTests {
    @Test func cyrillicLookAlikesFold() {
        #expect(toxic("fuсk"))            // Cyrillic с
        #expect(toxic("уоu аrе аn іdіоt")) // Cyrillic у о а р е і
        #expect(toxic("ѕhіt"))
    }

    @Test func greekLookAlikesFold() {
        #expect(toxic("fυcκ"))
        #expect(toxic("ιdιοt"))
    }

    @Test func realCyrillicAndGreekTextIsClean() {
        #expect(score("привет всем, хорошая игра") == 0)
        #expect(score("Γειά σου κόσμε") == 0)
    }
}
