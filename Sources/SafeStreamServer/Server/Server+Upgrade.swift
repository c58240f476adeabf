import SafeStreamCodec

/// RFC 6455 §4.2.1-4.2.2: validating an opening handshake and answering it.
extension Server {
    /// The Sec-WebSocket-Key, or the reply that refuses the upgrade.
    private func validateUpgrade(_ request: HTTPRequest) -> Result<String, HTTPReplyError> {
        func refuse(_ status: Int, _ message: String, _ headers: [(String, String)] = []) -> Result<String, HTTPReplyError> {
            metrics.handshakesRejected &+= 1
            return .failure(.init(HTTPReply.error(status: status, code: HTTPReply.code(for: status), message: message, headers: headers)))
        }
        guard request.method == "GET" else { return refuse(405, "WebSocket upgrades use GET.", [("Allow", "GET")]) }
        guard request.versionMinor >= 1 else { return refuse(400, "WebSocket upgrades need HTTP/1.1.") }
        guard request.headerHasToken("Upgrade", "websocket") else {
            return refuse(426, "This endpoint speaks WebSocket: send Upgrade: websocket.", [("Upgrade", "websocket")])
        }
        guard request.headerHasToken("Connection", "upgrade") else {
            return refuse(400, "The Connection header must include Upgrade.")
        }
        guard request.header("Sec-WebSocket-Version") == "13" else {
            return refuse(426, "Only WebSocket version 13 is supported.", [("Sec-WebSocket-Version", "13")])
        }
        guard let key = request.header("Sec-WebSocket-Key"), let raw = Base64.decode(key), raw.count == 16 else {
            return refuse(400, "Sec-WebSocket-Key must be 16 bytes in base64.")
        }
        if let allowed = settings.allowedOrigins, let origin = request.header("Origin"), !allowed.contains(origin) {
            return refuse(403, "Origin \(origin.prefix(200)) is not allowed.")
        }
        guard openWebSockets < settings.maxConnections else {
            return refuse(503, "The server is at its connection limit; retry later.", [("Retry-After", "1")])
        }
        return .success(key)
    }

    func upgradeEcho(_ request: HTTPRequest, on conn: Connection) {
        switch validateUpgrade(request) {
        case .failure(let e): conn.respond(e.reply, keepAlive: request.keepAlive)
        case .success(let key):
            metrics.handshakesCompleted &+= 1
            webSocketOpened()
            conn.upgrade(accept: WebSocketAccept.value(forKey: key), role: .echo, maxMessageBytes: settings.maxFrameBytes)
        }
    }

    func upgradeChat(_ request: HTTPRequest, on conn: Connection, username: Substring) {
        guard Username.isValid(username) else {
            metrics.handshakesRejected &+= 1
            return conn.respond(HTTPReply.error(status: 400, code: "bad_username",
                                                message: "Usernames are 1-32 of A-Z a-z 0-9 _ . -"), keepAlive: request.keepAlive)
        }
        var channelList: [ChannelName] = []
        var badChannels: [String] = []
        var since: Int64? = nil
        var token: String? = nil
        for item in request.queryItems() {
            switch item.name {
            case "token":
                token = item.value
            case "channels":
                for part in item.value.split(separator: ",") {
                    let name = String(part).trimmingSpaces()
                    if name.isEmpty { continue }
                    if let c = ChannelName(name) { if !channelList.contains(c) { channelList.append(c) } }
                    else { badChannels.append(name) }
                }
            case "since":
                guard let v = Int64(item.value), v >= 0 else {
                    metrics.handshakesRejected &+= 1
                    return conn.respond(HTTPReply.error(status: 400, code: "bad_request",
                                                        message: "since must be a non-negative event id."), keepAlive: request.keepAlive)
                }
                since = v
            default:
                break
            }
        }
        guard channelList.count <= 128 else {
            metrics.handshakesRejected &+= 1
            return conn.respond(HTTPReply.error(status: 400, code: "too_many_channels",
                                                message: "At most 128 channels per connection."), keepAlive: request.keepAlive)
        }
        if channelList.isEmpty && badChannels.isEmpty { channelList = [.lobby] }
        let user = String(username)
        // JWT mode: the token must be valid and issued for this username (401 before upgrade).
        var claims = JWTClaims()
        if jwtRequired {
            switch verifyToken(token, for: user) {
            case .failure(let e):
                metrics.handshakesRejected &+= 1
                return conn.respond(e.reply, keepAlive: request.keepAlive)
            case .success(let c): claims = c
            }
        }
        switch validateUpgrade(request) {
        case .failure(let e):
            conn.respond(e.reply, keepAlive: request.keepAlive)
        case .success(let key):
            metrics.handshakesCompleted &+= 1
            webSocketOpened()
            conn.upgrade(accept: WebSocketAccept.value(forKey: key), role: .chat, maxMessageBytes: settings.maxFrameBytes)
            // Badges and avatar come from the token's claims in JWT mode, else from
            // HOST_USERS / WINNER_USERS (SPEC §2).
            let badges = jwtRequired ? claims.badges : core.assumeIsolated { $0.badges(for: user) }
            let session = ChatSession(peer: conn, user: user, channels: channelList, badges: badges, avatar: claims.avatar)
            conn.tokenExpiresAtMillis = claims.expiresAt.map { $0 &* 1000 }
            conn.session = session
            core.assumeIsolated { core in
                core.join(session, since: since)
                for bad in badChannels { core.rejectChannel(session, bad) }
            }
        }
    }
}
