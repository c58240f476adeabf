import Testing
@testable import SafeStreamModeration

/// Session 7: what wave 13 (scored once unseen) showed the rules misreading. New sentences
/// written for the test, checked with the whole moderator.
@Suite struct Session7Tests {
    /// After a determiner a violent verb is a noun: "on my end" is where the speaker sits, not a threat
    /// to the person mentioned next (the violent-verb rule read "my end @jules" as "I end @jules").
    @Test(arguments: [
        "stream looks totally fine on my end @kestrel_9",
        "audio is crisp on our end @bram, must be your headset",
        "that was the kill of the night @mira, clip it",
    ])
    func verbAfterDeterminerIsANoun(text: String) { #expect(!toxic(text), "\(text)") }

    @Test(arguments: [
        "i will end @bram tonight",
        "im gonna end you @kestrel_9",
        // a mention beside a clitic object: "te" is whom the verb is aimed at
        "te voy a matar @bram",
        "@bram te voy a matar",
    ])
    func violentVerbStillCaught(text: String) { #expect(toxic(text), "\(text)") }

    /// "reporting them all" is one viewer at work on abusive comments, not a crowd sent against a person;
    /// a crowd called on ("chat", "everyone", "lets") still is.
    @Test func oneReporterIsNoCrowd() {
        #expect(!toxic("the replies under her cover are nasty spam, reporting them all"))
        #expect(toxic("chat lets all report her channel"))
        #expect(toxic("everyone go mass report his stream right now"))
    }
}
