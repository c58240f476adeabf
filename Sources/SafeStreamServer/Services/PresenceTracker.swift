/// Presence per user: the status last set (`online` by default), valid for
/// `ttl` after the user's last frame or update. It is evaluated lazily when
/// asked, so nothing ever scans all users; a user with no connection is
/// `offline` at once.
public struct PresenceTracker {
    public enum Status: String, Sendable { case online, away, offline }
    public let ttl: UInt64
    private var entries: [String: (status: Status, refreshed: UInt64)] = [:]

    public init(ttlNanos: UInt64 = 300_000_000_000) { ttl = ttlNanos }

    public mutating func connected(_ user: String, now: UInt64) {
        if let e = entries[user] { entries[user] = (e.status == .offline ? .online : e.status, now) }
        else { entries[user] = (.online, now) }
    }

    /// The user's last connection closed.
    public mutating func disconnected(_ user: String) { entries[user] = nil }

    /// Any frame from the user.
    public mutating func touch(_ user: String, now: UInt64) {
        if let e = entries[user] { entries[user] = (e.status, now) }
    }

    public mutating func set(_ user: String, _ status: Status, now: UInt64) {
        guard entries[user] != nil else { return }
        entries[user] = (status, now)
    }

    public func status(_ user: String, now: UInt64) -> Status {
        guard let e = entries[user] else { return .offline }
        return now &- e.refreshed >= ttl ? .offline : e.status
    }
}
