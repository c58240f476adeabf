import Synchronization

/// Every word the lexicon knows (scored terms and function words), in a trie
/// over the 26 folded letters. A lookup walks the trie with one *set* of
/// letters per position (a 26-bit mask), so leetspeak alternatives
/// (1 → i or l) and `*` wildcards are resolved by the trie itself, without
/// generating spellings.
@usableFromInline
final class Vocabulary: @unchecked Sendable {
    @exclusivity(unchecked) private(set) var child: [Int32] = Array(repeating: -1, count: 26)   // node * 26 + letter
    @exclusivity(unchecked) private(set) var terminal: [Int32] = [-1]                           // node → word or -1
    @exclusivity(unchecked) var words: [String] = []
    @exclusivity(unchecked) var weight: [Double] = []
    @exclusivity(unchecked) var targetWeight: [Double] = []
    @exclusivity(unchecked) var category: [UInt8] = []        // ModerationCategory index, 255 = none
    @exclusivity(unchecked) var classes: [UInt64] = []
    @exclusivity(unchecked) var classes2: [UInt64] = []      // WordClass2 bits
    @exclusivity(unchecked) var classes3: [UInt64] = []      // WordClass3 bits
    @exclusivity(unchecked) var canonical: [Int32] = []
    @exclusivity(unchecked) var flags: [UInt8] = []
    @exclusivity(unchecked) var theWord: Int32 = -1             // "the": a split compound after it is a thing
    @exclusivity(unchecked) private var index: [String: Int32] = [:]

    var nodeCount: Int { terminal.count }

    /// Words of up to `hashedLength` letters, packed 5 bits a letter (letter + 1),
    /// in an open-addressing table: an exact lookup is one probe instead of a trie
    /// walk that misses the cache at every letter (the trie is megabytes).
    struct Slot { var key: UInt64 = 0; var id: Int32 = -1 }
    static let hashedLength = 12
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Slot>
    @exclusivity(unchecked) private var slotMask = 63
    @exclusivity(unchecked) private var slotUsed = 0

    init() {
        slots = .allocate(capacity: 64)
        slots.initialize(repeating: Slot(), count: 64)
        facts = .allocate(capacity: 1)
        facts.initialize(to: Facts())
        prefixStarts = .allocate(capacity: Self.prefixStartWords)
        prefixStarts.initialize(repeating: 0, count: Self.prefixStartWords)
    }

    deinit { slots.deallocate(); facts.deallocate(); prefixStarts.deallocate() }

    /// A Bloom filter over the first four letters of the terms flagged `prefix`
    /// (filled by `seal()`): most long unknown words start like no glued-prefix
    /// term and skip `prefixTerm`'s trie walk. No false negatives.
    static let prefixStartWords = 64
    @exclusivity(unchecked) private var prefixStarts: UnsafeMutablePointer<UInt64>

