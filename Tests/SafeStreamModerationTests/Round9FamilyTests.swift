import Testing
@testable import SafeStreamModeration

/// Round 9, insults without swear words, sexual harassment, slurs and group hate, obfuscation:
/// one toxic group and one clean group per frame built from blind9's misses. Sentences are new,
/// not taken from blind9.
@Suite struct Round9FamilyTests {
    // Insult frames.
    @Test(arguments: [
        // who let you …
        "bald ass streamer, who let you on the internet", "who let you near a mic with that voice, clown",
        // your work likened to something absurd
        "your beats sound like a printer dying", "ur voice sounds like a blender full of nails",
        "your edits look like a dumpster fire lol", "your songs sound like a fax machine, quit rapping",
        // … and so are you
        "your takes are trash and so are you", "this stream is boring and so r u",
        // imagine being … a loser
        "imagine being 40 and still such a loser", "imagine being a grown adult and this much of a failure",
        // waste of oxygen with an adjective
        "what a pathetic waste of space this guy is", "you useless waste of air",
        // a pointed-at slang name doing what only a person does
        "this clown still thinks he can sing", "look at this pig trying to explain politics", "that dweeb can't even spell",
        // people like you are why …
        "people like you are why this game is dying", "you're the reason chat is so toxic", "guys like you are why we can't have nice things",
        // the comparison without its first "as"
        "you really tried that? dumb as a rock", "bro is thick as a plank honestly",
        // your partner must be blind
        "your girlfriend must be desperate", "ur wife must be blind lol",
        // an exclamation about the person pointed at
        "what a clueless clown this streamer is",
        // never to have been born
        "your dad should've pulled out", "ur mom shoulda swallowed",
        "you're the reason your parents divorced",
    ])
    func insultFrames(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "who let the dogs out", "who let you in? the door was locked", "your mixes sound like a dream",
        "your voice sounds like an angel", "your mic sounds like it's clipping, turn the gain down",
        "quit music? never, you're amazing", "the beats are fire and so are you", "this song is great and so are you",
        "imagine being this good at 35", "imagine being so talented", "my gf must be blind, she lost her glasses",
        "people like you are why i keep streaming", "you're the reason i smile every day",
        "the monkey level in donkey kong", "look at this monkey trying to grab the banana", "this goblin can't even move",
        "this bot can't even aim", "look at my cat trying to talk", "slow as a snail today, my internet",
        "what a legend this streamer is", "what a waste of time this patch is", "connection failure again",
        "my parents split up when i was 5", "she should have had an abortion, it was her choice",
        "typical british weather again", "don't starve together is a great game",
    ])
    func insultFramesClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Slurs, obfuscations of them, and insults that did something (even in talk about bans).
    @Test(arguments: [
        "faaaggggooootttt", "niiiiigggggeeeeerrrr in chat", "faaagggooot mod banned me",
        "those pikeys nicking bikes again, typical", "the kike admins banned me again", "gyppos robbing the shed again",
        "what a twat move to mute me", "bitch muted me for nothing", "retard keeps banning people",
        "cunt blocked me lmao", "whore deleted my comment",
    ])
    func slurs(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "is 'retard' a banned word here?", "retard is a slur, please don't say it", "the word bitch is filtered now",
        "my mate keeps nicking my chips", "the bassoon is called Fagott in German", "Scunthorpe United won again",
    ])
    func slursClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Group hate through "your kind / your people" and metaphors.
    @Test(arguments: [
        "your kind shouldn't be allowed to vote", "you people are vermin", "your people are a plague on this server",
        "their kind is a cancer on society", "you people shouldn't exist",
        "immigrants are a disease on this country",
    ])
    func groupHate(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "your people are amazing", "your kind words mean a lot", "you people are the best chat",
        "diabetes is a disease of the pancreas", "their kind of humor is not for me",
    ])
    func groupHateClean(text: String) { #expect(!toxic(text), "\(text)") }

    // Sexual remarks without a sexual word.
    @Test(arguments: [
        "you'd look so much better on your knees", "on your knees where you belong", "that hot little body would feel so good",
        "bet your sexy body tastes amazing", "what cup size are you", "tell us your bra size",
        "she only got mod by sleeping with the streamer", "she slept her way to partner", "take off your top for chat",
        "take off the shirt slowly", "your lips could be put to better use",
    ])
    func sexual(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "on your knees fixing the PC again lol", "get down on your knees and pray", "my body feels amazing after yoga",
        "my bra size changed after pregnancy", "what bra size should i get", "she got sick by sleeping with the window open",
        "take off the hoodie if you're hot", "take off your shoes please", "my knees hurt after leg day",
        "a tight little body of water", "use your mouth to breathe, not your nose, when you sprint",
        // mouth words carry the act bit for mouthUseRule only, not the "… off to your …" frame
        "move your mouth closer to your mic", "put your lips to your mic and whisper",
    ])
    func sexualClean(text: String) { #expect(!toxic(text), "\(text)") }
}
