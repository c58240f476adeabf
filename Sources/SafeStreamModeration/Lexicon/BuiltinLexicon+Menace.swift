extension BuiltinLexicon {
    /// Families of the menace domain (same line format as `core`).
    static let menaceFamilies = #"""
"""#
}
