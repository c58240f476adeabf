import Foundation
import Testing
import SafeStreamServer

/// Reconnecting with `since`, history limits, and what a restart keeps.
@Suite(.serialized) struct ProtocolRecoveryTests {
    /// bob drops, misses five messages, comes back with the last id he saw:
    /// right after `welcome` (recovered:true) come exactly those five, oldest first.
    @Test func reconnectWithSinceReplaysExactlyWhatWasMissed() throws {
        let server = try TestServer { $0.maxMessagesPerUserPerMinute = 0 }   // alice sends 12
        defer { server.stop() }
        let (alice, _) = try RawClient.joined(server, "alice", channels: "lobby,post:1")
        var lastSeen = 0
        do {
            let (bob, _) = try RawClient.joined(server, "bob", channels: "lobby")
            try alice.op(#"{"type":"chat","message":"before"}"#)
            lastSeen = try #require(try bob.readEvent(type: "chat")["id"] as? Int)
            #expect(try alice.chats(untilMessage: "before").map(\.id) == [lastSeen])
            bob.hangUp()
        }
        try waitUntil { try server.viewers("lobby") == 1 }
        var sent: [Int] = []
        for i in 1...5 {
            try alice.op(#"{"type":"chat","message":"missed \#(i)"}"#)
            sent.append(try #require(try alice.chats(untilMessage: "missed \(i)").last?.id))
            // Other channels' events are not replayed to bob.
            try alice.op(#"{"type":"chat","channel":"post:1","message":"elsewhere \#(i)"}"#)
            _ = try alice.chats(untilMessage: "elsewhere \(i)")
        }
        let (bob, welcome) = try RawClient.joined(server, "bob", channels: "lobby", query: "since=\(lastSeen)")
        #expect(welcome["recovered"] as? Bool == true)
        #expect((welcome["last_id"] as? Int ?? 0) == sent.last! + 1)
        var replayed: [[String: Any]] = []
        for _ in 0..<5 { replayed.append(try bob.readEvent()) }
        #expect(replayed.map { $0["type"] as? String } == Array(repeating: "chat", count: 5))
        #expect(replayed.map { $0["message"] as? String } == (1...5).map { "missed \($0)" })
        #expect(replayed.compactMap { $0["id"] as? Int } == sent)
        // Then live traffic, and no duplicate of the replay.
        try alice.op(#"{"type":"chat","message":"live"}"#)
        let after = try bob.chats(untilMessage: "live")
        #expect(after.map { $0.message } == ["live"])

        // since = the newest id: nothing to replay, still recovered.
        let (carol, w2) = try RawClient.joined(server, "carol", channels: "lobby", query: "since=\(after[0].id)")
        #expect(w2["recovered"] as? Bool == true)
        let rest = try carol.drain().filter { $0["type"] as? String == "chat" }
        #expect(rest.isEmpty)
        // Without since, no `recovered` and no replay.
        let (dave, w3) = try RawClient.joined(server, "dave", channels: "lobby")
        #expect(w3["recovered"] == nil)
        #expect(try dave.drain().filter { $0["type"] as? String == "chat" }.isEmpty)
    }

    /// With LIVE_CHAT_MESSAGE_HISTORY_LIMIT=3 a five-message gap cannot be
    /// filled: recovered:false, and the three retained events are replayed.
    @Test func aGapLargerThanTheHistoryIsReportedAsNotRecovered() throws {
        let server = try TestServer { $0.messageHistoryLimit = 3 }
        defer { server.stop() }
        let (alice, w0) = try RawClient.joined(server, "alice")
        let since = try #require(w0["last_id"] as? Int)
        var ids: [Int] = []
        for i in 1...5 {
            try alice.op(#"{"type":"chat","message":"m\#(i)"}"#)
            ids.append(try #require(try alice.readEvent(type: "chat")["id"] as? Int))
        }
        let (bob, w) = try RawClient.joined(server, "bob", query: "since=\(since)")
        #expect(w["recovered"] as? Bool == false)
        var replayed: [[String: Any]] = []
        for _ in 0..<3 { replayed.append(try bob.readEvent()) }
        #expect(replayed.compactMap { $0["message"] as? String } == ["m3", "m4", "m5"])
        #expect(replayed.compactMap { $0["id"] as? Int } == Array(ids.suffix(3)))
        // Within the retained window, the same server says recovered:true.
        let (_, w2) = try RawClient.joined(server, "carol", query: "since=\(ids[2])")
        #expect(w2["recovered"] as? Bool == true)
        // The HTTP history is capped the same way.
        let r = try server.curl(["\(server.base)/api/messages?channel=lobby"])
        let msgs = (json(r.body)?["messages"] as? [[String: Any]]) ?? []
        #expect(msgs.compactMap { $0["message"] as? String } == ["m3", "m4", "m5"])
    }

    /// A restart keeps channel history (same bytes over HTTP), likes, and ids
    /// increasing; a client reconnecting with `since` across it misses nothing.
    @Test func aRestartKeepsHistoryLikesAndIds() throws {
        let dir = TestServer.temporaryDirectory()
        var before: [[String: Any]] = []
        var beforeBody = ""
        var lastID = 0
        do {
            let server = try TestServer(logDir: dir)
            defer { server.stop() }
            let (alice, _) = try RawClient.joined(server, "alice", channels: "lobby,stream:5")
            for i in 1...3 { try alice.op(#"{"type":"chat","channel":"stream:5","message":"s\#(i)"}"#) }
            try alice.op(#"{"type":"chat","message":"in lobby"}"#)
            try alice.op(#"{"type":"like","channel":"stream:5"}"#)
            try alice.op(#"{"type":"like","channel":"stream:5"}"#)
            _ = try alice.chats(untilMessage: "in lobby")
            _ = try alice.readEvent { $0["type"] as? String == "like_update" && $0["total_likes"] as? Int == 2 }
            let g = try server.curl(["-X", "POST", "-H", "Content-Type: application/json",
                                     "-d", #"{"from":"erin","gift_id":5,"amount":1,"channel":"stream:5"}"#, "\(server.base)/api/gift"])
            #expect(g.status == 200)
            lastID = try #require(try alice.readEvent(type: "gift")["id"] as? Int)
            let r = try server.curl(["\(server.base)/api/messages?channel=stream:5"])
            beforeBody = r.body
            before = (json(r.body)?["messages"] as? [[String: Any]]) ?? []
            #expect(before.count == 4)
            _ = server.waitForLog { $0.contains { $0.contains(#""total_likes":2"#) } }
        }
        let server = try TestServer(logDir: dir)
        defer { server.stop() }
        let r = try server.curl(["\(server.base)/api/messages?channel=stream:5"])
        #expect(r.body == beforeBody, "history is rebuilt byte for byte")
        let messages = (json(r.body)?["messages"] as? [[String: Any]]) ?? []
        #expect(messages.compactMap { $0["message"] as? String } == ["s1", "s2", "s3"])
        #expect(messages.last?["type"] as? String == "gift")
        let limited = try server.curl(["\(server.base)/api/messages?channel=stream:5&limit=2&before=\(lastID)"])
        #expect(((json(limited.body)?["messages"] as? [[String: Any]]) ?? []).compactMap { $0["message"] as? String } == ["s2", "s3"])
        let status = try #require(json(try server.curl(["\(server.base)/api/status"]).body))
        #expect((status["likes"] as? [String: Int])?["stream:5"] == 2)

        let (bob, w) = try RawClient.joined(server, "bob", channels: "stream:5", query: "since=\(before[1]["id"] as? Int ?? 0)")
        #expect(w["last_id"] as? Int == lastID)
        #expect(w["recovered"] as? Bool == true)
        let replay = [try bob.readEvent(), try bob.readEvent()]
        #expect(replay.map { $0["type"] as? String } == ["chat", "gift"])
        #expect(replay.first?["message"] as? String == "s3")
        try bob.op(#"{"type":"chat","message":"after restart"}"#)
        let next = try bob.chats(untilMessage: "after restart")
        #expect(next.first?.id == lastID + 1)
    }

    /// Bad `since` and history queries are refused with 400.
    @Test func badSinceAndHistoryQueriesAreRefused() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        #expect(try c.handshake(path: "/ws/alice?since=yesterday").status == 400)
        for q in ["channel=room:1", "channel=lobby&limit=-1", "channel=lobby&before=0"] {
            #expect(try server.curl(["\(server.base)/api/messages?\(q)"]).status == 400, "\(q)")
        }
    }
}

extension TestServer {
    /// Viewers of a channel as /api/status shows them.
    func viewers(_ channel: String) throws -> Int {
        (json(try curl(["\(base)/api/status"]).body)?["viewers"] as? [String: Int])?[channel] ?? 0
    }
}
