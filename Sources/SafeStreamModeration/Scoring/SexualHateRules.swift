/// Context rules for sexual harassment and group hate, over `WordClass3` roles (see ContextScorer).
extension CompiledLexicon {
    func sexualHateRules(_ s: Scratch, _ p: Int, _ c3: UInt64) {
    }
}

extension WordClass3 {
    static let sexualHateNames: [String: UInt64] = [:]
}
