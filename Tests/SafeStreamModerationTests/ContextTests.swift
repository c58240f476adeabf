import Testing

@Suite struct ContextTests {
    @Test(arguments: ["nice kill!", "kill the healer first", "I died laughing", "that boss killed me", "headshot!",
                      "we got destroyed lol", "shoot the tank", "the dragon will kill you if you stand in front of it",
                      "that trap can kill you instantly", "if you die you respawn at the checkpoint", "you killed that performance",
                      "I'll beat you in the rematch", "you're killing me with these puns", "die, you stupid boss!",
                      "I hope you have a great weekend", "I hope you don't die in this boss fight lol", "everyone loves you here",
                      "I would never hurt you", "don't kill yourself over a game, it's fine"])
    func gameAndStreamTalkIsClean(text: String) {
        #expect(!toxic(text), "\(text) \(score(text))")
    }

    @Test func selfDeprecationAndNegationAreNotAimed() {
        #expect(!toxic("I'm such an idiot, forgot my password again"))
        #expect(!toxic("you're not stupid, the puzzle is just hard"))
        #expect(score("you're not an idiot") < score("you're an idiot"))
    }

    @Test func talkAboutModerationIsClean() {
        for text in ["please don't swear in chat", "the word filter is too strict", "mods, can you ban the spammer?",
                     "is 'idiot' a banned word?", "can we say \"damn\" in this chat?", "\"kill yourself\" is never ok to say"] {
            #expect(!toxic(text), "\(text) \(score(text))")
        }
    }
}
