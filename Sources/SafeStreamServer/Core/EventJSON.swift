import SafeStreamCodec

/// Serializes server events. Each event is written once; the same bytes are
/// framed once and go to every subscriber and to the log.
enum EventJSON {
    static func timestamp(_ w: inout JSONWriter, _ ms: Int64) {
        w.key("ts")
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
        var w = JSONWriter(capacity: 128)
        w.beginObject()
        w.key("type"); w.string("error")
        w.key("code"); w.string(code)
        w.key("message"); w.string(message)
        Self.ref(&w, ref)
        timestamp(&w, ms)
        w.endObject()
        return w.bytes
    }

    static func pong(ref: JSONValue?, ms: Int64) -> [UInt8] {
        var w = JSONWriter(capacity: 64)
        w.beginObject()
        w.key("type"); w.string("pong")
        Self.ref(&w, ref)
        timestamp(&w, ms)
        w.endObject()
        return w.bytes
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
        var w = JSONWriter(capacity: 128)
        w.beginObject()
        w.key("type"); w.string("gift")
        w.key("id"); w.int(Int(id))
        w.key("channel"); w.string(channel)
        w.key("from"); w.string(from)
        w.key("gift_id"); w.int(giftID)
        w.key("amount"); w.int(amount)
        timestamp(&w, ms)
        w.endObject()
        return w.bytes
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
        w.key("server_time")
        var s: [UInt8] = [0x22]
        UTCTime.appendISO8601(epochMillis: ms, to: &s)
        s.append(0x22)
        w.raw(s)
        w.endObject()
        return w.bytes
    }
}
