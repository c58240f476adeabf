import Testing

@Suite struct LeetspeakTests {
    @Test(arguments: ["sh1t", "5h1t", "$hit", "sh!t", "f4gg0t", "n1gg3r", "b!tch", "a$$hole", "@sshole", "1d10t you", "m0r0n u", "7w47"])
    func leetInsideWordsIsDecoded(text: String) {
        #expect(toxic(text), "\(text)")
    }

    @Test func starWildcardsMatch() {
        #expect(toxic("f*ck"))
        #expect(toxic("sh*t"))
        #expect(toxic("f**k you"))
        #expect(score("*hugs* everyone") == 0)   // emphasis, not a wildcard
    }

    @Test(arguments: ["2 4 u", "3-0", "gr8 game m8", "1v1 me", "5v5 at 9pm", "l33t h4x0r skills", "c u l8r", "n1ce pl4y"])
    func numbersAndHarmlessLeetStayClean(text: String) {
        #expect(score(text) == 0, "\(text)")
    }
}
