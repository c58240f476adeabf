import Testing
import SafeStreamModeration

/// The class rules added after the first blind set: each catches a kind of
/// message, and each has a clean neighbour it must leave alone.
@Suite struct KindRuleTests {
    @Test(arguments: [
        "immigrants are vermin", "les arabes sont des cafards", "black people are animals",   // group hate
        "te voy a partir la cara", "je vais te casser la gueule", "break your legs",           // body-part harm
        "show me your boobs", "manda nudes", "zeig mir deine Titten",                        // sexual request
        "hope you get hit by a bus", "why don't you just die", "lol your parents must hate you",
        "fu¢k you", "ѕһіt", "you're so dumb it hurts",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "immigrants are the backbone of this country", "I almost broke my leg skiing",
        "let's grab a bite to eat", "i'm gonna kill you in this 1v1 lol", "nobody plays support like you",
        "je suis crevé après le boulot", "das Buch ist sehr dick", "it costs €5 or £4",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}

/// The moderation4 mechanisms: threat verbs with an object pronoun before them
/// in es/fr/de/pt, first-person verb forms, veiled threats that need a harm
/// word, mild rejection that counts only when stacked, `v` for `u`, split
/// compound insults; each with clean neighbours.
@Suite struct Moderation4RuleTests {
    @Test(arguments: [
        "te mato si vuelves", "je vais te buter", "vou te bater", "ich werde dich verprügeln", "eu vou te espancar",
        "ich bring dich um", "vas a terminar muerto", "someone's gonna put a bullet in your head",
        "you won't see it coming when i hurt you", "nobody would notice if you disappeared",
        "you're irrelevant", "your existence is a mistake", "fvck you", "fvcking idiot", "what a dick head", "ass hole",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "te voy a llamar mañana", "te vas a morir de risa", "je vais te tuer aux échecs ce soir",
        "ich bringe dich zum Bahnhof", "vou te ligar amanhã", "you won't see it coming, the plot twist is wild",
        "accidents happen, no worries", "no one asked but here's my tier list", "get a life outside the game haha",
        "nobody would notice if i took a nap", "watch your back in the next zone, snipers everywhere",
        "go back to where you came from in the map and flank", "i will find you a better deal",
        "you made a mistake", "the ass hole in the fence", "das Buch ist dick", "the old patch made this gun irrelevant",
        "vivid colours", "i love my van", "he put a bullet in the zombie's head",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}

/// Rejection by family and by "anyone", the room as a target, veiled accidents.
@Suite struct Moderation4RejectionTests {
    @Test(arguments: [
        "your mom must be so ashamed of you", "nobody will ever love someone like you",
        "accidents happen to people like you", "a bunch of i.d.i.o.t.s in this chat", "te mataré", "je te tuerai",
        "one more word and you're dead",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "your dad left you a message", "your parents are proud of you", "nobody plays support like you",
        "nobody loves pizza like you do", "accidents happen to everyone", "please don't call people idiots in chat",
        "matamos el jefe final", "why do people say kys", "say that again and i'll laugh", "say that again and i'll clip it", "say it again and i'll cry laughing",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}
