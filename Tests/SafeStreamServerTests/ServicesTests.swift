import Testing
@testable import SafeStreamServer

@Suite struct ChannelNameTests {
    @Test(arguments: ["lobby", "stream:1", "post:123", "comment:999999999999999999"])
    func valid(_ s: String) { #expect(ChannelName(s)?.description == s) }

    @Test(arguments: ["", "Lobby", "stream:", "stream:0", "stream:01", "stream:-1", "post:1a", "dm:a:b", "stream:1:2",
                      "chat:5", " lobby", "comment:1234567890123456789"])
    func invalid(_ s: String) { #expect(ChannelName(s) == nil) }

    @Test func usernames() {
        #expect(Username.isValid("alice"))
        #expect(Username.isValid("A.b-c_9"))
        #expect(Username.isValid(String(repeating: "x", count: 32)))
        #expect(!Username.isValid(String(repeating: "x", count: 33)))
        #expect(!Username.isValid(""))
        #expect(!Username.isValid("bad name"))
        #expect(!Username.isValid("émile"))
        #expect(!Username.isValid("a/b"))
    }
}

@Suite struct SlidingWindowLimiterTests {
    let second: UInt64 = 1_000_000_000

    @Test func allowsLimitPerWindowExactly() {
        var l = SlidingWindowLimiter(limit: 3, windowNanos: 60 * second)
        do { let ok = l.allow("a", now: 0); #expect(ok) }
        do { let ok = l.allow("a", now: 1 * second); #expect(ok) }
        do { let ok = l.allow("a", now: 2 * second); #expect(ok) }
        do { let ok = l.allow("a", now: 3 * second); #expect(!ok) }
        do { let ok = l.allow("b", now: 3 * second); #expect(ok, "keys are independent") }
        do { let ok = l.allow("a", now: 60 * second - 1); #expect(!ok) }
        do { let ok = l.allow("a", now: 60 * second); #expect(ok, "the first event left the window") }
        do { let ok = l.allow("a", now: 60 * second + 1); #expect(!ok) }
        do { let ok = l.allow("a", now: 61 * second); #expect(ok) }
    }

    @Test func zeroMeansUnlimited() {
        var l = SlidingWindowLimiter(limit: 0)
        for i in 0..<10_000 { let ok = l.allow("a", now: UInt64(i)); #expect(ok) }
    }

    @Test func pruneForgetsIdleKeys() {
        var l = SlidingWindowLimiter(limit: 2, windowNanos: 10)
        _ = l.allow("a", now: 0)
        _ = l.allow("b", now: 5)
        l.prune(now: 12)
        #expect(l.trackedKeys == 1)
    }
}

@Suite struct EventRingTests {
    @Test func keepsTheLastCapacityOldestFirst() {
        var r = EventRing(capacity: 3)
        for i in 1...5 { r.append(.init(id: Int64(i), json: [UInt8(i)])) }
        #expect(r.entries.map(\.id) == [3, 4, 5])
        #expect(r.oldestID == 3)
        #expect(r.entries(after: 3).map(\.id) == [4, 5])
        #expect(r.entries(after: 5).isEmpty)
    }

    @Test func zeroCapacityKeepsNothing() {
        var r = EventRing(capacity: 0)
        r.append(.init(id: 1, json: []))
        #expect(r.count == 0)
    }
}

@Suite struct GiftProducerTests {
    @Test func sameSeedSameGiftsAndInRange() {
        var a = GiftProducer(seed: 7), b = GiftProducer(seed: 7), c = GiftProducer(seed: 8)
        var differs = false
        for _ in 0..<1000 {
            let x = a.next(), y = b.next(), z = c.next()
            #expect(x.giftID == y.giftID && x.amount == y.amount)
            #expect((1...1000).contains(x.giftID) && (1...5).contains(x.amount))
            if x.giftID != z.giftID { differs = true }
        }
        #expect(differs)
    }
}

@Suite struct ChatWindowTests {
    let hour: Int64 = 3_600_000

    @Test func instantWindow() {
        let w = ChatWindow(draw: .instant(epochMillis: 100 * hour), preHours: 1, postHours: 2)
        #expect(!w.isOpen(atEpochMillis: 99 * hour - 1))
        #expect(w.isOpen(atEpochMillis: 99 * hour))
        #expect(w.isOpen(atEpochMillis: 102 * hour))
        #expect(!w.isOpen(atEpochMillis: 102 * hour + 1))
    }

    @Test func dailyWindowWrapsMidnight() {
        let w = ChatWindow(draw: .daily(minuteOfDay: 30), preHours: 1, postHours: 1)   // 00:30 UTC
        let day: Int64 = 24 * hour
        #expect(w.isOpen(atEpochMillis: 10 * day - hour / 2))      // 23:30 the day before
        #expect(w.isOpen(atEpochMillis: 10 * day + hour + hour / 2)) // 01:30
        #expect(!w.isOpen(atEpochMillis: 10 * day + 2 * hour))
        #expect(!w.isOpen(atEpochMillis: 10 * day + 12 * hour))
    }

    @Test func drawTimeParsing() {
        #expect(DrawTime.parse("20:00") == .daily(minuteOfDay: 1200))
        #expect(DrawTime.parse("24:00") == nil)
        #expect(DrawTime.parse("2026-11-22T20:00:00Z") == .instant(epochMillis: 1_795_377_600_000))
        #expect(DrawTime.parse("2026-11-22T21:00:00+01:00") == .instant(epochMillis: 1_795_377_600_000))
        #expect(DrawTime.parse("tomorrow") == nil)
    }
}
