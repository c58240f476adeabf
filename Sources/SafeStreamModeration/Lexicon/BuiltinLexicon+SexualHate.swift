extension BuiltinLexicon {
    /// Families of sexual harassment and group hate (same line format as `core`).
    static let sexualHateFamilies = #"""
"""#
}
