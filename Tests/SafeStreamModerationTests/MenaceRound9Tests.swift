import Testing
@testable import SafeStreamModeration

/// Round 9, menace domain: threats and harassment without swear words, as frames
/// (Scoring/MenaceRules round 9). Toxic sentences of each kind that are not in any
/// fixture, and the clean neighbours a stream chat really has.
@Suite struct MenaceRound9Tests {
    @Test(arguments: [
        // a harm verb aimed at you, your body, your family, with a first person, a future or a dare
        "ban me again and i'm slitting your throat", "if you mute me one more time i'll strangle your cat",
        "keep talking and i'll bury you in your backyard", "i'm gonna poison your dog", "i'll snap your neck",
        "tell your mom to come to the signing so i can hurt her too", "i will break every bone in your body",
        "we're gonna drown you in the lake", "i'll push you off the balcony",
        // making someone bleed or suffer
        "i'm going to make you suffer for this", "we will make you beg", "gonna watch you bleed out",
        // a weapon with a target
        "got a knife with your name on it", "i have a bullet just for you", "would be a pity if a brick went through it",
        // showing up after a dare
        "ban me one more time and i'm pulling up at your work", "next time you block me i'm coming with the boys",
        // finality
        "hope you enjoyed it, that was your last stream", "your cat won't be alive much longer",
        "you'll be on the news soon and not for your content", "your husband will be a widow soon",
        // wished accidents
        "i hope your brakes fail on the freeway", "hope your heart gives out mid stream", "hope somebody shoves you in front of a train",
        // doxxing, evasion, shaming
        "posting your full name and address everywhere until you quit", "found your number and your mom's too",
        "made 12 alts, block me all you want", "sent your boss the clip of you crying",
        // wanting someone gone, starving, a bridge
        "we all want you gone", "everything gets better once you're gone", "starve harder, you're still fat",
        "the roof is open buddy, you know what to do", "let's all spam your dead mom's name in chat",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "I'll burn the tower", "next time you push I'm flanking", "we're waiting outside their base",
        "drown them in the river lol", "we're gonna bury you in subs tonight",
        "i'll break your record next stream", "I'm cutting your mic, it's clipping",
        "bring your family to the meetup!", "I'm coming to your stream tomorrow", "next time you host a meetup I'm coming!",
        "next time you stream from the park I'm coming with friends to watch", "hope your car gets fixed soon",
        "hope your pc doesn't crash during the stream", "the bullet hit his head in the replay", "that knife skin has your name on it",
        "it's your last stream of the year?", "break a leg tonight", "my dog won't be around much longer, he's 16",
        "you'll be in the news soon for that speedrun record", "I grew up without a dad and turned out fine",
        "i'll make you cry with this story", "this song will make you cry", "found your instagram, love the art",
        "i made 3 accounts for the giveaway", "send the clip to your mom, she'll love it", "i'll miss you when you're gone",
        "i don't want you gone, stay", "i'm starving, food break", "starve the enemy of resources", "don't starve is a great game",
        "the bridge is that way, cross it to reach the boss", "take the leap and stream full time",
        "i'll say a prayer for your late dad", "i'll throw you a party",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}
