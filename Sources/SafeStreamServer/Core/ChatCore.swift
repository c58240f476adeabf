import SafeStreamCodec
import SafeStreamModeration

/// The one owner of chat state: channels and their subscribers, users, the
/// event id counter, history, rate limits. An actor whose executor is the
/// event loop, so it runs on the loop thread; socket callbacks enter it with
/// `assumeIsolated` (no hop, no await).
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
    /// Wall-clock milliseconds; injectable for tests.
    let wallMillis: () -> Int64
    let monotonicNanos: () -> UInt64

    private(set) var lastID: Int64
    private var channels: [ChannelName: ChannelState] = [:]
    private var users: [String: UserState] = [:]
    private var chatLimiter: SlidingWindowLimiter
    private var gifts: GiftProducer
    public private(set) var metrics = CoreMetrics()

    struct ChannelState {
        var subscribers = SubscriberSet()
        var history: EventRing
    }

    struct UserState {
        var connections = 0
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
        for (name, entries) in recovery.history {
            guard let channel = ChannelName(name) else { continue }
            var ring = EventRing(capacity: settings.messageHistoryLimit)
            for e in entries { ring.append(e) }
            channels[channel] = ChannelState(history: ring)
        }
    }

    // MARK: Connections

    public var connectionCount: Int { users.values.reduce(0) { $0 + $1.connections } }

    public func badges(for user: String) -> [String] {
        var b: [String] = []
        if settings.hostUsers.contains(user) { b.append("host") }
        if settings.winnerUsers.contains(user) { b.append("winner") }
        return b
    }

    /// A WebSocket chat connection completed its handshake: send `welcome`,
    /// replay what it missed when it asked with `since`, subscribe it.
    public func join(_ session: ChatSession, since: Int64?) {
        users[session.user, default: UserState()].connections += 1
        let now = wallMillis()
        var recovered: Bool? = nil
        var replay: [EventRing.Entry] = []
        if let since {
            recovered = true
            for channel in session.channels {
                guard let state = channels[channel] else { continue }
                let missed = state.history.entries(after: since)
                // A gap: the oldest retained event is newer than the first one missed.
                if let oldest = state.history.oldestID, oldest > since + 1,
                   state.history.count == state.history.capacity {
                    recovered = false
                }
                replay.append(contentsOf: missed)
            }
            if since > lastID { recovered = true }
            replay.sort { $0.id < $1.id }
        }
        session.peer.sendFrame(Self.textFrame(EventJSON.welcome(
            user: session.user, channels: session.channels, badges: session.badges,
            chatOpen: chatOpen(now: now), recovered: recovered, lastID: lastID, ms: now)))
        for entry in replay { session.peer.sendFrame(Self.textFrame(entry.json)) }
        for channel in session.channels { subscribe(session, to: channel) }
    }

    public func leave(_ session: ChatSession) {
        for channel in session.channels { unsubscribe(session, from: channel) }
        if var u = users[session.user] {
            u.connections -= 1
            users[session.user] = u.connections > 0 ? u : nil
        }
    }

    private func subscribe(_ session: ChatSession, to channel: ChannelName) {
        channels[channel, default: ChannelState(history: EventRing(capacity: settings.messageHistoryLimit))]
            .subscribers.insert(session)
    }

    private func unsubscribe(_ session: ChatSession, from channel: ChannelName) {
        channels[channel]?.subscribers.remove(session)
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
        case "ping": session.peer.sendFrame(Self.textFrame(EventJSON.pong(ref: ref, ms: wallMillis())))
        case "subscribe": subscribeOp(session, op, ref: ref)
        case "unsubscribe": unsubscribeOp(session, op, ref: ref)
        default:
            reject(session, "unknown_type", "Unknown op type \"\(type.prefix(64))\".", ref: ref)
        }
    }

    private func reject(_ session: ChatSession, _ code: String, _ message: String, ref: JSONValue?) {
        metrics.errorsSent += 1
        session.peer.sendFrame(Self.textFrame(EventJSON.error(code: code, message: message, ref: ref, ms: wallMillis())))
    }

    private func channelArgument(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?, required: Bool) -> ChannelName?? {
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

    private func subscribeOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard let parsed = channelArgument(session, op, ref: ref, required: true), let channel = parsed else { return }
        if !session.channels.contains(channel) {
            guard session.channels.count < 128 else {
                return reject(session, "bad_request", "At most 128 channels per connection.", ref: ref)
            }
            session.channels.append(channel)
            subscribe(session, to: channel)
        }
    }

    private func unsubscribeOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard let parsed = channelArgument(session, op, ref: ref, required: true), let channel = parsed else { return }
        guard let i = session.channels.firstIndex(of: channel) else {
            return reject(session, "not_subscribed", "Not subscribed to \(channel).", ref: ref)
        }
        session.channels.remove(at: i)
        unsubscribe(session, from: channel)
    }

    private func chat(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard settings.liveChatEnabled else {
            return reject(session, "chat_disabled", "Chat is disabled on this server.", ref: ref)
        }
        let now = wallMillis()
        guard chatOpen(now: now) else {
            return reject(session, "chat_closed", "Chat is closed outside the draw window.", ref: ref)
        }
        guard case .string(let message)? = op["message"] else {
            return reject(session, "bad_request", "A chat needs a string \"message\".", ref: ref)
        }
        guard let parsed = channelArgument(session, op, ref: ref, required: false) else { return }
        guard let channel = parsed ?? session.channels.first else {
            return reject(session, "not_subscribed", "Subscribe to a channel before chatting.", ref: ref)
        }
        guard session.channels.contains(channel) else {
            return reject(session, "not_subscribed", "Not subscribed to \(channel).", ref: ref)
        }
        if message.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return reject(session, "empty_message", "The message is empty.", ref: ref)
        }
        let scalars = message.unicodeScalars.count
        if scalars > settings.maxMessageChars {
            return reject(session, "message_too_long",
                          "The message has \(scalars) characters; the limit is \(settings.maxMessageChars).", ref: ref)
        }
        guard chatLimiter.allow(session.user, now: monotonicNanos()) else {
            metrics.rateLimited += 1
            return reject(session, "rate_limited",
                          "Slow down: at most \(settings.maxMessagesPerUserPerMinute) messages per minute.", ref: ref)
        }
        let verdict = moderator.evaluate(message)
        if verdict.toxic { metrics.moderationFlagged += 1 }
        lastID += 1
        var event = EventJSON.Chat(id: lastID, channel: channel.description, user: session.user, message: message,
                                   toxic: verdict.toxic, score: verdict.score, badges: session.badges,
                                   avatar: session.avatar, ms: now)
        if verdict.toxic {
            switch settings.moderationAction {
            case .flag:
                break
            case .mask:
                event.message = verdict.masked(message)
                let broadcast = EventJSON.chat(event)
                event.original = message
                return publish(channel, id: lastID, type: .chat, broadcast: broadcast, logged: EventJSON.chat(event))
            case .block:
                event.blocked = true
                sink.append(EventJSON.chat(event), epochMillis: now, durable: nil)
                metrics.count(.chat)
                return reject(session, "blocked", "The message was blocked by moderation.", ref: ref)
            }
        }
        let bytes = EventJSON.chat(event)
        publish(channel, id: lastID, type: .chat, broadcast: bytes, logged: bytes)
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

    /// Logs an event and delivers it to the channel. Under LOG_FSYNC=always the
    /// delivery waits until the log line is on disk.
    func publish(_ channel: ChannelName, id: Int64, type: CoreMetrics.EventType, broadcast: [UInt8], logged: [UInt8]) {
        metrics.count(type)
        let ms = wallMillis()
        channels[channel, default: ChannelState(history: EventRing(capacity: settings.messageHistoryLimit))]
            .history.append(EventRing.Entry(id: id, json: broadcast))
        if sink.waitsForDurability {
            sink.append(logged, epochMillis: ms) { [self] in
                self.assumeIsolated { $0.deliver(broadcast, to: channel) }
            }
        } else {
            sink.append(logged, epochMillis: ms, durable: nil)
            deliver(broadcast, to: channel)
        }
    }

    private func deliver(_ json: [UInt8], to channel: ChannelName) {
        guard let state = channels[channel], !state.subscribers.isEmpty else { return }
        let frame = Self.textFrame(json)
        metrics.deliveries &+= UInt64(state.subscribers.count)
        for session in state.subscribers.members { session.peer.sendFrame(frame) }
    }

    public func history(_ channel: ChannelName) -> [EventRing.Entry] { channels[channel]?.history.entries ?? [] }

    // MARK: Chat window

    func chatOpen(now: Int64) -> Bool {
        guard let text = settings.liveChatDrawTime, let draw = DrawTime.parse(text) else { return true }
        return ChatWindow(draw: draw, preHours: settings.liveChatPreDrawHours,
                          postHours: settings.liveChatPostDrawHours).isOpen(atEpochMillis: now)
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

extension ChatCore {
    /// A `?channels=` entry that is not a channel name: told once, after `welcome`.
    public func rejectChannel(_ session: ChatSession, _ name: String) {
        session.peer.sendFrame(Self.textFrame(EventJSON.error(
            code: "bad_channel", message: "\"\(name.prefix(64))\" is not a channel (lobby, stream:<id>, post:<id>, comment:<id>).",
            ref: nil, ms: wallMillis())))
    }

    /// Distinct users per channel with at least one subscriber.
    public func viewerCounts() -> [(String, Int)] {
        var out: [(String, Int)] = []
        for (name, state) in channels where !state.subscribers.isEmpty {
            var seen = Set<String>()
            for s in state.subscribers.members { seen.insert(s.user) }
            out.append((name.description, seen.count))
        }
        return out.sorted { $0.0 < $1.0 }
    }
}

extension ChatCore {
    /// A published payload: delivered as given plus `channel`, and, like every
    /// logged event, an `id` (and a `ts` unless the publisher sent one).
    /// Returns how many connections it was delivered to.
    public func publishExternal(_ payload: JSONObject, channel: ChannelName) -> Int {
        lastID += 1
        let ms = wallMillis()
        var w = JSONWriter(capacity: 192)
        w.beginObject()
        for member in payload.members where member.key != "channel" && member.key != "id" {
            w.key(member.key)
            w.value(member.value)
        }
        w.key("channel"); w.string(channel.description)
        w.key("id"); w.int(Int(lastID))
        if payload["ts"] == nil { EventJSON.timestamp(&w, ms) }
        w.endObject()
        let subscribers = subscriberCount(channel)
        publish(channel, id: lastID, type: .published, broadcast: w.bytes, logged: w.bytes)
        return subscribers
    }
}
