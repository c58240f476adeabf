import SafeStreamCodec
import SafeStreamModeration

/// Channel chat and direct messages: validation, rate limit, moderation.
extension ChatCore {
    /// The checks `chat` and `direct` share; returns the message or nil after an error.
    private func acceptText(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) -> String? {
        guard settings.liveChatEnabled else {
            reject(session, "chat_disabled", "Chat is disabled on this server.", ref: ref); return nil
        }
        guard case .string(let message)? = op["message"] else {
            reject(session, "bad_request", "A message needs a string \"message\".", ref: ref); return nil
        }
        if message.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            reject(session, "empty_message", "The message is empty.", ref: ref); return nil
        }
        let scalars = message.unicodeScalars.count
        if scalars > settings.maxMessageChars {
            reject(session, "message_too_long",
                   "The message has \(scalars) characters; the limit is \(settings.maxMessageChars).", ref: ref)
            return nil
        }
        return message
    }

    private func allowedByRateLimit(_ session: ChatSession, ref: JSONValue?) -> Bool {
        guard chatLimiter.allow(session.user, now: monotonicNanos()) else {
            metrics.rateLimited += 1
            reject(session, "rate_limited",
                   "Slow down: at most \(settings.maxMessagesPerUserPerMinute) messages per minute.", ref: ref)
            return false
        }
        return true
    }

    func chat(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard settings.liveChatEnabled else {
            return reject(session, "chat_disabled", "Chat is disabled on this server.", ref: ref)
        }
        let now = wallMillis()
        guard chatOpen(now: now) else {
            return reject(session, "chat_closed", "Chat is closed outside the draw window.", ref: ref)
        }
        guard let parsed = channelArgument(session, op, ref: ref, required: false) else { return }
        guard let channel = parsed ?? session.channels.first else {
            return reject(session, "not_subscribed", "Subscribe to a channel before chatting.", ref: ref)
        }
        guard session.channels.contains(channel) else {
            return reject(session, "not_subscribed", "Not subscribed to \(channel).", ref: ref)
        }
        guard let message = acceptText(session, op, ref: ref), allowedByRateLimit(session, ref: ref) else { return }
        // Sending a message ends the sender's typing indicator.
        if typing.stop(session.user, channel) { typingUpdates.mark(channel) }
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

    // MARK: Direct messages

    func directOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard case .string(let to)? = op["to"], Username.isValid(to) else {
            return reject(session, "bad_request", "\"to\" must be a username.", ref: ref)
        }
        guard to != session.user else {
            return reject(session, "bad_request", "You cannot send a direct message to yourself.", ref: ref)
        }
        guard let message = acceptText(session, op, ref: ref), allowedByRateLimit(session, ref: ref) else { return }
        let verdict = moderator.evaluate(message)
        if verdict.toxic { metrics.moderationFlagged += 1 }
        let ms = wallMillis()
        lastID += 1
        let id = lastID
        let conversation = UnreadCounters.conversation(session.user, to)
        var event = EventJSON.Direct(id: id, conversation: conversation, from: session.user, to: to, message: message,
                                     toxic: verdict.toxic, score: verdict.score, ms: ms)
        var logged: [UInt8]
        var broadcast: [UInt8]
        if verdict.toxic && settings.moderationAction == .block {
            event.blocked = true
            sink.append(EventJSON.direct(event), epochMillis: ms, durable: nil)
            metrics.count(.direct)
            return reject(session, "blocked", "The message was blocked by moderation.", ref: ref)
        } else if verdict.toxic && settings.moderationAction == .mask {
            event.message = verdict.masked(message)
            broadcast = EventJSON.direct(event)
            event.original = message
            logged = EventJSON.direct(event)
        } else {
            broadcast = EventJSON.direct(event)
            logged = broadcast
        }
        metrics.count(.direct)
        let from = session.user
        logThenDeliver(logged, ms: ms) { [self] in
            self.deliver(broadcast, toUser: from)
            self.deliver(broadcast, toUser: to)
            let (count, total) = self.unread.increment(to, conversation)
            self.deliver(EventJSON.unreadUpdated(conversation: conversation, count: count, total: total, ms: ms), toUser: to)
            self.deliver(EventJSON.newMessage(conversation: conversation, from: from, id: id, ms: ms), toUser: to)
        }
    }

    func messagesReadOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        guard case .string(let conversation)? = op["conversation"],
              let (a, b) = UnreadCounters.participants(conversation), a == session.user || b == session.user else {
            return reject(session, "bad_request", "\"conversation\" must be one of your dm:<a>:<b> conversations.", ref: ref)
        }
        let total = unread.reset(session.user, conversation)
        deliver(EventJSON.unreadUpdated(conversation: conversation, count: 0, total: total, ms: wallMillis(), ref: ref),
                toUser: session.user)
    }

    func getUnreadCountOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?) {
        let total = unread.total(session.user)
        if let raw = op["conversation"], raw != .null {
            guard case .string(let conversation) = raw, let (a, b) = UnreadCounters.participants(conversation),
                  a == session.user || b == session.user else {
                return reject(session, "bad_request", "\"conversation\" must be one of your dm:<a>:<b> conversations.", ref: ref)
            }
            return reply(session, EventJSON.unreadCount(conversation: conversation, count: unread.count(session.user, conversation),
                                                        total: total, ref: ref, ms: wallMillis()))
        }
        reply(session, EventJSON.unreadCount(conversation: nil, count: total, total: total, ref: ref, ms: wallMillis()))
    }
}
