import Foundation
import Glibc
import Testing
import SafeStreamServer

/// Typing, presence and likes: the live signals around chat, through the raw
/// Swift client, Python `websockets`, `websocat` and `curl`.
@Suite(.serialized) struct ProtocolSignalsTests {
    @Test func typingStartStopTTLAndChatClearIt() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (alice, _) = try RawClient.joined(server, "alice", channels: "lobby,post:3")
        let (bob, _) = try RawClient.joined(server, "bob", channels: "lobby", timeout: 6)
        func typing(_ users: [String]) throws -> [String: Any] {
            try bob.readEvent { $0["type"] as? String == "typing_status" && $0["users"] as? [String] == users }
        }

        try alice.op(#"{"type":"typing_start","channel":"lobby"}"#)
        let started = try typing(["alice"])
        #expect(started["channel"] as? String == "lobby")
        #expect(started["ts"] is String)
        try alice.op(#"{"type":"typing_stop","channel":"lobby"}"#)
        _ = try typing([])

        // TTL: one start, no refresh; the entry expires after 3 s (the tick runs every 100 ms).
        try alice.op(#"{"type":"typing_start","channel":"lobby"}"#)
        _ = try typing(["alice"])
        let t0 = Date()
        _ = try typing([])
        let expiredAfter = Date().timeIntervalSince(t0)
        #expect(expiredAfter > 2.5 && expiredAfter < 3.8, "expired after \(expiredAfter) s")

        // Two typists, listed in the order they started; a chat ends the sender's typing.
        try alice.op(#"{"type":"typing_start","channel":"lobby"}"#)
        _ = try typing(["alice"])
        try bob.op(#"{"type":"typing_start","channel":"lobby"}"#)
        _ = try typing(["alice", "bob"])
        try alice.op(#"{"type":"chat","message":"done typing"}"#)
        _ = try typing(["bob"])
        try bob.op(#"{"type":"typing_stop","channel":"lobby"}"#)
        _ = try typing([])

        // Typing in a channel you are not in, or in no channel at all.
        let e1 = try bob.op(#"{"type":"typing_start","channel":"post:3","ref":"t1"}"#, reply: "error")
        #expect(e1["code"] as? String == "not_subscribed")
        #expect(e1["ref"] as? String == "t1")
        let e2 = try bob.op(#"{"type":"typing_start","ref":"t2"}"#, reply: "error")
        #expect(e2["code"] as? String == "bad_request")
        // alice typing in post:3 is not bob's business.
        try alice.op(#"{"type":"typing_start","channel":"post:3"}"#)
        usleep(400_000)
        let rest = try bob.drain()
        #expect(!rest.contains { $0["type"] as? String == "typing_status" }, "\(rest)")
    }

    /// The last tab of a typing user closing clears the typing set at once.
    @Test func disconnectClearsTyping() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (alice, _) = try RawClient.joined(server, "alice", channels: "stream:4")
        let (bob, _) = try RawClient.joined(server, "bob", channels: "stream:4")
        try alice.op(#"{"type":"typing_start","channel":"stream:4"}"#)
        _ = try bob.readEvent { $0["type"] as? String == "typing_status" && $0["users"] as? [String] == ["alice"] }
        let t0 = Date()
        alice.hangUp()
        _ = try bob.readEvent { $0["type"] as? String == "typing_status" && $0["users"] as? [String] == [] }
        #expect(Date().timeIntervalSince(t0) < 1.5, "cleared by the disconnect, not by the 3 s TTL")
    }

    /// Presence over WebSocket (Python `websockets` client) and over HTTP.
    @Test func presenceOnlineAwayOffline() throws {
        let server = try TestServer()
        defer { server.stop() }
        let out = try Tools.python(#"""
import asyncio, json, sys, websockets, urllib.request
url, base = sys.argv[1], sys.argv[2]
async def next_of(ws, typ, ref=None):
    while True:
        e = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if e["type"] == typ and (ref is None or e.get("ref") == ref):
            return e
async def ask(ws, users, ref):
    await ws.send(json.dumps({"type": "get_presence", "users": users, "ref": ref}))
    return (await next_of(ws, "presence", ref))["statuses"]
def http(users):
    with urllib.request.urlopen(f"{base}/api/presence?users={users}") as r:
        return json.loads(r.read())["statuses"]
async def main():
    async with websockets.connect(url + "/ws/bob") as bob:
        await next_of(bob, "welcome")
        alice = await websockets.connect(url + "/ws/alice")
        await next_of(alice, "welcome")
        print("connected", json.dumps(await ask(bob, ["alice", "carol", "bob"], "p1")))
        print("http", json.dumps(http("alice,carol")))
        await alice.send(json.dumps({"type": "presence_update", "status": "away"}))
        await alice.send(json.dumps({"type": "ping", "ref": "sync"}))
        await next_of(alice, "pong", "sync")
        print("away", json.dumps(await ask(bob, ["alice"], "p2")))
        print("http-away", json.dumps(http("alice,bob")))
        await alice.send(json.dumps({"type": "presence_update", "status": "busy", "ref": "bad"}))
        err = await next_of(alice, "error", "bad")
        print("bad", err["code"])
        await alice.close()
        for _ in range(50):
            s = await ask(bob, ["alice"], "p3")
            if s["alice"] == "offline":
                break
            await asyncio.sleep(0.05)
        print("closed", json.dumps(s))
        print("http-closed", json.dumps(http("alice")))
asyncio.run(main())
"""#, args: [server.ws, server.base])
        let lines = Dictionary(out.split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }, uniquingKeysWith: { a, _ in a })
        func statuses(_ key: String) -> [String: String]? {
            lines[key].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }
        }
        #expect(statuses("connected") == ["alice": "online", "carol": "offline", "bob": "online"], "\(out)")
        #expect(statuses("http") == ["alice": "online", "carol": "offline"], "\(out)")
        #expect(statuses("away") == ["alice": "away"], "\(out)")
        #expect(statuses("http-away") == ["alice": "away", "bob": "online"], "\(out)")
        #expect(lines["bad"] == "bad_request", "\(out)")
        #expect(statuses("closed") == ["alice": "offline"], "\(out)")
        #expect(statuses("http-closed") == ["alice": "offline"], "\(out)")
    }

    /// A second tab keeps a user online; only the last one closing makes them offline.
    @Test func presenceFollowsTheLastConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (tab1, _) = try RawClient.joined(server, "alice")
        let (tab2, _) = try RawClient.joined(server, "alice")
        func presence() throws -> String? {
            let r = try server.curl(["\(server.base)/api/presence?users=alice"])
            return (json(r.body)?["statuses"] as? [String: String])?["alice"]
        }
        #expect(try presence() == "online")
        tab1.hangUp()
        try waitUntil { (json(try server.curl(["\(server.base)/api/status"]).body)?["connections"] as? Int) == 1 }
        #expect(try presence() == "online")
        tab2.hangUp()
        try waitUntil { try presence() == "offline" }
    }

    /// Channel likes (op and HTTP), message likes once per user, the log lines,
    /// and totals that survive a restart.
    @Test func likesAreCountedOncePerUserAndSurviveARestart() throws {
        let dir = TestServer.temporaryDirectory()
        var messageID = 0
        do {
            let server = try TestServer(logDir: dir)
            defer { server.stop() }
            let (alice, _) = try RawClient.joined(server, "alice", channels: "stream:9")
            let (bob, _) = try RawClient.joined(server, "bob", channels: "stream:9")
            try alice.op(#"{"type":"like","channel":"stream:9"}"#)
            let first = try bob.readEvent { $0["type"] as? String == "like_update" }
            #expect(first["channel"] as? String == "stream:9")
            #expect(first["total_likes"] as? Int == 1)
            #expect(first["id"] == nil, "like updates have no event id")
            try bob.op(#"{"type":"like","channel":"stream:9"}"#)
            try bob.op(#"{"type":"like","channel":"stream:9"}"#)
            _ = try alice.readEvent { $0["type"] as? String == "like_update" && $0["total_likes"] as? Int == 3 }
            let http = try server.curl(["-X", "POST", "-H", "Content-Type: application/json",
                                        "-d", #"{"channel":"stream:9"}"#, "\(server.base)/api/like"])
            #expect(http.status == 200)
            #expect(json(http.body)?["total_likes"] as? Int == 4)
            #expect(json(http.body)?["channel"] as? String == "stream:9")
            _ = try bob.readEvent { $0["type"] as? String == "like_update" && $0["total_likes"] as? Int == 4 }

            // A message: alice likes it twice (one like), bob once (two).
            try alice.op(#"{"type":"chat","message":"like me"}"#)
            messageID = try #require(try alice.readEvent(type: "chat")["id"] as? Int)
            try alice.op(#"{"type":"like_message","id":\#(messageID)}"#)
            let m1 = try bob.readEvent { $0["type"] as? String == "message_like_update" }
            #expect(m1["id"] as? Int == messageID)
            #expect(m1["likes"] as? Int == 1)
            #expect(m1["channel"] as? String == "stream:9")
            try alice.op(#"{"type":"like_message","id":\#(messageID)}"#)
            usleep(400_000)
            let quiet = try bob.drain().filter { $0["type"] as? String == "message_like_update" }
            #expect(quiet.isEmpty, "a repeated like is a no-op: \(quiet)")
            try bob.op(#"{"type":"like_message","id":\#(messageID)}"#)
            _ = try alice.readEvent { $0["type"] as? String == "message_like_update" && $0["likes"] as? Int == 2 }

            // The HTTP route: once per user too; unknown ids are 404.
            func likeOverHTTP(_ id: Int, _ user: String) throws -> (status: Int, body: [String: Any]?) {
                let r = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", #"{"user":"\#(user)"}"#,
                                         "\(server.base)/api/messages/\(id)/like"])
                return (r.status, json(r.body))
            }
            let c1 = try likeOverHTTP(messageID, "carol")
            #expect(c1.status == 200)
            #expect(c1.body?["id"] as? Int == messageID)
            #expect(c1.body?["likes"] as? Int == 3)
            #expect(try likeOverHTTP(messageID, "carol").body?["likes"] as? Int == 3)
            #expect(try likeOverHTTP(messageID, "alice").body?["likes"] as? Int == 3, "the WebSocket like counts for HTTP too")
            let missing = try likeOverHTTP(messageID + 1000, "carol")
            #expect(missing.status == 404)
            #expect((missing.body?["error"] as? [String: Any])?["code"] as? String == "not_found")
            _ = try bob.readEvent { $0["type"] as? String == "message_like_update" && $0["likes"] as? Int == 3 }
            for bad in [#"{"type":"like_message","id":0,"ref":"x"}"#, #"{"type":"like_message","id":99999,"ref":"x"}"#,
                        #"{"type":"like_message","id":"1","ref":"x"}"#] {
                let e = try alice.op(bad, reply: "error")
                #expect(e["code"] as? String == "bad_request", "\(bad)")
                #expect(e["ref"] as? String == "x")
            }

            // Coalesced updates are logged, without an id of their own.
            let lines = server.waitForLog { ls in ls.contains { $0.contains(#""type":"message_like_update""#) && $0.contains(#""likes":3"#) } }
            let likeLines = lines.filter { $0.contains(#""type":"like_update""#) || $0.contains(#""type":"message_like_update""#) }
            #expect(!likeLines.isEmpty)
            for line in likeLines {
                let obj = try #require(json(line))
                #expect(obj["type"] as? String == "message_like_update" || obj["id"] == nil, "\(line)")
                #expect(obj["ts"] is String)
            }
            #expect(lines.contains { $0.contains(#""type":"like_update""#) && $0.contains(#""total_likes":4"#) })
        }
        let server = try TestServer(logDir: dir)
        defer { server.stop() }
        let status = try #require(json(try server.curl(["\(server.base)/api/status"]).body))
        #expect((status["likes"] as? [String: Int])?["stream:9"] == 4)
        let r = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", #"{"user":"dave"}"#,
                                 "\(server.base)/api/messages/\(messageID)/like"])
        #expect(json(r.body)?["likes"] as? Int == 4, "message likes are rebuilt from the log: \(r.body)")
        let next = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", #"{"channel":"stream:9"}"#,
                                    "\(server.base)/api/like"])
        #expect(json(next.body)?["total_likes"] as? Int == 5)
    }

    /// websocat as a viewer: it asks for the viewer count, sees the count
    /// change when someone joins, sees them type, and types itself.
    @Test func websocatDrivesViewerCountAndTyping() throws {
        let server = try TestServer()
        defer { server.stop() }
        try Tools.ensure()
        let out = Pipe(), input = Pipe()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tools.websocat)
        p.arguments = ["-t", "--no-close", "\(server.ws)/ws/carol?channels=stream:3"]
        p.standardOutput = out
        p.standardInput = input
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let reader = LineReader(out.fileHandleForReading)
        func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }
        func next(_ predicate: ([String: Any]) -> Bool) throws -> [String: Any] {
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline {
                guard let line = reader.nextLine(timeout: 5) else { break }
                if let e = json(line), predicate(e) { return e }
            }
            throw TestError("websocat never printed the expected frame")
        }
        let welcome = try next { _ in true }
        #expect(welcome["type"] as? String == "welcome")
        #expect(welcome["channels"] as? [String] == ["stream:3"])

        send(#"{"type":"get_viewer_count","channel":"stream:3","ref":"w1"}"#)
        let vc = try next { $0["type"] as? String == "viewer_count" }
        #expect(vc["count"] as? Int == 1)
        #expect(vc["ref"] as? String == "w1")

        let (alice, _) = try RawClient.joined(server, "alice", channels: "stream:3")
        #expect(try next { $0["type"] as? String == "viewer_count_updated" && $0["count"] as? Int == 2 }["channel"] as? String == "stream:3")
        try alice.op(#"{"type":"typing_start","channel":"stream:3"}"#)
        _ = try next { $0["type"] as? String == "typing_status" && $0["users"] as? [String] == ["alice"] }
        send(#"{"type":"typing_start","channel":"stream:3"}"#)
        _ = try alice.readEvent { $0["type"] as? String == "typing_status" && $0["users"] as? [String] == ["alice", "carol"] }
        send(#"{"type":"typing_stop","channel":"stream:3"}"#)
        _ = try alice.readEvent { $0["type"] as? String == "typing_status" && $0["users"] as? [String] == ["alice"] }
        send(#"{"type":"get_viewer_count","channel":"lobby","ref":"w2"}"#)
        let empty = try next { $0["type"] as? String == "viewer_count" && $0["ref"] as? String == "w2" }
        #expect(empty["count"] as? Int == 0)
    }
}
