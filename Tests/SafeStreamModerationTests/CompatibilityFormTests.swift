import Testing

@Suite struct CompatibilityFormTests {
    @Test func fullWidthFormsFoldToASCII() {
        #expect(score("ｆｕｃｋ") == score("fuck"))
        #expect(score("ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ") == score("you are an idiot"))
        #expect(score("ｈｅｌｌｏ ｅｖｅｒｙｏｎｅ") == 0)
    }

    @Test func mathematicalCircledAndLigatureFormsFold() {
        #expect(toxic("𝐟𝐮𝐜𝐤 you"))
        #expect(toxic("ⓕⓤⓒⓚ"))
        #expect(toxic("𝓼𝓱𝓲𝓽"))
    }
}
