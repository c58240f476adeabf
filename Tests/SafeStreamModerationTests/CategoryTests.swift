import Testing
import SafeStreamModeration

@Suite struct CategoryTests {
    func categories(_ text: String) -> [ModerationCategory] { moderator.evaluate(text).categories }

    @Test func profanity() {
        #expect(categories("oh shit, I missed it") == [.profanity])
        #expect(toxic("fuck this game"))
        #expect(!toxic("damn, that's close"))   // mild words stay under the threshold
    }

    @Test func insult() {
        #expect(categories("you are an idiot").first == .insult)
        #expect(categories("eres un pendejo").first == .insult)
        #expect(toxic("the streamer is an idiot"))
    }

    @Test func slur() {
        #expect(categories("you faggot").first == .slur)
        #expect(categories("dumb retard").contains(.slur))
        #expect(toxic("maricón"))
    }

    @Test func threat() {
        for text in ["I will kill you", "I know where you live", "te voy a matar", "je vais te tuer",
                     "ich werde dich töten", "vou te matar", "I hope you die", "im gonna stab u"] {
            #expect(categories(text).contains(.threat), "\(text)")
            #expect(toxic(text), "\(text)")
        }
    }

    @Test func harassment() {
        for text in ["kys", "kill yourself", "nobody would miss you", "nobody likes you", "go die", "nadie te quiere",
                     "personne ne t'aime", "niemand mag dich", "ninguém gosta de você", "you should die"] {
            #expect(categories(text).contains(.harassment), "\(text)")
            #expect(toxic(text), "\(text)")
        }
    }

    @Test func sexual() {
        #expect(categories("send nudes").first == .sexual)
        #expect(toxic("suck my dick"))
    }

    @Test func cleanHasNoCategories() {
        #expect(categories("hola a todos, que golazo").isEmpty)
        #expect(moderator.evaluate("good game").spans.isEmpty)
    }
}
