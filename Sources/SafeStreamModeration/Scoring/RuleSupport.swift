extension Vocabulary {
    /// The spelling of word `id`, or "" for an unknown word (-1). Rules must read
    /// spellings through this: a token that matched nothing has id -1, and an
    /// unchecked `words[id]` would stop the process on a chat message.
    @inline(__always)
    func spelling(_ id: Int32) -> String { spelling(Int(id)) }

    @inline(__always)
    func spelling(_ id: Int) -> String { id >= 0 && id < words.count ? words[id] : "" }
}
