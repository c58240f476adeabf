import SafeStreamCodec
import SafeStreamModeration

/// The one owner of chat state: channels and their subscribers, users, the
/// event id counter, history, viewers, typing, presence, likes, unread
/// counters, live streams. An actor whose executor is the event loop, so it
/// runs on the loop thread; socket callbacks enter it with `assumeIsolated`
/// (no hop, no await). Each concern lives in its own extension file; the
/// bookkeeping itself is in pure services (`Services/`) with time passed in.
///
/// One chat message's path through here: `receive` parses the op → `chat`
/// validates, rate-limits and moderates → `publish` serializes the event once,
/// hands the bytes to the log sink, appends them to the channel history, frames
/// them once and queues that frame on every subscriber. The loop's
/// before-sleep hook then writes each socket's queue in one syscall.
public actor ChatCore {
    public nonisolated let loop: EventLoop
    public nonisolated var unownedExecutor: UnownedSerialExecutor { loop.asUnownedSerialExecutor() }

    let settings: Settings
    let moderator: any Moderator
    let sink: EventSink
    /// Wall-clock milliseconds and monotonic nanoseconds; injectable for tests.
    let wallMillis: () -> Int64
    let monotonicNanos: () -> UInt64

    var lastID: Int64
    var channels: [ChannelName: ChannelState] = [:]
    var users: [String: UserState] = [:]
    var chatLimiter: SlidingWindowLimiter
    var gifts: GiftProducer
    public internal(set) var metrics = CoreMetrics()

    // Live signals (ChatCore+Signals.swift)
    var viewers = ViewerRegistry()
    var viewerUpdates = Coalescer<ChannelName>(intervalNanos: ChatCore.updateInterval)
    var typing = TypingTracker()
    var typingUpdates = Coalescer<ChannelName>(intervalNanos: ChatCore.updateInterval)
    var presence = PresenceTracker()
    var likes = LikeCounter()
    var likeUpdates = Coalescer<ChannelName>(intervalNanos: ChatCore.updateInterval)
    var messageLikeUpdates = Coalescer<Int64>(intervalNanos: ChatCore.updateInterval)
    /// Which channel a retained event belongs to (for message likes).
    var messageChannels: [Int64: ChannelName] = [:]
    // Direct messages (ChatCore+Chat.swift)
    var unread = UnreadCounters()
    // Streams and the chat window (ChatCore+Streams.swift)
    var streams = LiveStreams()
    var lastChatOpen: Bool
    var lastPruneNanos: UInt64 = 0

    /// ≤ 4 coalesced updates per second per key (SPEC §2).
    static let updateInterval: UInt64 = 250_000_000
    /// Viewers above which a room's count updates slow to one per 0.9 s.
    static let largeRoom = 256

    struct ChannelState {
        var subscribers = SubscriberSet()
        var history: EventRing
    }

    struct UserState {
        var sessions: [ChatSession] = []
    }

    public init(loop: EventLoop, settings: Settings, moderator: any Moderator, sink: EventSink,
                recovery: LogRecovery = LogRecovery(),
                wallMillis: @escaping () -> Int64 = Clock.wallMillis,
                monotonicNanos: @escaping () -> UInt64 = Clock.monotonicNanos) {
        self.loop = loop
        self.settings = settings
        self.moderator = moderator
        self.sink = sink
        self.wallMillis = wallMillis
        self.monotonicNanos = monotonicNanos
        self.lastID = recovery.maxID
        self.chatLimiter = SlidingWindowLimiter(limit: settings.maxMessagesPerUserPerMinute)
        var seed = settings.giftSeed ?? UInt64(truncatingIfNeeded: Clock.monotonicNanos() ^ UInt64(bitPattern: Clock.wallMillis()))
        if settings.giftSeed == nil { seed = seed &* 0x9E37_79B9_7F4A_7C15 }
        self.gifts = GiftProducer(seed: seed)
        self.lastChatOpen = Self.chatOpen(settings, now: wallMillis())
        for (name, entries) in recovery.history {
            guard let channel = ChannelName(name) else { continue }
            var ring = EventRing(capacity: settings.messageHistoryLimit, lastEvictedID: recovery.trimmedBefore[name])
            for e in entries {
                if let gone = ring.append(e) { messageChannels[gone.id] = nil }
                messageChannels[e.id] = channel
            }
            channels[channel] = ChannelState(history: ring)
        }
        for (name, total) in recovery.channelLikes { if let c = ChannelName(name) { likes.restore(channel: c, total: total) } }
        for (id, n) in recovery.messageLikes { likes.restore(message: id, likes: n) }
        for (name, location) in recovery.liveStreams { if let c = ChannelName(name) { streams.start(c, location: location) } }
    }

    // MARK: Connections

    public func badges(for user: String) -> [String] {
        var b: [String] = []
        if settings.hostUsers.contains(user) { b.append("host") }
        if settings.winnerUsers.contains(user) { b.append("winner") }
        return b
    }

    /// A WebSocket chat connection completed its handshake: send `welcome`,
    /// replay what it missed when it asked with `since`, subscribe it.
    public func join(_ session: ChatSession, since: Int64?) {
        users[session.user, default: UserState()].sessions.append(session)
        presence.connected(session.user, now: monotonicNanos())
        session.lastFrameNanos = monotonicNanos()
        let now = wallMillis()
        var recovered: Bool? = nil
        var replay: [EventRing.Entry] = []
        if let since {
            recovered = true
            for channel in session.channels {
                guard let state = channels[channel] else { continue }
                replay.append(contentsOf: state.history.entries(after: since))
                // A gap only if an event newer than `since` fell out of this
                // channel's ring (ids are shared by all channels, so holes in
                // one channel's ids are other channels' events, not losses).
                if let evicted = state.history.lastEvictedID, evicted > since { recovered = false }
            }
            replay.sort { $0.id < $1.id }
        }
        session.peer.sendFrame(Self.textFrame(EventJSON.welcome(
            user: session.user, channels: session.channels, badges: session.badges,
            chatOpen: chatOpen(now: now), recovered: recovered, lastID: lastID, ms: now)))
        for entry in replay { session.peer.sendFrame(Self.textFrame(entry.json)) }
        for channel in session.channels { subscribe(session, to: channel) }
    }

    /// The connection is gone. The last connection of a user takes the user
    /// offline and out of viewer and typing sets at once.
    public func leave(_ session: ChatSession) {
        for channel in session.channels { unsubscribe(session, from: channel) }
        guard var u = users[session.user] else { return }
        u.sessions.removeAll { $0 === session }
        if u.sessions.isEmpty {
            users[session.user] = nil
            presence.disconnected(session.user)
        } else {
            users[session.user] = u
        }
    }

    func subscribe(_ session: ChatSession, to channel: ChannelName) {
        channels[channel, default: ChannelState(history: EventRing(capacity: settings.messageHistoryLimit))]
            .subscribers.insert(session)
        if viewers.join(session.user, channel) { viewerUpdates.mark(channel) }
    }

    func unsubscribe(_ session: ChatSession, from channel: ChannelName) {
        channels[channel]?.subscribers.remove(session)
        // A channel nobody watches and that has no history costs nothing.
        if let state = channels[channel], state.subscribers.isEmpty, state.history.count == 0 { channels[channel] = nil }
        if viewers.leave(session.user, channel) {
            viewerUpdates.mark(channel)
            // Not watching any more from any tab: not typing either.
            if typing.stop(session.user, channel) { typingUpdates.mark(channel) }
        }
    }

    public func subscriberCount(_ channel: ChannelName) -> Int { channels[channel]?.subscribers.count ?? 0 }

    // MARK: Inbound ops

    /// One complete, UTF-8-valid text message from a chat connection.
    public func receive(_ session: ChatSession, text: [UInt8]) {
        metrics.opsReceived += 1
        let op: JSONObject
        do throws(JSONError) {
            guard case .object(let o) = try JSONParser.parse(text) else {
                return reject(session, "bad_request", "Each frame must be a JSON object with a \"type\".", ref: nil)
            }
            op = o
        } catch {
            return reject(session, "bad_request", "Malformed JSON: \(error.message) at byte \(error.offset).", ref: nil)
        }
        let ref = op["ref"]
        guard case .string(let type)? = op["type"] else {
            return reject(session, "bad_request", "Each frame must be a JSON object with a string \"type\".", ref: ref)
        }
        switch type {
        case "chat": chat(session, op, ref: ref)
        case "ping": reply(session, EventJSON.pong(ref: ref, ms: wallMillis()))
        case "subscribe": subscribeOp(session, op, ref: ref)
        case "unsubscribe": unsubscribeOp(session, op, ref: ref)
        case "typing_start": typingOp(session, op, ref: ref, start: true)
        case "typing_stop": typingOp(session, op, ref: ref, start: false)
        case "presence_update": presenceUpdateOp(session, op, ref: ref)
        case "get_presence": getPresenceOp(session, op, ref: ref)
        case "get_viewer_count": getViewerCountOp(session, op, ref: ref)
        case "like": likeOp(session, op, ref: ref)
        case "like_message": likeMessageOp(session, op, ref: ref)
        case "direct": directOp(session, op, ref: ref)
        case "messages_read": messagesReadOp(session, op, ref: ref)
        case "get_unread_count": getUnreadCountOp(session, op, ref: ref)
        case "stream_start": streamOp(session, op, ref: ref, start: true)
        case "stream_end": streamOp(session, op, ref: ref, start: false)
        default:
            reject(session, "unknown_type", "Unknown op type \"\(type.prefix(64))\".", ref: ref)
        }
    }

    func reject(_ session: ChatSession, _ code: String, _ message: String, ref: JSONValue?) {
        metrics.errorsSent += 1
        session.peer.sendFrame(Self.textFrame(EventJSON.error(code: code, message: message, ref: ref, ms: wallMillis())))
    }

    func reply(_ session: ChatSession, _ json: [UInt8]) {
        session.peer.sendFrame(Self.textFrame(json))
    }

    /// The op's `channel`: `.some(nil)` when absent and optional, `nil` after
    /// an error was sent.
    func channelArgument(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?, required: Bool) -> ChannelName?? {
        guard let raw = op["channel"] else {
            if required { reject(session, "bad_request", "Missing \"channel\".", ref: ref); return .none }
            return .some(nil)
        }
        guard case .string(let s) = raw, let channel = ChannelName(s) else {
            reject(session, "bad_channel", "Channels are lobby, stream:<id>, post:<id> or comment:<id>.", ref: ref)
            return .none
        }
        return .some(channel)
    }

    func requiredChannel(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) -> ChannelName? {
        guard let parsed = channelArgument(session, op, ref: ref, required: true), let channel = parsed else { return nil }
        return channel
    }

    private func subscribeOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard let channel = requiredChannel(session, op, ref: ref) else { return }
        if !session.channels.contains(channel) {
            guard session.channels.count < 128 else {
                return reject(session, "bad_request", "At most 128 channels per connection.", ref: ref)
            }
            session.channels.append(channel)
            subscribe(session, to: channel)
        }
    }

    private func unsubscribeOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard let channel = requiredChannel(session, op, ref: ref) else { return }
        guard let i = session.channels.firstIndex(of: channel) else {
            return reject(session, "not_subscribed", "Not subscribed to \(channel).", ref: ref)
        }
        session.channels.remove(at: i)
        unsubscribe(session, from: channel)
    }

    // MARK: Gifts

    /// `POST /api/gift`, already validated.
    public func gift(from: String, giftID: Int, amount: Int, channel: ChannelName) {
        lastID += 1
        let bytes = EventJSON.gift(id: lastID, channel: channel.description, from: from, giftID: giftID,
                                   amount: amount, ms: wallMillis())
        publish(channel, id: lastID, type: .gift, broadcast: bytes, logged: bytes)
    }

    /// The bot's periodic gift to `lobby`.
    public func botGift() {
        let g = gifts.next()
        gift(from: "bot", giftID: g.giftID, amount: g.amount, channel: .lobby)
    }

    // MARK: Publishing

    /// Logs an event, keeps it in the channel's history and delivers it. Under
    /// LOG_FSYNC=always the delivery waits until the log line is on disk.
    func publish(_ channel: ChannelName, id: Int64, type: CoreMetrics.EventType, broadcast: [UInt8], logged: [UInt8]) {
        metrics.count(type)
        let ms = wallMillis()
        logThenDeliver(logged, ms: ms) { [self] in
            // History and delivery happen together, so a client reconnecting with
            // `since` while the log write is pending (LOG_FSYNC=always) gets the
            // event once, live, not also in its replay.
            if let gone = self.channels[channel, default: ChannelState(history: EventRing(capacity: self.settings.messageHistoryLimit))]
                .history.append(EventRing.Entry(id: id, json: broadcast)) {
                self.messageChannels[gone.id] = nil
                self.likes.forget(message: gone.id)
            }
            self.messageChannels[id] = channel
            self.deliver(broadcast, to: channel)
        }
    }

    /// Writes `logged` to the event log and runs `deliver` — at once, or after
    /// the line is durable when LOG_FSYNC=always.
    func logThenDeliver(_ logged: [UInt8], ms: Int64, _ deliver: @escaping () -> Void) {
        if sink.waitsForDurability {
            sink.append(logged, epochMillis: ms) { [self] in self.assumeIsolated { _ in deliver() } }
        } else {
            sink.append(logged, epochMillis: ms, durable: nil)
            deliver()
        }
    }

    /// Frames once and queues the same frame on every subscriber; returns how many.
    @discardableResult
    func deliver(_ json: [UInt8], to channel: ChannelName) -> Int {
        guard let state = channels[channel], !state.subscribers.isEmpty else { return 0 }
        let frame = Self.textFrame(json)
        metrics.deliveries &+= UInt64(state.subscribers.count)
        for session in state.subscribers.members { session.peer.sendFrame(frame) }
        return state.subscribers.count
    }

    /// Queues one frame on every connection of `user`.
    func deliver(_ json: [UInt8], toUser user: String) {
        guard let u = users[user] else { return }
        let frame = Self.textFrame(json)
        for session in u.sessions { session.peer.sendFrame(frame) }
    }

    static func textFrame(_ json: [UInt8]) -> [UInt8] {
        var frame: [UInt8] = []
        frame.reserveCapacity(json.count + 10)
        WebSocketFrameEncoder.appendHeader(opcode: .text, length: json.count, into: &frame)
        frame.append(contentsOf: json)
        return frame
    }
}

/// Counters the core keeps for /metrics.
public struct CoreMetrics: Sendable {
    public enum EventType: String, CaseIterable, Sendable { case chat, gift, direct, published, stream }
    public var events: [EventType: UInt64] = [:]
    public var opsReceived: UInt64 = 0
    public var errorsSent: UInt64 = 0
    public var rateLimited: UInt64 = 0
    public var moderationFlagged: UInt64 = 0
    public var deliveries: UInt64 = 0
    mutating func count(_ t: EventType) { events[t, default: 0] += 1 }
}
