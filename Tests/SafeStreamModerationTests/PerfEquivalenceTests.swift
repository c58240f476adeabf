import Testing
@testable import SafeStreamModeration

/// The speed structures must answer exactly what the plain structures answer:
/// the exact-word hash table what the trie walk answers, the packed word
/// records what the per-word arrays hold, and the glued-prefix Bloom filter
/// never hides a prefix term the trie walk would find.
@Suite struct PerfEquivalenceTests {
    /// Masks of a word's letters (a-z only).
    static func masks(_ word: String) -> [UInt32] { word.utf8.map { 1 << UInt32($0 - 0x61) } }

    /// The trie walk of the single-letter fast path, without the hash table.
    static func trieLookup(_ vocab: Vocabulary, _ m: [UInt32]) -> Int32 {
        var node = 0
        for x in m {
            let next = vocab.child[node * 26 + x.trailingZeroBitCount]
            if next < 0 { return -1 }
            node = Int(next)
        }
        return vocab.terminal[node]
    }

    @Test func exactTableMatchesTrie() {
        let vocab = CompiledLexicon(extra: []).vocab
        var checked = 0
        for (id, word) in vocab.words.enumerated() where !word.isEmpty {
            let m = Self.masks(word)
            let got = m.withUnsafeBufferPointer { vocab.lookup($0.baseAddress!, m.count) }
            #expect(got == Int32(id), "\(word)")
            // Unknown neighbours: one letter changed, one added, one dropped.
            let shifted: [UInt32] = [m[0] == 1 << 25 ? 1 : m[0] << 1] + m.dropFirst()
            for variant in [m + [1 << 25], Array(m.dropLast()), shifted] where !variant.isEmpty {
                let a = variant.withUnsafeBufferPointer { vocab.lookup($0.baseAddress!, variant.count) }
                #expect(a == Self.trieLookup(vocab, variant), "\(word) variant")
            }
            checked += 1
        }
        #expect(checked > 1000)
    }

    @Test func packedRecordsMatchArrays() {
        let lexicon = CompiledLexicon(extra: [])
        let vocab = lexicon.vocab
        vocab.seal()
        var symbols = Set<Int32>()
        for w in 0..<vocab.words.count where vocab.flags[w] & TermFlag.inPhrase != 0 { symbols.insert(vocab.canonical[w]) }
        for w in 0..<vocab.words.count {
            let f = vocab.facts[w]
            #expect(f.classes == vocab.classes[w] && f.classes2 == vocab.classes2[w] && f.classes3 == vocab.classes3[w])
            #expect(f.canonical == vocab.canonical[w] && f.flags == vocab.flags[w])
            #expect(f.phraseSymbol == symbols.contains(vocab.canonical[w]))
        }
    }

    @Test func prefixFilterHidesNothing() {
        let vocab = CompiledLexicon(extra: []).vocab   // not sealed yet: plain trie walks
        var probes: [[UInt32]] = []
        for (w, word) in vocab.words.enumerated() where vocab.flags[w] & TermFlag.prefix != 0 {
            for tail in ["er", "et", "ingidiot", "face", "xx", "hole"] { probes.append(Self.masks(word + tail)) }
        }
        for word in ["fuckingidiot", "bitchass", "phuket", "scunthorpe", "assassination", "shitshow", "wonderful",
                     "dickhead", "motherfuckers", "cocktails", "classical", "therapist"] {
            probes.append(Self.masks(word))
        }
        let before = probes.map { p in p.withUnsafeBufferPointer { vocab.prefixTerm($0.baseAddress!, p.count) } }
        #expect(before.contains { $0 >= 0 })
        vocab.seal()
        let after = probes.map { p in p.withUnsafeBufferPointer { vocab.prefixTerm($0.baseAddress!, p.count) } }
        #expect(before == after)
    }

    @Test(arguments: [
        "you absolute f.u.c.k.i.n.g idiot", "fuckingidiot get out", "@ss h0le", "what a dumbazz", "fuuuuck this",
        "nice shot, gg everyone", "the ass hole in the fence", "c'est un connard", "  ", "a", "🍑hole",
    ])
    func sameResultAfterSeal(text: String) {
        // A fresh lexicon (sealed by its first evaluation) answers like the shared one.
        let fresh = CompiledLexicon(extra: [])
        let a = fresh.evaluate(text, Scratch(), threshold: 0.5)
        let b = CompiledLexicon.builtin.evaluate(text, Scratch(), threshold: 0.5)
        #expect(a == b, "\(text)")
    }
}
