import SafeStreamCodec

/// What the HTTP API reads and the few things it does through the core.
extension ChatCore {
    /// A `?channels=` entry that is not a channel name: told once, after `welcome`.
    public func rejectChannel(_ session: ChatSession, _ name: String) {
        reject(session, "bad_channel",
               "\"\(name.prefix(64))\" is not a channel (lobby, stream:<id>, post:<id>, comment:<id>).", ref: nil)
    }

    /// Retained events of a channel, oldest first: the last `limit` with an id below `before`.
    public func history(_ channel: ChannelName, limit: Int = Int.max, before: Int64? = nil) -> [EventRing.Entry] {
        var entries = channels[channel]?.history.entries ?? []
        if let before { entries = entries.filter { $0.id < before } }
        return Array(entries.suffix(max(0, limit)))
    }

    /// A published payload (SPEC §4): delivered as given plus `channel`, and,
    /// like every logged event, an `id` (and a `ts` unless the publisher sent
    /// one). Returns how many connections it was delivered to.
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
