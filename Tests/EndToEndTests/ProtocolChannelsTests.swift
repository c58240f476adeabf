import Foundation
import Glibc
import Testing
import SafeStreamServer

/// Who receives what: channel isolation and viewer counts, through real
/// sockets (the raw Swift client and `curl`).
@Suite(.serialized) struct ProtocolChannelsTests {
    /// alice watches lobby and stream:1, bob lobby, carol stream:1. Each sees
    /// the chats of its own channels, in order, and nothing of the others:
    /// after the traffic each sends a marker in its own channel, and the next
    /// chat it gets must be exactly the ones meant for it, then the marker.
    @Test func threeUsersInTwoChannelsSeeOnlyTheirChannels() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (alice, wa) = try RawClient.joined(server, "alice", channels: "lobby,stream:1")
        let (bob, _) = try RawClient.joined(server, "bob", channels: "lobby")
        let (carol, _) = try RawClient.joined(server, "carol", channels: "stream:1")
        #expect(wa["channels"] as? [String] == ["lobby", "stream:1"])

        // Each sender waits for its pong before the next one sends, so the
        // server sees the ops in this order; what each client read on the way is kept.
        var aliceChats: [ChatSeen] = [], bobChats: [ChatSeen] = [], carolChats: [ChatSeen] = []
        try alice.op(#"{"type":"chat","channel":"lobby","message":"a-lobby"}"#)
        aliceChats += try alice.drain().chats
        try alice.op(#"{"type":"chat","channel":"stream:1","message":"a-stream"}"#)
        aliceChats += try alice.drain().chats
        try bob.op(#"{"type":"chat","message":"b-lobby"}"#)           // default: first subscribed (lobby)
        bobChats += try bob.drain().chats
        try carol.op(#"{"type":"chat","message":"c-stream"}"#)        // default: stream:1
        carolChats += try carol.drain().chats
        // bob is not in stream:1: refused, not delivered.
        try bob.op(#"{"type":"chat","channel":"stream:1","message":"b-sneak","ref":"b1"}"#)
        let afterSneak = try bob.drain()
        let sneak = try #require(afterSneak.first { $0["type"] as? String == "error" })
        #expect(sneak["code"] as? String == "not_subscribed")
        #expect(sneak["ref"] as? String == "b1")
        bobChats += afterSneak.chats

        // Markers, one per client, in its own channel.
        try bob.op(#"{"type":"chat","message":"marker-bob"}"#)
        bobChats += try bob.chats(untilMessage: "marker-bob")
        try carol.op(#"{"type":"chat","message":"marker-carol"}"#)
        carolChats += try carol.chats(untilMessage: "marker-carol")
        #expect(bobChats.map { $0.message } == ["a-lobby", "b-lobby", "marker-bob"])
        #expect(bobChats.allSatisfy { $0.channel == "lobby" })
        #expect(carolChats.map { $0.message } == ["a-stream", "c-stream", "marker-carol"])
        #expect(carolChats.allSatisfy { $0.channel == "stream:1" })

        // alice gets both channels; her own messages come back as broadcasts.
        try alice.op(#"{"type":"chat","channel":"lobby","message":"marker-alice"}"#)
        aliceChats += try alice.chats(untilMessage: "marker-alice")
        #expect(aliceChats.map { $0.message } ==
                ["a-lobby", "a-stream", "b-lobby", "c-stream", "marker-bob", "marker-carol", "marker-alice"])
        // One id sequence for the whole server, increasing in delivery order per client.
        for list in [aliceChats, bobChats, carolChats] {
            #expect(list.map { $0.id } == list.map { $0.id }.sorted())
            #expect(Set(list.map { $0.id }).count == list.count)
        }
        // Viewer counts are per channel: carol is never told about lobby, bob never about stream:1.
        let bobRest = try bob.drain()
        #expect(bobRest.allSatisfy { ($0["channel"] as? String).map { $0 == "lobby" } ?? true }, "\(bobRest)")
        let carolRest = try carol.drain()
        #expect(carolRest.allSatisfy { ($0["channel"] as? String).map { $0 == "stream:1" } ?? true }, "\(carolRest)")
    }

    /// After unsubscribe a client no longer gets the channel; after subscribe it does.
    @Test func subscribeAndUnsubscribeChangeWhatArrives() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (alice, _) = try RawClient.joined(server, "alice", channels: "lobby,post:5")
        let (bob, _) = try RawClient.joined(server, "bob", channels: "post:5")
        try alice.op(#"{"type":"unsubscribe","channel":"post:5","ref":"u1"}"#)
        _ = try alice.drain()   // the unsubscribe is applied before the pong
        try bob.op(#"{"type":"chat","message":"while away"}"#)
        try alice.op(#"{"type":"subscribe","channel":"post:5"}"#)
        _ = try alice.drain()
        try bob.op(#"{"type":"chat","message":"back again"}"#)
        let chats = try alice.chats(untilMessage: "back again")
        #expect(chats.map { $0.message } == ["back again"])
        try alice.op(#"{"type":"unsubscribe","channel":"comment:9","ref":"u2"}"#)
        let e = try alice.readEvent(type: "error")
        #expect(e["code"] as? String == "not_subscribed")
        #expect(e["ref"] as? String == "u2")
        try alice.op(#"{"type":"subscribe","channel":"room:1","ref":"u3"}"#)
        #expect(try alice.readEvent(type: "error")["code"] as? String == "bad_channel")
    }

    /// Two tabs of one user are one viewer everywhere the count shows:
    /// viewer_count_updated, get_viewer_count and /api/status.
    @Test func twoTabsOfOneUserCountOnce() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (watcher, _) = try RawClient.joined(server, "watcher", channels: "stream:1")
        #expect(try watcher.waitForViewerCount("stream:1", 1)["count"] as? Int == 1)
        let (tab1, _) = try RawClient.joined(server, "alice", channels: "stream:1")
        #expect(try watcher.waitForViewerCount("stream:1", 2)["count"] as? Int == 2)
        let (tab2, _) = try RawClient.joined(server, "alice", channels: "stream:1,lobby")

        // Give the coalescer time to send anything it would, then look at all of it.
        usleep(400_000)
        let seen = try watcher.drain()
        let counts = seen.filter { $0["type"] as? String == "viewer_count_updated" }.compactMap { $0["count"] as? Int }
        #expect(!counts.contains(3), "a second tab must not count: \(counts)")
        #expect(try watcher.viewerCount("stream:1") == 2)
        #expect(try tab2.viewerCount("lobby") == 1)
        #expect(try status(server)["stream:1"] == 2)

        // Closing one tab keeps alice watching.
        tab1.hangUp()
        try waitUntil { try connections(server) == 2 }
        usleep(400_000)
        #expect(try watcher.viewerCount("stream:1") == 2)
        #expect(try status(server)["stream:1"] == 2)
        let afterOne = try watcher.drain().filter { $0["type"] as? String == "viewer_count_updated" }
        #expect(afterOne.allSatisfy { $0["count"] as? Int == 2 }, "\(afterOne)")

        // Closing both: the count drops to the watcher alone, pushed and queried.
        tab2.hangUp()
        #expect(try watcher.waitForViewerCount("stream:1", 1)["count"] as? Int == 1)
        #expect(try watcher.viewerCount("stream:1") == 1)
        #expect(try status(server)["stream:1"] == 1)
        #expect(try status(server)["lobby"] == nil, "a channel nobody watches is not listed")
        let frame = try watcher.op(#"{"type":"get_viewer_count","channel":"nope","ref":"v"}"#, reply: "error")
        #expect(frame["code"] as? String == "bad_channel")
        #expect(frame["ref"] as? String == "v")
    }

    /// A channel's viewer_count_updated arrives within 1 s of a change and
    /// ≤ 4 per second, however many joins happen.
    @Test func viewerCountUpdatesAreCoalesced() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (watcher, _) = try RawClient.joined(server, "watcher", channels: "stream:2")
        _ = try watcher.waitForViewerCount("stream:2", 1)
        let start = Date()
        var viewers: [RawClient] = []
        for i in 0..<40 { viewers.append(try RawClient.joined(server, "v\(i)", channels: "stream:2").0) }
        // Count what comes in the join burst: at most 4 per second (plus the first).
        var updatesRead = 0
        let last = try watcher.readEvent {
            guard $0["type"] as? String == "viewer_count_updated" else { return false }
            if $0["count"] as? Int == 41 { return true }
            updatesRead += 1
            return false
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(last["count"] as? Int == 41)
        #expect(last["ts"] is String)
        let updates = updatesRead + 1
        #expect(updates <= Int(elapsed * 4) + 2, "\(updates) updates in \(elapsed) s")
        #expect(updates < 41, "not one update per join")
        withExtendedLifetime(viewers) {}
    }

    private func connections(_ server: TestServer) throws -> Int? {
        json(try server.curl(["\(server.base)/api/status"]).body)?["connections"] as? Int
    }

    private func status(_ server: TestServer) throws -> [String: Int] {
        let r = try server.curl(["\(server.base)/api/status"])
        return (json(r.body)?["viewers"] as? [String: Int]) ?? [:]
    }
}

// MARK: Helpers shared by the Protocol*Tests suites

/// Polls `done` every 50 ms until it returns true; throws after `timeout`.
func waitUntil(timeout: Double = 3, _ done: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try done() { return }
        usleep(50_000)
    }
    throw TestError("condition not met within \(timeout) s")
}

struct ChatSeen { var id: Int; var channel: String; var user: String; var message: String }

extension [[String: Any]] {
    /// The chat events among these frames, in order.
    var chats: [ChatSeen] {
        filter { $0["type"] as? String == "chat" }.map {
            ChatSeen(id: $0["id"] as? Int ?? -1, channel: $0["channel"] as? String ?? "",
                     user: $0["user"] as? String ?? "", message: $0["message"] as? String ?? "")
        }
    }
}

extension RawClient {
    /// Connects as `user` to `channels` (plus an optional query), returns the client and its `welcome`.
    static func joined(_ server: TestServer, _ user: String, channels: String? = nil, query: String = "",
                       timeout: Double = 5) throws -> (RawClient, [String: Any]) {
        let c = try RawClient(port: server.port, timeout: timeout)
        var params: [String] = []
        if let channels { params.append("channels=\(channels)") }
        if !query.isEmpty { params.append(query) }
        let path = "/ws/\(user)" + (params.isEmpty ? "" : "?" + params.joined(separator: "&"))
        let hs = try c.handshake(path: path)
        guard hs.status == 101 else { throw TestError("handshake \(path): \(hs.status) \(String(decoding: hs.body, as: UTF8.self))") }
        let w = try c.readEvent()
        guard w["type"] as? String == "welcome" else { throw TestError("first frame is not welcome: \(w)") }
        return (c, w)
    }

    func op(_ json: String) throws { try sendText(json) }

    /// Sends an op and returns the first frame of type `reply` (skipping pushed events).
    func op(_ json: String, reply: String) throws -> [String: Any] {
        try sendText(json)
        return try readEvent(type: reply)
    }

    /// Every frame up to the `pong` of a fresh ping: what the server had
    /// queued for this client before it read the ping.
    func drain() throws -> [[String: Any]] {
        let ref = "drain-\(UInt32.random(in: 0...UInt32.max))"
        try sendText(#"{"type":"ping","ref":"\#(ref)"}"#)
        var out: [[String: Any]] = []
        while true {
            let e = try readEvent()
            if e["type"] as? String == "pong", e["ref"] as? String == ref { return out }
            out.append(e)
        }
    }

    /// Chats received up to and including the one whose text is `marker`.
    func chats(untilMessage marker: String) throws -> [ChatSeen] {
        var out: [ChatSeen] = []
        for _ in 0..<500 {
            let e = try readEvent()
            guard e["type"] as? String == "chat" else { continue }
            let c = ChatSeen(id: e["id"] as? Int ?? -1, channel: e["channel"] as? String ?? "",
                             user: e["user"] as? String ?? "", message: e["message"] as? String ?? "")
            out.append(c)
            if c.message == marker { return out }
        }
        throw TestError("marker \(marker) never arrived")
    }

    /// Reads until a viewer_count_updated for `channel` with `count` arrives.
    func waitForViewerCount(_ channel: String, _ count: Int) throws -> [String: Any] {
        try readEvent { $0["type"] as? String == "viewer_count_updated" && $0["channel"] as? String == channel && $0["count"] as? Int == count }
    }

    /// Reads until an event matching `predicate` arrives (at most 500 frames or the socket timeout).
    func readEvent(_ predicate: ([String: Any]) -> Bool) throws -> [String: Any] {
        for _ in 0..<500 {
            let e = try readEvent()
            if predicate(e) { return e }
        }
        throw TestError("no matching event")
    }

    /// `get_viewer_count` round trip.
    func viewerCount(_ channel: String) throws -> Int? {
        let ref = "vc-\(UInt32.random(in: 0...UInt32.max))"
        try sendText(#"{"type":"get_viewer_count","channel":"\#(channel)","ref":"\#(ref)"}"#)
        let r = try readEvent { $0["type"] as? String == "viewer_count" && $0["ref"] as? String == ref }
        guard r["channel"] as? String == channel else { throw TestError("viewer_count for the wrong channel: \(r)") }
        return r["count"] as? Int
    }

    /// Starts the close handshake and shuts the socket down, so the server
    /// sees the connection end now (the descriptor is closed on deinit).
    func hangUp() {
        try? send(RawClient.frame(opcode: 8, payload: [0x03, 0xE8]))
        shutdown(fd, Int32(SHUT_RDWR))
    }
}
