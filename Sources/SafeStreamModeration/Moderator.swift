/// The moderation seam. The server scores every `chat` and `direct` text
/// through this protocol on the event loop, so an implementation must be
/// pure (no I/O, no clock) and fast (microseconds).
public protocol Moderator: Sendable {
    func evaluate(_ text: String) -> ModerationResult
}

public enum ModerationCategory: String, Sendable, CaseIterable {
    case profanity, insult, slur, threat, harassment, sexual
}

public struct ModerationResult: Sendable, Equatable {
    /// 0...1, rounded to three decimals.
    public var score: Double
    /// score >= the moderator's threshold.
    public var toxic: Bool
    public var categories: [ModerationCategory]
    /// UTF-8 byte ranges of the original text to star under `MODERATION_ACTION=mask`.
    public var spans: [Range<Int>]

    public init(score: Double, toxic: Bool, categories: [ModerationCategory] = [], spans: [Range<Int>] = []) {
        self.score = score; self.toxic = toxic; self.categories = categories; self.spans = spans
    }

    /// `text` with every Unicode scalar inside `spans` replaced by `*`.
    public func masked(_ text: String) -> String {
        if spans.isEmpty { return text }
        var out = String.UnicodeScalarView()
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            let inside = spans.contains { $0.contains(offset) }
            out.append(inside ? "*" : scalar)
            offset += width
        }
        return String(out)
    }
}
