import Foundation
import Glibc
import Testing
import SafeStreamServer

/// RFC 6455 violations and HTTP limits, sent byte for byte by the raw client.
@Suite(.serialized) struct ProtocolLimitTests {
    private func connected(_ server: TestServer, _ path: String = "/ws/alice") throws -> RawClient {
        let c = try RawClient(port: server.port)
        #expect(try c.handshake(path: path).status == 101)
        if path.hasPrefix("/ws/") { _ = try c.readEvent(type: "welcome") }
        return c
    }

    /// The server's Close frame, skipping anything before it.
    private func closeFrame(_ c: RawClient) throws -> RawClient.Frame? {
        while let f = try c.readFrame() { if f.opcode == 8 { return f } }
        return nil
    }

    @Test func unmaskedFrameIsClosedWith1002() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try connected(server)
        try c.send(RawClient.frame(opcode: 1, payload: Array(#"{"type":"ping"}"#.utf8), masked: false))
        #expect(try closeFrame(c)?.closeCode == 1002)
    }

    @Test func invalidUTF8IsClosedWith1007() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try connected(server)
        try c.send(RawClient.frame(opcode: 1, payload: [0x7b, 0xC0, 0xAF, 0x7d]))
        #expect(try closeFrame(c)?.closeCode == 1007)
    }

    @Test func twoMegabyteFrameIsClosedWith1009FromTheHeader() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try connected(server)
        // Send only the header of a 2 MB frame: the server must answer without the payload.
        let header = Array(RawClient.frame(opcode: 1, payload: [UInt8](repeating: 0x61, count: 2_000_000)).prefix(14))
        try c.send(header)
        #expect(try closeFrame(c)?.closeCode == 1009)
    }

    @Test func reservedBitsAndOpcodesAreClosedWith1002() throws {
        let server = try TestServer()
        defer { server.stop() }
        for first: UInt8 in [0xC1, 0x83] {   // RSV1 set; opcode 3
            let c = try connected(server)
            var f = RawClient.frame(opcode: 1, payload: Array("hi".utf8))
            f[0] = first
            try c.send(f)
            #expect(try closeFrame(c)?.closeCode == 1002)
        }
    }

    @Test func otherClientsKeepChattingWhileOneMisbehaves() throws {
        let server = try TestServer()
        defer { server.stop() }
        let good = try connected(server, "/ws/good")
        let bad = try connected(server, "/ws/bad")
        try bad.send(RawClient.frame(opcode: 1, payload: [0xff], masked: true))
        _ = try closeFrame(bad)
        try good.sendText(#"{"type":"chat","message":"unaffected"}"#)
        #expect(try good.readEvent(type: "chat")["message"] as? String == "unaffected")
    }

    @Test func clientCloseIsAnsweredWith1000AndTCPCloses() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try connected(server)
        try c.send(RawClient.frame(opcode: 8, payload: [0x03, 0xE8] + Array("bye".utf8)))
        #expect(try closeFrame(c)?.closeCode == 1000)
        #expect(try c.readFrame() == nil, "server closes TCP after the close handshake")
    }

    @Test func echoEndpointEchoesTextAndBinaryAndIsOffByDefault() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try connected(server, "/echo")
        try c.sendText("echo me")
        let t = try #require(try c.readFrame())
        #expect(t.opcode == 1 && t.text == "echo me")
        try c.send(RawClient.frame(opcode: 2, payload: [0, 1, 2, 255]))
        let b = try #require(try c.readFrame())
        #expect(b.opcode == 2 && b.payload == [0, 1, 2, 255])
        // Fragmented with a ping in between.
        try c.send(RawClient.frame(opcode: 1, payload: Array("frag".utf8), fin: false))
        try c.send(RawClient.frame(opcode: 9, payload: Array("p".utf8)))
        try c.send(RawClient.frame(opcode: 0, payload: Array("ment".utf8)))
        let pong = try #require(try c.readFrame())
        #expect(pong.opcode == 10 && pong.text == "p")
        let joined = try #require(try c.readFrame())
        #expect(joined.text == "fragment")

