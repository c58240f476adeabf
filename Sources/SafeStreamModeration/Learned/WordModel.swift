#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A logistic model over the words of a message and their adjacent pairs
/// (`WordFeatures`), trained offline on our labelled sets by
/// `scripts/train-word-model.py` and compiled in as `WordModelWeights`.
///
/// Why it exists: the rules catch a kind of abuse only after someone has
/// written that kind down, so each round of rules lifted the batch it studied
/// to F1 ≈ 0.99 but an unseen batch by only a few points. Words such as
/// `bleed`, `throat`, `acid`, `knees`, `oxygen` carry evidence in frames no
/// rule names yet; the model adds that evidence (docs/MODERATION.md,
/// "Learned evidence"). The rules stay the precise part: the model only adds
/// evidence, with a floor below which it says nothing.
///
/// logit = bias + (Σ weight of every feature occurrence) / √(number of occurrences)
///
/// The table is an open-addressing hash from the 64-bit FNV-1a key of a
/// feature to its weight, built once; scoring hashes bytes in place and
/// allocates nothing.
final class WordModel: @unchecked Sendable {
    struct Entry { var key: UInt64 = 0; var weight: Float = 0 }
    private let table: UnsafeMutablePointer<Entry>
    private let mask: Int
    let bias: Double
    let count: Int

    /// `text`: one `feature<TAB>weight` per line (a feature is one word or two
    /// words joined by a space).
    init(bias: Double, text: String) {
        var entries: [(UInt64, Float)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let tab = line.lastIndex(of: "\t"), let w = Float(line[line.index(after: tab)...]) else { continue }
            entries.append((WordFeatures.hash(line[..<tab].utf8), w))
        }
        var size = 64
        while size < entries.count * 2 { size *= 2 }
        table = .allocate(capacity: size)
        table.initialize(repeating: Entry(), count: size)
        mask = size - 1
        for (key, w) in entries {
            var i = Self.slot(key) & mask
            while table[i].key != 0 && table[i].key != key { i = (i + 1) & mask }
            table[i] = Entry(key: key, weight: w)
        }
        self.bias = bias
        self.count = entries.count
    }

    deinit { table.deallocate() }

    /// The built-in model, compiled once per process.
    static let builtin = WordModel(bias: WordModelWeights.bias, text: WordModelWeights.text)

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    @inline(__always)
    func weight(_ key: UInt64) -> Float {
        var i = Self.slot(key) & mask
        while true {
            let e = table[i]
            if e.key == key { return e.weight }
            if e.key == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// The model's probability that the message in `s` (its sequence already
    /// built by the scorer) is toxic. Words flagged in `skip` (the operator's
    /// terms, by word id) add nothing, alone or in a pair.
    func probability(_ s: Scratch, _ vocab: Vocabulary, skip: [Bool] = []) -> Double {
        let n = s.seqCount
        if n == 0 { return 1 / (1 + exp(-bias)) }
        let buf = s.featureBytes
        var sum: Float = 0
        var previous: UInt64 = 0
        var previousSkipped = false
        for p in 0..<n {
            let len = WordFeatures.word(s, p, vocab, into: buf)
            let uni = WordFeatures.hash(WordFeatures.basis, buf, len)
            var skipped = false
            if !skip.isEmpty {
                let w = Int(s.tokens[Int(s.seq[p])].word)
                skipped = w >= 0 && w < skip.count && skip[w]
            }
            if !skipped {
                sum += weight(uni)
                if p > 0 && !previousSkipped { sum += weight(WordFeatures.hash(WordFeatures.hash(previous, 0x20), buf, len)) }
            }
            previous = uni
            previousSkipped = skipped
        }
        let occurrences = Double(2 * n - 1)
        let z = bias + Double(sum) / occurrences.squareRoot()
        return 1 / (1 + exp(-z))
    }
}
