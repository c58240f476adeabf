import Testing
import SafeStreamModeration

@Suite struct RankingTests {
    @Test(arguments: [
        ("you are an idiot", "oh shit, I missed it", "what a nice stream"),
        ("ur such a moron lol", "damn that was close, holy shit", "good game everyone"),
        ("eres un idiota", "mierda, perdí otra vez", "hola a todos"),
        ("t'es un connard", "putain j'ai raté", "c'est génial"),
        ("du bist ein Vollidiot", "Scheiße, knapp verloren", "das ist krass gut"),
        ("você é um babaca", "porra, errei o pulo", "boa noite galera"),
    ])
    func targetedInsultOutranksLoneProfanityOutranksClean(targeted: String, profanity: String, clean: String) {
        let t = score(targeted), p = score(profanity), c = score(clean)
        #expect(t > p, "\(targeted) \(t) vs \(profanity) \(p)")
        #expect(p > c, "\(profanity) \(p) vs \(clean) \(c)")
        #expect(c == 0)
        #expect(toxic(targeted))
    }

    @Test func moreEvidenceNeverLowersTheScore() {
        let steps = ["you", "you idiot", "you stupid idiot", "you stupid fucking idiot", "you stupid fucking idiot, kys"]
        var last = -1.0
        for s in steps {
            let v = score(s)
            #expect(v >= last, "\(s) \(v) < \(last)")
            last = v
        }
    }

    @Test func scoresHaveThreeDecimalsAndStayInRange() {
        for s in ["fuck fuck fuck you idiot kys nigger", "", "hello", "you are an idiot"] {
            let v = score(s)
            #expect(v >= 0 && v <= 1)
            #expect((v * 1000).rounded() / 1000 == v)
        }
    }

    @Test func thresholdDecidesToxic() {
        let strict = LexiconModerator(threshold: 0.2)
        let insult = moderator.evaluate("you are an idiot").score
        #expect(insult < 1)
        let lax = LexiconModerator(threshold: insult + 0.001)
        #expect(strict.evaluate("damn it, crap").toxic)
        #expect(!lax.evaluate("you are an idiot").toxic)
        #expect(lax.evaluate("you are an idiot").score == moderator.evaluate("you are an idiot").score)
    }
}
