import Foundation
import Testing
import SafeStreamServer

/// Regression tests for two bugs found while writing the protocol suites:
/// recovery across channels sharing one id sequence, and likes pending at shutdown.
@Suite(.serialized) struct ProtocolRegressionTests {
    /// Ids are global, so the ids in one channel's history have holes where other
    /// channels' events went. bob missed three lobby messages, all three still
    /// retained (limit 3): nothing is lost, yet welcome says recovered:false,
    /// because the gap test compares the oldest retained id with since+1.
    @Test func recoveredIsTrueWhenOnlyOtherChannelsFilledTheIdGap() throws {
        let server = try TestServer { $0.messageHistoryLimit = 3 }
        defer { server.stop() }
        let (alice, w0) = try RawClient.joined(server, "alice", channels: "lobby,post:1")
        let since = try #require(w0["last_id"] as? Int)
        for i in 1...3 {
            try alice.op(#"{"type":"chat","channel":"post:1","message":"elsewhere \#(i)"}"#)
            _ = try alice.chats(untilMessage: "elsewhere \(i)")
        }
        for i in 1...3 {
            try alice.op(#"{"type":"chat","channel":"lobby","message":"lobby \#(i)"}"#)
            _ = try alice.chats(untilMessage: "lobby \(i)")
        }
        let (bob, w) = try RawClient.joined(server, "bob", channels: "lobby", query: "since=\(since)")
        var replayed: [String] = []
        for _ in 0..<3 { replayed.append(try bob.readEvent()["message"] as? String ?? "") }
        #expect(replayed == ["lobby 1", "lobby 2", "lobby 3"], "every missed lobby event is replayed")
        #expect(w["recovered"] as? Bool == true, "nothing bob subscribes to was lost")
    }

    /// Likes in the coalescing window when the server stops are never logged,
    /// so the totals rebuilt after a restart are lower than the ones answered.
    @Test func likesPendingInTheCoalescerAreLoggedOnShutdown() throws {
        let dir = TestServer.temporaryDirectory()
        do {
            let server = try TestServer(logDir: dir)
            func like() throws -> Int? {
                json(try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", #"{"channel":"lobby"}"#, "\(server.base)/api/like"]).body)?["total_likes"] as? Int
            }
            #expect(try like() == 1)
            _ = server.waitForLog { $0.contains { $0.contains(#""total_likes":1"#) } }
            // Within 250 ms of that update, two more likes, both answered; no WebSocket is open,
            // so the stop does not wait for a close handshake.
            #expect(try like() == 2)
            #expect(try like() == 3)
            server.stop()
        }
        let server = try TestServer(logDir: dir)
        defer { server.stop() }
        let likes = json(try server.curl(["\(server.base)/api/status"]).body)?["likes"] as? [String: Int]
        #expect(likes?["lobby"] == 3, "three likes were counted before the stop: \(String(describing: likes))")
    }
}
