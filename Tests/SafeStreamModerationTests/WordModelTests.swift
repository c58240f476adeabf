import Foundation
import Testing
@testable import SafeStreamModeration

/// The learned word model (Learned/): the words it reads, agreement with the
/// trainer, what it adds to the rules and what discounts it.
@Suite struct WordModelTests {
    static let rulesOnly = LexiconModerator(rulesOnlyThreshold: 0.5)

    @Test func wordsAreReadAfterNormalization() {
        #expect(moderator.featureWords("you are an 1d10t") == ["you", "are", "an", "idiot"])
        #expect(moderator.featureWords("u r a f.u.c.k.i.n.g loser") == ["you", "r", "a", "fucking", "loser"])
        #expect(moderator.featureWords("@bob scored 12 points yaaaaaas") == ["@", "scored", "#", "points", "yaas"])
        #expect(moderator.featureWords("ЅСUNТНОRРЕ") == ["scunthorpe"])
        #expect(moderator.featureWords("") == [])
    }

    /// Each line of the parity file is a probability the Python trainer
    /// computed with the weights it wrote; the Swift scorer must agree.
    @Test func scorerAgreesWithTheTrainer() throws {
        let url = try #require(Bundle.module.url(forResource: "word-model-parity", withExtension: "txt", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count >= 50)
        for line in lines {
            let f = line.split(separator: "\t", maxSplits: 1)
            let expected = try #require(Double(f[0]))
            let text = f.count > 1 ? String(f[1]) : ""
            let got = moderator.learnedProbability(text)
            #expect(abs(got - expected) < 0.002, "\(text): swift \(got), trainer \(expected)")
        }
    }

    @Test func theModelIsCompiledIn() {
        #expect(WordModel.builtin.count > 5000)
        // What the model says of a plain insult and of plain chat, not the sign of one word's weight:
        // a word and the pairs it makes share its evidence, and a refit may move it from one to the other
        // (session 6: "idiot" +7.7 → −2.2 while "an idiot" went +0.5 → +6.2).
        #expect(moderator.learnedProbability("you are such an idiot") > 0.9)
        #expect(moderator.learnedProbability("what a lovely stream tonight") < 0.2)
        #expect(WordModel.builtin.weight(WordFeatures.hash("zzqxnotaword".utf8)) == 0)
    }

    /// Threats and harassment in words no rule names: the rules alone leave
    /// them under the threshold, the learned evidence lifts them over it.
    @Test(arguments: [
        "you should be embarrassed to show your face in public",
        "one day you'll open your door and i'll be there",
        "keep your mouth shut or i'll shut it for you",
        "bet you look even better with that mouth shut",
        "she only got that job on her knees",
    ])
    func learnedEvidenceCatchesWhatRulesMiss(text: String) {
        let rules = Self.rulesOnly.evaluate(text)
        let both = moderator.evaluate(text)
        #expect(!rules.toxic, "rules alone already catch \(text)")
        #expect(both.toxic, "\(text) scored \(both.score)")
        #expect(both.score > rules.score)
    }

    /// The same words in ordinary stream chat stay clean.
    @Test(arguments: [
        "i'm going to make pasta next stream",
        "drown the enemy team in the river lol",
        "the boss makes you bleed every phase",
        "your daughter is so cute, how old is she now",
        "everyone here wants you to win so bad",
        "nice kill! kill the healer first",
        "I died laughing at that clip",
    ])
    func cleanNeighboursStayClean(text: String) {
        let r = moderator.evaluate(text)
        #expect(!r.toxic, "\(text) scored \(r.score)")
    }

    /// A message toxic on learned evidence alone has no word to star: `mask`
    /// stars it whole, and it is reported as harassment.
    @Test func learnedOnlyMessageIsMaskedWholeAsHarassment() {
        let text = "one day you'll open your door and i'll be there"
        let r = moderator.evaluate(text)
        #expect(r.toxic)
        #expect(r.categories == [.harassment])
        #expect(r.spans == [0..<text.utf8.count])
        #expect(r.masked(text).allSatisfy { $0 == "*" || $0 == " " || $0 == "'" })
    }

    /// A rule's precise span is kept: the model adds weight, not a wider mask.
    @Test func ruleSpansStayPrecise() {
        #expect(starred("you are an idiot") == "idiot")
        #expect(moderator.evaluate("you are an idiot").categories == [.insult])
    }

    /// Reported or quoted abuse is talk about abuse: the evidence is halved.
    @Test func quotedAndReportedAbuseIsDiscounted() {
        let said = moderator.evaluate("keep your mouth shut or i'll shut it for you")
        let reported = moderator.evaluate("someone wrote 'keep your mouth shut or i'll shut it for you' in chat, reported it")
        #expect(said.toxic)
        #expect(!reported.toxic, "scored \(reported.score)")
    }

    /// Learned evidence only adds: the score never drops below the rules' score.
    @Test func learnedEvidenceNeverLowersTheRulesScore() throws {
        let rows = try LabeledSetTests.rows("blind9") + LabeledSetTests.rows("labeled")
        for row in rows {
            let rules = Self.rulesOnly.evaluate(row.text).score
            let both = moderator.evaluate(row.text).score
            #expect(both >= rules, "\(row.text): \(both) < rules \(rules)")
        }
    }
}
