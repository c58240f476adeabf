/// Paces updates per key: a key marked dirty is released at most once per
/// `interval`, and never later than `interval` after it was marked (when the
/// caller polls at least that often). This is how a room of 10,000 viewers
/// gets ≤ 4 viewer-count updates a second instead of one per join.
public struct Coalescer<Key: Hashable> {
    public let interval: UInt64
    private var dirty: Set<Key> = []
    private var lastSent: [Key: UInt64] = [:]

    public init(intervalNanos: UInt64) { interval = intervalNanos }

    public mutating func mark(_ key: Key) { dirty.insert(key) }

    public var hasPending: Bool { !dirty.isEmpty }

    /// Keys to send now; they are no longer dirty.
    public mutating func due(now: UInt64) -> [Key] {
        let fixed = interval
        return due(now: now) { _ in fixed }
    }

    /// The same with a per-key interval (e.g. slower for very large rooms).
    public mutating func due(now: UInt64, intervalFor: (Key) -> UInt64) -> [Key] {
        guard !dirty.isEmpty else { return [] }
        var out: [Key] = []
        for key in dirty {
            if let last = lastSent[key], now &- last < intervalFor(key) { continue }
            out.append(key)
        }
        for key in out {
            dirty.remove(key)
            lastSent[key] = now
        }
        // Forget keys that have been quiet for a while (bounded memory).
        if lastSent.count > 4096 {
            lastSent = lastSent.filter { now &- $0.value < interval * 4 || dirty.contains($0.key) }
        }
        return out
    }

    /// Every pending key, regardless of pacing (shutdown: nothing may be lost).
    public mutating func drainAll() -> [Key] {
        let out = Array(dirty)
        dirty.removeAll()
        return out
    }
}
