/// Who is typing in each channel. An entry lives `ttl` after its last
/// `typing_start`; expiry is driven by a deadline heap, not a scan.
public struct TypingTracker {
    public struct Key: Hashable { public let channel: ChannelName; public let user: String }
    public let ttl: UInt64
    private var typing: [ChannelName: [String]] = [:]   // in order of starting
    private var deadlines = DeadlineHeap<Key>()

    public init(ttlNanos: UInt64 = 3_000_000_000) { ttl = ttlNanos }

    public func users(_ channel: ChannelName) -> [String] { typing[channel] ?? [] }

    /// Starts or refreshes; true if the channel's set changed.
    public mutating func start(_ user: String, _ channel: ChannelName, now: UInt64) -> Bool {
        deadlines.set(Key(channel: channel, user: user), deadline: now &+ ttl)
        guard !(typing[channel]?.contains(user) ?? false) else { return false }
        typing[channel, default: []].append(user)   // in place, no copy of the list
        return true
    }

    /// Stops; true if the user was typing there.
    public mutating func stop(_ user: String, _ channel: ChannelName) -> Bool {
        deadlines.remove(Key(channel: channel, user: user))
        guard var list = typing[channel], let i = list.firstIndex(of: user) else { return false }
        list.remove(at: i)
        typing[channel] = list.isEmpty ? nil : list
        return true
    }

    /// Removes expired entries; returns the channels whose set changed.
    public mutating func expire(now: UInt64) -> [ChannelName] {
        var changed: [ChannelName] = []
        for key in deadlines.popExpired(now: now) {
            if var list = typing[key.channel], let i = list.firstIndex(of: key.user) {
                list.remove(at: i)
                typing[key.channel] = list.isEmpty ? nil : list
                if !changed.contains(key.channel) { changed.append(key.channel) }
            }
        }
        return changed
    }
}
