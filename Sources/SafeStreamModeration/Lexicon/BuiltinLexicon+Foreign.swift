extension BuiltinLexicon {
    /// Families of the foreign domain (same line format as `core`).
    static let foreignFamilies = #"""
"""#
}
