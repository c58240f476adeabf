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
/// A word's key is the 64-bit FNV-1a of its bytes, a pair's a mix of the low
/// 32 bits of its two words' keys (`pairKey`), so a pair costs one multiply,
/// not a second pass over bytes. The table is an open-addressing hash from key
/// to weight, built once; the words the vocabulary knows carry their key and
/// weight in their `Vocabulary.Facts` record (`bind`), so most words cost no
/// lookup of their own.
final class WordModel: @unchecked Sendable {
    /// 8 bytes a slot, at most 2/3 full (128K slots, 1 MB for session 5's 66K features; 64K slots held up to 43K),
    /// so the table leaves the lexicon its share of the 2 MB L2 cache: the slot comes from the key's low bits, the tag is
    /// its high 32 (0 = empty; a tag of 0 is stored as 1). A false match needs
    /// an unseen feature to share a slot chain and 32 bits with a trained one.
    struct Entry { var tag: UInt32 = 0; var weight: Float = 0 }
    private let table: UnsafeMutablePointer<Entry>
    private let mask: Int
    let bias: Double
    let count: Int

    /// `text`: one `feature<TAB>weight` per line (a feature is one word or two
    /// words joined by a space; words never contain spaces).
    init(bias: Double, text: String) {
        var entries: [(UInt64, Float)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let tab = line.lastIndex(of: "\t"), let w = Float(line[line.index(after: tab)...]) else { continue }
            let feature = line[..<tab]
            if let space = feature.firstIndex(of: " ") {
                let a = Self.wordKey(WordFeatures.hash(feature[..<space].utf8))
                let b = Self.wordKey(WordFeatures.hash(feature[feature.index(after: space)...].utf8))
                entries.append((Self.pairKey(a, b), w))
            } else {
                entries.append((WordFeatures.hash(feature.utf8), w))
            }
        }
        var size = 64
        while size * 2 < entries.count * 3 { size *= 2 }
        table = .allocate(capacity: size)
        table.initialize(repeating: Entry(), count: size)
        mask = size - 1
        for (key, w) in entries {
            let tag = Self.tag(key)
            var i = Self.slot(key) & mask
            while table[i].tag != 0 && table[i].tag != tag { i = (i + 1) & mask }
            table[i] = Entry(tag: tag, weight: w)
        }
        self.bias = bias
        self.count = entries.count
    }

    deinit { table.deallocate() }

    /// The built-in model, compiled once per process.
    static let builtin = WordModel(bias: WordModelWeights.bias, text: WordModelWeights.text)

    /// Both words' bits reach every bit of the key (the splitmix64 finalizer):
    /// the table's tag is the key's high 32 bits, and an earlier mix that left
    /// the second word only a carry there gave every "the …" pair nearly one tag,
    /// so "the actual" read the weight of "the co" (found by the parity test).
    @inline(__always)
    static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 {
        var z = (UInt64(a) << 32 | UInt64(b)) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 32) }

    @inline(__always)
    private static func tag(_ key: UInt64) -> UInt32 { max(1, UInt32(truncatingIfNeeded: key >> 32)) }

    @inline(__always)
    func weight(_ key: UInt64) -> Float {
        let tag = Self.tag(key)
        var i = Self.slot(key) & mask
        while true {
            let e = table[i]
            if e.tag == tag { return e.weight }
            if e.tag == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// Writes every vocabulary word's key and weight into its `Vocabulary.Facts`
    /// record (read by the scorer anyway, so a known word costs the model no
    /// memory access of its own). A word is read as its canonical spelling;
    /// words flagged in `skipped` (the operator's terms) add nothing, alone or
    /// in a pair. Call before the vocabulary's first `seal()`.
    func bind(_ vocab: Vocabulary, skipped: [Bool]) {
        let n = vocab.words.count
        var keys = [UInt32](repeating: 0, count: n), weights = [Float](repeating: 0, count: n)
        var skips = [Bool](repeating: false, count: n)
        for w in 0..<n {
            let c = Int(vocab.canonical[w])
            let spelling = vocab.words[c >= 0 && c < n ? c : w]
            let k = WordFeatures.hash(spelling.utf8.prefix(WordFeatures.maxBytes))   // as `WordFeatures.word` prints it
            keys[w] = Self.wordKey(k)
            weights[w] = weight(k)
            skips[w] = w < skipped.count && skipped[w]
        }
        vocab.learnedKey = keys; vocab.learnedWeight = weights; vocab.learnedSkip = skips
    }

    /// A word's key in a pair: the low 32 bits of its FNV-1a hash.
    @inline(__always)
    static func wordKey(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash) }

    static let mentionKey = WordFeatures.hash(WordFeatures.mentionWord.utf8)
    static let numberKey = WordFeatures.hash(WordFeatures.numberWord.utf8)

    /// The model's probability that the message in `s` (its sequence already
    /// built by the scorer) is toxic.
    func probability(_ s: Scratch, _ vocab: Vocabulary) -> Double { Self.sigmoid(logit(s, vocab)) }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// The model's logit for the message in `s`: p > 0.5 exactly when it is > 0.
    func logit(_ s: Scratch, _ vocab: Vocabulary) -> Double {
        let n = s.seqCount
        if n == 0 { return bias }
        vocab.seal()
        let facts = vocab.facts
        var sum: Float = 0
        var previous: UInt32 = 0
        var previousSkipped = false
        for p in 0..<n {
            var key: UInt32
            var w: Float
            var skipped = false
            switch WordFeatures.kind(s, p) {
            case .mention: key = Self.wordKey(Self.mentionKey); w = weight(Self.mentionKey)
            case .number: key = Self.wordKey(Self.numberKey); w = weight(Self.numberKey)
            case .known(let id):
                let f = facts[Int(id)]
                key = f.learnedKey; w = f.learnedWeight; skipped = f.learnedSkip
            case .unknown:
                let len = WordFeatures.unknownWord(s, p, into: s.featureBytes)
                let h = WordFeatures.hash(WordFeatures.basis, s.featureBytes, len)
                key = Self.wordKey(h); w = weight(h)
            }
            if !skipped {
                sum += w
                if p > 0 && !previousSkipped { sum += weight(Self.pairKey(previous, key)) }
            }
            previous = key
            previousSkipped = skipped
        }
        let occurrences = Double(2 * n - 1)
        return bias + Double(sum) / occurrences.squareRoot()
    }
}
