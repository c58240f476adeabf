/// Distinct users per channel: several tabs of one user are one viewer.
public struct ViewerRegistry {
    private var channels: [ChannelName: [String: Int]] = [:]

    public init() {}

    /// Adds one connection of `user`; true if the viewer count changed.
    @discardableResult
    public mutating func join(_ user: String, _ channel: ChannelName) -> Bool {
        var users = channels[channel, default: [:]]
        let n = users[user, default: 0]
        users[user] = n + 1
        channels[channel] = users
        return n == 0
    }

    /// Removes one connection of `user`; true if the viewer count changed.
    @discardableResult
    public mutating func leave(_ user: String, _ channel: ChannelName) -> Bool {
        guard var users = channels[channel], let n = users[user] else { return false }
        if n > 1 { users[user] = n - 1 } else { users[user] = nil }
        channels[channel] = users.isEmpty ? nil : users
        return n == 1
    }

    public func count(_ channel: ChannelName) -> Int { channels[channel]?.count ?? 0 }
    public func isWatching(_ user: String, _ channel: ChannelName) -> Bool { channels[channel]?[user] != nil }
    public var all: [(ChannelName, Int)] { channels.map { ($0.key, $0.value.count) } }
}
