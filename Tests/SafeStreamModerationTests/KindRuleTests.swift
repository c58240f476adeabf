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
