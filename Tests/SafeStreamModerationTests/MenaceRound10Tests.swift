import Testing
@testable import SafeStreamModeration

/// Round 10, menace domain: the round-9 frames widened by kind (Scoring/MenaceRules round 10).
/// New toxic sentences of each kind (none from a fixture) and the clean neighbours stream chat has.
@Suite struct MenaceRound10Tests {
    @Test(arguments: [
        // harm verbs: third-person forms, tearing, "put you through a wall"
        "i hope somebody stabs your dog", "gonna rip your eyes out", "one more word and i'll put you through a window",
        // a weapon to the body, through a window, or with where you live
        "a hammer to the knees would teach you", "a rock fits right through your window", "i own a rifle and i have your address",
        // a wished agent of harm, a heart that stops
        "hope a bus finds you", "i wish a truck hits you tomorrow", "hope your heart stops tonight",
        // an omen after a hostile dare or ultimatum
        "keep blocking me and see what happens", "unblock me or your mom gets a visit", "watch what happens when you walk home alone",
        // losing body parts
        "keep talking and you won't have teeth left", "i wanna see you stream with no kneecaps",
        // the chat sent against someone
        "chat let's flood his comments with clown emojis", "everyone report his channel at once",
        "chat remind her every stream that nobody wants her here",
        // ban evasion boasting of persistence, mocking grief or illness, a parent who left
        "block me all you want, you can't get rid of me", "banned again lol, banning doesn't work on me",
        "your dead sister would be ashamed of you", "your chemo look is hilarious", "your mom left for a reason",
        // phrases widened by kind
        "you better pray we never meet", "that's the last face you'll ever see", "one night you'll hear a knock and it'll be me",
        "go jump off something tall",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "keep pressing the button and see what happens", "watch what happens when you press this",
        "your grandma gets a visit from the nurse every sunday", "is it just me or is the stream lagging",
        "you won't have hands free in vr", "keep eating candy and you won't have teeth left",
        "hope this message finds you well", "hope a good driver finds you ok", "let's raid her channel after this, she's so chill",
        "spam her chat with hearts <3", "remind him to drink water chat", "chat report him if he posts spoilers", "chat copy this: GG GG GG",
        "got banned in ranked lol, still here though", "my old account got hacked, new acc same me", "sorry about your dad, rip",
        "my therapist must hate me lol", "your chemo hair looks great honestly", "your dad left you a message",
        "i'll put you on the list", "i'll put you through to the manager", "i have a gun safe at my house", "nice gun skin in this round",
        "the wheelchair ramp is carrying the whole event", "see you after the stream", "wear a helmet when you ride your bike",
        "you can't hide from the storm in fortnite", "she blocked me on twitter lol i deserved it", "everyone go follow her youtube",
        "i've been watching you for 3 years, love your content", "hope your car stops making that noise",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}
