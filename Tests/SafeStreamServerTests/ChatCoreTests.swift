import Testing
import Foundation
@testable import SafeStreamServer
import SafeStreamCodec
import SafeStreamModeration

/// A peer that records the frames the core queues for it.
final class RecordingPeer: ChatPeer {
    let connectionID: UInt64
    var frames: [[UInt8]] = []
    init(_ id: UInt64) { connectionID = id }
    func sendFrame(_ frame: [UInt8]) { frames.append(frame) }

    /// Payloads of the text frames (the core only sends short unfragmented frames).
    var events: [[String: Any]] {
        frames.map { f in
            let len = Int(f[1] & 0x7f)
            let start = len == 126 ? 4 : (len == 127 ? 10 : 2)
            return (try? JSONSerialization.jsonObject(with: Data(f[start...]))) as? [String: Any] ?? [:]
        }
    }
    func last(_ type: String) -> [String: Any]? { events.last { $0["type"] as? String == type } }
}

/// The core driven directly on the current thread: no socket, no running loop.
final class CoreHarness {
    let loop: EventLoop
    let core: ChatCore
    let sink = MemoryEventSink()
    var now: Int64 = 1_795_300_000_000
    var mono: UInt64 = 1_000_000_000
    private var nextID: UInt64 = 1

    init(_ configure: (inout Settings) -> Void = { _ in }, recovery: LogRecovery = LogRecovery()) throws {
        var s = Settings()
        configure(&s)
        loop = try EventLoop()
        loop.bindToCurrentThread()
        let box = Clocks()
        core = ChatCore(loop: loop, settings: s, moderator: LexiconModerator(threshold: s.moderationThreshold),
                        sink: sink, recovery: recovery, wallMillis: { box.wall }, monotonicNanos: { box.mono })
        clocks = box
        box.wall = now; box.mono = mono
    }
    private let clocks: Clocks
    final class Clocks { var wall: Int64 = 0; var mono: UInt64 = 0 }
    func advance(seconds: Double) {
        clocks.wall += Int64(seconds * 1000); clocks.mono += UInt64(seconds * 1e9)
    }

    func connect(_ user: String, channels: [String] = ["lobby"], badges: [String] = [], since: Int64? = nil) -> (RecordingPeer, ChatSession) {
        let peer = RecordingPeer(nextID); nextID += 1
        let session = ChatSession(peer: peer, user: user, channels: channels.compactMap { ChannelName($0) }, badges: badges, avatar: nil)
        core.assumeIsolated { $0.join(session, since: since) }
        return (peer, session)
    }

    func send(_ session: ChatSession, _ json: String) {
        core.assumeIsolated { $0.receive(session, text: Array(json.utf8)) }
    }
}

