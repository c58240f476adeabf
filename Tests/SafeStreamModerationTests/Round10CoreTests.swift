import Testing
@testable import SafeStreamModeration

/// Round 10, core rules: clean idioms the core phrase and class rules used to read
/// as threats ("cut you some slack", a finger snap, wanting someone to stay, a
/// get-well wish), with the threats they must still catch.
@Suite struct Round10CoreTests {
    @Test(arguments: [
        "i'll cut you a deal on the bundle", "ok ok i'll cut you some slack, first stream", "i'll cut you in on the giveaway",
        "snap your fingers to the beat chat", "crack your knuckles before the speedrun lol", "snap your fingers if you can hear me",
        "nobody wants you gone, stay as long as you like", "no one wants you gone, take your time",
        "nobody wants this stream to end, stay longer", "nobody wants you to go yet, one more game", "nobody wants you to leave, the stream is too good",
        "i hope your heart stops hurting soon", "hope your back stops aching before the tournament",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }

    @Test(arguments: [
        "i'll cut you if you come near me", "i'll snap your fingers one by one", "gonna crack your neck like a glowstick",
        "nobody wants you here", "nobody wants you, just leave", "i hope your heart stops beating tonight",
    ])
    func toxicTwins(text: String) { #expect(toxic(text), "\(text)") }
}
