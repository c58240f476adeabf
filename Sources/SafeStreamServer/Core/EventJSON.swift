import SafeStreamCodec

/// Serializes server events. Each event is written once; the same bytes are
/// framed once and go to every subscriber and to the log.
enum EventJSON {
    /// `"ts":"2026-11-22T04:20:05.752Z"` (or another key, e.g. `server_time`).
    static func timestamp(_ w: inout JSONWriter, _ ms: Int64, key: String = "ts") {
        w.key(key)
        var s: [UInt8] = [0x22]
        s.reserveCapacity(26)
        UTCTime.appendISO8601(epochMillis: ms, to: &s)
        s.append(0x22)
        w.raw(s)
    }

    static func ref(_ w: inout JSONWriter, _ ref: JSONValue?) {
        if let ref { w.key("ref"); w.value(ref) }
    }

    static func strings(_ w: inout JSONWriter, _ list: [String]) {
        w.beginArray()
        for s in list { w.string(s) }
        w.endArray()
    }

    static func error(code: String, message: String, ref: JSONValue?, ms: Int64) -> [UInt8] {
        var w = begin("error", capacity: 128)
        w.key("code"); w.string(code)
        w.key("message"); w.string(message)
        return end(&w, ref: ref, ms: ms)
    }

    static func pong(ref: JSONValue?, ms: Int64) -> [UInt8] {
        var w = begin("pong", capacity: 64)
        return end(&w, ref: ref, ms: ms)
    }

    struct Chat {
        var id: Int64
        var channel: String
        var user: String
        var message: String
        var toxic: Bool
        var score: Double
        var badges: [String]
        var avatar: String?
        var ms: Int64
        /// Log-only extras: the original text under `mask`, `blocked` under `block`.
        var original: String? = nil
        var blocked = false
    }

    static func chat(_ c: Chat) -> [UInt8] {
        var w = JSONWriter(capacity: 160 + c.message.utf8.count)
        w.beginObject()
        w.key("type"); w.string("chat")
        w.key("id"); w.int(Int(c.id))
        w.key("channel"); w.string(c.channel)
        w.key("user"); w.string(c.user)
        w.key("message"); w.string(c.message)
        w.key("toxic"); w.bool(c.toxic)
        w.key("score"); w.decimal3(c.score)
        w.key("badges"); strings(&w, c.badges)
        if let a = c.avatar { w.key("avatar"); w.string(a) }
        timestamp(&w, c.ms)
        if let o = c.original { w.key("original"); w.string(o) }
        if c.blocked { w.key("blocked"); w.bool(true) }
        w.endObject()
        return w.bytes
    }

    static func gift(id: Int64, channel: String, from: String, giftID: Int, amount: Int, ms: Int64) -> [UInt8] {
        var w = begin("gift", capacity: 128)
        w.key("id"); w.int(Int(id))
        w.key("channel"); w.string(channel)
        w.key("from"); w.string(from)
        w.key("gift_id"); w.int(giftID)
        w.key("amount"); w.int(amount)
        return end(&w, ms: ms)
    }

    static func welcome(user: String, channels: [ChannelName], badges: [String], chatOpen: Bool,
                        recovered: Bool?, lastID: Int64, ms: Int64) -> [UInt8] {
        var w = JSONWriter(capacity: 160)
        w.beginObject()
        w.key("type"); w.string("welcome")
        w.key("user"); w.string(user)
        w.key("channels"); strings(&w, channels.map(\.description))
        w.key("badges"); strings(&w, badges)
        w.key("chat_open"); w.bool(chatOpen)
        if let recovered { w.key("recovered"); w.bool(recovered) }
        w.key("last_id"); w.int(Int(lastID))
        timestamp(&w, ms, key: "server_time")
        w.endObject()
        return w.bytes
    }
}

// MARK: Issue #4 events
extension EventJSON {
    static func begin(_ type: String, capacity: Int = 96) -> JSONWriter {
        var w = JSONWriter(capacity: capacity)
        w.beginObject()
        w.key("type"); w.string(type)
        return w
    }

    static func end(_ w: inout JSONWriter, ref: JSONValue? = nil, ms: Int64) -> [UInt8] {
        Self.ref(&w, ref)
        timestamp(&w, ms)
        w.endObject()
        return w.bytes
    }