@Suite struct ChatCoreTests {
    @Test func chatReachesTheChannelsSubscribersOnlyAsTheSameBytes() throws {
        let h = try CoreHarness()
        let (a, sa) = h.connect("alice")
        let (b, _) = h.connect("bob")
        let (c, _) = h.connect("carol", channels: ["post:1"])
        h.send(sa, #"{"type":"chat","message":"hi"}"#)
        #expect(a.frames.count == 2 && b.frames.count == 2)     // welcome + chat
        #expect(a.frames[1] == b.frames[1], "one serialization, shared bytes")
        #expect(c.frames.count == 1, "post:1 does not hear lobby")
        let chat = try #require(b.last("chat"))
        #expect(chat["user"] as? String == "alice" && chat["id"] as? Int == 1 && chat["channel"] as? String == "lobby")
        // The log line is the frame payload.
        #expect(h.sink.lines.count == 1)
        let f = a.frames[1]
        let header = (f[1] & 0x7f) == 126 ? 4 : 2
        #expect(Array(f.dropFirst(header)) == h.sink.lines[0])
    }

    @Test func idsIncreaseAcrossChatAndGiftsAndContinueFromRecovery() throws {
        var rec = LogRecovery()
        rec.maxID = 41
        let h = try CoreHarness(recovery: rec)
        let (a, sa) = h.connect("alice")
        h.send(sa, #"{"type":"chat","message":"one"}"#)
        h.core.assumeIsolated { $0.gift(from: "bob", giftID: 5, amount: 2, channel: .lobby) }
        h.core.assumeIsolated { $0.botGift() }
        let ids = a.events.compactMap { $0["id"] as? Int }
        #expect(ids == [42, 43, 44])
        #expect(a.events.last?["from"] as? String == "bot")
    }

    @Test func rateLimitIsPerUserAcrossConnections() throws {
        let h = try CoreHarness { $0.maxMessagesPerUserPerMinute = 2 }
        let (a1, s1) = h.connect("alice")
        let (_, s2) = h.connect("alice")
        h.send(s1, #"{"type":"chat","message":"1"}"#)
        h.send(s2, #"{"type":"chat","message":"2"}"#)
        h.send(s1, #"{"type":"chat","message":"3","ref":"x"}"#)
        #expect(a1.last("error")?["code"] as? String == "rate_limited")
        #expect(a1.last("error")?["ref"] as? String == "x")
        h.advance(seconds: 60)
        h.send(s1, #"{"type":"chat","message":"4"}"#)
        #expect(a1.last("chat")?["message"] as? String == "4")
    }

    @Test func moderationActions() throws {
        for action in [Settings.ModerationAction.flag, .mask, .block] {
            let h = try CoreHarness { $0.moderationAction = action }
            let (a, sa) = h.connect("alice")
            let (b, _) = h.connect("bob")
            h.send(sa, #"{"type":"chat","message":"well shit happens"}"#)
            let logged = String(decoding: try #require(h.sink.lines.last), as: UTF8.self)
            switch action {
            case .flag:
                #expect(b.last("chat")?["toxic"] as? Bool == true)
                #expect(b.last("chat")?["message"] as? String == "well shit happens")
            case .mask:
                #expect(b.last("chat")?["message"] as? String == "well **** happens")
                #expect(logged.contains(#""original":"well shit happens""#))
                #expect(h.core.assumeIsolated { $0.history(.lobby) }.last.map { String(decoding: $0.json, as: UTF8.self) }?
                    .contains("original") == false, "history holds the broadcast form")
            case .block:
                #expect(b.last("chat") == nil)
                #expect(a.last("error")?["code"] as? String == "blocked")
                #expect(logged.contains(#""blocked":true"#) && logged.contains("well shit happens"))
            }
        }
    }

    @Test func sinceReplaysMissedEventsAndReportsGaps() throws {
        let h = try CoreHarness { $0.messageHistoryLimit = 3 }
        let (_, sa) = h.connect("alice")
        for i in 1...5 { h.send(sa, #"{"type":"chat","message":"m\#(i)"}"#) }
        let (p1, _) = h.connect("bob", since: 3)
        #expect(p1.events.first?["recovered"] as? Bool == true)
        #expect(p1.events.compactMap { $0["message"] as? String } == ["m4", "m5"])
        let (p2, _) = h.connect("carol", since: 1)     // m2 fell out of a 3-event ring
        #expect(p2.events.first?["recovered"] as? Bool == false)
        #expect(p2.events.compactMap { $0["message"] as? String } == ["m3", "m4", "m5"])
        let (p3, _) = h.connect("dave")
        #expect(p3.events.first?["recovered"] == nil)
    }

    @Test func chatSwitchAndWindow() throws {
        let off = try CoreHarness { $0.liveChatEnabled = false }
        let (a, sa) = off.connect("alice")
        off.send(sa, #"{"type":"chat","message":"hi"}"#)
        #expect(a.last("error")?["code"] as? String == "chat_disabled")

        let closed = try CoreHarness { $0.liveChatDrawTime = "2000-01-01T00:00:00Z" }
        let (b, sb) = closed.connect("bob")
        #expect(b.events.first?["chat_open"] as? Bool == false)
        closed.send(sb, #"{"type":"chat","message":"hi"}"#)
        #expect(b.last("error")?["code"] as? String == "chat_closed")
    }

    @Test func subscribeAndUnsubscribe() throws {
        let h = try CoreHarness()
        let (a, sa) = h.connect("alice")
        h.send(sa, #"{"type":"subscribe","channel":"stream:7"}"#)
        h.send(sa, #"{"type":"chat","message":"yo","channel":"stream:7"}"#)
        #expect(a.last("chat")?["channel"] as? String == "stream:7")
        h.send(sa, #"{"type":"unsubscribe","channel":"stream:7"}"#)
        h.send(sa, #"{"type":"unsubscribe","channel":"stream:7","ref":1}"#)
        #expect(a.last("error")?["code"] as? String == "not_subscribed")
        h.send(sa, #"{"type":"subscribe","channel":"stream:x"}"#)
        #expect(a.last("error")?["code"] as? String == "bad_channel")
        h.core.assumeIsolated { $0.leave(sa) }
        #expect(h.core.assumeIsolated { $0.subscriberCount(.lobby) } == 0)
    }
}
