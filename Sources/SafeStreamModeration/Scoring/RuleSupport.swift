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

    /// Whether the word at `p` is spelled as one of `set`.
    @inline(__always)
    func spelled(_ s: Scratch, _ p: Int, in set: Set<String>) -> Bool {
        let w = spelling(s, p)
        return !w.isEmpty && set.contains(w)
    }
}
