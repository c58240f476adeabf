import Testing
@testable import SafeStreamModeration

/// Round 5, menace domain: families of threats, doxxing, harassment, sexual
/// harassment and group hate without a slur (Scoring/MenaceRules,
/// Lexicon/BuiltinLexicon+Menace). Each family has toxic variants in other
/// persons, tenses and spellings, and clean neighbours it must leave alone.
@Suite struct MenaceFamilyTests {
    @Test(arguments: [
        // doxxing with a speaker, an -ing order or a hostile verb
        "i'm going to leak your home address on twitter", "we will post your ip in every server we're in",
        "posting your mom's workplace tomorrow, enjoy", "gonna expose your real location to everyone",
        // ruining a life or a career
        "i'll ruin your career, watch me", "we're going to make your life a living hell",
        "someone should destroy your channel for good",
        // veiled threats
        "your kids aren't safe anymore", "you're not safe anymore, remember that",
        "would be a shame if your car got burned", "real pity if something happened to your little brother",
        "your days are numbered, kid", "you won't even see me coming", "you'll regret ever crossing me",
        "you're going to wish you were never born", "people like you end up in a ditch",
        "gonna shoot up the school on monday", "i'll burn your house down", "getting you swatted tonight",
        // group hate without a slur
        "muslims control the media, wake up", "the jews own the banks and everybody knows it",
        "women shouldn't be allowed to vote or stream", "immigrants should be banned from this country",
        "gays don't belong in gaming", "go back to africa", "send them back to mexico where they belong",
        "black people are dumber than everyone else", "trans people are groomers",
        // harassment: go away, you don't matter, misery, self-harm idioms
        "no wonder your wife left you", "no wonder your dad hates you", "no wonder you have no friends",
        "just quit streaming already", "delete your twitch account lol", "bro uninstall the internet",
        "just give up already", "you should just quit twitch", "why don't you just disappear",
        "take a long walk off a short bridge", "go play on the highway", "time for the rope buddy",
        "should have been aborted honestly", "nothing you say matters to anyone", "what's the point of you even",
        "you will never amount to anything", "you're not welcome here, get out",
        // sexual harassment
        "show me what's under that towel", "what's under your skirt right now", "are you wearing a bra today",
        "what color is your underwear", "moan for me baby", "you'd look good gagged", "tilt the cam down a bit",
        "link your onlyfans", "i'd wreck her",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "i'll find you in game later, what's your tag", "watch your back, zombies behind you",
        "see you after school for practice", "i have your ip for the whitelist, added you", "your order is at your door",
        "post your address in the form for the giveaway", "drop your address in my dms for the secret santa",
        "i'll post your clip on the highlights channel", "drop your ign and i'll add you", "i'll leak the patch notes early, hype",
        "i'm going to quit streaming for a month, need a break", "he said he would quit streaming",
        "don't give up, you're doing great", "never give up!", "just give up the point and rotate",
        "leave the server if the ping is bad", "quit the app and open it again", "delete your cache and restart the game",
        "i want to go back to china someday, loved it", "we should go back to the zoo next summer",
        "go back to the cave and grab the loot", "go back to the lobby and requeue",
        "my family isn't safe in that neighborhood honestly", "you're not safe in the open, get to cover",
        "you can never be too safe", "drive safe!", "would be a shame if it rained on the bbq",
        "it's a shame you missed the stream", "women run the world", "immigrants are welcome here",
        "women should be allowed to stream whatever they want", "kids shouldn't be allowed to play ranked",
        "no wonder you're tired, you streamed for 12 hours", "no wonder your cat loves you, you spoil her",
        "what's under the bridge in this level", "you look so cozy under that blanket",
        "your bra strap is showing btw", "your underwear drawer is a mess lol",
        "this game will ruin your life lol", "i'll make your life easier, here's the guide",
        "you'll regret not buying the bundle", "people like you make this community great",
        "i'll be outside your building at 6 to drive you to the airport", "the band did a private show for the fans",
        "the mission should have been aborted after the first wipe", "nothing you do matters more than your health",
        "your voice sounds like an angel", "stop moaning and play", "get a rope for the climbing section in the game",
        "enjoy your last day at work!!", "i'll pay you a visit when i'm in town!", "you'll see, the ending is worth it",
        "your cat hates you lol",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}

/// Round 6, menace domain: kinds rather than sentences (Scoring/MenaceRules round-6 rules and
/// the round-6 families of Lexicon/BuiltinLexicon+Menace). Toxic variants in other persons,
/// tenses and spellings, and the clean neighbours each rule must leave alone.
@Suite struct MenaceRound6Tests {
    @Test(arguments: [
        // a dare with an arrival or a menace after it
        "say that again and i'm driving to your house tonight", "one more timeout and we're heading to your place",
        "keep talking and i'm booking a ticket to your city, see you soon",
        // knowing someone's real life
        "we know exactly which gym you train at", "i'll find out what street you live on", "i still know what school your kids go to",
        "your home address is getting posted everywhere tonight", "your ip is about to be public lol",
        // injuries as someone's due or wish
        "that streamer deserves to get jumped after the con", "she should be lynched", "i hope he gets stabbed",
        "people like him need to get curbstomped",
        // predicted death, disappearance, swatting
        "you won't make it to the end of the week", "you wont live to see christmas",
        "gonna make you disappear, nobody will ever find you", "pizza is on the way to your house and so are the cops",
        "it would be a shame if your tires got cut", "be a real shame if your family found out where you work",
        // persistence
        "we're gonna keep spamming your chat until you quit", "i'll keep reporting your vods till you delete your channel",
        "ban me again, you'll never get rid of me, making alts faster than you can ban them",
        // self-harm urging and dead-not-missed
        "cut deeper next time lol", "you should just not wake up tomorrow", "nobody is gonna show up to your funeral",
        "if you died tonight the internet would celebrate", "when you quit the whole chat will throw a party",
        "you're such a burden to your family",
        // looks
        "your teeth are so crooked and yellow", "that hairline needs its own zip code", "your skin is disgusting",
        "you look like a goblin",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "i'm coming to your house for the party at 8", "we're driving to your city for the tour, hyped",
        "i know which school you went to, we were in the same class lol", "what gym do you go to? need a new one",
        "my phone number changed, dm me", "your address is on the shipping label, double check it",
        "the villain deserves to get punched in the finale", "he deserves to get shot first, he holds the angle",
        "nobody deserves to get jumped", "i deserve to get slapped for that take",
        "you won't make it to diamond with that aim lol", "it'd be a shame if you stopped streaming, you're great",
        "would be a shame if the stream stopped working during the finals",
        "keep practicing until you quit making those mistakes", "i'll be here until you quit streaming, love you",
        "cut deeper into the onion for a finer dice", "i'm not waking up early tomorrow, no way",
        "when you hit 10k the whole chat will celebrate with you", "nobody from our team went to the funeral, so sad",
        "i feel like a burden to everyone sometimes", "your nose looks great in the new pic", "that neck is massive, gains",
        "stay strong, the hate raid last night was disgusting and you handled it so well",
        "saw a news story about a streamer getting swatted, that's terrifying", "see you soon, thanks for the stream",
        "i found your house on google maps, nice garden", "keep talking, i love this story",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}

/// Round 7, menace domain: a real-life detail plus an ominous closer, body harm with a
/// method or a quantity, "someone should [attack] this [person]", self-harm said sideways,
/// mobs, persistence and family rejection — each with clean neighbours that say the same
/// words as a friend, a player or a fan would.
@Suite struct MenaceRound7Tests {
    @Test(arguments: [
        // a detail of a real life + an ominous closer (each alone is mild)
        "your dad works at the Kroger on Elm, right? would be a real shame",
        "your license plate starts with 7KX, see you soon",
        "your street address is on your old tiktok lol, sleep well",
        "found your sister's instagram, want me to keep going?",
        "your apartment number is 4B, check your locks tonight",
        // dares and doxxing a third person
        "you'll end up in a river if you keep this up",
        "leaked her address in the group chat, have fun",
        "his full name is Tom Greaves, everyone go look him up",
        // violence with an explicit harm
        "i'm going to snap every finger you have",
        "somebody should stab this clown already",
        "someone needs to smash that ref's face in",
        "hope your car crashes on the way home",
        "im gonna shatter your jaw the next time i see you",
        "throw acid on your face and see who watches then",
        "your sister might not come home tonight, keep mouthing off",
        // harassment
        "hope the voices win tonight",
        "take a nap on the train tracks",
        "your own family can't stand you, that's why you stream",
        "your mom left because of you, everyone knows it",
        "everyone go to his tiktok and flood his comments lmao",
        "the planet needs one less of you",
        "just swallow a whole bottle of pills and do us a favor",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        // the same details said as a friend or a customer
        "your dad works at the hospital? mine too, see you soon",
        "your license plate is so cool, where did you get it",
        "your address is wrong on the invoice, fix it before it ships",
        "found your instagram, your art is amazing",
        "same school as you! see you tomorrow then",
        "bye chat, see you soon, sleep well everyone",
        "it would be a shame if you missed the finale tomorrow",
        // dares, doxxing words, violence words in games and idioms
        "you'll hit diamond if you keep this up",
        "posting the server ip in discord, have fun",
        "his real name is Marcus, he said it on stream",
        "i'm going to break every record in this speedrun",
        "someone should kill this boss already, 20 minutes now",
        "somebody needs to break this streamer's record",
        "someone should hit him up for a collab",
        "hope your flight goes smoothly, text me when you land",
        "go jump off the bridge for the shortcut, it saves a minute",
        "jump off the cliff to skip the cutscene",
        // kindness and everyday talk
        "hope your team wins tonight",
        "tell your mom i said hi!",
        "your parents must be so proud of you",
        "let's all find her channel and give her a follow",
        "the world needs more people like you",
        "swallow your pride and ask for help, it's ok",
        "we're raiding her chat at 9, bring the hype",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}

/// Round 8, menace: self-harm algospeak, existence denied, brigading, block evasion,
/// being followed or watched — with the clean neighbours each family must leave alone.
@Suite struct MenaceRound8Tests {
    @Test(arguments: [
        "go take a dirt nap already, seriously", "bro consider the forever nap, for real",
        "toaster bath time for you buddy", "rope is always an option when you stream this bad",
        "you shouldnt even be alive honestly", "you dont deserve to breathe the same air",
        "maybe starve yourself a bit, you'd look better", "followed your cab all the way from the airport",
        "been parked across the street from your place since friday",
        "i know exactly which window you sleep behind now", "you'll be looking over your shoulder every night",
        "your bodyguard won't be there to protect you outside the venue",
        "mass report her channel tonight everyone", "go raid his comments and use his deadname",
        "i'll just make another account every time, you can't block me",
        "made an alt so you can't block me, see you in every stream",
        "curb stomp you the second you show up",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "in hollow knight you die and die until the boss pattern clicks", "my cat took the forever nap last week :(",
        "the tallest building in your town is probably the church", "you owe me a snack after that bet",
        "why are you ignoring me lol did you fall asleep", "i made an alt for the eu server",
        "which window is yours in the dorm pic?", "chat let's spam her with hearts, she earned it",
        "the mods can't protect you from bad takes lol", "raid her channel after this, she's great",
        "i followed your guide and finally beat the boss", "lock your doors when you leave the car, thieves around",
        "lock your bike when you leave it outside, thieves everywhere here", "lock your car at the trailhead, break-ins lately",
        "someone reported a guy who said he'd find her, good for her",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}
