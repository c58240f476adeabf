/// Unread direct messages per user and conversation.
public struct UnreadCounters {
    private var counts: [String: [String: Int]] = [:]   // user → conversation → count

    public init() {}

    /// One more unread in `conversation` for `user`; returns (count, total).
    public mutating func increment(_ user: String, _ conversation: String) -> (count: Int, total: Int) {
        var c = counts[user, default: [:]]
        c[conversation, default: 0] += 1
        counts[user] = c
        return (c[conversation]!, c.values.reduce(0, +))
    }

    /// Marks a conversation read; returns the new total.
    public mutating func reset(_ user: String, _ conversation: String) -> Int {
        var c = counts[user, default: [:]]
        c[conversation] = nil
        counts[user] = c.isEmpty ? nil : c
        return c.values.reduce(0, +)
    }

    public func count(_ user: String, _ conversation: String) -> Int { counts[user]?[conversation] ?? 0 }
    public func total(_ user: String) -> Int { counts[user]?.values.reduce(0, +) ?? 0 }

    /// `dm:<a>:<b>` with the two names sorted, so both sides name it the same.
    public static func conversation(_ a: String, _ b: String) -> String { a < b ? "dm:\(a):\(b)" : "dm:\(b):\(a)" }

    /// The two users of a conversation name, if it is one.
    public static func participants(_ conversation: String) -> (String, String)? {
        let parts = conversation.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "dm", Username.isValid(parts[1]), Username.isValid(parts[2]) else { return nil }
        return (String(parts[1]), String(parts[2]))
    }
}
