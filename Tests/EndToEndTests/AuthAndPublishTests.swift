import Foundation
import Testing
import SafeStreamServer

/// JWT (tokens made by PyJWT) and /internal/publish, end to end.
@Suite(.serialized) struct AuthAndPublishTests {
    static let secret = "s3cret-for-tests-0123456789abcdef-xyz"

    /// A token made by PyJWT, a library no one here wrote.
    private func token(_ claims: String, secret: String = AuthAndPublishTests.secret, alg: String = "HS256") throws -> String {
        try Tools.python(#"""
import json, sys, time, jwt
claims = json.loads(sys.argv[1]); now = int(time.time())
for k in ("exp", "nbf", "iat"):
    if k in claims: claims[k] = now + claims[k]
print(jwt.encode(claims, sys.argv[2], algorithm=sys.argv[3]))
"""#, args: [claims, secret, alg]).split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func pythonWebsocketsClientWithAPyJWTTokenConnectsAndCarriesBadges() throws {
        let server = try TestServer { $0.jwtSecret = Self.secret }
        defer { server.stop() }
        let t = try token(#"{"sub":"alice","exp":600,"badges":["host","winner"],"avatar":"https://x.test/a.png"}"#)
        let out = try Tools.python(#"""
import asyncio, json, sys, websockets
async def main(url):
    async with websockets.connect(url) as ws:
        w = json.loads(await ws.recv()); assert w["type"] == "welcome", w
        await ws.send(json.dumps({"type": "chat", "message": "signed in"}))
        while True:   # a viewer count may come before the chat
            f = await asyncio.wait_for(ws.recv(), 5)
            if json.loads(f)["type"] == "chat":
                print(f); break
asyncio.run(main(sys.argv[1]))
"""#, args: ["\(server.ws)/ws/alice?token=\(t)"])
        let ev = try #require(json(String(out.split(separator: "\n").last ?? "")))
        #expect(ev["badges"] as? [String] == ["host", "winner"])
        #expect(ev["avatar"] as? String == "https://x.test/a.png")
    }

    @Test func badTokensGet401BeforeUpgrade() throws {
        let server = try TestServer { $0.jwtSecret = Self.secret }
        defer { server.stop() }
        let cases: [(String, String)] = [
            ("missing", ""),
            ("wrong secret", try token(#"{"sub":"alice","exp":600}"#, secret: "another-secret-that-is-long-enough-000")),
            ("expired", try token(#"{"sub":"alice","exp":-120}"#)),
            ("not yet valid", try token(#"{"sub":"alice","nbf":600}"#)),
            ("wrong sub", try token(#"{"sub":"mallory","exp":600}"#)),
            ("HS512", try token(#"{"sub":"alice","exp":600}"#, alg: "HS512")),
            ("alg none", try Tools.python("import jwt; print(jwt.encode({'sub':'alice'}, None, algorithm='none'))")
                .split(separator: "\n").last.map(String.init) ?? ""),
            ("garbage", "abc.def.ghi"),
        ]
        for (label, t) in cases {
            let c = try RawClient(port: server.port)
            let r = try c.handshake(path: "/ws/alice" + (t.isEmpty ? "" : "?token=\(t)"))
            #expect(r.status == 401, "\(label)")
            #expect(String(decoding: r.body, as: UTF8.self).contains("unauthorized"), "\(label)")
        }
    }

    @Test func aTokenThatExpiresDuringTheConnectionClosesItWith4001() throws {
        let server = try TestServer { $0.jwtSecret = Self.secret }
        defer { server.stop() }
        let t = try token(#"{"sub":"alice","exp":2}"#)
        let c = try RawClient(port: server.port, timeout: 6)
        #expect(try c.handshake(path: "/ws/alice?token=\(t)").status == 101)
        var close: RawClient.Frame? = nil
        while let f = try c.readFrame() { if f.opcode == 8 { close = f; break } }
        #expect(close?.closeCode == 4001)
    }

    @Test func actingHTTPCallsTakeTheUserFromTheBearerToken() throws {
        let server = try TestServer { $0.jwtSecret = Self.secret }
        defer { server.stop() }
        let body = #"{"gift_id":3,"amount":2}"#
        let none = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-d", body, "\(server.base)/api/gift"])
        #expect(none.status == 401)
        let t = try token(#"{"sub":"bob","exp":600}"#)
        let ok = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-H", "Authorization: Bearer \(t)",
                                  "-d", body, "\(server.base)/api/gift"])
        #expect(ok.status == 200)
        let lines = server.waitForLog { $0.contains { $0.contains(#""from":"bob""#) } }
        #expect(lines.contains { $0.contains(#""from":"bob""#) })
        let spoof = try server.curl(["-X", "POST", "-H", "Content-Type: application/json", "-H", "Authorization: Bearer \(t)",
                                     "-d", #"{"from":"eve","gift_id":3,"amount":2}"#, "\(server.base)/api/gift"])
        #expect(spoof.status == 403)
    }

    @Test func internalPublish() throws {
        let off = try TestServer()
        defer { off.stop() }
        let unset = try off.curl(["-X", "POST", "-d", #"{"channel":"lobby","payload":{"type":"gift"}}"#, "\(off.base)/internal/publish"])
        #expect(unset.status == 503)

        let server = try TestServer { $0.realtimePublishToken = "pub-token" }
        defer { server.stop() }
        let viewer = try RawClient(port: server.port)
        _ = try viewer.handshake(path: "/ws/viewer?channels=post:123")
        _ = try viewer.readEvent(type: "welcome")
        func post(_ body: String, token: String? = "pub-token") throws -> (status: Int, body: String) {
            var args = ["-X", "POST", "-H", "Content-Type: application/json", "-d", body]
            if let token { args += ["-H", "Authorization: Bearer \(token)"] }
            return try server.curl(args + ["\(server.base)/internal/publish"])
        }
        let payload = #"{"channel":"post:123","payload":{"type":"gift.received","gift_id":9,"from":"payments"}}"#
        #expect(try post(payload, token: nil).status == 401)
        #expect(try post(payload, token: "pub-tokeN").status == 401)
        let badChannel = try post(#"{"channel":"room:1","payload":{"type":"gift"}}"#)
        #expect(badChannel.status == 400)
        #expect((json(badChannel.body)?["error"] as? [String: Any])?["code"] as? String == "bad_channel")
        let badType = try post(#"{"channel":"lobby","payload":{"type":"chat","message":"spoof"}}"#)
        #expect(badType.status == 400)
        #expect((json(badType.body)?["error"] as? [String: Any])?["code"] as? String == "unknown_event_type")
        let ok = try post(payload)
        #expect(ok.status == 202)
        #expect(json(ok.body)?["status"] as? String == "published")
        #expect(json(ok.body)?["delivered"] as? Int == 1)
        let ev = try viewer.readEvent(type: "gift.received")
        #expect(ev["channel"] as? String == "post:123")
        #expect(ev["gift_id"] as? Int == 9)
        #expect(ev["from"] as? String == "payments")
        let lines = server.waitForLog { $0.contains { $0.contains("gift.received") } }
        #expect(lines.contains { $0.contains("gift.received") })
    }

    @Test func originsOutsideTheAllowListGet403() throws {
        let server = try TestServer { $0.allowedOrigins = ["https://stream.example"] }
        defer { server.stop() }
        let bad = try RawClient(port: server.port)
        #expect(try bad.handshake(path: "/ws/alice", extraHeaders: "Origin: https://evil.example\r\n").status == 403)
        let good = try RawClient(port: server.port)
        #expect(try good.handshake(path: "/ws/alice", extraHeaders: "Origin: https://stream.example\r\n").status == 101)
        let noOrigin = try RawClient(port: server.port)
        #expect(try noOrigin.handshake(path: "/ws/alice").status == 101, "non-browser clients send no Origin")
    }
}
