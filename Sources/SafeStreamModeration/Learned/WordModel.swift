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
/// A word's key is the 64-bit FNV-1a of its bytes, a pair's a mix of its two
/// words' keys (`pairKey`), so a pair costs one multiply, not a second pass
/// over bytes. The table is an open-addressing hash from key to weight, built
/// once; the words the vocabulary knows carry their key and weight in a
/// `WordModel.Binding`, so most words cost no lookup at all.
final class WordModel: @unchecked Sendable {
    /// 8 bytes a slot, so the table (32K slots, 256 KB) leaves the lexicon its
    /// share of the cache: the slot comes from the key's low bits, the tag is
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
                let a = WordFeatures.hash(feature[..<space].utf8)
                let b = WordFeatures.hash(feature[feature.index(after: space)...].utf8)
                entries.append((Self.pairKey(a, b), w))
            } else {
                entries.append((WordFeatures.hash(feature.utf8), w))
            }
        }
        var size = 64
        while size < entries.count * 2 { size *= 2 }
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

    @inline(__always)
    static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019) }

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

    /// Every vocabulary word's key and unigram weight, computed once per
    /// compiled lexicon, in one 16-byte record a word (one cache line fetch).
    /// Words of the operator's wordlist are skipped: they add nothing, alone
    /// or in a pair.
    final class Binding: @unchecked Sendable {
        struct Word { var key: UInt64 = 0; var weight: Float = 0; var skip = false }
        let words: UnsafeMutablePointer<Word>
        let count: Int

        init(model: WordModel, words spellings: [String], skipped: [Bool]) {
            count = spellings.count
            words = .allocate(capacity: max(count, 1))
            words.initialize(repeating: Word(), count: max(count, 1))
            for (i, w) in spellings.enumerated() {
                let k = WordFeatures.hash(w.utf8.prefix(WordFeatures.maxBytes))   // as `WordFeatures.word` prints it
                words[i] = Word(key: k, weight: model.weight(k), skip: i < skipped.count && skipped[i])
            }
        }

        deinit { words.deallocate() }
    }

    static let mentionKey = WordFeatures.hash("@".utf8)
    static let numberKey = WordFeatures.hash("#".utf8)

    /// The model's probability that the message in `s` (its sequence already
    /// built by the scorer) is toxic.
    func probability(_ s: Scratch, _ binding: Binding) -> Double { Self.sigmoid(logit(s, binding)) }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// The model's logit for the message in `s`: p > 0.5 exactly when it is > 0.
    func logit(_ s: Scratch, _ binding: Binding) -> Double {
        let n = s.seqCount
        if n == 0 { return bias }
        var sum: Float = 0
        var previous: UInt64 = 0
        var previousSkipped = false
        for p in 0..<n {
            let tok = s.tokens[Int(s.seq[p])]
            var key: UInt64
            var w: Float
            var skipped = false
            var id = s.seqCanon[p]
            if id < 0 { id = tok.word }
            if tok.flags & TokenFlag.mention != 0 {
                key = Self.mentionKey; w = weight(key)
            } else if tok.flags & TokenFlag.numeric != 0 {
                key = Self.numberKey; w = weight(key)
            } else if id >= 0 && Int(id) < binding.count {
                let word = binding.words[Int(id)]
                key = word.key; w = word.weight
                let t = Int(tok.word)
                skipped = t >= 0 && t < binding.count && binding.words[t].skip
            } else {
                let len = WordFeatures.word(s, p, nil, into: s.featureBytes)
                key = WordFeatures.hash(WordFeatures.basis, s.featureBytes, len)
                w = weight(key)
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
