import Testing
@testable import SafeStreamModeration

/// Round 5, insults, profanity and obfuscation: each family with toxic
/// examples and the clean neighbours it must leave alone. Sentences are new,
/// not taken from blind5.
@Suite struct InsultFamilyTests {
    // Slang insult nouns count only when aimed at a person.
    @Test(arguments: [
        "you absolute muppet, read the map", "ur a knob mate", "what an utter bozo.", "certified clown, honestly",
        "that ref is a fraud", "bro is a donkey at this game", "he plays like a bot", "you look like a goblin lol",
        "stop being such a crybaby", "imagine being this much of a neckbeard", "proper drongo, that one",
        "you flaming galah", "simp streamer begging for subs again", "this mod is a leech and a fraud",
        "clown behaviour from the streamer", "typical incel take", "whiny manchild crying about the patch",
        "she's such a weirdo", "look at this bozo", "mods are clowns", "chat is full of muppets today",
        "cry more, clown", "what a dickbag", "my aim is dogshit", "f u", "eff off mate",
    ])
    func slangAimed(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "the clown boss on floor 2 is brutal", "my goblin mode sunday was just snacks", "that npc dialogue is great",
        "turn the knob to the right", "you need a better tool for that job", "you killed the goblin in one hit",
        "is he a bot or a real person?", "that account is a bot", "credit card fraud is on the rise",
        "i'm such a goblin at night", "my mate is a total clown lol", "bozo the clown was on tv",
        "the npc behaviour in this game is janky", "goblin slayer season 3 when", "ok boomer lol",
        "git pull before you push", "the muppet movie is a classic", "I play like a potato, don't judge",
        "chat is in full goblin mode tonight", "he's a whale in gacha games", "he is a clown in the circus",
        "that muppet movie was great", "my sister will cry more at the ending", "look at this goblin plushie",
    ])
    func slangClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Comparisons that insult without an insult word.
    @Test(arguments: [
        "you have the iq of a wet napkin", "streamer has the charisma of a brick", "ur dumber than a bag of hammers",
        "this guy is uglier than his avatar", "you're the human equivalent of a headache",
        "what's the point of you", "this dude is a walking red flag", "you have two brain cells",
        "you are so mid", "ur so thick mate", "cope harder, you're mid",
    ])
    func comparisons(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "my dog has the iq of a potato but I love him", "I have the attention span of a goldfish",
        "this patch is dumber than the last one", "you're the human equivalent of a golden retriever",
        "what's the point of you doing that", "I have two brain cells left today", "the new season is kinda mid",
        "the mid lane is open", "that fog was thick this morning", "I'm a walking disaster today",
    ])
    func comparisonsClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Profanity said to someone.
    @Test(arguments: ["up yours pal", "shut the hell up already", "go get fucked", "eat a bag of dicks", "sod off mate",
                      "que te jodan", "vai a merda", "du kannst mich mal"])
    func profanityAt(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: ["up your game a bit", "shut the door please", "eat a snack and drink water"])
    func profanityAtClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Obfuscation: emoji letters, respellings, splits, leet, attributive insults.
    @Test(arguments: [
        "🅱️itch please", "sh🅸t streamer", "tw🅰️t mod", "you id❗ot", "wh⭕re", "🇫🇺🇨🇰 you", "dumb🍑 move by you",
        "you 🍑hat", "ur a kunt", "phucking idiot", "phag", "dumbazz", "fkn loser", "get lost biyatch",
        "shytty streamer, you dik", "u sukk", "go hang your self", "n1g g3r", "b!tch", "d1ckh3@d ref got me banned",
        "abo streamer", "you play like a spastic",
    ])
    func obfuscated(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "l⭕l that clip", "ch🅰️mpion run tonight", "🇺🇸 vs 🇫🇷 tonight", "nice 🍑 emoji lol", "❌ wrong answer",
        "wow❗ great play❗", "the beaches in Phuket were lovely", "Kuntz is a surname", "be your self, always",
        "don't let it kill your self-esteem", "believe in your self worth", "danke für dein Abo",
        "visited Fucking in Austria once", "o meu puto fez anos", "quando era puto jogava isto",
        "Das Buch ist echt dick", "the phone is a bit thick", "phat beats tonight",
    ])
    func obfuscatedClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Affection makes mild teasing banter.
    @Test(arguments: ["you're such a dork, I love it", "you clown, love you bro", "ur a goblin jk"])
    func banter(text: String) { #expect(!toxic(text), "\(text)") }

    @Test func emojiFold() {
        let f = CharacterFolder.shared
        let a = f.fold(0x1F170), r = f.fold(0x1F1F7), o = f.fold(0x2B55)
        #expect(UInt8(truncatingIfNeeded: a >> 16) == CharKind.letter && UInt8(truncatingIfNeeded: a) == 0)
        #expect(UInt8(truncatingIfNeeded: r) == 17)
        #expect(UInt8(truncatingIfNeeded: o >> 16) == CharKind.digit)
    }
}

