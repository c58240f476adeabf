import Foundation
import Testing
import SafeStreamServer

/// Chat, gifts and the log, through real sockets and real clients.
@Suite(.serialized) struct ChatFlowTests {
    @Test func welcomeIsTheFirstFrame() throws {
        let server = try TestServer { $0.hostUsers = ["alice"] }
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        #expect(try c.handshake(path: "/ws/alice").status == 101)
        let w = try c.readEvent()
        #expect(w["type"] as? String == "welcome")
        #expect(w["user"] as? String == "alice")
        #expect(w["channels"] as? [String] == ["lobby"])
        #expect(w["badges"] as? [String] == ["host"])
        #expect(w["chat_open"] as? Bool == true)
        let st = try #require(w["server_time"] as? String)
        #expect(st.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"#, options: .regularExpression) != nil)
    }

    @Test func twoPythonClientsReceiveTheSameBytesAndTheLogHasThem() throws {
        let server = try TestServer()
        defer { server.stop() }
        let out = try Tools.python(#"""
import asyncio, json, sys, websockets
async def main(url):
    async with websockets.connect(url + "/ws/alice") as a, websockets.connect(url + "/ws/bob") as b:
        for ws in (a, b):
            w = json.loads(await ws.recv()); assert w["type"] == "welcome", w
        await a.send(json.dumps({"type": "chat", "message": "hello bob"}))
        async def next_chat(ws):   # viewer counts and other signals may come first
            while True:
                f = await asyncio.wait_for(ws.recv(), 5)
                if json.loads(f)["type"] == "chat": return f
        fa, fb = await next_chat(a), await next_chat(b)
        assert fa == fb, (fa, fb)
        print(fa)
asyncio.run(main(sys.argv[1]))
"""#, args: [server.ws])
        let frame = try #require(out.split(separator: "\n").last.map(String.init))
        let ev = try #require(json(frame))
        #expect(ev["type"] as? String == "chat")
        #expect(ev["user"] as? String == "alice")
        #expect(ev["message"] as? String == "hello bob")
        #expect(ev["channel"] as? String == "lobby")
        #expect(ev["toxic"] as? Bool == false)
        #expect((ev["id"] as? Int ?? 0) >= 1)
        #expect(ev["badges"] as? [String] == [])
        let lines = server.waitForLog { $0.contains(frame) }
        #expect(lines.contains(frame), "the log line is byte-identical to the broadcast")
    }

    @Test func websocatReceivesAChatAndCurlGiftReachesClientsAndLog() throws {
        let server = try TestServer()
        defer { server.stop() }
        try Tools.ensure()
        // websocat listens as bob; the raw client chats as alice; curl posts a gift.
        let bobOut = Pipe()
        let bob = Process()
        bob.executableURL = URL(fileURLWithPath: Tools.websocat)
        bob.arguments = ["-t", "--no-close", "\(server.ws)/ws/bob"]
        bob.standardOutput = bobOut
        let bobIn = Pipe()
        bob.standardInput = bobIn
        try bob.run()
        defer { if bob.isRunning { bob.terminate() } }
        // Wait until bob is subscribed (welcome arrives first).
        let reader = LineReader(bobOut.fileHandleForReading)
        let welcome = try #require(reader.nextLine(timeout: 5))
        #expect(json(welcome)?["type"] as? String == "welcome")

        let alice = try RawClient(port: server.port)
        _ = try alice.handshake(path: "/ws/alice")
        _ = try alice.readEvent(type: "welcome")
        try alice.sendText(#"{"type":"chat","message":"hi from alice"}"#)
        let chatLine = try #require(reader.nextLine(timeout: 5))
        #expect(json(chatLine)?["message"] as? String == "hi from alice")

        let gift = try server.curl(["-X", "POST", "-H", "Content-Type: application/json",
                                    "-d", #"{"from":"carol","gift_id":7,"amount":3}"#, "\(server.base)/api/gift"])
        #expect(gift.status == 200)
        #expect(json(gift.body)?["status"] as? String == "queued")
        let giftLine = try #require(reader.nextLine(timeout: 5))
        let g = try #require(json(giftLine))
        #expect(g["type"] as? String == "gift")
        #expect(g["from"] as? String == "carol")
        #expect(g["gift_id"] as? Int == 7)
        #expect(g["amount"] as? Int == 3)
        #expect(g["channel"] as? String == "lobby")
        let aliceGift = try alice.readEvent(type: "gift")
        #expect(aliceGift["id"] as? Int == g["id"] as? Int)
        let lines = server.waitForLog { $0.contains(giftLine) }
        #expect(lines.contains(giftLine))
    }

    @Test func botGiftArrivesWithinTheInterval() throws {
        let server = try TestServer { $0.giftIntervalSecs = 0.5; $0.giftSeed = 42 }
        defer { server.stop() }
        let c = try RawClient(port: server.port, timeout: 3)
        _ = try c.handshake(path: "/ws/viewer")
        let g = try c.readEvent(type: "gift")
        #expect(g["from"] as? String == "bot")
        let giftID = try #require(g["gift_id"] as? Int)
        let amount = try #require(g["amount"] as? Int)
        #expect((1...1000).contains(giftID))
        #expect((1...5).contains(amount))
    }

    @Test func idsKeepIncreasingAcrossARestartAndHistoryIsRebuilt() throws {
        let dir = TestServer.temporaryDirectory()
        var firstID = 0
        do {
            let server = try TestServer(logDir: dir)
            let c = try RawClient(port: server.port)
            _ = try c.handshake(path: "/ws/alice")
            _ = try c.readEvent(type: "welcome")
            try c.sendText(#"{"type":"chat","message":"before restart"}"#)
            firstID = try #require(try c.readEvent(type: "chat")["id"] as? Int)
            server.stop()
        }
        let server = try TestServer(logDir: dir)
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        _ = try c.handshake(path: "/ws/alice?since=0")
        let w = try c.readEvent(type: "welcome")
        #expect(w["recovered"] as? Bool == true)
        let replayed = try c.readEvent(type: "chat")
        #expect(replayed["message"] as? String == "before restart")
        #expect(replayed["id"] as? Int == firstID)
        try c.sendText(#"{"type":"chat","message":"after restart"}"#)
        let next = try c.readEvent(type: "chat")
        #expect((next["id"] as? Int ?? 0) > firstID)
    }

    @Test func badInputGetsTheDocumentedErrorAndTheServerKeepsServing() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        _ = try c.handshake(path: "/ws/alice")
        _ = try c.readEvent(type: "welcome")
        try c.sendText("{not json")
        let e1 = try c.readEvent(type: "error")
        #expect(e1["code"] as? String == "bad_request")
        try c.sendText(#"{"type":"dance","ref":"r1"}"#)
        let e2 = try c.readEvent(type: "error")
        #expect(e2["code"] as? String == "unknown_type")
        #expect(e2["ref"] as? String == "r1")
        try c.sendText(#"{"type":"chat","message":"   "}"#)
        #expect(try c.readEvent(type: "error")["code"] as? String == "empty_message")
        try c.sendText(#"{"type":"chat","message":""# + String(repeating: "é", count: 501) + #""}"#)
        #expect(try c.readEvent(type: "error")["code"] as? String == "message_too_long")
        try c.sendText(#"{"type":"chat","message":"x","channel":"nope"}"#)
        #expect(try c.readEvent(type: "error")["code"] as? String == "bad_channel")
        try c.sendText(#"{"type":"chat","message":"x","channel":"post:5"}"#)
        #expect(try c.readEvent(type: "error")["code"] as? String == "not_subscribed")
        try c.sendText(#"{"type":"chat","message":42}"#)
        #expect(try c.readEvent(type: "error")["code"] as? String == "bad_request")
        try c.sendText(#"{"type":"ping","ref":7}"#)
        let pong = try c.readEvent(type: "pong")
        #expect(pong["ref"] as? Int == 7)
        #expect(pong["ts"] is String)
        // Still serving: a chat goes through.
        try c.sendText(#"{"type":"chat","message":"still here"}"#)
        #expect(try c.readEvent(type: "chat")["message"] as? String == "still here")
    }

    @Test func rateLimitAnswersRateLimited() throws {
        let server = try TestServer { $0.maxMessagesPerUserPerMinute = 3 }
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        _ = try c.handshake(path: "/ws/alice")
        _ = try c.readEvent(type: "welcome")
        for i in 0..<4 { try c.sendText(#"{"type":"chat","message":"m\#(i)","ref":\#(i)}"#) }
        var chats = 0
        var limited: [String: Any]? = nil
        while chats + (limited == nil ? 0 : 1) < 4 {
            let e = try c.readEvent()
            if e["type"] as? String == "chat" { chats += 1 }
            if e["type"] as? String == "error" { limited = e }
        }
        #expect(chats == 3)
        #expect(limited?["code"] as? String == "rate_limited")
        #expect(limited?["ref"] as? Int == 3)
    }
}

/// Reads lines from a pipe with a timeout.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    init(_ handle: FileHandle) { self.handle = handle }
    func nextLine(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let nl = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<nl], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...nl)
                return line
            }
            var pfd = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&pfd, 1, 50) > 0 {
                let chunk = handle.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }
        return nil
    }
}
