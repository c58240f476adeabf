import Glibc
import CSafeStreamLinux
import SafeStreamCodec

/// One TCP connection: HTTP/1.1 until it upgrades, then a WebSocket.
///
/// Output is buffered: `queue` appends and puts the connection on the
/// server's flush list; the loop's before-sleep hook writes it in one
/// syscall per iteration, and EPOLLOUT is watched only while bytes remain.
/// A connection is never freed inside its own callback; `finish` unregisters
/// it and the server drops it after the iteration.
final class Connection: LoopHandler, ChatPeer {
    enum Phase { case http, webSocket, closing, lingering, closed }
    enum Role { case none, chat, echo }

    let id: UInt64
    let fd: Int32
    let peerAddress: String
    unowned let server: Server
    private(set) var phase = Phase.http
    private(set) var role = Role.none
    private var countedAsWebSocket = false

    private var http: HTTPRequestParser
    private var ws: WebSocketReader?
    var session: ChatSession?
    /// JWT `exp` of the token this chat connection was opened with (SPEC §2: Close 4001 when it passes).
    var tokenExpiresAtMillis: Int64?

    // Output
    private var outbound: [UInt8] = []
    private var written = 0                 // bytes of `outbound` already sent
    private var frameStart = 0              // a frame boundary at or before `written`
    private var firstFrameOffset = 0        // where frames begin (after the 101 response)
    var onFlushList = false
    private var watchingWritable = false
    private var shutdownAfterFlush = false
    private var closeAfterFlush = false

    // Timing (monotonic ns)
    var lastInbound: UInt64
    var lastPingSent: UInt64
    var requestStarted: UInt64
    var lastRequestDone: UInt64
    var closingSince: UInt64 = 0

    var connectionID: UInt64 { id }
    var pendingOutbound: Int { outbound.count - written }

    init(id: UInt64, fd: Int32, peerAddress: String, server: Server, now: UInt64) {
        self.id = id
        self.fd = fd
        self.peerAddress = peerAddress
        self.server = server
        self.http = HTTPRequestParser(maxHeaderBytes: 16_384, maxBodyBytes: 65_536)
        self.lastInbound = now
        self.lastPingSent = now
        self.requestStarted = now
        self.lastRequestDone = now
    }

    // MARK: Readiness

