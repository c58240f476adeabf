import Testing

@Suite struct RepeatedLetterTests {
    @Test(arguments: ["fuuuuck", "shiiit", "fuckkkk", "asssshole", "asshoooole", "niiiiigger", "biiiitch", "idiooooot you", "kyyyys"])
    func runsCollapse(text: String) {
        #expect(toxic(text), "\(text)")
    }

    @Test func realDoubleLettersDoNotCollapseIntoBadWords() {
        for clean in ["assassin", "shiitake", "bass", "passing", "soooo goooood", "yesssss", "nooooo", "Bitte", "good"] {
            #expect(score(clean) == 0, "\(clean)")
        }
    }
}
