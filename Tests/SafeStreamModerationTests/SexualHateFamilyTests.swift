import Testing
@testable import SafeStreamModeration

/// Round 6, sexual harassment and group hate (Scoring/SexualHateRules,
/// Lexicon/BuiltinLexicon+SexualHate): each family with variants in other
/// persons, languages and spellings, and clean neighbours it must leave alone
/// (cooking, fitness, history lessons, game talk, neutral sentences about groups).
@Suite struct SexualHateFamilyTests {
    @Test(arguments: [
        "immigrants should be hanged in the town square",
        "the jews deserve to be gassed",
        "trans people should all be locked up",
        "los gitanos deberian ser quemados",
        "mexicans are only good for mowing lawns",
        "women are only useful for cooking",
        "los moros solo sirven para robar",
        "refugees are just a burden on society",
        "disabled people are dead weight",
        "gays just need therapy to fix them",
        "muslims never contributed anything to the world",
        "mexicans are invading our country",
        "immigrants are flooding the server",
        "hitler was right about them",
        "hitler hatte recht",
        "the holocaust should have happened",
        "back then they had a final solution for people like you",
        "dirty jew get out of chat",
        "sale arabe degage",
        "du dreckiger jude",
        "indio sucio",
        "go do the dishes woman",
        "vete a la cocina mujer",
        "femme retourne faire la vaisselle",
        "frauen gehoren nicht ins internet",
        "girls can't play this game lol",
        "las mujeres no saben jugar",
        "gypsies stink",
        "muslims are everywhere now, they are vermin",
        "i'd love to lick your neck",
        "let me kiss your thighs",
        "she just wants to get railed",
        "i'd wreck you if i got you in bed",
        "take that shirt off",
        "pull your top down a bit more for chat",
        "quiero verte sin ropa",
        "je veux te voir sans vetements",
        "ich will dich ohne klamotten sehen",
        "i want to see you in lingerie",
        "what kind of bra are you wearing",
        "hey cutie send me your snap",
        "any leaked nudes of her?",
        "her onlyfans leaked lol",
        "come to daddy",
        "daddy wants more",
        "imagine those lips wrapped around my",
        "turn around and let us see the rest of you",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "the eggs should be thrown out after a week",
        "prisoners should be locked up, that's how jail works",
        "women should get shot at the title",
        "polish food is only good for the soul lol",
        "this sword is only good for farming",
        "my backpack is dead weight in this run",
        "the tank is a burden on the team",
        "you need to fix your aim",
        "women need to fix the bug in their code",
        "he never invented anything useful",
        "zombies are invading the server",
        "the holocaust was a horrific genocide",
        "hitler was wrong about everything",
        "we learned about hitler and the holocaust in history class",
        "the history teacher said the holocaust should be taught everywhere",
        "i have a solution for people like you: read the guide",
        "dirty dishes piling up again",
        "filthy casuals in ranked",
        "dirty indian food is the best",
        "my mom is doing the dishes in the kitchen",
        "i'm cooking dinner for the girls tonight",
        "women's football is great",
        "the girls can't play today because of the storm",
        "deaf people can stream with captions",
        "polish people are so friendly",
        "i can smell the curry from the indian restaurant next door",
        "those players are animals on the court",
        "lick the spoon, it's delicious",
        "you can smell your own sweat after cardio",
        "rub your legs after the run",
        "take the top off the blender first",
        "take the lid off the jar",
        "pull your pants up lol",
        "see the rest of you tomorrow chat",
        "i can't see you without glasses",
        "can't wait to see you in the cosplay",
        "what shoes are you wearing",
        "send me your snap, let's play duos",
        "the game leaked early",
        "the new skin leaked on twitter",
        "my daddy likes it when i play chess",
        "who's your daddy now, gg",
        "wrapped around my finger",
        "my wife is at the kitchen",
        "hey baby brother send me your number",
        "see you in the bikini bottom episode lol",
        "the rail shooter level is hard",
        "i'll ruin you in the next round",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }

    @Test func categories() {
        let hate = moderator.evaluate("the gays should be thrown off roofs")
        #expect(hate.categories.contains(.threat))
        let sex = moderator.evaluate("i'd love to lick your neck")
        #expect(sex.categories.first == .sexual)
        let slur = moderator.evaluate("du dreckiger zigeuner, geh betteln")
        #expect(slur.categories.contains(.slur))
    }
}