// Round 6: the kinds blind6 missed, with new sentences (not blind6's).
@Suite struct InsultRound6Tests {
    @Test(arguments: [
        "you have the personality of a dial tone", "he's got the reflexes of a turtle in molasses",
        "you got the emotional depth of a puddle", "u have the sense of humor of a tax form",
        "you're about as sharp as a bowling ball", "he is as useful as a chocolate teapot",
        "arguing with you is like playing chess with a goose", "watching you play is like watching paint dry",
        "you smell like a wet dog", "cringe personified", "this guy is stupidity in human form",
        "you're the reason they put warning labels on everything", "ur the kind of dude who still thinks the earth is flat",
        "imagine being this washed", "the least talented player alive", "how delusional can one guy be",
        "she's so insufferable", "this dude is so incompetent", "nobody asked, mouth breather", "stop crying you big baby",
        "look at this absolute goober", "you peaked in middle school", "you're a walking disappointment",
        "goddamn cocksucking respawn timer",
    ])
    func toxicKinds(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "you have the aim of a god", "my grandpa has the memory of an elephant", "this shotgun has the range of a sniper",
        "you're as smart as a genius", "the new patch is about as useful as the old one",
        "talking to you is like therapy", "playing with you is like playing with my brother", "you smell like vanilla", "you smell like fresh cookies in this story lol", "you smell like sunscreen and summer, says the script",
        "your room smells like lavender, so jealous", "you smell like rain, what perfume is that", "you smell like a bakery after that stream",
        "the final boss is evil incarnate", "read the instructions before you start", "you're the kind of streamer who actually cares",
        "imagine being this good at the game", "least favorite map in the pool", "how bad is the lag today",
        "that cutscene was so cringe lol", "i peaked in high school lol", "hit the training dummy to test dps",
        "Twatt in Shetland is tiny", "d.a.n.k.e f.ü.r d.e.n s.t.r.e.a.m", "the hate raid was disgusting and you handled it well",
        "Bitchfield is a village in Lincolnshire", "this candle smells like cookies",
    ])
    func cleanNeighbours(text: String) { #expect(!toxic(text), "\(text)") }

    // Round 7: constructions that insult without a listed insult word, and their clean neighbours.
    @Test(arguments: [
        "you aim like you're wearing oven mitts", "she drives like her eyes are closed", "you sing like a dying goose",
        "he talks like he's never spoken to a human", "you type like a toddler on a sugar rush",
        "your breath could strip the paint off a wall", "his face could crack a mirror", "your iq is lower than your ping",
        "the chat's iq drops every time you type", "bro is a human typo", "you're a walking skill issue",
        "he's a living trainwreck", "ratio + L + you fell off", "her whole personality is arguing with strangers",
        "you're the worst teammate alive", "what a sad little man", "sit down ugly", "keep crying snowflake",
        "cope harder bozo", "mute that whiny little rat", "you hardstuck monkey", "cringe ugly rat, go away",
        "absolute dogwater", "the goalie is a brainless muppet", "chat is full of virgins simping for a mid streamer",
        "parasite, stealing clips again", "absolute waste of oxygen this one",
    ])
    func round7Toxic(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "you play like a pro", "you type like a machine", "you cook like my mom, so good", "you look like you had fun",
        "you play like you've never lost", "your smile could light up a room", "your voice could stop traffic",
        "this trap could kill you", "my iq dropped after that exam lol", "that was an iq 200 play", "high iq strat",
        "it was human error on the devs side", "the walking dead season 2 is good", "what's the k/d ratio on this account",
        "the ratio of falls to deaths is wild", "my whole personality is coffee lol", "her entire personality is sunshine and kindness",
        "worst luck ever today", "the worst player gets kicked from the team", "i'm the worst support ever",
        "he's the bad guy in this movie", "what a sad day", "this skin is ugly", "dude the bots are so ugly in this update",
        "dude the boss is so stupid", "this parasite enemy leeches off your health bar", "there's a rat in the kitchen",
        "going back to bronze with my brother, monkey build", "kill the goblin sleeping in the cave", "ban this bot",
        "you nerd 😂 reading all the lore again",
    ])
    func round7Clean(text: String) { #expect(!toxic(text), "\(text)") }

    // Round 8: banter among friends halves mild and medium teasing, never a negated or wished-away marker;
    // a verdict after a comma, an adjective + "ass" as a name, "being the reason", absurd losses, backhanded
    // praise, the milk joke; insults reported after a call verb count little. Sentences are new, not blind8's.
    @Test(arguments: [
        "you're a clown lmao",
        "nobody will ever love you, loser",
        "your bestie is a clown and so are you, pathetic",
        "she streams for 3 people and calls herself a pro, pathetic",
        "you begged chat for gifted subs again, embarrassing",
        "bye broke ass",
        "shut up you annoying ass",
        "imagine being the reason shampoo has instructions",
        "he's the reason conditioner has instructions",
        "who let this smelly goblin get mod",
        "you're genuinely brain dead",
        "she's such a pick-me",
        "horse faced streamer lmao",
        "you'd lose a staring contest to a toaster",
        "if laziness were a crime you'd get life",
        "cute that you think anyone watches this",
        "you have nothing going for you",
        "pretty good aim for a girl, usually they suck",
        "your dad's still out getting milk huh",
        "brave of you to show your face after that",
        "call him a loser, i dare you",
    ])
    func round8Toxic(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "you dork, that's why we're best friends",
        "my bestie is such a goblin, I adore her",
        "ok you clown, still my duo forever",
        "this idiot (affectionate) locked himself out again",
        "you're a menace and my favorite person",
        "you absolute legend, you played like a potato but we won",
        "you weirdo, I mean that in the nicest way",
        "you gremlin, took my fries again, I'm telling mom",
        "my grandma burnt the roast again, love her",
        "I died to the first boss three times, pathetic",
        "the servers went down again tonight, embarrassing",
        "my lazy ass slept until noon",
        "that's a big ass pizza",
        "kick his sorry ass in the finals lol",
        "the troll called her ugly and chat defended her",
        "a spammer keeps calling people idiots in general chat",
        "he called me a stupid loser and then blocked me",
        "the dik-dik is a small antelope",
        "read the label, the reason it has instructions is safety",
        "I'd lose an argument with a vending machine lol",
        "my dad went to get milk from the store",
    ])
    func round8Clean(text: String) { #expect(!toxic(text), "\(text)") }
}
