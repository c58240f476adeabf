import Testing

@Suite struct InvisibleCharacterTests {
    @Test func zeroWidthAndFormatCharactersAreRemoved() {
        #expect(toxic("f\u{200B}uck"))
        #expect(toxic("f\u{200C}u\u{200D}c\u{2060}k"))
        #expect(toxic("fu\u{FEFF}ck"))
        #expect(toxic("sh\u{00AD}it"))      // soft hyphen
        #expect(toxic("id\u{202E}iot you")) // bidi override
    }

    @Test func invisibleOnlyInputIsClean() {
        #expect(score("\u{200B}\u{200B}\u{FEFF}") == 0)
    }
}