        let off = try TestServer { $0.echoEndpoint = false }
        defer { off.stop() }
        let d = try RawClient(port: off.port)
        #expect(try d.handshake(path: "/echo").status == 404)
    }

    /// Autobahn 9.x regression: one message larger than the slow-client cap
    /// (but within MAX_FRAME_BYTES) is delivered to a client that reads.
    @Test func aSingleMessageLargerThanTheSlowClientCapIsNotSlowness() throws {
        let server = try TestServer { $0.slowClientMaxBuffer = 4096; $0.maxFrameBytes = 1 << 20 }
        defer { server.stop() }
        let c = try connected(server, "/echo")
        let big = [UInt8](repeating: 0x61, count: 200_000)
        try c.send(RawClient.frame(opcode: 2, payload: big))
        let echoed = try #require(try c.readFrame())
        #expect(echoed.opcode == 2 && echoed.payload == big)
    }

    @Test func badHandshakesAreRefusedBeforeUpgrade() throws {
        let server = try TestServer()
        defer { server.stop() }
        #expect(try RawClient(port: server.port).handshake(path: "/ws/bad%20name").status == 400)
        #expect(try RawClient(port: server.port).handshake(path: "/ws/" + String(repeating: "a", count: 33)).status == 400)
        let plain = try server.curl(["\(server.base)/ws/alice"])
        #expect(plain.status == 426)
        let c = try RawClient(port: server.port)
        try c.send("GET /ws/alice HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n")
        let r = try c.readHTTPResponse()
        #expect(r.status == 426)
        #expect(r.head.lowercased().contains("sec-websocket-version: 13"))
    }

    @Test func httpErrorsAreJSONWithTheRightStatus() throws {
        let server = try TestServer()
        defer { server.stop() }
        let notFound = try server.curl(["\(server.base)/nope"])
        #expect(notFound.status == 404)
        #expect((json(notFound.body)?["error"] as? [String: Any])?["code"] as? String == "not_found")
        let health = try server.curl(["\(server.base)/healthz"])
        #expect(health.status == 200 && json(health.body)?["status"] as? String == "ok")
        let c = try RawClient(port: server.port)
        try c.send("GET /api/gift HTTP/1.1\r\nHost: x\r\n\r\n")
        let r405 = try c.readHTTPResponse()
        #expect(r405.status == 405)
        #expect(r405.head.contains("Allow: POST"))
        let wrongType = try server.curl(["-X", "POST", "-H", "Content-Type: text/plain", "-d", "{}", "\(server.base)/api/gift"])
        #expect(wrongType.status == 415)
        for body in [#"{"from":"x","gift_id":0,"amount":1}"#, #"{"from":"x","gift_id":"5","amount":1}"#,
                     #"{"from":"x","gift_id":1,"amount":1001}"#, #"{"from":"x","gift_id":1.5,"amount":1}"#,
                     #"{"gift_id":1,"amount":1}"#, #"{"from":5,"gift_id":1,"amount":1}"#] {
            let r = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", body, "\(server.base)/api/gift"])
            #expect(r.status == 422, "\(body)")
            #expect(json(r.body)?["error"] != nil)
        }
        let malformed = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", "{", "\(server.base)/api/gift"])
        #expect(malformed.status == 400)
    }

    @Test func bodyAndHeaderCapsAnd408() throws {
        let server = try TestServer()
        defer { server.stop() }
        let big = try RawClient(port: server.port)
        try big.send("POST /api/gift HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 70000\r\n\r\n")
        #expect(try big.readHTTPResponse().status == 413)
        let headers = try RawClient(port: server.port)
        try headers.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 17_000) + "\r\n\r\n")
        #expect(try headers.readHTTPResponse().status == 431)
    }

    /// SPEC §9 with the timers shrunk (ping every 0.3 s, silence limit 1 s):
    /// the server pings; a client that answers stays; a silent one is closed 1008.
    @Test func serverPingsAndClosesSilentClients() throws {
        let server = try TestServer {
            $0.timeouts.pingIntervalNanos = 300_000_000
            $0.timeouts.silenceNanos = 1_000_000_000
            $0.timeouts.sweepNanos = 100_000_000
        }
        defer { server.stop() }
        let lively = try connected(server, "/ws/lively")
        let silent = try connected(server, "/ws/silent")
        // The lively client answers every ping with a pong, as browsers do.
        var pings = 0
        let deadline = Date().addingTimeInterval(2.0)
        while Date() < deadline, let f = try lively.readFrame() {
            if f.opcode == 9 { pings += 1; try lively.send(RawClient.frame(opcode: 10, payload: f.payload)) }
        }
        #expect(pings >= 3, "a ping every 0.3 s")
        var close: RawClient.Frame? = nil
        while let f = try silent.readFrame() { if f.opcode == 8 { close = f; break } }
        #expect(close?.closeCode == 1008)
        #expect(close?.closeReason == "ping timeout")
        try lively.sendText(#"{"type":"ping"}"#)
        #expect(try lively.readEvent(type: "pong")["type"] as? String == "pong", "the answering client is still served")
    }

    @Test func headIsAnsweredWithoutABodySoKeepAliveStaysInStep() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        try c.send("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        // The HEAD response announces Content-Length but carries no body: read only its head.
        let bytes = try c.readUntil("\r\n\r\n")
        #expect(bytes.hasPrefix("HTTP/1.1 200"))
        let get = try c.readHTTPResponse()
        #expect(get.status == 200)
        #expect(String(decoding: get.body, as: UTF8.self) == #"{"status":"ok"}"#)
    }

    /// A client that sends its requests and half-closes at once (`nc -q`
    /// style) still gets every response before the server closes.
    @Test func aHalfClosedClientStillGetsItsResponses() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        var many = ""
        for _ in 0..<200 { many += "GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n" }
        try c.send(many)
        shutdown(c.fd, Int32(SHUT_WR))
        for _ in 0..<200 { #expect(try c.readHTTPResponse().status == 200) }
    }

    @Test func pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        let gift = #"{"from":"p","gift_id":1,"amount":1}"#
        try c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                   + "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n"
                   + "POST /api/gift HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(gift.utf8.count)\r\n\r\n\(gift)"
                   + "POST /api/gift HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\(String(gift.utf8.count, radix: 16))\r\n\(gift)\r\n0\r\n\r\n")
        #expect(try c.readHTTPResponse().status == 200)
        #expect(try c.readHTTPResponse().status == 404)
        #expect(try c.readHTTPResponse().status == 200)
        #expect(try c.readHTTPResponse().status == 200)
    }
}
