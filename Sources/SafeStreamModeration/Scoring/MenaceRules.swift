/// Context rules of the menace domain, over `WordClass2` roles (see ContextScorer).
extension CompiledLexicon {
    func menaceRules(_ s: Scratch, _ p: Int, _ c2: UInt64) {
    }
}

extension WordClass2 {
    static let menaceNames: [String: UInt64] = [:]
}