    func handle(events: UInt32) {
        if events & EPOLLOUT.rawValue != 0 { flush() }
        if phase == .closed { return }
        if events & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
            readOnce()
        }
    }

    private func readOnce() {
        let buffer = server.readBuffer
        let n = recv(fd, buffer.baseAddress, buffer.count, 0)
        if n > 0 {
            server.metrics.bytesIn &+= UInt64(n)
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            lastInbound = server.now
            switch phase {
            case .http: httpBytes(bytes)
            case .webSocket, .closing: webSocketBytes(bytes)
            case .lingering, .closed: break     // discard: we are only waiting for EOF
            }
        } else if n == 0 {
            peerClosed(reset: false)
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            peerClosed(reset: true)
        }
    }

    /// The peer closed its side (EOF) or reset. If a response is still being
    /// written (a client that half-closes after its request), finish sending
    /// it first, with reads off so a level-triggered EOF cannot spin.
    private func peerClosed(reset: Bool) {
        if pendingOutbound > 0 && (phase == .http || phase == .lingering) && !reset {
            closeAfterFlush = true
            closingSince = server.now
            server.loop.setInterest(fd: fd, readable: false, writable: true)
            watchingWritable = true
            return
        }
        finish()
    }

    // MARK: HTTP

    private func httpBytes(_ bytes: UnsafeRawBufferPointer) {
        let hadPartial = http.hasPartialRequest
        http.feed(bytes)
        // The 10 s deadline starts with the first byte of a request, not with
        // blank lines between requests (a CRLF trickle must not keep us open).
        if !hadPartial && http.hasPartialRequest { requestStarted = server.now }
        while phase == .http {
            switch http.next() {
            case .needMore:
                if http.wantsContinue {
                    queue(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
                    http.acknowledgeContinue()
                }
                return
            case .error(let error):
                server.metrics.httpErrors &+= 1
                respond(HTTPReply.error(status: error.status, code: HTTPReply.code(for: error.status),
                                        message: error.reason), keepAlive: false)
                return
            case .request(let request):
                requestStarted = server.now
                lastRequestDone = server.now
                server.route(request, on: self)
                // A client that pipelines without reading its responses: stop
                // rather than buffer answers without bound.
                if pendingOutbound > server.settings.slowClientMaxBuffer {
                    server.metrics.slowClientsDropped &+= 1
                    finish()
                    return
                }
            }
        }
    }

    /// Queues a response; without keep-alive the connection closes after it.
    func respond(_ reply: HTTPReply, keepAlive: Bool, headOnly: Bool = false) {
        var bytes = HTTPResponse.serialize(status: reply.status, headers: reply.headers, body: reply.body, keepAlive: keepAlive)
        if headOnly { bytes.removeLast(reply.body.count) }   // same headers, Content-Length included
        queue(bytes)
        if !keepAlive { lingerClose() }
    }

    /// Sends `101 Switching Protocols` and turns this connection into a WebSocket.
    func upgrade(accept: String, role: Role, maxMessageBytes: Int) {
        queue(Array("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: \(accept)\r\n\r\n".utf8))
        firstFrameOffset = outbound.count
        frameStart = outbound.count
        phase = .webSocket
        countedAsWebSocket = true
        self.role = role
        ws = WebSocketReader(maxMessageBytes: maxMessageBytes)
        lastPingSent = server.now
        let rest = http.takeBufferedBytes()
        http = HTTPRequestParser(maxHeaderBytes: 0, maxBodyBytes: 0)   // drop its buffers
        if !rest.isEmpty { rest.withUnsafeBytes { webSocketBytes($0) } }
    }

    // MARK: WebSocket

    private func webSocketBytes(_ bytes: UnsafeRawBufferPointer) {
        guard ws != nil else { return }
        ws!.feed(bytes)
        while phase == .webSocket || phase == .closing {
            let inbound: WebSocketInbound?
            do throws(WebSocketProtocolError) {
                inbound = try ws!.next()
            } catch {
                server.metrics.protocolErrors &+= 1
                failWebSocket(code: error.closeCode, reason: error.reason)
                return
            }
            guard let inbound else { return }
            server.metrics.framesIn &+= 1
            session?.lastFrameNanos = server.now     // any frame refreshes presence
            switch inbound {
            case .text(let payload):
                guard phase == .webSocket else { continue }   // after our Close, data is ignored (RFC 6455 §5.5.1)
                if role == .echo { sendMessage(.text, payload) }
                else if let session { server.core.assumeIsolated { $0.receive(session, text: payload) } }
            case .binary(let payload):
                guard phase == .webSocket else { continue }
                if role == .echo { sendMessage(.binary, payload) }
                else { failWebSocket(code: WebSocketCloseCode.unsupportedData, reason: "chat frames are JSON text") }
            case .ping(let payload):
                if phase == .webSocket { sendMessage(.pong, payload) }
            case .pong:
                break
            case .close(let code, _):
                if phase == .webSocket {
                    // Answer the client's Close (SPEC §2: with 1000), then the server closes TCP first.
                    _ = code
                    sendClose(code: WebSocketCloseCode.normal, reason: "")
                }
                detachSession()
                lingerClose()
                return
            }
        }
    }

    private func sendMessage(_ opcode: WebSocketOpcode, _ payload: [UInt8]) {
        var frame: [UInt8] = []
        frame.reserveCapacity(payload.count + 10)
        WebSocketFrameEncoder.appendFrame(opcode: opcode, payload: payload, into: &frame)
        sendFrame(frame)
    }

    /// ChatPeer: queue one frame.
    func sendFrame(_ frame: [UInt8]) {
        guard phase == .webSocket else { return }
        // Judge the reader by what it had not taken *before* this frame: one
        // message larger than the cap (up to MAX_FRAME_BYTES) is not slowness.
        let backlog = pendingOutbound
        queue(frame)
        server.metrics.framesOut &+= 1
        if backlog > server.settings.slowClientMaxBuffer { dropSlowReader() }
    }

    private func sendClose(code: UInt16, reason: String) {
        queue(WebSocketFrameEncoder.closeFrame(code: code, reason: reason))
    }

    /// A protocol violation: Close with its code, then close TCP (RFC 6455 §7.1.7).
    func failWebSocket(code: UInt16, reason: String) {
        guard phase == .webSocket || phase == .closing else { return }
        if phase == .webSocket { sendClose(code: code, reason: reason) }
        detachSession()
        lingerClose()
    }

    /// Server-initiated close (shutdown, ping timeout): send Close and wait
    /// up to a short timeout for the client's Close before closing TCP.
    func closeWebSocket(code: UInt16, reason: String) {
        guard phase == .webSocket else { return }
        sendClose(code: code, reason: reason)
        phase = .closing
        closingSince = server.now
        detachSession()
    }

    /// The outbound queue passed SLOW_CLIENT_MAX_BUFFER: keep the frame that
    /// is half written (so the stream stays well-formed), drop the rest, and
    /// close with 1008 `slow_client`.
    private func dropSlowReader() {
        server.metrics.slowClientsDropped &+= 1
        let keepUntil = endOfFrameContaining(written)
        outbound.removeSubrange(keepUntil...)
        sendClose(code: WebSocketCloseCode.policyViolation, reason: "slow_client")
        detachSession()
        lingerClose()
    }

    /// Walks frame headers from a known boundary to find the end of the frame
    /// that byte `offset` belongs to (or `offset` itself at a boundary).
    private func endOfFrameContaining(_ offset: Int) -> Int {
        if offset <= firstFrameOffset { return firstFrameOffset }
        var p = max(frameStart, firstFrameOffset)
        while p < offset && p + 2 <= outbound.count {
            var len = Int(outbound[p + 1] & 0x7F)
            var header = 2
            if len == 126 { len = Int(outbound[p + 2]) << 8 | Int(outbound[p + 3]); header = 4 }
            else if len == 127 {
                len = 0
                for i in 2..<10 { len = len << 8 | Int(outbound[p + i]) }
                header = 10
            }
            p += header + len
        }
        return min(p, outbound.count)
    }

    private func detachSession() {
        if let s = session {
            session = nil
            server.core.assumeIsolated { $0.leave(s) }
        }
    }

    // MARK: Output

    func queue(_ bytes: [UInt8]) {
        // The first frame of an iteration is shared, not copied (copy-on-write);
        // a second one appends, which copies once into this connection's own buffer.
        if outbound.isEmpty { outbound = bytes } else { outbound.append(contentsOf: bytes) }
        if !onFlushList {
            onFlushList = true
            server.flushList.append(self)
        }
    }

    /// Writes as much as the socket takes. Called once per loop iteration
    /// for connections with queued output, and on EPOLLOUT.
    func flush() {
        guard phase != .closed else { return }
        while written < outbound.count {
            let n = outbound.withUnsafeBytes { send(fd, $0.baseAddress! + written, $0.count - written, Int32(MSG_NOSIGNAL)) }
            if n > 0 {
                written += n
                server.metrics.bytesOut &+= UInt64(n)
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                if !watchingWritable { watchingWritable = true; updateInterest() }
                compactIfWorthIt()
                return
            }
            finish()      // EPIPE, ECONNRESET: the peer is gone
            return
        }
        // Everything left. Drop the buffer rather than keep its capacity: the
        // next single frame is then shared with every other subscriber instead
        // of copied (see `queue`), and an idle connection holds no buffer.
        outbound = []
        written = 0
        frameStart = 0
        firstFrameOffset = 0
        if watchingWritable { watchingWritable = false; updateInterest() }
        if closeAfterFlush { finish(); return }
        if shutdownAfterFlush {
            shutdownAfterFlush = false
            shutdown(fd, Int32(SHUT_WR))
        }
    }

    private func compactIfWorthIt() {
        guard written > 65_536 && written * 2 > outbound.count else { return }
        // Only cut at a frame boundary so a later slow-client drop can find frames.
        let cut = phase == .http ? written : boundaryAtOrBefore(written)
        guard cut > 0 else { return }
        outbound.removeSubrange(0..<cut)
        written -= cut
        frameStart = max(0, frameStart - cut)
        firstFrameOffset = max(0, firstFrameOffset - cut)
    }

    private func boundaryAtOrBefore(_ offset: Int) -> Int {
        if offset <= firstFrameOffset { return 0 }
        var p = max(frameStart, firstFrameOffset)
        var last = p
        while p <= offset && p + 2 <= outbound.count {
            last = p
            var len = Int(outbound[p + 1] & 0x7F)
            var header = 2
            if len == 126 { len = Int(outbound[p + 2]) << 8 | Int(outbound[p + 3]); header = 4 }
            else if len == 127 { len = 0; for i in 2..<10 { len = len << 8 | Int(outbound[p + i]) }; header = 10 }
            p += header + len
        }
        frameStart = last
        return last
    }

    private func updateInterest() {
        server.loop.setInterest(fd: fd, readable: !closeAfterFlush, writable: watchingWritable)
    }

    // MARK: Closing

    /// Flush what is queued, half-close (FIN), then wait for the peer's EOF
    /// or a timeout. Closing only our write side first means a client that is
    /// still sending does not get a RST that would destroy our last response.
    func lingerClose() {
        guard phase != .lingering && phase != .closed else { return }
        endWebSocket()
        phase = .lingering
        closingSince = server.now
        if written < outbound.count { shutdownAfterFlush = true } else { shutdown(fd, Int32(SHUT_WR)) }
    }

    /// Periodic checks (called about once a second by the server sweep).
    func tick(now: UInt64) {
        let t = server.settings.timeouts
        // A half-closed client that does not take the rest of its response.
        if closeAfterFlush && now &- closingSince > t.closeNanos { finish(); return }
        switch phase {
        case .http:
            if http.hasPartialRequest && now &- requestStarted > t.requestNanos {
                respond(HTTPReply.error(status: 408, code: "request_timeout",
                                        message: "The request was not completed within 10 seconds."), keepAlive: false)
            } else if !http.hasPartialRequest && pendingOutbound == 0 && now &- lastRequestDone > t.idleHTTPNanos {
                finish()   // an idle keep-alive connection (blank lines do not count as activity)
            }
        case .webSocket:
            if let exp = tokenExpiresAtMillis, Clock.wallMillis() >= exp {
                closeWebSocket(code: WebSocketCloseCode.tokenExpired, reason: "token expired")
            } else if now &- lastInbound > t.silenceNanos {
                closeWebSocket(code: WebSocketCloseCode.policyViolation, reason: "ping timeout")
            } else if now &- lastPingSent >= t.pingIntervalNanos {
                lastPingSent = now
                sendMessage(.ping, [])
            }
        case .closing, .lingering:
            if now &- closingSince > t.closeNanos { finish() }
        case .closed:
            break
        }
    }

    /// The WebSocket is over (closed or lingering for the peer's FIN): it no
    /// longer counts against MAX_CONNECTIONS.
    private func endWebSocket() {
        if countedAsWebSocket {
            countedAsWebSocket = false
            server.webSocketClosed()
        }
    }

    /// Releases everything now: unregister, close the fd, leave the core.
    func finish() {
        guard phase != .closed else { return }
        endWebSocket()
        detachSession()
        phase = .closed
        server.loop.unregister(fd: fd)
        close(fd)
        outbound = []
        ws = nil
        server.connectionClosed(self)
    }
}
