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
}
