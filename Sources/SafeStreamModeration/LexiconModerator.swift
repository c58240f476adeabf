import Synchronization

/// The moderation model: normalization, a weighted multilingual lexicon in a
/// trie, a phrase automaton and context rules (see docs/MODERATION.md).
/// Pure (no I/O, no clock) and allocation-free in steady state.
///
/// Copies share one compiled lexicon and one scratch buffer. The server
/// scores on its single loop thread, which always gets the shared scratch;
/// a concurrent caller (tests, tools) finds it busy and uses a private one,
/// so the type is safe to use from any thread.
public struct LexiconModerator: Moderator {
    public let threshold: Double
    let lexicon: CompiledLexicon
    let slot: ScratchSlot

    public init(threshold: Double = 0.5, extraTerms: [WordlistEntry] = []) {
        self.threshold = threshold
        self.lexicon = extraTerms.isEmpty ? CompiledLexicon.builtin : CompiledLexicon(extra: extraTerms)
        self.slot = ScratchSlot()
    }

    /// The rules without the learned word model (`safestream moderate
    /// --rules-only`; tests and scripts/train-word-model.py compare the two).
    public init(rulesOnlyThreshold threshold: Double, extraTerms: [WordlistEntry] = []) {
        self.threshold = threshold
        self.lexicon = CompiledLexicon(extra: extraTerms, learned: false)
        self.slot = ScratchSlot()
    }

    public func evaluate(_ text: String) -> ModerationResult {
        if slot.busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            defer { slot.busy.store(false, ordering: .releasing) }
            return lexicon.evaluate(text, slot.scratch, threshold: threshold)
        }
        return lexicon.evaluate(text, Scratch(), threshold: threshold)
    }

    /// The words the learned model reads in `text` (see `WordFeatures`), for
    /// `safestream moderate --features` and the offline trainer.
    public func featureWords(_ text: String) -> [String] {
        let s = Scratch()
        _ = lexicon.evaluate(text, s, threshold: threshold)
        var words: [String] = []
        for p in 0..<s.seqCount {
            let n = WordFeatures.word(s, p, lexicon.vocab, into: s.featureBytes)
            words.append(String(decoding: UnsafeBufferPointer(start: s.featureBytes, count: n), as: UTF8.self))
        }
        return words
    }

    /// The learned model's probability for `text` (tests and the trainer's parity check).
    public func learnedProbability(_ text: String) -> Double {
        let s = Scratch()
        _ = lexicon.evaluate(text, s, threshold: threshold)
        return lexicon.wordModel.probability(s, lexicon.vocab)
    }
}

/// A scratch buffer and a flag saying whether someone is using it.
final class ScratchSlot: @unchecked Sendable {
    let busy = Atomic<Bool>(false)
    let scratch = Scratch()
}

extension CompiledLexicon {
    /// The built-in lexicon, compiled once per process.
    static let builtin = CompiledLexicon(extra: [])
}
