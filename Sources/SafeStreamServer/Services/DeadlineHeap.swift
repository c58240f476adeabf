/// A min-heap of (deadline, key) with lazy invalidation: refreshing a key
/// pushes a new entry and records its current deadline; stale entries are
/// skipped when they surface. Expiry costs O(log n) per entry, never a scan.
public struct DeadlineHeap<Key: Hashable> {
    private var heap: [(deadline: UInt64, key: Key)] = []
    private var current: [Key: UInt64] = [:]

    public init() {}

    public var count: Int { current.count }
    public func deadline(of key: Key) -> UInt64? { current[key] }

    /// Sets (or moves) `key`'s deadline.
    public mutating func set(_ key: Key, deadline: UInt64) {
        current[key] = deadline
        heap.append((deadline, key))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].deadline < heap[parent].deadline else { break }
            heap.swapAt(child, parent)
            child = parent
        }
        // Stale entries pile up when keys are refreshed often; rebuild when
        // they outnumber the live ones.
        if heap.count > 64 && heap.count > 4 * current.count { rebuild() }
    }

    public mutating func remove(_ key: Key) { current[key] = nil }

    /// Removes and returns every key whose deadline is at or before `now`.
    public mutating func popExpired(now: UInt64) -> [Key] {
        var out: [Key] = []
        while let top = heap.first, top.deadline <= now {
            popTop()
            if current[top.key] == top.deadline {
                current[top.key] = nil
                out.append(top.key)
            }
        }
        return out
    }

    private mutating func popTop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        var parent = 0
        while true {
            let l = 2 * parent + 1, r = l + 1
            var m = parent
            if l < heap.count && heap[l].deadline < heap[m].deadline { m = l }
            if r < heap.count && heap[r].deadline < heap[m].deadline { m = r }
            if m == parent { break }
            heap.swapAt(parent, m)
            parent = m
        }
    }

    private mutating func rebuild() {
        let live = current
        heap.removeAll(keepingCapacity: true)
        current.removeAll(keepingCapacity: true)
        for (k, d) in live { set(k, deadline: d) }
    }
}
