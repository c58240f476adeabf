import Testing
import Foundation
import SafeStreamModeration

/// The labeled sets in Fixtures/: `label<TAB>kind<TAB>text`, 1 toxic, 0 clean.
///  - labeled.tsv: the original set (tuned against);
///  - blind.tsv: 745 messages written before reading the lexicon, then used to
///    find the kinds the model missed (so tuned against after its first run);
///  - blind2.tsv: a second batch written after those changes and never tuned
///    against — the first honest estimate for unseen messages, then used to
///    find weak kinds in the moderation3 round;
///  - blind3.tsv: a third batch written before the moderation3 changes and
///    never tuned against, then used to find weak kinds in moderation4;
///  - blind4.tsv: a fourth batch written before the moderation4 changes, then studied;
///  - blind5.tsv … blind8.tsv: one batch per round 5–8, each written by writers
///    who saw neither the model nor the earlier sets, scored once while unseen
///    (the honest figures are in docs/MODERATION.md), then studied by the next round;
///  - blind9.tsv: written during round 8, studied by round 9;
///  - blind10.tsv: written at the start of session 3, scored once unseen, then
///    studied by round 10;
///  - blind11.tsv: written during session 3, scored once unseen by the model
///    after round 10, then studied by round 11;
///  - blind12.tsv: written at the end of session 3 and scored once by the final
///    model; blind13.tsv … blind16.tsv: written in session 4, each scored once
///    unseen (figures in their headers); blind16's false positives studied by
///    rules, all of them training data since;
///  - train15.tsv … train23.tsv: written in session 4 as training data for the
///    word model, never scored as blind batches;
///  - blind17.tsv: written at the end of session 4 and scored once by its final
///    model; training data since session 5;
///  - train24.tsv … train32.tsv: written in session 5 as training data (the
///    blind-kind parts of train27–32 each scored once unseen first);
///  - blind18.tsv … blind21.tsv: written in session 5, each scored once
///    unseen (figures in their headers), then studied and trained on;
///  - blind22.tsv, blind23.tsv and train33.tsv: written at the end
///    of session 5 and scored once by the model of 921bb62, then trained on;
///  - train34.tsv … train38.tsv: waves 8–12, written in session 6, each part
///    scored once unseen (figures in their headers), then studied and trained on;
///  - blind24.tsv: written at the very end of session 5 and scored once by the
///    shipped binary; not studied and not in the word model's training data,
///    so its figure here is still honest (until a round studies it).
///  - blind25.tsv: written in session 6 and scored once by its final model;
///    not studied, not trained on (blind24 was scored by that model too).
///  - train39.tsv: wave 13, written in session 7, scored once unseen, then
///    studied and trained on;
///  - blind26.tsv, blind27.tsv: written in session 7, scored by session 6's
///    model and session 7's final one; not studied, not trained on.
/// Every .tsv here but blind24–27 is also training data for the learned word model
/// (scripts/train-word-model.py), so those figures are in-sample for it: the
/// honest figures are the unseen scores in docs/MODERATION.md.
/// The bar (F1 ≥ 0.95, false-positive rate ≤ 1%) applies to labeled + blind;
/// the later batches are reported, with their false-positive rate held (≤ 2%).
@Suite struct LabeledSetTests {
    struct Row { var toxic: Bool; var kind: String; var text: String }

    struct Figures {
        var tp = 0, fp = 0, fn = 0, tn = 0
        var misses: [String] = []
        var perKind: [String: (Int, Int)] = [:]
        var precision: Double { Double(tp) / Double(max(1, tp + fp)) }
        var recall: Double { Double(tp) / Double(max(1, tp + fn)) }
        var f1: Double { 2 * precision * recall / max(1e-9, precision + recall) }
        var fpr: Double { Double(fp) / Double(max(1, fp + tn)) }
        var count: Int { tp + fp + fn + tn }

        static func + (a: Figures, b: Figures) -> Figures {
            var r = a
            r.tp += b.tp; r.fp += b.fp; r.fn += b.fn; r.tn += b.tn
            r.misses += b.misses
            return r
        }
    }

