import Testing
@testable import SafeStreamModeration

/// Sessions 5–6: words that are abuse in one sense and ordinary in another (a cat, a rooster, a
/// sea wall, a garden tool, a man's name, a dropped phone, a cigarette's stub), and names that are fond only when
/// said with a laugh. Each kind has clean and toxic neighbours, new sentences written for the
/// test (not the sets'), checked with the whole moderator (rules and word model).
@Suite struct WordSenseTests {
    @Test(arguments: [
        // the innocent sense is in the message and nobody is addressed or named
        "our old tabby is such a fluffy pussy, she naps on the router all day",
        "the cock on my uncle's farm crows at dawn and wakes the whole barn",
        "the dyke held when the storm flooded the polder last winter",
        "two new hoes and a rake for the allotment, spring is here",
        "grandpa's name was richard but the whole village called him dick",
        "the pussy willows by the pond came out early this spring",
        "we only got the fag end of the regatta, the wind died by four",
        // a fond name said straight to someone, with a laugh
        "@lena you absolute muppet, you put salt in the coffee 😂",
        "you clown, that was the funniest throw all night",
        "oi you goober you forgot to hit record again",
        "you weirdo you dipped your fries in the milkshake",
        // or opening the message, with a laugh
        "absolute dork, you left the jib sheet cleated again 😂",
        "goober you planted the pumpkins in the pond lol",
    ])
    func innocentSenses(text: String) {
        #expect(!toxic(text), "\(text)")
    }

    @Test(arguments: [
        // the same words aimed at people
        "your mom is a pussy, just like her cat", "suck my cock, farm boy",
        "this dyke thinks she can play water polo", "your sister is a garden variety hoe",
        "suck my dick, richard", "you're a bitch, go walk your dog",
        "get to the end of the queue, fag",
        // said flat, or with a real insult, the fond name is an insult
        "you absolute muppet, how did you miss an open net",
        "@mod you clown, unban me or quit modding",
        "you clown lol, you're a worthless waste of space",
        // opening the message, said flat, or naming someone else
        "dork, nobody asked", "dummy you ruined the whole regatta for everyone",
        "goblin-faced streamer thinks she can sing lmao",
        // a phone number dropped in chat is doxxing
        "dropping his phone number in chat so everyone can call him",
    ])
    func aimedSenses(text: String) {
        #expect(toxic(text), "\(text)")
    }

    @Test func aDroppedPhoneIsNoDoxxing() {
        // the doxxing rule alone: a phone dropped in the hand is no number posted
        let rules = LexiconModerator(rulesOnlyThreshold: 0.5)
        #expect(rules.evaluate("classic kevin, dropping his phone mid-trade").score < 0.5)
        #expect(rules.evaluate("dropping his phone number in chat so everyone can call him").score >= 0.7)
    }

    @Test func aLaughMakesTheScornNameFond() {
        // the same words, with and without the laugh
        #expect(score("you absolute muppet, you traded the holo for a common 😂")
                < score("you absolute muppet, you traded the holo for a common"))
        #expect(score("@spindle you clown, i was about to say that 😭") < score("@spindle you clown, i was about to say that"))
    }

    @Test(arguments: ["that was the shittiest crossover i've ever seen", "bullshitting chat again", "lezzies co-hosting again, hard pass",
                      "this chinky streamer squinting at the scope", "fodeu, perdi a corrida toda", "what a skanky outfit",
                      "mods are all culeros", "vocês são uns babacas", "esses mods são uns arrombados", "la streameuse et ses tapettes de modos"])
    func inflectedFormsOfListedWordsCount(text: String) {
        // wave 8's misses: forms of listed words that the lexicon did not list scored nothing
        #expect(toxic(text), "\(text)")
    }

    @Test(arguments: ["el retardo del audio es de dos segundos", "désolé, j'ai du retard ce soir",
                      "my piranha ate the goldfish lol", "the piranha plant got me again in world 4"])
    func falseFriendsAreInnocent(text: String) {
        // Spanish "retardo" and French "retard" are a delay; "piranha" (Portuguese for a slut) is also the fish
        #expect(!toxic(text), "\(text)")
    }
}