    @inline(__always)
    static func prefixStartBit(_ key: Int) -> Int { Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 52) }

    /// What the scorer reads of every token's word, in one 32-byte record
    /// (one cache line instead of five arrays). Built once, on the first
    /// `seal()`, from the arrays above — which the compiled lexicon never
    /// changes after its init.
    struct Facts {
        var classes: UInt64 = 0
        var classes2: UInt64 = 0
        var classes3: UInt64 = 0
        var canonical: Int32 = -1
        var flags: UInt8 = 0
        /// Whether the canonical id is a symbol of some phrase (a word of a
        /// phrase has its canonical id in the automaton). Any other word sends
        /// the phrase automaton back to its root.
        var phraseSymbol = false
        /// The learned word model's view of the word (`WordModel.bind`): the
        /// 32-bit key of its canonical spelling, that spelling's weight, and
        /// whether it is an operator term the model must not read.
        var learnedKey: UInt32 = 0
        var learnedWeight: Float = 0
        var learnedSkip = false
    }
    /// Filled by `WordModel.bind` before the first `seal()`; empty without a model.
    @exclusivity(unchecked) var learnedKey: [UInt32] = []
    @exclusivity(unchecked) var learnedWeight: [Float] = []
    @exclusivity(unchecked) var learnedSkip: [Bool] = []
    @exclusivity(unchecked) private(set) var facts: UnsafeMutablePointer<Facts>
    private let sealed = Atomic<Bool>(false)
    private let sealLock = Mutex<Int>(0)

    /// Builds `facts` once (thread-safe); later calls cost one atomic load.
    @inline(__always)
    func seal() {
        if !sealed.load(ordering: .acquiring) { sealSlow() }
    }

    @inline(never)
    private func sealSlow() {
        sealLock.withLock { _ in
            if sealed.load(ordering: .relaxed) { return }
            let n = words.count
            var symbol = [Bool](repeating: false, count: n)
            for w in 0..<n where flags[w] & TermFlag.inPhrase != 0 { symbol[Int(canonical[w])] = true }
            let table = UnsafeMutablePointer<Facts>.allocate(capacity: max(n, 1))
            table.initialize(repeating: Facts(), count: max(n, 1))
            for w in 0..<n {
                table[w] = Facts(classes: classes[w], classes2: classes2[w], classes3: classes3[w],
                                 canonical: canonical[w], flags: flags[w], phraseSymbol: symbol[Int(canonical[w])])
                if w < learnedKey.count {
                    table[w].learnedKey = learnedKey[w]; table[w].learnedWeight = learnedWeight[w]; table[w].learnedSkip = learnedSkip[w]
                }
            }
            for w in 0..<n where flags[w] & TermFlag.prefix != 0 {
                let u = Array(words[w].utf8)
                if u.count < 4 { continue }
                var key = 0
                for j in 0..<4 { key = key * 26 + Int(u[j] - 0x61) }
                let bit = Self.prefixStartBit(key)
                prefixStarts[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            let old = facts
            facts = table
            old.deallocate()
            sealed.store(true, ordering: .releasing)
        }
    }

    @inline(__always)
    static func slotHash(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    private func hashInsert(_ key: UInt64, _ id: Int32) {
        if (slotUsed + 1) * 2 > slotMask + 1 {
            let old = slots, oldCount = slotMask + 1
            let size = oldCount * 2
            slots = .allocate(capacity: size)
            slots.initialize(repeating: Slot(), count: size)
            slotMask = size - 1
            slotUsed = 0
            for i in 0..<oldCount where old[i].key != 0 { hashInsert(old[i].key, old[i].id) }
            old.deallocate()
        }
        var i = Self.slotHash(key) & slotMask
        while slots[i].key != 0 {
            if slots[i].key == key { slots[i].id = id; return }
            i = (i + 1) & slotMask
        }
        slots[i] = Slot(key: key, id: id)
        slotUsed += 1
    }

    /// The word id of a packed key (see `Slot`), or -1.
    @inline(__always)
    func exact(_ key: UInt64) -> Int32 {
        var i = Self.slotHash(key) & slotMask
        while true {
            let slot = slots[i]
            if slot.key == key { return slot.id }
            if slot.key == 0 { return -1 }
            i = (i + 1) & slotMask
        }
    }

    /// The word id for `letters` (each 0-25), adding the word if new.
    func intern(_ letters: [UInt8]) -> Int32 {
        let key = String(decoding: letters.map { $0 + 0x61 }, as: UTF8.self)
        if let id = index[key] { return id }
        var node = 0
        for l in letters {
            let slot = node * 26 + Int(l)
            if child[slot] < 0 {
                child[slot] = Int32(terminal.count)
                terminal.append(-1)
                child.append(contentsOf: repeatElement(-1, count: 26))
            }
            node = Int(child[slot])
        }
        let id = Int32(words.count)
        terminal[node] = id
        if letters.count <= Self.hashedLength, !letters.isEmpty {
            var key: UInt64 = 0
            for (i, l) in letters.enumerated() { key |= UInt64(l + 1) << UInt64(5 * i) }
            hashInsert(key, id)
        }
        index[key] = id
        words.append(key); weight.append(0); targetWeight.append(0)
        category.append(255); classes.append(0); classes2.append(0); classes3.append(0); canonical.append(id); flags.append(0)
        return id
    }

    func id(of key: String) -> Int32? { index[key] }

    /// The best word matching the mask sequence (highest weight, scored terms
    /// before function words), or -1.
    @inline(__always)
    /// At most this many `*` wildcards in one looked-up word.
    static let maxWildcards = 2

    func lookup(_ masks: UnsafePointer<UInt32>, _ count: Int) -> Int32 {
        if count == 0 || count > 48 { return -1 }
        var single = true
        var key: UInt64 = 0
        for i in 0..<count {
            let m = masks[i]
            if m & (m &- 1) != 0 || m == 0 { single = false; break }
            key |= UInt64(m.trailingZeroBitCount &+ 1) &<< UInt64(5 &* i)
        }
        if single {
            if count <= Self.hashedLength { return exact(key) }
            return child.withUnsafeBufferPointer { c in
                var node = 0
                for i in 0..<count {
                    let next = c[node &* 26 &+ masks[i].trailingZeroBitCount]
                    if next < 0 { return -1 }
                    node = Int(next)
                }
                return terminal[node]
            }
        }
        // Each `*` matches all 26 letters: a word made mostly of stars would
        // walk most of the trie (found by fuzzing: 26 ms for a 500-character
        // line of "******u"). Starred words are matched only when the stars
        // are few and the letters carry the word.
        var wildcards = 0
        for i in 0..<count where masks[i] == TextNormalizer.allLetters { wildcards &+= 1 }
        if wildcards > Self.maxWildcards || wildcards &* 2 > count { return -1 }
        var best: Int32 = -1
        var bestRank = -1.0
        search(masks, count, 0, 0, &best, &bestRank)
        return best
    }

    private func search(_ masks: UnsafePointer<UInt32>, _ count: Int, _ depth: Int, _ node: Int,
                        _ best: inout Int32, _ bestRank: inout Double) {
        if depth == count {
            let w = terminal[node]
            if w >= 0 {
                let rank = weight[Int(w)] + targetWeight[Int(w)] + (flags[Int(w)] & TermFlag.scored != 0 ? 1 : 0)
                if rank > bestRank { best = w; bestRank = rank }
            }
            return
        }
        var m = masks[depth]
        while m != 0 {
            let l = m.trailingZeroBitCount
            m &= m &- 1
            let next = child[node * 26 + l]
            if next >= 0 { search(masks, count, depth + 1, Int(next), &best, &bestRank) }
        }
    }

    /// The longest scored term flagged `prefix` that starts `masks` (single
    /// letters only) and leaves at least two letters after it, or -1.
    func prefixTerm(_ masks: UnsafePointer<UInt32>, _ count: Int) -> Int32 {
        if sealed.load(ordering: .acquiring) {
            // A term is found only after four letters, each a single letter.
            if count < 6 { return -1 }
            var key = 0
            for j in 0..<4 {
                let m = masks[j]
                if m == 0 || m & (m &- 1) != 0 { return -1 }
                key = key &* 26 &+ m.trailingZeroBitCount
            }
            let bit = Self.prefixStartBit(key)
            if prefixStarts[bit >> 6] & (1 &<< UInt64(bit & 63)) == 0 { return -1 }
        }
        var node = 0
        var found: Int32 = -1
        var i = 0
        while i < count - 2 {
            let m = masks[i]
            if m == 0 || m & (m &- 1) != 0 { return found }
            let next = child[node * 26 + m.trailingZeroBitCount]
            if next < 0 { return found }
            node = Int(next)
            i += 1
            let w = terminal[node]
            if w >= 0, i >= 4, flags[Int(w)] & TermFlag.prefix != 0 { found = w }
        }
        return found
    }
}
