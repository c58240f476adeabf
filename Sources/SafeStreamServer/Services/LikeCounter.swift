/// Channel like totals and per-message likes (once per user per message).
public struct LikeCounter {
    public private(set) var channelTotals: [ChannelName: Int64] = [:]
    private var messageLikes: [Int64: Int64] = [:]
    private var likers: [Int64: Set<String>] = [:]

    public init() {}

    public mutating func restore(channel: ChannelName, total: Int64) { channelTotals[channel] = total }
    public mutating func restore(message id: Int64, likes: Int64) { messageLikes[id] = likes }

    public mutating func likeChannel(_ channel: ChannelName) -> Int64 {
        let n = channelTotals[channel, default: 0] + 1
        channelTotals[channel] = n
        return n
    }

    /// Records a like; nil if this user already liked this message.
    public mutating func likeMessage(_ id: Int64, by user: String) -> Int64? {
        guard likers[id, default: []].insert(user).inserted else { return nil }
        let n = messageLikes[id, default: 0] + 1
        messageLikes[id] = n
        return n
    }

    public func likes(message id: Int64) -> Int64 { messageLikes[id] ?? 0 }

    /// The message left every history ring and can no longer be liked: drop
    /// its likers so memory follows the retained history, not all time.
    public mutating func forget(message id: Int64) {
        messageLikes[id] = nil
        likers[id] = nil
    }
    public func total(_ channel: ChannelName) -> Int64 { channelTotals[channel] ?? 0 }
}
