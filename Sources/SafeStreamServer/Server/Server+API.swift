import SafeStreamCodec

/// The read and like routes of the HTTP API (SPEC §3).
extension Server {
    /// `/api/messages/<id>/like` → the id.
    static func messageLikePath(_ path: Substring) -> Int64? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0].isEmpty, parts[1] == "api", parts[2] == "messages", parts[4] == "like",
              let id = Int64(parts[3]), id > 0 else { return nil }
        return id
    }

    private func query(_ request: HTTPRequest, _ name: String) -> String? {
        request.queryItems().first { $0.name == name }?.value
    }

    private func badRequest(_ code: String, _ message: String) -> HTTPReply {
        HTTPReply.error(status: 400, code: code, message: message)
    }

    /// `GET /api/messages?channel=&limit=&before=`: retained events, oldest first.
    func getMessages(_ request: HTTPRequest) -> HTTPReply {
        let name = query(request, "channel") ?? "lobby"
        guard let channel = ChannelName(name) else {
            return badRequest("bad_channel", "channel must be lobby, stream:<id>, post:<id> or comment:<id>.")
        }
        var limit = settings.messageHistoryLimit
        if let raw = query(request, "limit") {
            guard let n = Int(raw), n >= 0 else { return badRequest("bad_request", "limit must be a non-negative integer.") }
            limit = min(n, settings.messageHistoryLimit)
        }
        var before: Int64? = nil
        if let raw = query(request, "before") {
            guard let n = Int64(raw), n > 0 else { return badRequest("bad_request", "before must be a positive event id.") }
            before = n
        }
        let entries = core.assumeIsolated { $0.history(channel, limit: limit, before: before) }
        var w = JSONWriter(capacity: 64 + entries.reduce(0) { $0 + $1.json.count + 1 })
        w.beginObject()
        w.key("channel"); w.string(channel.description)
        w.key("messages")
        w.beginArray()
        for e in entries { w.raw(e.json) }
        w.endArray()
        w.endObject()
        return .json(200, w.bytes)
    }

    /// `POST /api/like {"channel"}`: the channel's like total +1.
    func postLike(_ request: HTTPRequest) -> HTTPReply {
        let body: JSONObject
        switch jsonBody(request) {
        case .failure(let e): return e.reply
        case .success(let o): body = o
        }
        if jwtRequired, case .failure(let e) = actingUser(request, body: body, field: "user") { return e.reply }
        guard case .string(let name)? = body["channel"], let channel = ChannelName(name) else {
            return HTTPReply.error(status: 422, code: "bad_channel", message: "\"channel\" must be lobby, stream:<id>, post:<id> or comment:<id>.")
        }
        let total = core.assumeIsolated { $0.likeChannel(channel) }
        var w = JSONWriter(capacity: 64)
        w.beginObject()
        w.key("channel"); w.string(channel.description)
        w.key("total_likes"); w.int(Int(total))
        w.endObject()
        return .json(200, w.bytes)
    }

    /// `POST /api/messages/<id>/like {"user"}`: once per user per message.
    func postMessageLike(_ request: HTTPRequest, id: Int64) -> HTTPReply {
        let body: JSONObject
        switch jsonBody(request.body.isEmpty ? HTTPRequest(method: request.method, target: request.target,
                                                              versionMinor: request.versionMinor, headers: request.headers,
                                                              body: Array("{}".utf8)) : request) {
        case .failure(let e): return e.reply
        case .success(let o): body = o
        }
        let user: String
        switch actingUser(request, body: body, field: "user") {
        case .failure(let e): return e.reply
        case .success(let u): user = u
        }
        guard let likes = core.assumeIsolated({ $0.likeMessage(id, by: user) }) else {
            return HTTPReply.error(status: 404, code: "not_found", message: "No message has id \(id).")
        }
        var w = JSONWriter(capacity: 48)
        w.beginObject()
        w.key("id"); w.int(Int(id))
        w.key("likes"); w.int(Int(likes))
        w.endObject()
        return .json(200, w.bytes)
    }

    /// `GET /api/presence?users=a,b`.
    func getPresence(_ request: HTTPRequest) -> HTTPReply {
        let names = (query(request, "users") ?? "").split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        guard names.count <= 1000 else { return badRequest("bad_request", "At most 1000 users per request.") }
        let statuses = core.assumeIsolated { $0.presenceStatuses(names) }
        var w = JSONWriter(capacity: 64 + 24 * statuses.count)
        w.beginObject()
        w.key("statuses")
        EventJSON.statusObject(&w, statuses)
        w.endObject()
        return .json(200, w.bytes)
    }

    /// `GET /api/streams?location=`.
    func getStreams(_ request: HTTPRequest) -> HTTPReply {
        let location = query(request, "location").flatMap { $0.isEmpty ? nil : $0 }
        let streams = core.assumeIsolated { $0.liveStreams(location: location) }
        var w = JSONWriter(capacity: 64 + 64 * streams.count)
        w.beginObject()
        w.key("streams")
        w.beginArray()
        for s in streams {
            w.beginObject()
            w.key("channel"); w.string(s.channel)
            w.key("location"); if let l = s.location { w.string(l) } else { w.null() }
            w.key("viewers"); w.int(s.viewers)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return .json(200, w.bytes)
    }

    /// `GET /api/status`.
    func statusJSON() -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("connections"); w.int(openWebSockets)
        core.assumeIsolated { core in
            w.key("viewers")
            w.beginObject()
            for (name, count) in core.viewerCounts() { w.key(name); w.int(count) }
            w.endObject()
            w.key("likes")
            w.beginObject()
            for (name, total) in core.channelLikes() { w.key(name); w.int(Int(total)) }
            w.endObject()
        }
        w.key("chat_open"); w.bool(core.chatOpen(now: Clock.wallMillis()))
        w.key("uptime_s"); w.double(Double((Clock.monotonicNanos() &- startedNanos) / 1_000_000) / 1000)
        w.key("version"); w.string(SafeStreamVersion.string)
        w.endObject()
        return w.bytes
    }
}
