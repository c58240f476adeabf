import Testing

@Suite struct CaseFoldingTests {
    @Test func mixedCaseMatchesLikeLowerCase() {
        #expect(score("FUCK") == score("fuck"))
        #expect(score("FuCk YoU") == score("fuck you"))
        #expect(score("You Are An IDIOT") == score("you are an idiot"))
    }
}
