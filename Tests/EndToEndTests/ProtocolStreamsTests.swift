import Foundation
import Testing
import SafeStreamServer

/// Live streams (hosts only) and the chat window.
@Suite(.serialized) struct ProtocolStreamsTests {
    @Test func hostsStartAndEndStreamsThatTheAPIListsAndARestartKeeps() throws {
        let dir = TestServer.temporaryDirectory()
        do {
            let server = try TestServer(logDir: dir) { $0.hostUsers = ["hana"] }
            defer { server.stop() }
            let (viewer, _) = try RawClient.joined(server, "viewer", channels: "stream:7")
            let (lobby, _) = try RawClient.joined(server, "loafer", channels: "lobby")
            let (hana, w) = try RawClient.joined(server, "hana", channels: "lobby")
            #expect(w["badges"] as? [String] == ["host"])

            let forbidden = try viewer.op(#"{"type":"stream_start","channel":"stream:7","ref":"s0"}"#, reply: "error")
            #expect(forbidden["code"] as? String == "forbidden")
            #expect(forbidden["ref"] as? String == "s0")
            #expect(try streams(server).isEmpty)

            // The host need not watch the stream channel to start it.
            try hana.op(#"{"type":"stream_start","channel":"stream:7","location":"downtown"}"#)
            let started = try viewer.readEvent(type: "stream_start")
            #expect(started["channel"] as? String == "stream:7")
            #expect(started["user"] as? String == "hana")
            #expect(started["location"] as? String == "downtown")
            #expect(started["ts"] is String)
            let startID = try #require(started["id"] as? Int)
            try hana.op(#"{"type":"stream_start","channel":"stream:8"}"#)
            try hana.op(#"{"type":"stream_start","channel":"stream:9","location":"uptown"}"#)
            _ = try hana.drain()

            let all = try streams(server)
            #expect(all.map { $0["channel"] as? String } == ["stream:7", "stream:8", "stream:9"])
            #expect(all.first?["viewers"] as? Int == 1)
            #expect(all.first?["location"] as? String == "downtown")
            #expect(all[1]["location"] is NSNull, "no location is null")
            let downtown = try streams(server, "?location=downtown")
            #expect(downtown.map { $0["channel"] as? String } == ["stream:7"])
            #expect(try streams(server, "?location=nowhere").isEmpty)

            // The lobby never hears about streams; the event is in stream:7's history.
            try lobby.op(#"{"type":"chat","message":"marker"}"#)
            let lobbySeen = try lobby.readEvent { ["chat", "stream_start", "stream_end"].contains($0["type"] as? String ?? "") }
            #expect(lobbySeen["message"] as? String == "marker")
            let history = try server.curl(["\(server.base)/api/messages?channel=stream:7"])
            #expect((json(history.body)?["messages"] as? [[String: Any]])?.first?["id"] as? Int == startID)

            try hana.op(#"{"type":"stream_end","channel":"stream:9"}"#)
            _ = try hana.drain()
            #expect(try streams(server).map { $0["channel"] as? String } == ["stream:7", "stream:8"])
            let notLive = try hana.op(#"{"type":"stream_end","channel":"stream:9","ref":"e"}"#, reply: "error")
            #expect(notLive["code"] as? String == "bad_request")
            let wrongKind = try hana.op(#"{"type":"stream_start","channel":"post:1","ref":"k"}"#, reply: "error")
            #expect(wrongKind["code"] as? String == "bad_channel")
            let badLocation = try hana.op(#"{"type":"stream_start","channel":"stream:10","location":42,"ref":"l"}"#, reply: "error")
            #expect(badLocation["code"] as? String == "bad_request")
            let lines = server.waitForLog { $0.filter { $0.contains(#""type":"stream_"#) }.count == 4 }
            #expect(lines.filter { $0.contains(#""type":"stream_"#) }.count == 4, "three starts and one end are logged")
        }
        // After a restart the two live streams are still live.
        let server = try TestServer(logDir: dir) { $0.hostUsers = ["hana"] }
        defer { server.stop() }
        let after = try streams(server)
        #expect(after.map { $0["channel"] as? String } == ["stream:7", "stream:8"])
        #expect(after.first?["location"] as? String == "downtown")
        #expect(after.first?["viewers"] as? Int == 0)
        let (viewer, _) = try RawClient.joined(server, "viewer", channels: "stream:7")
        let (hana, _) = try RawClient.joined(server, "hana")
        try hana.op(#"{"type":"stream_end","channel":"stream:7"}"#)
        let ended = try viewer.readEvent(type: "stream_end")
        #expect(ended["user"] as? String == "hana")
        #expect(ended["location"] == nil)
        #expect(try streams(server).map { $0["channel"] as? String } == ["stream:8"])
    }

    /// LIVE_CHAT_DRAW_TIME long past: the window is shut everywhere it shows.
    @Test func aClosedChatWindowRefusesChat() throws {
        let server = try TestServer { $0.liveChatDrawTime = "2020-01-01T20:00:00Z" }
        defer { server.stop() }
        let (alice, w) = try RawClient.joined(server, "alice")
        #expect(w["chat_open"] as? Bool == false)
        let e = try alice.op(#"{"type":"chat","message":"hello?","ref":"c"}"#, reply: "error")
        #expect(e["code"] as? String == "chat_closed")
        #expect(e["ref"] as? String == "c")
        let status = try #require(json(try server.curl(["\(server.base)/api/status"]).body))
        #expect(status["chat_open"] as? Bool == false)
        // Other ops still work while chat is closed.
        #expect(try alice.viewerCount("lobby") == 1)
    }

    /// A draw ~4 s ahead with a 1.8 s window on each side: closed at first,
    /// a `chat_window` open:true event, chat works, then open:false.
    @Test func theChatWindowOpensAndClosesWithEvents() throws {
        let draw = Date().addingTimeInterval(4)
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let server = try TestServer {
            $0.liveChatDrawTime = f.string(from: draw)
            $0.liveChatPreDrawHours = 0.0005
            $0.liveChatPostDrawHours = 0.0005
        }
        defer { server.stop() }
        let (alice, w) = try RawClient.joined(server, "alice", timeout: 8)
        #expect(w["chat_open"] as? Bool == false)
        let opened = try alice.readEvent(type: "chat_window")
        #expect(opened["open"] as? Bool == true)
        #expect(opened["ts"] is String)
        let openedAt = Date()
        #expect(abs(openedAt.timeIntervalSince(draw) + 1.8) < 0.6, "opened \(openedAt.timeIntervalSince(draw)) s from the draw")
        try alice.op(#"{"type":"chat","message":"window is open"}"#)
        #expect(try alice.readEvent(type: "chat")["message"] as? String == "window is open")
        let closed = try alice.readEvent(type: "chat_window")
        #expect(closed["open"] as? Bool == false)
        #expect(abs(Date().timeIntervalSince(draw) - 1.8) < 0.6)
        let e = try alice.op(#"{"type":"chat","message":"too late"}"#, reply: "error")
        #expect(e["code"] as? String == "chat_closed")
    }

    private func streams(_ server: TestServer, _ query: String = "") throws -> [[String: Any]] {
        let r = try server.curl(["\(server.base)/api/streams\(query)"])
        guard r.status == 200, let list = json(r.body)?["streams"] as? [[String: Any]] else {
            throw TestError("GET /api/streams\(query): \(r.status) \(r.body)")
        }
        return list
    }
}
