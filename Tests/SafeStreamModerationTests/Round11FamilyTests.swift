import Testing
@testable import SafeStreamModeration

/// Round 11: the kinds of blind11's false positives and misses, each with clean and toxic
/// neighbours (new sentences, not blind11's), checked with the whole moderator (rules and word model).

@Suite struct Round11FamilyTests {
    // MARK: Task 1 — false positives by kind

    @Test(arguments: [
        // a fond name said straight to someone, and nothing else that insults
        "you dork, you left your headset on the bus again", "shut up you nerd, the answer was right there",
        "you silly goof, that was the wrong door", "@rin you goober, the pizza is here",
        "you little gremlin, you ate my fries again", "you big doofus, the boss was behind you",
        "oh you dingus, you pressed the wrong button again",
        // a warm verdict said to someone
        "you're so sweet, thank you for the sub", "ok you're cute, fine, you win",
        // self-owning acts
        "absolute bozo behaviour from me just now", "npc moment by me, sorry team",
        // the speaker among those named
        "we're all goblins at 3am honestly", "guys we're such clowns for queuing again",
        // a dog, a place, German thickness
        "my lab had a litter of eight, the bitch is tired but happy",
        "there is a lake called cumming near atlanta, we swam there",
        "das Brot ist schön dick geschnitten, perfekt zum Frühstück", "der Pulli ist ganz schön dick, ideal für Skifahren",
    ])
    func cleanNeighbours(text: String) {
        #expect(!toxic(text), "\(text)")
    }

    @Test(arguments: [
        // a fond name next to a real insult, a threat or rejection
        "you dork, you're a worthless piece of garbage", "shut up you nerd, nobody likes you",
        "you goober, go kill yourself", "look at this dork trying to stream lmao",
        "you absolute dork, you ruin every game, fucking idiot",
        // mockery of a warm verdict, or a warm word with a sexual request
        "you think you're cute? you're an ugly loser", "you're cute, now show me your tits",
        // acts said of someone else
        "clown behaviour from you again, uninstall", "absolute bozo behaviour from the streamer",
        // "you" among the named, not "we"
        "chat you're all clowns, every one of you", "you were such a clown in that round, loser",
        // the female dog word at a person, a place word that is not a name
        "our dog had puppies and you're a bitch for asking", "this town is full of dildos and idiots like you",
        "du bist so ein dick, halt die fresse",
    ])
    func toxicNeighbours(text: String) {
        #expect(toxic(text), "\(text)")
    }

    // MARK: Task 2 — frames for the kinds blind11 missed

    @Test(arguments: [
        "der Lutscher schmeckt nach Kirsche", "hör auf zu heulen, wir schaffen das zusammen", "encontrei uma concha linda na praia", "je prends le TGV demain matin",
        "why won't this boss die already, third try",
        "this map is so ugly the devs should remake it", "the skin is so cringe the whole team laughed at the trailer",
        "bought a new bra today, finally one that fits", "rabbits breed like crazy in spring",
        "the panto has a man in a dress every year", "so dumb of me, i forgot the charger again",
        "the stream was so boring, i fell asleep",
    ])
    func cleanFrameNeighbours(text: String) {
        #expect(!toxic(text), "\(text)")
    }

    @Test(arguments: [
        "halt die klappe du sacklutscher", "du bist ein elender pimmellutscher", "cona da tua avó",
        "la concha de tu hermana, boludo", "chupame las bolas, manco", "tg la pleureuse", "tg sale noob",
        "dumbfck can't even aim", "you dumbfuq", "motha fucka stole my loot again",
        "ur just a guy in a wig lmao", "that top is begging to be torn off",
        "so dumb even the bots feel smart next to him", "so ugly my monitor cracked lmao", "lol so cringe the chat went silent",
        "dyke streamer banned me for nothing", "die already lol", "send me your panties", "show the thong again",
        "nip slip on stream lol", "those people breed like rats",
    ])
    func toxicFrameNeighbours(text: String) {
        #expect(toxic(text), "\(text)")
    }
}
