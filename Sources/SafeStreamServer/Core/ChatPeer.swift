/// What the core knows of a connection: an identity and a way to queue
/// bytes. The core never touches sockets; `Connection` implements this, and
/// tests use an in-memory peer.
public protocol ChatPeer: AnyObject {
    var connectionID: UInt64 { get }
    /// Queues one complete WebSocket frame; it leaves in the next flush.
    func sendFrame(_ frame: [UInt8])
}

/// One WebSocket chat connection as the core sees it.
public final class ChatSession {
    public let peer: ChatPeer
    public let user: String
    public internal(set) var channels: [ChannelName]
    public let badges: [String]
    public let avatar: String?
    /// Monotonic time of the last frame from this connection: presence is
    /// refreshed by any frame without a call into the core per frame.
    public var lastFrameNanos: UInt64 = 0

    public init(peer: ChatPeer, user: String, channels: [ChannelName], badges: [String], avatar: String?) {
        self.peer = peer
        self.user = user
        self.channels = channels
        self.badges = badges
        self.avatar = avatar
    }
}
