/// Context rules of the insult domain, over `WordClass2` roles (see ContextScorer).
extension CompiledLexicon {
    func insultRules(_ s: Scratch, _ p: Int, _ c2: UInt64) {
    }
}

extension WordClass2 {
    static let insultNames: [String: UInt64] = [:]
}
