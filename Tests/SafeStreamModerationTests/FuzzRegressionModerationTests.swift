import Testing
import SafeStreamModeration

/// Inputs found with `scripts/fuzz.sh moderation` (docs/FUZZING.md).
@Suite struct FuzzRegressionModerationTests {
    /// Words of `*` wildcards walked most of the trie: 26 ms per 500-character
    /// line in release before the wildcard cap; about 0.1 ms after.
    @Test func wordsOfWildcardsStayCheap() {
        let moderator = LexiconModerator()
        for unit in ["******u ", "*******u ", "***u ", "**e "] {
            let text = String(String(repeating: unit, count: 500 / unit.count + 1).prefix(500))
            _ = moderator.evaluate(text)
            let clock = ContinuousClock()
            var best = Duration.seconds(1)
            for _ in 0..<3 { best = min(best, clock.measure { _ = moderator.evaluate(text) }) }
            #expect(best < .milliseconds(10), "\(unit.debugDescription): \(best)")
        }
    }

    @Test func aWordOfStarsIsNotAnInsult() {
        let moderator = LexiconModerator()
        #expect(moderator.evaluate("******u").score == 0)
        #expect(moderator.evaluate("f**k you").toxic)
    }
}
