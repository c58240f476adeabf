/// Context rules of the foreign domain, over `WordClass2` roles (see ContextScorer).
extension CompiledLexicon {
    func foreignRules(_ s: Scratch, _ p: Int, _ c2: UInt64) {
    }
}

extension WordClass2 {
    static let foreignNames: [String: UInt64] = [:]
}
