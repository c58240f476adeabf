/// Every setting of SPEC §1, with its default. Built by `SettingsParser`
/// from the environment and `--kebab-case` flags (flags win).
public struct Settings: Sendable {
    public enum FsyncMode: String, Sendable { case always, interval, never }
    public enum ModerationAction: String, Sendable { case flag, mask, block }

    public var host = "127.0.0.1"
    public var port = 8000
    public var logDir = "logs"
    public var logMaxBytes = 10_485_760
    public var logBackups = 10
    public var logFsync = FsyncMode.interval
    public var giftIntervalSecs = 15.0
    public var giftSeed: UInt64? = nil
    public var liveChatEnabled = true
    public var liveChatDrawTime: String? = nil
    public var liveChatPreDrawHours = 1.0
    public var liveChatPostDrawHours = 1.0
    public var maxMessagesPerUserPerMinute = 10
    public var messageHistoryLimit = 100
    public var maxMessageChars = 500
    public var maxFrameBytes = 65_536
    public var maxConnections = 100_000
    public var maxConnectionsPerIP = 0
    public var slowClientMaxBuffer = 1_048_576
    public var moderationThreshold = 0.5
    public var moderationAction = ModerationAction.flag
    public var moderationWordlist: String? = nil
    public var jwtSecret: String? = nil
    public var realtimePublishToken: String? = nil
    public var hostUsers: [String] = []
    public var winnerUsers: [String] = []
    public var allowedOrigins: [String]? = nil
    public var echoEndpoint = false
    public var redisURL: String? = nil
    /// Protocol timers of SPEC §9; not settings users change, but tests shrink them.
    public var timeouts = Timeouts()

    public init() {}
}

/// Connection timers (monotonic nanoseconds).
public struct Timeouts: Sendable {
    /// A request must be complete this long after its first byte (slow-loris): 408.
    public var requestNanos: UInt64 = 10_000_000_000
    /// An HTTP keep-alive connection with no request for this long is closed.
    public var idleHTTPNanos: UInt64 = 60_000_000_000
    /// The server pings a WebSocket this often.
    public var pingIntervalNanos: UInt64 = 30_000_000_000
    /// A WebSocket with no frame at all from the client for this long is closed (1008).
    public var silenceNanos: UInt64 = 60_000_000_000
    /// How long a closing connection waits for the peer.
    public var closeNanos: UInt64 = 2_000_000_000
    /// How often the sweep checks these timers.
    public var sweepNanos: UInt64 = 1_000_000_000
    public init() {}
}

/// One line of `--help` and how to apply a value.
struct SettingSpec {
    let env: String
    let help: String
    let defaultText: String
    let apply: (inout Settings, String) throws(SettingsError) -> Void

    var flag: String { "--" + env.lowercased().replacingOccurrences(of: "_", with: "-") }
}

public struct SettingsError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension String {
    fileprivate func replacingOccurrences(of a: Character, with b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