    struct Direct {
        var id: Int64
        var conversation: String
        var from: String
        var to: String
        var message: String
        var toxic: Bool
        var score: Double
        var ms: Int64
        var original: String? = nil
        var blocked = false
    }

    static func direct(_ d: Direct) -> [UInt8] {
        var w = begin("direct", capacity: 160 + d.message.utf8.count)
        w.key("id"); w.int(Int(d.id))
        w.key("conversation"); w.string(d.conversation)
        w.key("from"); w.string(d.from)
        w.key("to"); w.string(d.to)
        w.key("message"); w.string(d.message)
        w.key("toxic"); w.bool(d.toxic)
        w.key("score"); w.decimal3(d.score)
        timestamp(&w, d.ms)
        if let o = d.original { w.key("original"); w.string(o) }
        if d.blocked { w.key("blocked"); w.bool(true) }
        w.endObject()
        return w.bytes
    }

    static func unreadUpdated(conversation: String, count: Int, total: Int, ms: Int64, ref: JSONValue? = nil) -> [UInt8] {
        var w = begin("unread_count_updated")
        w.key("conversation"); w.string(conversation)
        w.key("count"); w.int(count)
        w.key("total"); w.int(total)
        return end(&w, ref: ref, ms: ms)
    }

    static func newMessage(conversation: String, from: String, id: Int64, ms: Int64) -> [UInt8] {
        var w = begin("new_message_notification")
        w.key("conversation"); w.string(conversation)
        w.key("from"); w.string(from)
        w.key("id"); w.int(Int(id))
        return end(&w, ms: ms)
    }

    static func unreadCount(conversation: String?, count: Int, total: Int, ref: JSONValue?, ms: Int64) -> [UInt8] {
        var w = begin("unread_count")
        if let conversation { w.key("conversation"); w.string(conversation) }
        w.key("count"); w.int(count)
        w.key("total"); w.int(total)
        return end(&w, ref: ref, ms: ms)
    }

    static func presence(_ statuses: [(String, String)], ref: JSONValue?, ms: Int64) -> [UInt8] {
        var w = begin("presence")
        w.key("statuses")
        statusObject(&w, statuses)
        return end(&w, ref: ref, ms: ms)
    }

    static func statusObject(_ w: inout JSONWriter, _ statuses: [(String, String)]) {
        w.beginObject()
        for (user, status) in statuses { w.key(user); w.string(status) }
        w.endObject()
    }

    static func viewerCount(type: String, channel: String, count: Int, ref: JSONValue?, ms: Int64) -> [UInt8] {
        var w = begin(type)
        w.key("channel"); w.string(channel)
        w.key("count"); w.int(count)
        return end(&w, ref: ref, ms: ms)
    }

    static func typingStatus(channel: String, users: [String], ms: Int64) -> [UInt8] {
        var w = begin("typing_status")
        w.key("channel"); w.string(channel)
        w.key("users"); strings(&w, users)
        return end(&w, ms: ms)
    }

    static func likeUpdate(channel: String, total: Int64, ms: Int64) -> [UInt8] {
        var w = begin("like_update")
        w.key("channel"); w.string(channel)
        w.key("total_likes"); w.int(Int(total))
        return end(&w, ms: ms)
    }

    static func messageLikeUpdate(id: Int64, likes: Int64, channel: String?, ms: Int64) -> [UInt8] {
        var w = begin("message_like_update")
        w.key("id"); w.int(Int(id))
        w.key("likes"); w.int(Int(likes))
        if let channel { w.key("channel"); w.string(channel) }
        return end(&w, ms: ms)
    }

    static func stream(type: String, id: Int64, channel: String, user: String, location: String?, ms: Int64) -> [UInt8] {
        var w = begin(type)
        w.key("id"); w.int(Int(id))
        w.key("channel"); w.string(channel)
        w.key("user"); w.string(user)
        if let location { w.key("location"); w.string(location) }
        return end(&w, ms: ms)
    }

    static func chatWindow(open: Bool, ms: Int64) -> [UInt8] {
        var w = begin("chat_window")
        w.key("open"); w.bool(open)
        return end(&w, ms: ms)
    }
}
