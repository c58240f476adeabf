import Glibc
import CSafeStreamLinux
import SafeStreamCodec
import SafeStreamModeration

/// Wires the pieces together: the loop, the listener, the connections, the
/// core actor, the log and the timers. Everything here runs on the loop thread.
public final class Server {
    public let settings: Settings
    public let loop: EventLoop
    public let core: ChatCore
    let sink: EventSink
    let startedNanos: UInt64
    private var listener: Listener?
    private var connections: [Connection?] = []     // indexed by fd
    private var connectionCount = 0
    private var webSocketCount = 0
    private var perIP: [String: Int] = [:]
    private var nextConnectionID: UInt64 = 1
    var flushList: [Connection] = []
    private var closedThisIteration: [Connection] = []
    let readBuffer: UnsafeMutableRawBufferPointer
    var metrics = ServerMetrics()
    /// Monotonic time sampled once per loop iteration (cheap timestamps for every read).
    private(set) var now: UInt64
    private var shuttingDown = false

    /// The port actually bound (useful with PORT=0).
    public var port: Int { listener?.port ?? 0 }

    public init(settings: Settings, loop: EventLoop, moderator: any Moderator, sink: EventSink,
                recovery: LogRecovery) {
        self.settings = settings
        self.loop = loop
        self.sink = sink
        self.core = ChatCore(loop: loop, settings: settings, moderator: moderator, sink: sink, recovery: recovery)
        self.readBuffer = .allocate(byteCount: 65_536, alignment: 16)
        self.now = Clock.monotonicNanos()
        self.startedNanos = now
    }

    /// Binds the listening socket and installs the timers. Call on the loop thread
    /// (or before `loop.run()` after `loop.bindToCurrentThread()`).
    public func start() throws(SystemError) {
        guard let address = SocketAddress.parse(host: settings.host, port: settings.port) else {
            throw SystemError("bad address \(settings.host)", errno: EINVAL)
        }
        listener = try Listener(address: address, loop: loop) { [unowned self] fd, peer in self.accepted(fd, peer) }
        loop.addBeforeSleepHook { [unowned self] in self.beforeSleep() }
        loop.repeating(everyNanos: settings.timeouts.sweepNanos) { [unowned self] in self.sweep(); return true }
        // Coalesced updates (viewer counts, typing, likes) and the chat window.
        loop.repeating(everyNanos: 100_000_000) { [unowned self] in
            self.core.assumeIsolated { $0.tick() }
            return true
        }
        if settings.giftIntervalSecs > 0 {
            let interval = UInt64(settings.giftIntervalSecs * 1_000_000_000)
            loop.repeating(everyNanos: max(interval, 1_000_000)) { [unowned self] in
                if self.shuttingDown { return false }
                self.core.assumeIsolated { $0.botGift() }
                return true
            }
        }
    }

    // MARK: Connections

