extension BuiltinLexicon {
    /// Families of the insult domain (same line format as `core`).
    static let insultFamilies = #"""
"""#
}
