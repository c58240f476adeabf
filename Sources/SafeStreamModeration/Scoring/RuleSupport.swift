extension Vocabulary {
    /// The spelling of word `id`, or "" for an unknown word (-1). Rules must read
    /// spellings through this: a token that matched nothing has id -1, and an
    /// unchecked `words[id]` would stop the process on a chat message.
    @inline(__always)
    func spelling(_ id: Int32) -> String { spelling(Int(id)) }

    @inline(__always)
    func spelling(_ id: Int) -> String { id >= 0 && id < words.count ? words[id] : "" }
}

extension CompiledLexicon {
    /// The spelling of the word at sequence position `p`, or "" for an unknown
    /// word or a position outside the message. Every rule file reads spellings
    /// through this (rules compare spellings only after their own class fired).
    @inline(__always)
    func spelling(_ s: Scratch, _ p: Int) -> String {
        p >= 0 && p < s.seqCount ? vocab.spelling(s.tokens[Int(s.seq[p])].word) : ""
    }

    /// The entry of the word at `p` in a table indexed by word id (such as
    /// `persistKindOf`), or 0 for an unknown word or a position outside the message.
    @inline(__always)
    func entry(_ s: Scratch, _ p: Int, in table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard p >= 0 && p < s.seqCount else { return 0 }
        let w = Int(s.tokens[Int(s.seq[p])].word)
        return w >= 0 && w < table.count ? table[w] : 0
    }

    /// Whether the word at `p` is spelled as one of `set`.
    @inline(__always)
    func spelled(_ s: Scratch, _ p: Int, in set: Set<String>) -> Bool {
        let w = spelling(s, p)
        return !w.isEmpty && set.contains(w)
    }

    /// For the short word lists written at the call: an array literal of constant
    /// strings is emitted once as a static object, where a `Set` literal would be
    /// built and hashed on every call.
    @inline(__always)
    func spelled(_ s: Scratch, _ p: Int, in words: [String]) -> Bool {
        let w = spelling(s, p)
        if w.isEmpty { return false }
        for x in words where Self.same(w, x) { return true }
        return false
    }

    /// Whether the word at `p` is spelled `a`, `b` or `c` (empty alternatives are unused).
    /// Plain `==` on purpose: with `same` the helper grew too big to be inlined
    /// at its hundreds of calls and cost more than the comparisons it saved.
    @inline(__always)
    func isWord(_ s: Scratch, _ p: Int, _ a: String, _ b: String = "", _ c: String = "") -> Bool {
        let w = spelling(s, p)
        return !w.isEmpty && (w == a || (!b.isEmpty && w == b) || (!c.isEmpty && w == c))
    }

    /// `spelling == literal` for a vocabulary spelling. Spellings are lowercase
    /// a–z, and an ASCII string equals another only byte for byte, so strings
    /// of different lengths differ: most pairs are told apart inline, without
    /// the runtime's string comparison call.
    @inline(__always)
    static func same(_ spelling: String, _ literal: String) -> Bool {
        spelling.utf8.count == literal.utf8.count && spelling == literal
    }

    /// The start of the clause of `p`: the first word after the sentence boundary
    /// before it, or 0.
    func clauseStart(_ s: Scratch, _ p: Int) -> Int {
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        return a
    }

    /// The first position after `p`, at most `k` words on and inside `p`'s clause,
    /// where `match` holds; -1 if there is none. The clause scan every rule repeats.
    @inline(__always)
    func firstAfter(_ s: Scratch, _ p: Int, within k: Int, where match: (Int) -> Bool) -> Int {
        var r = p + 1
        while r < s.seqCount && r <= p + k && !boundaryAt(s, r) {
            if match(r) { return r }
            r += 1
        }
        return -1
    }

    /// The nearest position before `p`, at most `k` words back and inside `p`'s
    /// clause, where `match` holds; -1 if there is none.
    @inline(__always)
    func lastBefore(_ s: Scratch, _ p: Int, within k: Int, where match: (Int) -> Bool) -> Int {
        var q = p - 1
        while q >= 0 && q >= p - k && !boundaryAt(s, q + 1) {
            if match(q) { return q }
            q -= 1
        }
        return -1
    }
}
