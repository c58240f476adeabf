import Testing
@testable import SafeStreamModeration

/// Messages that once stopped the process (a chat message must never do that):
/// an unknown word read by spelling, a rule's range past the last word.
@Suite struct CrashRegressionTests {
    static let moderator = LexiconModerator()

    @Test(arguments: [
        "gypos nicking the copper again, typical",          // "typical" as the last word
        "typical",
        "@lguém-sabe 4 build desse ppersonageM?",            // unknown word before a "know" word
        "¿@*guuuien s4be * quéééé hora empi3za el torneo?",
        "sabe", "typisch", "of course", "explains",
    ])
    func scoresWithoutStopping(text: String) {
        let r = Self.moderator.evaluate(text)
        #expect(r.score >= 0 && r.score <= 1)
    }

    /// Every word of the lexicon alone, first and last in a message: rules that
    /// look before or after a word must stay inside the message.
    @Test func everyLexiconWordAtBothEnds() {
        let words = CompiledLexicon.builtin.vocab.words
        for w in words {
            for text in [w, "\(w) x", "x \(w)", "you \(w)", "\(w) you", "@a \(w) @b"] {
                let r = Self.moderator.evaluate(text)
                #expect(r.score >= 0 && r.score <= 1)
            }
        }
    }

    /// Rules that ask about the word after the last ("hope your heart stops" ending the
    /// message) must not read the sequence past its end: a concurrent caller's fresh scratch
    /// holds garbage there, and reading a token at a garbage index crashed the test process
    /// twice in five runs (session 5). The scratch here is poisoned past the message before
    /// every call, so any such read lands far outside the token buffer.
    @Test func nothingPastTheLastWordIsRead() {
        let lexicon = CompiledLexicon.builtin
        let s = Scratch()
        var texts = ["hope your heart stops", "hope your car brakes give", "i hope your heart stops", "hope your heart would stop"]
        for w in lexicon.vocab.words { texts += [w, "hope your \(w)", "you \(w)", "@a \(w)"] }
        for text in texts {
            s.reserve(bytes: text.utf8.count)
            for i in 0...s.capChars { s.seq[i] = Int32.max }
            let r = lexicon.evaluate(text, s, threshold: 0.5)
            #expect(r.score >= 0 && r.score <= 1)
        }
    }

    /// 20,000 seeded random messages of 1–7 lexicon words with punctuation:
    /// rules combine in ways no fixture lists.
    @Test func randomLexiconSentences() {
        let words = CompiledLexicon.builtin.vocab.words
        let glue = [" ", " ", " ", ", ", ". ", "! ", "? ", " @x ", " '", "' "]
        var state: UInt64 = 0x5EED_5AFE
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<20_000 {
            var text = ""
            for i in 0..<(1 + next(7)) {
                if i > 0 { text += glue[next(glue.count)] }
                text += words[next(words.count)]
            }
            let r = Self.moderator.evaluate(text)
            #expect(r.score >= 0 && r.score <= 1)
        }
    }
}
