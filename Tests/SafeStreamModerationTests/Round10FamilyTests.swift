import Testing
@testable import SafeStreamModeration

/// Round 10: the kinds of blind10's false positives, each with clean and toxic neighbours
/// (new sentences, not blind10's), checked with the whole moderator (rules and the retrained word model).

@Suite struct Round10FamilyTests {
    @Test(arguments: [
        // Spanish "mate": matte or the drink
        "el mouse blanco mate queda genial con el escritorio", "prefiero el acabado en mate, brilla menos",
        "me gusta la funda gris mate se siente suave", "el mate se enfrió mientras jugaba",
        // Fucking, the Austrian village
        "we drove through a tiny town called fucking on the way to salzburg",
        "the residents of fucking voted to rename the village",
        // bitch: a female dog
        "the breeder said our lab is a bitch from a litter of nine",
        "my spaniel is a bitch and she's due to whelp next week, puppies soon",
        // faggots: British food
        "faggots with mash and onion gravy, best thing the butcher sells",
        "grandad's recipe for faggots and mushy peas",
        // affection: a warm adjective with a name, "you're the best"
        "you gorgeous idiot, you remembered my birthday", "you brilliant weirdo, that clip is perfect",
        "shut up, you're the best lol", "you crazy genius, it actually worked",
        // a crude name said of oneself
        "im such a dumbass, forgot to hit record", "i was a moron and left the oven on",
        // idioms of praise
        "that dress is drop dead beautiful", "la comida estuvo de puta madre", "essa musica e muito foda", "que foda esse clipe",
        // every matte word is in the vocabulary (a word it lacks never matches by spelling)
        "gris mate-se", "azul mate-se", "taza mate-se",
    ])
    func cleanNeighbours(text: String) {
        #expect(!toxic(text), "\(text)")
    }

    @Test(arguments: [
        "ojalá alguien te mate", "voy a hacer que te mate alguien", "mate-se, ninguém te quer",
        "austria is fucking boring", "this fucking town is a dump",
        "your mom is a bitch", "you're a bitch, go walk your dog", "that streamer is a bitch, she has puppies",
        "you faggots can eat your gravy", "faggots like you should die, pass the peas",
        "you stupid bastard", "you useless idiot", "you're a dumbass", "i'm a dumbass but you're a bigger dumbass",
        "just drop dead", "hijo de puta", "vai se foder", "foda-se você",
    ])
    func toxicNeighbours(text: String) {
        #expect(toxic(text), "\(text)")
    }
}
