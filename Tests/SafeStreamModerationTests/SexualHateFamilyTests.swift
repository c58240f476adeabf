import Testing
import SafeStreamModeration

/// Round-8 sexual-harassment and group-hate families: each family has toxic
/// members in several languages and clean neighbours (birds, cooking, games,
/// talk about moderation) it must leave alone.
@Suite struct SexualHateFamilyTests {
    @Test(arguments: [
        // Holocaust denial and approval, replacement slogans
        "the holocaust was a hoax and everyone knows it", "el holocausto es mentira", "der holocaust ist eine lüge",
        "hitler didn't go far enough", "the great replacement is real, look around",
        // diversity hire, illness framing, misgendering
        "she only got the caster job as a diversity hire", "being gay is a mental illness, get help",
        "they keep pushing their agenda on kids", "she's still a man no matter the makeup", "trans women will never be real women",
        // a group and a stereotype cue anywhere in the message
        "romanians joined the raid, lock your inventory", "a woman on comms again, what did you expect",
        "muslim player in voice, check for backpacks", "mexican players begging for skins again, shocker",
        "german players are monkeys", "you know what his people are like with money",
        // sexual: arousal, bed, moaning, posing, clothes, mouths
        "my cock gets hard every time you talk", "bet she's a screamer in bed", "moan for chat one more time",
        "put that mouth to better use", "stand up and turn around so chat can see", "what color is your bra today",
        "me la pones dura cuando hablas", "tu me fais bander", "you make me so wet",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "great tits and long tailed tits on the feeder", "we saw a dik-dik on safari",
        "the holocaust museum visit was heartbreaking", "the great replacement is a racist conspiracy theory",
        "our team has a diversity and inclusion panel tonight", "what did you expect, it's a souls game",
        "check your backpack for potions before the boss", "lock your inventory slots before you sell",
        "my cat loves sitting on my lap while I stream", "the chicken thighs need more time in the oven",
        "the dentist told me to open my mouth wider", "turn around, the boss is behind you",
        "the horses were jumping fences at the show", "korean players are insane at this game",
        "typical, my game crashed again classic",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }
}
