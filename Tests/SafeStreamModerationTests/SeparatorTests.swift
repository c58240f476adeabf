import Testing

@Suite struct SeparatorTests {
    @Test(arguments: ["f.u.c.k", "f u c k", "f-u-c-k", "f_u_c_k", "f*u*c*k", "s h i t", "k y s", "k.y.s", "i.d.i.o.t"])
    func singleLettersAreJoined(text: String) {
        #expect(toxic(text), "\(text)")
    }

    @Test func joinedWordsFeedPhrasesAndRules() {
        #expect(toxic("go k-i-l-l y-o-u-r-s-e-l-f"))
        #expect(toxic("I will k_i_l_l you"))
        #expect(toxic("nobody l_i_k_e_s you"))
    }

    @Test func wordsSplitInTwoAreJoined() {
        #expect(toxic("fu ck you"))
        #expect(toxic("you bit ch"))
    }

    @Test(arguments: ["g g w p", "h e l l o chat", "e.z. g.g.", "s o o o good", "u r the best", "r u ok?"])
    func harmlessSpacedLettersStayClean(text: String) {
        #expect(score(text) == 0, "\(text)")
    }
}
