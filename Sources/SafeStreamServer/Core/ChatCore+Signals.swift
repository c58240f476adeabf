import SafeStreamCodec

/// Viewer counts, typing, presence and likes: the live signals around chat.
/// Updates are coalesced per channel (≤ 4/s, ≤ 250 ms stale) and sent from
/// `tick`, which the server calls every 100 ms.
extension ChatCore {
    // MARK: Typing

    func typingOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?, start: Bool) {
        guard let channel = requiredChannel(session, op, ref: ref) else { return }
        guard session.channels.contains(channel) else {
            return reject(session, "not_subscribed", "Not subscribed to \(channel).", ref: ref)
        }
        let changed = start ? typing.start(session.user, channel, now: monotonicNanos()) : typing.stop(session.user, channel)
        if changed { typingUpdates.mark(channel) }
    }

    // MARK: Presence

    /// The user's presence now: the status they set, refreshed by their last
    /// frame on any connection; offline with no connection or after 5 minutes.
    public func presenceStatus(_ user: String) -> PresenceTracker.Status {
        let now = monotonicNanos()
        if let sessions = users[user]?.sessions, let last = sessions.map(\.lastFrameNanos).max() {
            presence.touch(user, now: last)
        }
        return presence.status(user, now: now)
    }

    func presenceUpdateOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard case .string(let raw)? = op["status"], let status = PresenceTracker.Status(rawValue: raw) else {
            return reject(session, "bad_request", "\"status\" must be online, away or offline.", ref: ref)
        }
        presence.set(session.user, status, now: monotonicNanos())
    }

    func getPresenceOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard case .array(let list)? = op["users"], list.count <= 1000 else {
            return reject(session, "bad_request", "\"users\" must be a list of at most 1000 usernames.", ref: ref)
        }
        var names: [String] = []
        for v in list {
            guard case .string(let name) = v else {
                return reject(session, "bad_request", "\"users\" must be a list of usernames.", ref: ref)
            }
            names.append(name)
        }
        reply(session, EventJSON.presence(presenceStatuses(names), ref: ref, ms: wallMillis()))
    }

    public func presenceStatuses(_ names: [String]) -> [(String, String)] {
        var out: [(String, String)] = []
        for name in names where !out.contains(where: { $0.0 == name }) {
            out.append((name, presenceStatus(name).rawValue))
        }
        return out
    }

    // MARK: Viewers

    func getViewerCountOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard let channel = requiredChannel(session, op, ref: ref) else { return }
        reply(session, EventJSON.viewerCount(type: "viewer_count", channel: channel.description,
                                             count: viewers.count(channel), ref: ref, ms: wallMillis()))
    }

    /// Distinct users per channel with at least one viewer, sorted by name.
    public func viewerCounts() -> [(String, Int)] {
        viewers.all.map { ($0.0.description, $0.1) }.sorted { $0.0 < $1.0 }
    }

    public func viewerCount(_ channel: ChannelName) -> Int { viewers.count(channel) }

    // MARK: Likes

    func likeOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard let channel = requiredChannel(session, op, ref: ref) else { return }
        likeChannel(channel)
    }

    func likeMessageOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard case .int(let id)? = op["id"] else {
            return reject(session, "bad_request", "\"id\" must be a message id.", ref: ref)
        }
        guard likeMessage(id, by: session.user) != nil else {
            return reject(session, "bad_request", "No message has id \(id).", ref: ref)
        }
    }

    /// +1 on a channel's total; returns the new total.
    @discardableResult
    public func likeChannel(_ channel: ChannelName) -> Int64 {
        let total = likes.likeChannel(channel)
        likeUpdates.mark(channel)
        return total
    }

    /// A user's like of a message (idempotent per user). nil if no such message.
    public func likeMessage(_ id: Int64, by user: String) -> Int64? {
        // Only events still in a channel's history can be liked: they have a
        // channel to send the update to (DM ids and long-gone ids do not).
        guard messageChannels[id] != nil else { return nil }
        if let n = likes.likeMessage(id, by: user) {
            messageLikeUpdates.mark(id)
            return n
        }
        return likes.likes(message: id)
    }

    public func channelLikes() -> [(String, Int64)] {
        likes.channelTotals.map { ($0.key.description, $0.value) }.sorted { $0.0 < $1.0 }
    }

    // MARK: The coalescing tick

    /// Sends what became due: expired typing, viewer counts, like totals,
    /// message likes, and the chat window opening or closing.
    public func tick() {
        let now = monotonicNanos()
        let ms = wallMillis()
        for channel in typing.expire(now: now) { typingUpdates.mark(channel) }
        for channel in typingUpdates.due(now: now) {
            deliver(EventJSON.typingStatus(channel: channel.description, users: typing.users(channel), ms: ms), to: channel)
        }
        // Every viewer of a room gets each count update, so the cost of an
        // update grows with the room. Rooms above `largeRoom` viewers get one
        // every 0.9 s instead of every 0.25 s: still within 1 s of a change
        // (SPEC §2), a quarter of the frames while 10,000 viewers pour in.
        for channel in viewerUpdates.due(now: now, intervalFor: { self.viewers.count($0) > Self.largeRoom ? 900_000_000 : Self.updateInterval }) {
            deliver(EventJSON.viewerCount(type: "viewer_count_updated", channel: channel.description,
                                          count: viewers.count(channel), ref: nil, ms: ms), to: channel)
        }
        sendLikeUpdates(channels: likeUpdates.due(now: now), messages: messageLikeUpdates.due(now: now), ms: ms)
        checkChatWindow(ms: ms)
        // Once a minute: forget rate-limit windows of users who went quiet.
        if now &- lastPruneNanos >= 60_000_000_000 {
            lastPruneNanos = now
            chatLimiter.prune(now: now)
        }
    }

    /// At shutdown: log (and send) every like update still held back by the
    /// coalescer, so the totals rebuilt after a restart match those answered.
    public func flushPendingUpdates() {
        sendLikeUpdates(channels: likeUpdates.drainAll(), messages: messageLikeUpdates.drainAll(), ms: wallMillis())
    }

    private func sendLikeUpdates(channels: [ChannelName], messages: [Int64], ms: Int64) {
        for channel in channels {
            let json = EventJSON.likeUpdate(channel: channel.description, total: likes.total(channel), ms: ms)
            logThenDeliver(json, ms: ms) { [self] in self.deliver(json, to: channel) }
        }
        for id in messages {
            let channel = messageChannels[id]
            let json = EventJSON.messageLikeUpdate(id: id, likes: likes.likes(message: id), channel: channel?.description, ms: ms)
            logThenDeliver(json, ms: ms) { [self] in if let channel { self.deliver(json, to: channel) } }
        }
    }
}
