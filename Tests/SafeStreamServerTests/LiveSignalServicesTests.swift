import Testing
@testable import SafeStreamServer

private let s: UInt64 = 1_000_000_000
private let ms: UInt64 = 1_000_000
private let stream1 = ChannelName("stream:1")!

@Suite struct DeadlineHeapTests {
    @Test func popsOnlyDueKeysAndHonoursRefreshes() {
        var h = DeadlineHeap<String>()
        h.set("a", deadline: 10)
        h.set("b", deadline: 5)
        h.set("a", deadline: 20)          // refreshed: the old entry is stale
        h.set("c", deadline: 7)
        h.remove("c")
        do { let r = h.popExpired(now: 4); #expect(r.isEmpty) }
        do { let r = h.popExpired(now: 10); #expect(r == ["b"]) }
        do { let r = h.popExpired(now: 19); #expect(r.isEmpty) }
        do { let r = h.popExpired(now: 20); #expect(r == ["a"]) }
        #expect(h.count == 0)
    }

    @Test func manyRefreshesStayBounded() {
        var h = DeadlineHeap<Int>()
        for i in 0..<100_000 { h.set(i % 10, deadline: UInt64(i)) }
        #expect(h.count == 10)
        do { let r = h.popExpired(now: 99_999); #expect(r.count == 10) }
    }
}

@Suite struct CoalescerTests {
    @Test func atMostOncePerIntervalAndNeverLaterThanOneInterval() {
        var c = Coalescer<String>(intervalNanos: 250 * ms)
        c.mark("lobby")
        do { let r = c.due(now: 0); #expect(r == ["lobby"]) }           // first change goes at once
        c.mark("lobby")
        do { let r = c.due(now: 100 * ms); #expect(r.isEmpty) }         // too soon after the last send
        c.mark("lobby")                               // many changes coalesce into one
        do { let r = c.due(now: 249 * ms); #expect(r.isEmpty) }
        do { let r = c.due(now: 250 * ms); #expect(r == ["lobby"]) }
        do { let r = c.due(now: 600 * ms); #expect(r.isEmpty, "nothing changed, nothing sent") }
        #expect(!c.hasPending)
    }

    @Test func aThousandJoinsOverTenSecondsGiveAtMostFortyUpdates() {
        var c = Coalescer<String>(intervalNanos: 250 * ms)
        var sent = 0
        var t: UInt64 = 0
        while t <= 10 * s {                           // a join every 10 ms, polled every 100 ms
            c.mark("stream:1")
            if t % (100 * ms) == 0 { sent += c.due(now: t).count }
            t += 10 * ms
        }
        // Polled every 100 ms with a 250 ms interval, updates leave every 300 ms:
        // at most 4 a second, never more than 1 s stale.
        #expect(sent <= 40)
        #expect(sent >= 30)
    }
}

@Suite struct ViewerRegistryTests {
    @Test func tabsOfOneUserCountOnce() {
        var v = ViewerRegistry()
        do { let r = v.join("alice", .lobby); #expect(r) }
        do { let r = v.join("alice", .lobby); #expect(!r, "second tab: no change") }
        do { let r = v.join("bob", .lobby); #expect(r) }
        #expect(v.count(.lobby) == 2)
        do { let r = v.leave("alice", .lobby); #expect(!r, "one tab left") }
        #expect(v.count(.lobby) == 2)
        do { let r = v.leave("alice", .lobby); #expect(r) }
        #expect(v.count(.lobby) == 1)
        do { let r = v.leave("nobody", .lobby); #expect(!r) }
    }
}

@Suite struct TypingTrackerTests {
    @Test func expiresExactlyAtThreeSeconds() {
        var t = TypingTracker()
        do { let r = t.start("alice", .lobby, now: 0); #expect(r) }
        do { let r = t.start("alice", .lobby, now: 1 * s); #expect(!r, "a refresh is not a change") }
        do { let r = t.start("bob", .lobby, now: 2 * s); #expect(r) }
        #expect(t.users(.lobby) == ["alice", "bob"])
        do { let r = t.expire(now: 4 * s - 1); #expect(r.isEmpty, "alice refreshed at 1 s: due at 4 s") }
        do { let r = t.expire(now: 4 * s); #expect(r == [.lobby]) }
        #expect(t.users(.lobby) == ["bob"])
        do { let r = t.expire(now: 5 * s); #expect(r == [.lobby]) }
        #expect(t.users(.lobby).isEmpty)
    }

    @Test func stopRemovesAndKeepsChannelsApart() {
        var t = TypingTracker()
        _ = t.start("alice", .lobby, now: 0)
        _ = t.start("alice", stream1, now: 0)
        do { let r = t.stop("alice", .lobby); #expect(r) }
        do { let r = t.stop("alice", .lobby); #expect(!r) }
        #expect(t.users(stream1) == ["alice"])
        do { let r = t.expire(now: 3 * s); #expect(r == [stream1]) }
    }
}

@Suite struct PresenceTrackerTests {
    @Test func ttlOfFiveMinutesRefreshedByActivity() {
        var p = PresenceTracker()
        #expect(p.status("alice", now: 0) == .offline)
        p.connected("alice", now: 0)
        #expect(p.status("alice", now: 300 * s - 1) == .online)
        #expect(p.status("alice", now: 300 * s) == .offline, "exactly 5 minutes without a frame")
        p.touch("alice", now: 299 * s)
        #expect(p.status("alice", now: 300 * s) == .online)
        p.set("alice", .away, now: 300 * s)
        #expect(p.status("alice", now: 599 * s) == .away)
        #expect(p.status("alice", now: 600 * s) == .offline)
        p.disconnected("alice")
        #expect(p.status("alice", now: 301 * s) == .offline, "last connection gone: offline at once")
        p.set("ghost", .online, now: 0)
        #expect(p.status("ghost", now: 1) == .offline, "no connection, no presence")
    }
}

@Suite struct LikeAndUnreadTests {
    @Test func messageLikesOncePerUser() {
        var l = LikeCounter()
        do { let r = l.likeMessage(7, by: "alice"); #expect(r == 1) }
        do { let r = l.likeMessage(7, by: "alice"); #expect(r == nil) }
        do { let r = l.likeMessage(7, by: "bob"); #expect(r == 2) }
        do { let r = l.likeChannel(.lobby); #expect(r == 1) }
        do { let r = l.likeChannel(.lobby); #expect(r == 2) }
        l.restore(channel: stream1, total: 40)
        do { let r = l.likeChannel(stream1); #expect(r == 41) }
    }

    @Test func unreadArithmetic() {
        var u = UnreadCounters()
        let ab = UnreadCounters.conversation("bob", "alice")
        #expect(ab == "dm:alice:bob")
        let cb = UnreadCounters.conversation("carol", "bob")
        do { let r = u.increment("bob", ab); #expect(r == (1, 1)) }
        do { let r = u.increment("bob", ab); #expect(r == (2, 2)) }
        do { let r = u.increment("bob", cb); #expect(r == (1, 3)) }
        do { let r = u.reset("bob", ab); #expect(r == 1) }
        #expect(u.count("bob", ab) == 0 && u.total("bob") == 1)
        #expect(UnreadCounters.participants("dm:alice:bob")! == ("alice", "bob"))
        #expect(UnreadCounters.participants("dm:alice") == nil)
        #expect(UnreadCounters.participants("lobby") == nil)
    }
}

@Suite struct LiveCoreTests {
    @Test func viewerCountsAreCoalescedAndCountDistinctUsers() throws {
        let h = try CoreHarness()
        let (a1, _) = h.connect("alice")
        h.core.assumeIsolated { $0.tick() }
        #expect(a1.last("viewer_count_updated")?["count"] as? Int == 1)
        let before = a1.events.count
        for i in 0..<50 { _ = h.connect("u\(i)") }
        _ = h.connect("alice")                          // a second tab
        h.core.assumeIsolated { $0.tick() }             // within 250 ms of the last update: held back
        #expect(a1.events.count == before, "within 250 ms of the last update alice gets nothing yet")
        h.advance(seconds: 0.25)
        h.core.assumeIsolated { $0.tick() }
        #expect(a1.last("viewer_count_updated")?["count"] as? Int == 51)
    }

    @Test func typingStatusOnChangeAndExpiry() throws {
        let h = try CoreHarness()
        let (b, _) = h.connect("bob")
        let (_, sa) = h.connect("alice")
        h.send(sa, #"{"type":"typing_start","channel":"lobby"}"#)
        h.core.assumeIsolated { $0.tick() }
        #expect(b.last("typing_status")?["users"] as? [String] == ["alice"])
        h.advance(seconds: 3)
        h.core.assumeIsolated { $0.tick() }
        #expect(b.last("typing_status")?["users"] as? [String] == [])
    }

    @Test func directMessagesAndUnread() throws {
        let h = try CoreHarness()
        let (a, sa) = h.connect("alice")
        let (b1, sb) = h.connect("bob")
        let (b2, _) = h.connect("bob")
        h.send(sa, #"{"type":"direct","to":"bob","message":"psst"}"#)
        let d = try #require(b1.last("direct"))
        #expect(d["conversation"] as? String == "dm:alice:bob")
        #expect(a.last("direct")?["id"] as? Int == d["id"] as? Int)
        #expect(b2.last("direct") != nil)
        #expect(b1.last("unread_count_updated")?["count"] as? Int == 1)
        #expect(b1.last("new_message_notification")?["from"] as? String == "alice")
        #expect(a.last("unread_count_updated") == nil)
        h.send(sb, #"{"type":"messages_read","conversation":"dm:alice:bob"}"#)
        #expect(b2.last("unread_count_updated")?["count"] as? Int == 0)
        h.send(sb, #"{"type":"get_unread_count","ref":9}"#)
        #expect(b1.last("unread_count")?["total"] as? Int == 0)
        #expect(b1.last("unread_count")?["ref"] as? Int == 9)
        h.send(sa, #"{"type":"direct","to":"alice","message":"me"}"#)
        #expect(a.last("error")?["code"] as? String == "bad_request")
    }

    @Test func streamsAreForHostsOnly() throws {
        let h = try CoreHarness { $0.hostUsers = ["host"] }
        let (v, sv) = h.connect("viewer", channels: ["stream:9"])
        h.send(sv, #"{"type":"stream_start","channel":"stream:9"}"#)
        #expect(v.last("error")?["code"] as? String == "forbidden")
        let (_, sh) = h.connect("host", channels: ["stream:9"], badges: ["host"])
        h.send(sh, #"{"type":"stream_start","channel":"stream:9","location":"downtown"}"#)
        #expect(v.last("stream_start")?["location"] as? String == "downtown")
        #expect(h.core.assumeIsolated { $0.liveStreams(location: "downtown") }.map(\.channel) == ["stream:9"])
        #expect(h.core.assumeIsolated { $0.liveStreams(location: "uptown") }.isEmpty)
        h.send(sh, #"{"type":"stream_end","channel":"stream:9"}"#)
        #expect(h.core.assumeIsolated { $0.liveStreams(location: nil) }.isEmpty)
        #expect(h.sink.lines.count == 2, "stream_start and stream_end are logged")
    }
}
