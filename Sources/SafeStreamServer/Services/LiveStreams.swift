/// Streams that hosts have started and not yet ended, with their location.
public struct LiveStreams {
    public private(set) var live: [ChannelName: String?] = [:]
    public init() {}
    public mutating func start(_ channel: ChannelName, location: String?) { live[channel] = .some(location) }
    @discardableResult
    public mutating func end(_ channel: ChannelName) -> Bool { live.removeValue(forKey: channel) != nil }
    public func isLive(_ channel: ChannelName) -> Bool { live[channel] != nil }
}
