import SafeStreamCodec

/// `POST /internal/publish` (SPEC §4): a backend delivers an event to a
/// channel, e.g. a payments service emitting `gift.received` after its commit.
extension Server {
    static let publishableTypes: Set<String> = ["gift.received", "gift", "announcement"]

    func publish(_ request: HTTPRequest) -> HTTPReply {
        if let refusal = authorizePublisher(request) { return refusal }
        let body: JSONObject
        switch jsonBody(request) {
        case .failure(let e): return e.reply
        case .success(let o): body = o
        }
        guard case .string(let name)? = body["channel"], let channel = ChannelName(name) else {
            return HTTPReply.error(status: 400, code: "bad_channel",
                                   message: "\"channel\" must be lobby, stream:<id>, post:<id> or comment:<id>.")
        }
        guard case .object(let payload)? = body["payload"] else {
            return HTTPReply.error(status: 400, code: "bad_request", message: "\"payload\" must be a JSON object.")
        }
        guard case .string(let type)? = payload["type"], Self.publishableTypes.contains(type) else {
            return HTTPReply.error(status: 400, code: "unknown_event_type",
                                   message: "payload.type must be one of gift.received, gift, announcement.")
        }
        let delivered = core.assumeIsolated { $0.publishExternal(payload, channel: channel) }
        var w = JSONWriter(capacity: 48)
        w.beginObject()
        w.key("status"); w.string("published")
        w.key("delivered"); w.int(delivered)
        w.endObject()
        return .json(202, w.bytes)
    }
}
