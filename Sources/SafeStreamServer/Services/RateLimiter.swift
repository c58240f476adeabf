/// Per-key sliding-window limit: at most `limit` events in any `window`.
/// Exact (it remembers the last `limit` timestamps per key) and pure: the
/// caller passes the time. `limit == 0` means unlimited.
public struct SlidingWindowLimiter {
    public let limit: Int
    public let windowNanos: UInt64
    private var stamps: [String: Ring] = [:]

    private struct Ring {
        var times: [UInt64]
        var next = 0
    }

    public init(limit: Int, windowNanos: UInt64 = 60_000_000_000) {
        self.limit = limit
        self.windowNanos = windowNanos
    }

    /// Records an event for `key` at `now` if allowed; false when over the limit.
    public mutating func allow(_ key: String, now: UInt64) -> Bool {
        if limit <= 0 { return true }
        if var ring = stamps[key] {
            if ring.times.count < limit {
                ring.times.append(now)
            } else {
                // The oldest of the last `limit` events must have left the window.
                let oldest = ring.times[ring.next]
                guard now &- oldest >= windowNanos else { return false }
                ring.times[ring.next] = now
                ring.next = (ring.next + 1) % limit
            }
            stamps[key] = ring
        } else {
            stamps[key] = Ring(times: [now])
        }
        return true
    }

    /// Forgets keys whose every event has left the window (bounded memory).
    public mutating func prune(now: UInt64) {
        stamps = stamps.filter { _, ring in ring.times.contains { now &- $0 < windowNanos } }
    }

    public var trackedKeys: Int { stamps.count }
}