    private func accepted(_ fd: Int32, _ peer: String) {
        metrics.connectionsAccepted &+= 1
        if shuttingDown { close(fd); return }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        // Pin the kernel send buffer: with autotuning a reader that never reads
        // can park up to 4 MB in the kernel on top of our own queue, and
        // SLOW_CLIENT_MAX_BUFFER would bound nothing. (The kernel doubles the
        // value and caps it at net.core.wmem_max.)
        var sndbuf = Int32(clamping: max(65_536, settings.slowClientMaxBuffer / 4))
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, socklen_t(MemoryLayout<Int32>.size))
        if settings.maxConnectionsPerIP > 0 && perIP[peer, default: 0] >= settings.maxConnectionsPerIP {
            metrics.handshakesRejected &+= 1
            let reply = HTTPReply.error(status: 429, code: "too_many_connections",
                                        message: "Too many connections from this address.")
            let bytes = HTTPResponse.serialize(status: reply.status, headers: reply.headers, body: reply.body, keepAlive: false)
            _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(fd)
            return
        }
        perIP[peer, default: 0] += 1
        let conn = Connection(id: nextConnectionID, fd: fd, peerAddress: peer, server: self, now: now)
        nextConnectionID &+= 1
        let index = Int(fd)
        if index >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: max(index + 1 - connections.count, 64)))
        }
        connections[index] = conn
        connectionCount += 1
        loop.register(fd: fd, handler: conn)
    }

    func connectionClosed(_ conn: Connection) {
        if Int(conn.fd) < connections.count, connections[Int(conn.fd)] === conn { connections[Int(conn.fd)] = nil }
        connectionCount -= 1
        if let n = perIP[conn.peerAddress] { perIP[conn.peerAddress] = n > 1 ? n - 1 : nil }
        // Keep it alive until the end of the iteration: we may be inside its callback.
        closedThisIteration.append(conn)
    }

    func webSocketOpened() { webSocketCount += 1 }
    func webSocketClosed() { webSocketCount -= 1 }
    var openWebSockets: Int { webSocketCount }
    var openConnections: Int { connectionCount }

    private func beforeSleep() {
        now = Clock.monotonicNanos()
        // One write per socket per iteration. A flush can queue nothing new, but
        // iterate by index in case a close answers append.
        var i = 0
        while i < flushList.count {
            let c = flushList[i]
            c.onFlushList = false
            c.flush()
            i += 1
        }
        flushList.removeAll(keepingCapacity: true)
        closedThisIteration.removeAll(keepingCapacity: true)
    }

    private func sweep() {
        now = Clock.monotonicNanos()
        for case let c? in connections { c.tick(now: now) }
    }

    // MARK: Shutdown

    /// Stop accepting, send Close 1001 to every WebSocket, give clients up to
    /// `grace` to answer, then stop the loop. The caller flushes the log after
    /// `loop.run()` returns.
    public func beginShutdown(graceNanos: UInt64 = 2_000_000_000) {
        guard !shuttingDown else { return }
        shuttingDown = true
        core.assumeIsolated { $0.flushPendingUpdates() }
        listener?.close()
        listener = nil
        for case let c? in connections {
            if c.phase == .webSocket { c.closeWebSocket(code: WebSocketCloseCode.goingAway, reason: "server shutting down") }
            else if c.phase == .http { c.finish() }
        }
        let deadline = Clock.monotonicNanos() &+ graceNanos
        loop.repeating(everyNanos: 20_000_000) { [unowned self] in
            if self.connectionCount == 0 || Clock.monotonicNanos() >= deadline {
                for case let c? in self.connections { c.finish() }
                self.loop.stop()
                return false
            }
            return true
        }
    }

    // MARK: Routing

    func route(_ request: HTTPRequest, on conn: Connection) {
        metrics.httpRequests &+= 1
        let path = request.path
        let keepAlive = request.keepAlive && !shuttingDown
        if path.hasPrefix("/ws/") {
            return upgradeChat(request, on: conn, username: path.dropFirst(4))
        }
        if path == "/echo" {
            guard settings.echoEndpoint else {
                return conn.respond(HTTPReply.error(status: 404, code: "not_found", message: "The echo endpoint is disabled (ECHO_ENDPOINT=true enables it)."), keepAlive: keepAlive)
            }
            return upgradeEcho(request, on: conn)
        }
        if let route = Self.routes[String(path)] ?? Self.messageLikePath(path).map({ id in
            Route(method: "POST") { server, request in server.postMessageLike(request, id: id) }
        }) {
            // HEAD is answered like GET without the body (RFC 9110 §9.3.2).
            let head = request.method == "HEAD" && route.method == "GET"
            guard head || request.method == route.method else { return methodNotAllowed(conn, route.method, keepAlive) }
            return conn.respond(route.handler(self, request), keepAlive: keepAlive, headOnly: head)
        }
        conn.respond(HTTPReply.error(status: 404, code: "not_found", message: "No route for \(request.method) \(path.prefix(200))."),
                     keepAlive: keepAlive)
    }

    /// One HTTP route: the method it takes and what answers it.
    struct Route {
        let method: String
        let handler: (Server, HTTPRequest) -> HTTPReply
    }

    /// The HTTP API (SPEC §3, §4). `/ws/<user>` and `/echo` upgrade instead.
    static let routes: [String: Route] = [
        "/healthz": Route(method: "GET") { _, _ in .json(200, Array(#"{"status":"ok"}"#.utf8)) },
        "/api/gift": Route(method: "POST") { server, request in server.postGift(request) },
        "/api/status": Route(method: "GET") { server, _ in .json(200, server.statusJSON()) },
        "/api/messages": Route(method: "GET") { server, request in server.getMessages(request) },
        "/api/like": Route(method: "POST") { server, request in server.postLike(request) },
        "/api/presence": Route(method: "GET") { server, request in server.getPresence(request) },
        "/api/streams": Route(method: "GET") { server, request in server.getStreams(request) },
        "/internal/publish": Route(method: "POST") { server, request in server.publish(request) },
        "/metrics": Route(method: "GET") { server, _ in
            HTTPReply(status: 200, headers: [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")],
                      body: Array(server.metricsText().utf8))
        },
        "/": Route(method: "GET") { _, _ in
            HTTPReply(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: WebClientPage.html)
        },
    ]

    private func methodNotAllowed(_ conn: Connection, _ allow: String, _ keepAlive: Bool) {
        conn.respond(HTTPReply.error(status: 405, code: "method_not_allowed", message: "Use \(allow) on this route.",
                                     headers: [("Allow", allow)]), keepAlive: keepAlive)
    }

    private func isJSONContentType(_ request: HTTPRequest) -> Bool {
        guard let ct = request.header("Content-Type") else { return true }   // absent: assume JSON
        let mediaType = ct.split(separator: ";").first.map { String($0).trimmingSpaces().lowercased() } ?? ""
        return mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
    }

    /// Parses a JSON object body, or returns the error reply.
    func jsonBody(_ request: HTTPRequest) -> Result<JSONObject, HTTPReplyError> {
        guard isJSONContentType(request) else {
            return .failure(.init(HTTPReply.error(status: 415, code: "unsupported_media_type",
                                                  message: "Send the body as application/json.")))
        }
        do throws(JSONError) {
            guard case .object(let o) = try JSONParser.parse(request.body) else {
                return .failure(.init(HTTPReply.error(status: 400, code: "bad_request", message: "The body must be a JSON object.")))
            }
            return .success(o)
        } catch {
            return .failure(.init(HTTPReply.error(status: 400, code: "bad_request",
                                                  message: "Malformed JSON: \(error.message) at byte \(error.offset).")))
        }
    }

    func postGift(_ request: HTTPRequest) -> HTTPReply {
        let body: JSONObject
        switch jsonBody(request) {
        case .failure(let e): return e.reply
        case .success(let o): body = o
        }
        let from: String
        switch actingUser(request, body: body, field: "from") {
        case .failure(let e): return e.reply
        case .success(let user): from = user
        }
        guard case .int(let giftID)? = body["gift_id"], (1...1000).contains(giftID) else {
            return HTTPReply.error(status: 422, code: "invalid_field", message: "\"gift_id\" must be an integer from 1 to 1000.")
        }
        guard case .int(let amount)? = body["amount"], (1...1000).contains(amount) else {
            return HTTPReply.error(status: 422, code: "invalid_field", message: "\"amount\" must be an integer from 1 to 1000.")
        }
        var channel = ChannelName.lobby
        if let raw = body["channel"], raw != .null {
            guard case .string(let s) = raw, let c = ChannelName(s) else {
                return HTTPReply.error(status: 422, code: "bad_channel", message: "Channels are lobby, stream:<id>, post:<id> or comment:<id>.")
            }
            channel = c
        }
        core.assumeIsolated { $0.gift(from: from, giftID: Int(giftID), amount: Int(amount), channel: channel) }
        return .json(200, Array(#"{"status":"queued"}"#.utf8))
    }

}

struct HTTPReplyError: Error {
    let reply: HTTPReply
    init(_ reply: HTTPReply) { self.reply = reply }
}
