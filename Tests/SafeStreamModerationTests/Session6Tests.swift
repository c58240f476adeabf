import Testing
@testable import SafeStreamModeration

/// Session 6: what waves 8 and 9 (each scored once unseen) showed missing or misread, by kind —
/// menace built on a condition or a promise, a doxxing reported to the mods, a title the chat gives a
/// regular, runs of repeated letters that want different lengths, and words the lexicon lacked.
/// New sentences written for the test, checked with the whole moderator.
@Suite struct Session6Tests {
    @Test(arguments: [
        // menace on a condition, a wound promised, locks doubted
        "stay off the dock on sunday if you value your kneecaps",
        "if you know what's good for you you'll drop out of the bracket",
        "mark my words, you'll bleed for that comment",
        "hope your doors are locked tonight, champ",
        // a chat to be wrecked, victim-blaming
        "squad's ready, we're gonna wreck his chat at nine",
        "she was asking for it, look at that top",
        // doxxing done or promised stays
        "i posted her home address in the discord, go visit",
        "someone posted your address lol, good luck",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "if you value your sleep, skip the third espresso",
        "flood the chat with hype when she lands it!!",
        "someone posted her home address in the other stream, mods already wiped it",
        "a viewer said somebody leaked his ip in general, please report that account",
        "certified chalk goblin reporting for the 6am session 🐸",
        "resident regatta nerd here, the wind shift was the whole race",
        "faggots and peas for tea, proper northern dinner",
        "a faggot of sticks is what they used to call a bundle of firewood",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }

    @Test(arguments: [
        // wave 10: menace with a fist, a car or a brick; arousal said at someone
        "top me on the ladder again and i'll knock your teeth out",
        "see you on the coast road, i'm running you off the edge",
        "your shop window is getting a brick through it tonight",
        "watching her stretch on cam made me hard",
        "you're a bootlicking little snitch", "pajeet scammers flooding the chat again",
        "shitfuckery from the devs as usual",
    ])
    func caughtWave10(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "this drop will knock you out, turn it up",
        "that ranked season made me hard stuck in silver",
        // abuse reported to the mods
        "he told me to kys in whispers, can a mod ban him",
        "someone keeps telling people to kill themselves in general, mods pls",
        // fond names: said with a laugh the sentence may run on; the speaker's own clause may follow
        "you numpty the kiln was never switched on 😭",
        "@rue you're a goober and i'm proud of you ❤️",
    ])
    func cleanWave10(text: String) { #expect(!toxic(text), "\(text)") }

    @Test(arguments: [
        // wave 11: a message that is only "die", the emoji spelling of a sexual remark, new menace
        "DIEEEEE", "d i e @pit_crew_sam", "die already", "🍆💦 for the dm", "🍑💦",
        "you'll never feel safe in your own home again", "you'll never be loved, accept it",
        "spread em for the next sub goal", "azzhat in the jungle again",
        "just unalive already, nobody would notice", "he's such a sperg about patch notes",
        "i'm hard just watching you stretch", "i'll put your head through that monitor",
    ])
    func caughtWave11(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "die boss die", "die hard is the best christmas movie", "eggplant parm tonight 🍆", "hydrate chat 💦💦",
        // a get-well wish is no wish of harm
        "hope you recover from the covid quickly, drink lots of water", "hope your mom beats the cancer, sending love",
        // the passive report
        "she got called ugly in chat yesterday and the mods cleared it fast",
        // the parts of a mention's name are no words: "troll", "idiot" here are someone's handle
        "@xx_troll_99 gg, rematch tomorrow?", "@sam_the_idiot_ lol welcome back",
        "i'm hard stuck in plat again", "the word unalive is so silly, just say die",
    ])
    func cleanWave11(text: String) { #expect(!toxic(text), "\(text)") }

    @Test(arguments: [
        // wave 12: stars between letters, a Cyrillic look-alike for f, and words and phrases the lexicon lacked
        "d*i*e streamer", "k*y*s already", "ɢᴏ ʜᴀɴɢ ʏᴏᴜʀsᴇʟғ", "f@ggit in the lobby", "muzzies cheering again, figures",
        "retardfest in chat today", "brainlet detected", "give up on life, not just streaming",
        "i'll bury you next to your precious birds", "the ring girl can get it, all night long",
    ])
    func caughtWave12(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "*hugs* good luck tonight", "i'll bury you in ranked tonight, gl", "never give up on life, it gets better",
        "the wheelchair ramp at that skatepark is actually sick, cool to see adaptive skaters",
        "@Rhea you dingus you spoiled the ending 😂",
        "someone's been posting her old address in other chats, mods might want to know",
    ])
    func cleanWave12(text: String) { #expect(!toxic(text), "\(text)") }

    @Test func anOngoingDoxxingIsOnlyAReportToTheMods() {
        #expect(toxic("someone is posting his address everywhere lol go visit him"))
    }

    @Test func aWishOfHarmStaysWithoutRecovery() {
        #expect(toxic("hope you get cancer"))
        #expect(toxic("i hope your mom dies slowly"))
    }

    @Test func toldByTheSpeakerIsNoReport() {
        #expect(toxic("i told him to kys"))
        #expect(toxic("tell her to kys"))
        #expect(score("he told me to kys") < score("i told him to kys"))
    }

    @Test func aTitleWithADescriptionIsStillAnInsult() {
        #expect(toxic("certified goofball with the reading level of a toddler"))
        #expect(toxic("certified goblin, absolute waste of oxygen"))
    }

    @Test func mixedRunsFindTheWord() {
        // one run wants one letter, the other two: dumb-a-ss, a-ss-hole
        let rules = LexiconModerator(rulesOnlyThreshold: 0.5)
        for text in ["absolute dumbaaaaaasss", "assssssholeeeee", "fuuuuckkkk offffff"] {
            #expect(rules.evaluate(text).score >= 0.5, "\(text)")
        }
        for text in ["noooooo wayyyyy", "gooooood gaaaammmee", "yessssss sirrrrr", "baaaasssss drop"] {
            #expect(rules.evaluate(text).score == 0, "\(text)")
        }
    }

    @Test(arguments: ["the faggotry in this lobby is unreal", "half the regulars here are fudgepackers",
                      "nigglets spamming again", "ese mongolo no sabe jugar", "espèce de mongol, t'as raté le saut",
                      "du schwachkopf, das war abseits", "that bhenchod umpire again", "tangina ang lag"])
    func wordsTheLexiconLacked(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: ["l'empire mongol était immense", "the mongol empire stretched to europe"])
    func thePeopleIsNoInsult(text: String) { #expect(!toxic(text), "\(text)") }
}
