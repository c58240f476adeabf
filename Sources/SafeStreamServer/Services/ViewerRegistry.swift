/// Distinct users per channel: several tabs of one user are one viewer.
///
/// Mutated in place (`channels[c, default:][u]`): copying a channel's user
/// table out and back would copy all of it on every join, O(viewers) per
/// join and quadratic for a room filling up.
public struct ViewerRegistry {
    private var channels: [ChannelName: [String: Int]] = [:]

    public init() {}

    /// Adds one connection of `user`; true if the viewer count changed.
    @discardableResult
    public mutating func join(_ user: String, _ channel: ChannelName) -> Bool {
        let before = channels[channel, default: [:]][user, default: 0]
        channels[channel, default: [:]][user] = before + 1
        return before == 0
    }

    /// Removes one connection of `user`; true if the viewer count changed.
    @discardableResult
    public mutating func leave(_ user: String, _ channel: ChannelName) -> Bool {
        guard let n = channels[channel]?[user] else { return false }
        if n > 1 {
            channels[channel]![user] = n - 1
            return false
        }
        channels[channel]![user] = nil
        if channels[channel]!.isEmpty { channels[channel] = nil }
        return true
    }

    public func count(_ channel: ChannelName) -> Int { channels[channel]?.count ?? 0 }
    public var all: [(ChannelName, Int)] { channels.map { ($0.key, $0.value.count) } }
}
