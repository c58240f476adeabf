import Foundation
import Testing

/// The connection and subscription caps of SPEC §1, §2 and §9.
@Suite(.serialized) struct ConnectionLimitTests {
    @Test func upgradesBeyondMaxConnectionsGet503AndASlotFreesOnClose() throws {
        let server = try TestServer { $0.maxConnections = 2 }
        defer { server.stop() }
        var open: [RawClient] = []
        for i in 0..<2 {
            let c = try RawClient(port: server.port)
            #expect(try c.handshake(path: "/ws/u\(i)").status == 101)
            open.append(c)
        }
        let refused = try RawClient(port: server.port)
        let r = try refused.handshake(path: "/ws/u3")
        #expect(r.status == 503)
        #expect(r.head.contains("Retry-After"))
        // HTTP calls are not upgrades and still work at the limit.
        #expect(try server.curl(["\(server.base)/healthz"]).status == 200)
        try open[0].send(RawClient.frame(opcode: 8, payload: [0x03, 0xE8]))
        while let f = try open[0].readFrame(), f.opcode != 8 {}
        usleep(100_000)
        #expect(try RawClient(port: server.port).handshake(path: "/ws/u4").status == 101)
    }

    @Test func perAddressCapRefusesTheConnectionWith429() throws {
        let server = try TestServer { $0.maxConnectionsPerIP = 2 }
        defer { server.stop() }
        let a = try RawClient(port: server.port), b = try RawClient(port: server.port)
        #expect(try a.handshake(path: "/ws/a").status == 101)
        #expect(try b.handshake(path: "/ws/b").status == 101)
        let c = try RawClient(port: server.port)
        try? c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        let r = try c.readHTTPResponse()
        #expect(r.status == 429)
        #expect(String(decoding: r.body, as: UTF8.self).contains("too_many_connections"))
    }

    @Test func atMost128ChannelsPerConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let names = (1...129).map { "post:\($0)" }.joined(separator: ",")
        #expect(try RawClient(port: server.port).handshake(path: "/ws/a?channels=\(names)").status == 400)
        let c = try RawClient(port: server.port)
        let first128 = (1...128).map { "post:\($0)" }.joined(separator: ",")
        #expect(try c.handshake(path: "/ws/a?channels=\(first128)").status == 101)
        let w = try c.readEvent(type: "welcome")
        #expect((w["channels"] as? [String])?.count == 128)
        try c.sendText(#"{"type":"subscribe","channel":"lobby","ref":"s"}"#)
        let e = try c.readEvent(type: "error")
        #expect(e["ref"] as? String == "s")
        #expect((e["message"] as? String)?.contains("128") == true)
    }

    @Test func badChannelInTheQueryIsReportedAfterWelcome() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try RawClient(port: server.port)
        #expect(try c.handshake(path: "/ws/a?channels=lobby,room:1").status == 101)
        let w = try c.readEvent(type: "welcome")
        #expect(w["channels"] as? [String] == ["lobby"])
        #expect(try c.readEvent(type: "error")["code"] as? String == "bad_channel")
    }
}
