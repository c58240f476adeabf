/// One word (or a joined run of single letters) after normalization.
@usableFromInline
struct Token {
    var c0: Int32 = 0, c1: Int32 = 0      // normalized character range
    var s0: Int32 = 0, s1: Int32 = 0      // UTF-8 byte range in the original text
    var word: Int32 = -1                  // vocabulary id, -1 = unknown
    var flags: UInt16 = 0
    var gapLen: UInt8 = 0                 // separator characters before it (saturating)
}

@usableFromInline
enum TokenFlag {
    static let mention: UInt16 = 1
    static let quoted: UInt16 = 2
    static let boundaryBefore: UInt16 = 4   // ? ; newline ! or ". " since the previous token
    static let absorbed: UInt16 = 8         // merged into an earlier token by a join
    static let numeric: UInt16 = 16         // no letters: never looked up
    static let single: UInt16 = 32          // exactly one character
    static let star: UInt16 = 64
    static let exempt: UInt16 = 128         // inside an exempting phrase
    static let punctBefore: UInt16 = 512
    static let quoteBefore: UInt16 = 1024
}

/// Reusable buffers for one evaluation; after the first messages they stop
/// growing, so scoring allocates nothing in steady state. A `Scratch` is used
/// by one thread at a time (see `ScratchSlot`).
@usableFromInline
final class Scratch {
    @exclusivity(unchecked) var capChars = 0
    @exclusivity(unchecked) var kind: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) var val: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) var s0: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var s1: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var charCount = 0

    @exclusivity(unchecked) var tokens: UnsafeMutablePointer<Token>
    @exclusivity(unchecked) var tokenCount = 0
    /// Indices of the tokens that remain after joins, with their classes and canonical ids.
    @exclusivity(unchecked) var seq: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var seqClasses: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) var seqClasses2: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) var seqClasses3: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) var seqCanon: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var seqCount = 0

    static let maskCap = 64
    let masks = UnsafeMutablePointer<UInt32>.allocate(capacity: maskCap)
    let masks2 = UnsafeMutablePointer<UInt32>.allocate(capacity: maskCap)

    static let evidenceCap = 96
    @exclusivity(unchecked) var evKey = UnsafeMutablePointer<Int64>.allocate(capacity: evidenceCap)
    @exclusivity(unchecked) var evWeight = UnsafeMutablePointer<Double>.allocate(capacity: evidenceCap)
    @exclusivity(unchecked) var evCategory = UnsafeMutablePointer<UInt8>.allocate(capacity: evidenceCap)
    @exclusivity(unchecked) var evS0 = UnsafeMutablePointer<Int32>.allocate(capacity: evidenceCap)
    @exclusivity(unchecked) var evS1 = UnsafeMutablePointer<Int32>.allocate(capacity: evidenceCap)
    @exclusivity(unchecked) var evCount = 0
    /// Whether the message has a heart or hug emoji (set by `TextNormalizer.decode`).
    @exclusivity(unchecked) var hearts = false
    /// Whether the message has a laughing or crying-laughing emoji (set by `TextNormalizer.decode`).
    @exclusivity(unchecked) var laughs = false
    /// Sexual emoji seen (`TextNormalizer.decode`): bit 0 a splash 💦, bit 1 an eggplant, peach or tongue 🍆 🍑 👅.
    @exclusivity(unchecked) var lewdEmoji: UInt8 = 0
    /// Whether an exempting phrase ("break a leg") marked tokens in this message.
    @exclusivity(unchecked) var exemptMarked = false
    /// The position of the message's first affectionate word (`banterAt`), -1 for
    /// none, -2 not read yet (reset by `ContextScorer.score`): about twenty rules
    /// ask `hasBanter`, and what `banterAt` reads is fixed before rules run.
    @exclusivity(unchecked) var firstBanter = -2

    /// The bytes of one feature word (`WordFeatures.word`).
    let featureBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: WordFeatures.maxBytes)

    static let hitCap = 64
    @exclusivity(unchecked) var hitPhrase = UnsafeMutablePointer<Int32>.allocate(capacity: hitCap)
    @exclusivity(unchecked) var hitStart = UnsafeMutablePointer<Int32>.allocate(capacity: hitCap)
    @exclusivity(unchecked) var hitEnd = UnsafeMutablePointer<Int32>.allocate(capacity: hitCap)
    @exclusivity(unchecked) var hitCount = 0

    init() {
        capChars = 256
        kind = .allocate(capacity: capChars); val = .allocate(capacity: capChars)
        s0 = .allocate(capacity: capChars); s1 = .allocate(capacity: capChars)
        tokens = .allocate(capacity: capChars + 1)
        seq = .allocate(capacity: capChars + 1)
        seq.initialize(repeating: 0, count: capChars + 1)   // never a garbage token index, even past `seqCount`
        seqClasses = .allocate(capacity: capChars + 1)
        seqClasses2 = .allocate(capacity: capChars + 1)
        seqClasses3 = .allocate(capacity: capChars + 1)
        seqCanon = .allocate(capacity: capChars + 1)
    }

    /// Makes room for a text of `bytes` UTF-8 bytes (at most one character per byte).
    func reserve(bytes: Int) {
        if bytes <= capChars { return }
        var cap = capChars
        while cap < bytes { cap *= 2 }
        free()
        capChars = cap
        kind = .allocate(capacity: cap); val = .allocate(capacity: cap)
        s0 = .allocate(capacity: cap); s1 = .allocate(capacity: cap)
        tokens = .allocate(capacity: cap + 1)
        seq = .allocate(capacity: cap + 1)
        seq.initialize(repeating: 0, count: cap + 1)
        seqClasses = .allocate(capacity: cap + 1)
        seqClasses2 = .allocate(capacity: cap + 1)
        seqClasses3 = .allocate(capacity: cap + 1)
        seqCanon = .allocate(capacity: cap + 1)
    }

    private func free() {
        kind.deallocate(); val.deallocate(); s0.deallocate(); s1.deallocate()
        tokens.deallocate(); seq.deallocate(); seqClasses.deallocate(); seqClasses2.deallocate(); seqClasses3.deallocate(); seqCanon.deallocate()
    }

    deinit {
        free()
        masks.deallocate(); masks2.deallocate(); featureBytes.deallocate()
        evKey.deallocate(); evWeight.deallocate(); evCategory.deallocate(); evS0.deallocate(); evS1.deallocate()
        hitPhrase.deallocate(); hitStart.deallocate(); hitEnd.deallocate()
    }
}