    static func rows(_ name: String = "labeled") throws -> [Row] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard f.count == 3 else { return nil }
            return Row(toxic: f[0] == "1", kind: String(f[1]), text: String(f[2]))
        }
    }

    static func measure(_ name: String) throws -> Figures {
        var m = Figures()
        for row in try rows(name) {
            let predicted = moderator.evaluate(row.text).toxic
            switch (row.toxic, predicted) {
            case (true, true): m.tp += 1
            case (false, true): m.fp += 1; m.misses.append("FP [\(name) \(row.kind)] \(row.text)")
            case (true, false): m.fn += 1; m.misses.append("FN [\(name) \(row.kind)] \(row.text)")
            case (false, false): m.tn += 1
            }
            var k = m.perKind[row.kind] ?? (0, 0)
            k.1 += 1
            if predicted == row.toxic { k.0 += 1 }
            m.perKind[row.kind] = k
        }
        return m
    }

    static func report(_ name: String, _ m: Figures) {
        print("\(name): \(m.count) messages, tp \(m.tp) fp \(m.fp) fn \(m.fn) tn \(m.tn)")
        print("  precision \(m.precision) recall \(m.recall) F1 \(m.f1) false-positive rate \(m.fpr)")
        for (kind, (ok, total)) in m.perKind.sorted(by: { $0.key < $1.key }) where ok < total {
            print("  \(kind): \(ok)/\(total)")
        }
        for miss in m.misses { print("  " + miss) }
    }

    @Test func f1AndFalsePositiveRateMeetTheBar() throws {
        let labeled = try Self.measure("labeled")
        let blind = try Self.measure("blind")
        #expect(labeled.count >= 800)
        #expect(blind.count >= 400)
        Self.report("labeled.tsv", labeled)
        Self.report("blind.tsv", blind)
        let both = labeled + blind
        print("labeled + blind: precision \(both.precision) recall \(both.recall) F1 \(both.f1) false-positive rate \(both.fpr)")
        #expect(both.f1 >= 0.95)
        #expect(both.fpr <= 0.01)
    }

    /// Never tuned against: reported as the honest estimate; only its false
    /// positives are held to a bar.
    @Test func secondBlindBatchIsReported() throws {
        let blind2 = try Self.measure("blind2")
        #expect(blind2.count >= 150)
        Self.report("blind2.tsv (weak kinds studied in moderation3)", blind2)
        #expect(blind2.fpr <= 0.02)
    }

    /// Clean neighbours of the moderation3 rules (a dev set, tuned against):
    /// every one must stay clean.
    @Test func rulesLeaveTheirCleanNeighboursAlone() throws {
        let traps = try Self.measure("traps3")
        #expect(traps.count >= 50)
        Self.report("traps3.tsv (dev traps)", traps)
        #expect(traps.fp == 0)
    }

    /// The later blind batches: each is printed with its misses, holds at
    /// least its size and a false-positive rate of at most 2%.
    /// blind3 and blind4 were written before the moderation3/4 changes;
    /// blind5–blind8 were each scored unseen, then studied by the next round;
    /// blind9, blind10 and blind11 were studied by rounds 9, 10 and 11.
    @Test(arguments: [
        ("blind3", 250, "never tuned against"),
        ("blind4", 200, "never tuned against"),
        ("blind5", 900, "round 5 development set"),
        ("blind6", 680, "round 6 development set"),
        ("blind7", 760, "round 7 development set"),
        ("blind8", 740, "round 8 development set"),
        ("blind9", 780, "round 9 development set"),
        ("blind10", 1000, "round 10 development set"),
        ("blind11", 1050, "round 11 development set"),
        ("blind12", 1050, "scored unseen in session 3, trained on since session 4"),
        ("blind13", 1100, "scored unseen in session 4, then trained on"),
        ("blind14", 1100, "scored unseen in session 4, then trained on"),
        ("blind15", 1100, "scored unseen in session 4, then trained on"),
        ("blind16", 1100, "scored unseen in session 4, then studied and trained on"),
        ("blind17", 1100, "scored unseen in session 4, trained on since session 5"),
        ("blind18", 1100, "scored unseen in session 5, then studied and trained on"),
        ("blind19", 1100, "scored unseen in session 5, then studied and trained on"),
        ("blind20", 1100, "scored unseen in session 5, then studied and trained on"),
        ("blind21", 1100, "scored unseen in session 5, then studied and trained on"),
        ("blind22", 1100, "scored unseen by 921bb62, then trained on"),
        ("blind23", 1100, "scored unseen by 921bb62, then trained on"),
        ("blind24", 1100, "unseen: not studied, not trained on"),
        ("blind25", 1100, "unseen: not studied, not trained on"),
        ("blind26", 1100, "unseen: not studied, not trained on"),
        ("blind27", 1100, "unseen: not studied, not trained on"),
    ])
    func laterBlindBatchIsReported(name: String, minimumCount: Int, status: String) throws {
        let batch = try Self.measure(name)
        #expect(batch.count >= minimumCount)
        Self.report("\(name).tsv (\(status))", batch)
        #expect(batch.fpr <= 0.02)
    }

    /// The training batches of sessions 4 to 7 (train15–train39): in-sample for the word
    /// model, never studied by rules. A third of their clean lines are clean
    /// neighbours written to look like abuse ("you'll regret that 5am alarm",
    /// "i'll find you on steam"), so they hold 3%, not the blind batches' 2%.
    @Test(arguments: [("train15", 2100), ("train16", 2900), ("train17", 3800), ("train18", 2900), ("train19", 2000), ("train20", 2600), ("train21", 3000), ("train22", 1900), ("train23", 1900), ("train24", 2400), ("train25", 1600),
                            ("train26", 2300), ("train27", 3000), ("train28", 3000), ("train29", 3000), ("train30", 3000), ("train31", 3000), ("train32", 3000),
                            ("train33", 1100), ("train34", 2900), ("train35", 3000), ("train36", 3000),
                            ("train37", 2900), ("train38", 2900), ("train39", 3400)])
    func trainingBatchIsReported(name: String, minimumCount: Int) throws {
        let batch = try Self.measure(name)
        #expect(batch.count >= minimumCount)
        Self.report("\(name).tsv (training data, never blind)", batch)
        #expect(batch.fpr <= 0.03)
    }
}
