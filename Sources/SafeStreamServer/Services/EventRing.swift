/// The last `capacity` events of one channel, oldest first: the history a
/// reconnecting client or `GET /api/messages` is served from.
public struct EventRing {
    public struct Entry: Sendable {
        public var id: Int64
        /// The event's JSON exactly as broadcast.
        public var json: [UInt8]
    }
    public let capacity: Int
    /// The newest id that fell out of the ring: a client that missed events up
    /// to this id cannot recover them all.
    public private(set) var lastEvictedID: Int64?
    private var storage: [Entry] = []
    private var head = 0   // index of the oldest entry once full

    public init(capacity: Int, lastEvictedID: Int64? = nil) {
        self.capacity = max(0, capacity)
        self.lastEvictedID = lastEvictedID
    }

    public var count: Int { storage.count }

    /// Appends; returns the entry that fell out of the ring, if any.
    @discardableResult
    public mutating func append(_ entry: Entry) -> Entry? {
        guard capacity > 0 else { lastEvictedID = entry.id; return entry }
        if storage.count < capacity {
            storage.append(entry)
            return nil
        }
        let evicted = storage[head]
        lastEvictedID = max(lastEvictedID ?? evicted.id, evicted.id)
        storage[head] = entry
        head = (head + 1) % capacity
        return evicted
    }

    /// Oldest first.
    public var entries: [Entry] {
        if storage.count < capacity || head == 0 { return storage }
        return Array(storage[head...] + storage[..<head])
    }

    public var oldestID: Int64? { storage.isEmpty ? nil : (storage.count < capacity ? storage[0].id : storage[head].id) }

    /// Entries with an id greater than `id`, oldest first.
    public func entries(after id: Int64) -> [Entry] { entries.filter { $0.id > id } }
}
