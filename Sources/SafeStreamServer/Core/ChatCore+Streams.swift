import SafeStreamCodec

/// Live streams (host users start and end them) and the chat window.
extension ChatCore {
    func isHost(_ session: ChatSession) -> Bool { session.badges.contains("host") }

    func streamOp(_ session: ChatSession, _ op: JSONObject, ref: JSONValue?, start: Bool) {
        guard isHost(session) else {
            return reject(session, "forbidden", "Only hosts can start or end a stream.", ref: ref)
        }
        guard let channel = requiredChannel(session, op, ref: ref) else { return }
        guard channel.isStream else {
            return reject(session, "bad_channel", "Streams live on stream:<id> channels.", ref: ref)
        }
        var location: String? = nil
        if let raw = op["location"], raw != .null {
            guard case .string(let s) = raw, !s.isEmpty, s.unicodeScalars.count <= 100 else {
                return reject(session, "bad_request", "\"location\" must be a short string.", ref: ref)
            }
            location = s
        }
        if start {
            streams.start(channel, location: location)
        } else {
            guard streams.end(channel) else {
                return reject(session, "bad_request", "\(channel) is not live.", ref: ref)
            }
        }
        lastID += 1
        let json = EventJSON.stream(type: start ? "stream_start" : "stream_end", id: lastID, channel: channel.description,
                                    user: session.user, location: location, ms: wallMillis())
        publish(channel, id: lastID, type: .stream, broadcast: json, logged: json)
        // A host not watching the stream channel still sees that it worked.
        if !session.channels.contains(channel) { reply(session, json) }
    }

    /// Live streams, optionally in one location, with their viewer counts.
    public func liveStreams(location: String?) -> [(channel: String, location: String?, viewers: Int)] {
        streams.live.compactMap { channel, loc in
            if let location, loc != location { return nil }
            return (channel.description, loc, viewers.count(channel))
        }.sorted { $0.channel < $1.channel }
    }

    // MARK: Chat window

    public nonisolated func chatOpen(now: Int64) -> Bool { Self.chatOpen(settings, now: now) }

    /// Chat is open when it is enabled and, with a draw time, inside its window.
    static func chatOpen(_ settings: Settings, now: Int64) -> Bool {
        guard settings.liveChatEnabled else { return false }
        guard let text = settings.liveChatDrawTime, let draw = DrawTime.parse(text) else { return true }
        return ChatWindow(draw: draw, preHours: settings.liveChatPreDrawHours,
                          postHours: settings.liveChatPostDrawHours).isOpen(atEpochMillis: now)
    }

    /// Tells every connection when the window opens or closes.
    func checkChatWindow(ms: Int64) {
        guard settings.liveChatDrawTime != nil, settings.liveChatEnabled else { return }
        let open = chatOpen(now: ms)
        guard open != lastChatOpen else { return }
        lastChatOpen = open
        let frame = Self.textFrame(EventJSON.chatWindow(open: open, ms: ms))
        for user in users.values { for session in user.sessions { session.peer.sendFrame(frame) } }
    }
}
