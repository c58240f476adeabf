import Testing
@testable import SafeStreamModeration

/// Round 7, sexual harassment and group hate: families of constructions
/// (Scoring/SexualHateRules: predRule, stereoRule, cageRule, actRule and the
/// extended round-6 rules), each with toxic variants and clean neighbours
/// (game moves, cooking, fitness, news, kindness, talk about groups).
@Suite struct SexualHateRound7Tests {
    @Test(arguments: [
        // group + are (all/just/such) + predicate noun or adjective
        "albanians are all crooks",
        "refugees are just leeches",
        "muslims are such filthy pigs",
        "women are brainwashed cattle",
        "los mexicanos son todos ladrones",
        "les roumains sont des voleurs",
        "Ausländer sind alle Verbrecher",
        // stereotypes: inability, stealing/ruining/running, blood, typical, blame, get out
        "mexicans can't drive lmao",
        "women cannot aim, facts",
        "los chinos no saben manejar",
        "immigrants steal our jobs",
        "gays always ruining every game",
        "jews run the media",
        "lying is in their blood, those immigrants",
        "typical muslim behaviour",
        "no wonder he lost, he's black",
        "muslims get out of my chat",
        // places a group is sent to or belongs in
        "black people belong in the zoo",
        "put all the immigrants in cages",
        "we should send the gays to camps",
        "jews belong in ovens",
        // wanting a group gone / the only good …
        "trans freaks need to be put down",
        "muslims should be lined up and shot",
        "les juifs devraient tous disparaitre",
        "the only good muslim is a dead one",
        "faggots like you shouldn't be allowed online",
        // sexual acts said to someone
        "ride me baby",
        "let me ride your face",
        "sit on my face tonight",
        "bend over for us again",
        "i'd bend you over the desk",
        "spread those cheeks",
        "flash us for 1000 bits",
        "you'd taste amazing down there",
        "wanna hear you moan my name",
        "i fapped to your stream last night",
        "twerk for chat pls",
        "shake that ass for us",
        "can't stop staring at your cleavage",
        "zoom in on her tits",
        "are you shaved down there",
        "wear something skimpy tomorrow",
        "lick the lollipop slowly for us",
        "i want to ruin that tight little throat",
        "wrap those lips around something else",
        "what colour thong today",
        "send a pic of you in the bath",
        "your mouth is good for something other than talking",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "albanians are so welcoming to tourists",
        "refugees are people too",
        "immigrants are not criminals, the stats say otherwise",
        "people think mexicans are lazy but that's a stereotype",
        "los mexicanos son muy amables",
        "mexican drivers in the rally league are insane",
        "the girls can't play tonight, they have exams",
        "i can't drive yet lol",
        "the pirates steal everything in this map",
        "girls steal the show every time",
        "my grandma always says it's in her blood to cook",
        "typical mexican food is the best",
        "of course the ref is blind, explains everything",
        "get out of the zone before it closes",
        "the zoo has new pandas",
        "put the chickens in cages before night",
        "send the kids to camp this summer",
        "refugees in the camps need donations",
        "the old dog had to be put down, rip",
        "ride the zipline to the tower",
        "sit on the bench until the next round",
        "spread the word about the charity stream",
        "flash the enemy before you peek",
        "the soup would taste amazing with more salt",
        "stop moaning about the patch",
        "i jerked the wheel to the left",
        "shake it off, next round",
        "zoom in on the chest pls, there is a key",
        "wear tight shorts for running",
        "lick the spoon, the batter is the best part",
        "ruin the enemy team",
        "what color paint today",
        "take your top hat off for the emote",
        "how much for a private lesson",
        "your mouse is good for something other than aiming",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}
