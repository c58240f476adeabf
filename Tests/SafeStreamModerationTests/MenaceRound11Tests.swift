import Testing
@testable import SafeStreamModeration

/// Round 11, menace domain (Scoring/MenaceRules round 11): a forecast or bet that someone gets hurt,
/// doxxing as info held by the speaker or a crowd, "choke on … and die", bots sent at a stream, a family
/// member's hospital, ban evasion that taunts, a beating someone is due, not waking up.
/// New toxic sentences of each kind (none from a fixture) and the clean neighbours stream chat has.
@Suite struct MenaceRound11Tests {
    @Test(arguments: [
        "betting my channel points the streamer gets jumped after the meetup",
        "calling it now, you end up in the hospital before summer",
        "prediction: that mod gets attacked by the end of the month",
        "i bet he gets stabbed outside the venue lol",
        "your mod is gonna get hurt if he keeps timing me out",
        "odds are you end up in the icu this year",
        "everyone in my server has your home address now",
        "we found her phone number, calling all night",
        "your address is saved in my notes",
        "her address is like 15 minutes from me",
        "anyone got @rileyplays ip? need it for tonight",
        "the boys already got your location btw",
        "i paid a guy to get his home address",
        "choke on your energy drink and die",
        "hope you choke on that mic and die",
        "sending 300 viewbots to her stream tonight",
        "we're sending bots to his channel at 8",
        "i know which hospital your dad is in",
        "i know which ward your sister is staying in",
        "got banned again, here's my new account, miss me?",
        "mods can't stop me, i have a vpn and a hundred emails",
        "you deserve a beating",
        "u need an ass whooping",
        "dont even bother waking up tomorrow",
        "do us a favor and dont wake up",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "i bet the boss gets stunned in phase two",
        "he got attacked by a dog last week, hope he's ok",
        "you'll get hurt if you keep skating without pads",
        "my grandma ended up in the hospital this week, send prayers",
        "prediction: streamer ends up with a new pb this week",
        "calling it now, you'll end up top 3",
        "do you have your address on the form?",
        "what's the server ip for the minecraft event?",
        "the cafe is 10 minutes from me",
        "i always choke on ranked and die first",
        "i choke on water and die inside every time",
        "don't choke on your food lol",
        "there are bots in your chat, mods pls ban",
        "someone is sending bots to your stream, be careful",
        "we lost to the bots in the bot lane",
        "i know which hospital you were born in lol same",
        "mods can't stop me from spamming emotes lol",
        "i use a vpn to watch from germany",
        "banned from ranked for a day lol, miss me?",
        "the boss deserves a beating after that phase",
        "we took a beating this round",
        "dont bother waking up early for the stream, it's at 8pm",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
    // second pass: an observed weakness ("… good to know"), a weapon acquired while thinking of you, coming for
    // you next, damage that would be "a shame", mass reporting a channel, mocking a disability
    @Test(arguments: [
        "you leave your back door open when you stream? good to know",
        "so you walk home alone after your late shift. noted",
        "your garage door never closes all the way huh. risky",
        "just bought a new machete, thinking about you",
        "sharpened my knife today, see you soon",
        "unban me or i'm coming for you next",
        "i'm coming for you next, enjoy your last stream",
        "would be a shame if your car got keyed tonight",
        "be a real shame if your tires got slashed",
        "chat everyone mass report this channel at once",
        "he stutters so much lmao chat spam it back",
        "talk normal, you sound deaf",
        "that lisp is disgusting, makes me sick",
        "she's faking the wheelchair for sympathy, just stand up",
    ])
    func caughtSecond(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "good to know, thanks mods",
        "i live alone so the late streams are perfect, good to know",
        "the new patch nerfs the door camping, noted",
        "you play with the window open? risky with the mosquitoes lol",
        "bought a knife set for my mom, thinking of you chef",
        "got a sick new knife skin, thinking about you guys",
        "we're coming for you next round",
        "would be a shame if the record got broken today",
        "chat report this stream if you see the bot spam",
        "he stutters a bit when he's nervous, be nice chat",
        "deaf gamers use captions, turn them on",
        "i have a lisp too lol",
        "my cousin uses a wheelchair and she's the best gamer i know",
    ])
    func cleanSecond(text: String) { #expect(!toxic(text), "\(text)") }
}
