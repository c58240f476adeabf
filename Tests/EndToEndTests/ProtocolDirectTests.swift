import Foundation
import Testing
import SafeStreamServer

/// Direct messages and unread counters, with Python `websockets` clients
/// (alice with two tabs, bob, and carol who is offline at first).
@Suite(.serialized) struct ProtocolDirectTests {
    @Test func directMessagesReachBothUsersAndCountAsUnreadForTheRecipient() throws {
        let server = try TestServer()
        defer { server.stop() }
        let out = try Tools.python(#"""
import asyncio, json, sys, websockets
url = sys.argv[1]
async def recv(ws):
    return json.loads(await asyncio.wait_for(ws.recv(), 5))
async def next_of(ws, typ, ref=None):
    while True:
        e = await recv(ws)
        if e["type"] == typ and (ref is None or e.get("ref") == ref):
            return e
async def until_pong(ws, ref):
    # Every frame the server had queued before it read this ping.
    await ws.send(json.dumps({"type": "ping", "ref": ref}))
    seen = []
    while True:
        e = await recv(ws)
        if e["type"] == "pong" and e.get("ref") == ref:
            return seen
        seen.append(e)
def out(label, value):
    print(label, json.dumps(value))
async def main():
    a1 = await websockets.connect(url + "/ws/alice")
    a2 = await websockets.connect(url + "/ws/alice")
    b = await websockets.connect(url + "/ws/bob")
    for ws in (a1, a2, b):
        await next_of(ws, "welcome")
    await a1.send(json.dumps({"type": "direct", "to": "bob", "message": "psst, bob", "ref": "d1"}))
    raw = {}
    for name, ws in (("a1", a1), ("a2", a2), ("b", b)):
        while True:
            frame = await asyncio.wait_for(ws.recv(), 5)
            if json.loads(frame)["type"] == "direct":
                raw[name] = frame
                break
    out("same", raw["a1"] == raw["a2"] == raw["b"])
    out("direct", json.loads(raw["b"]))
    out("bob-after-1", await until_pong(b, "s1"))
    out("alice-after-1", await until_pong(a1, "s2"))
    await b.send(json.dumps({"type": "direct", "to": "alice", "message": "hi alice"}))
    await next_of(b, "direct")
    await a2.send(json.dumps({"type": "direct", "to": "bob", "message": "second"}))
    out("bob-unread-2", await next_of(b, "unread_count_updated"))
    out("alice-unread", await next_of(a1, "unread_count_updated"))
    await b.send(json.dumps({"type": "get_unread_count", "conversation": "dm:alice:bob", "ref": "g1"}))
    out("get-conv", await next_of(b, "unread_count", "g1"))
    await b.send(json.dumps({"type": "messages_read", "conversation": "dm:alice:bob", "ref": "r1"}))
    out("read", await next_of(b, "unread_count_updated", "r1"))
    await b.send(json.dumps({"type": "get_unread_count", "ref": "g2"}))
    out("get-all", await next_of(b, "unread_count", "g2"))
    # Errors.
    await a1.send(json.dumps({"type": "direct", "to": "alice", "message": "me", "ref": "e1"}))
    out("self", await next_of(a1, "error", "e1"))
    await a1.send(json.dumps({"type": "direct", "to": "no body", "message": "x", "ref": "e2"}))
    out("bad-to", await next_of(a1, "error", "e2"))
    await a1.send(json.dumps({"type": "direct", "to": "bob", "message": "  ", "ref": "e3"}))
    out("empty", await next_of(a1, "error", "e3"))
    await b.send(json.dumps({"type": "messages_read", "conversation": "dm:alice:carol", "ref": "e4"}))
    out("not-mine", await next_of(b, "error", "e4"))
    # carol is offline: the DM still counts, and she sees it when she asks.
    await a1.send(json.dumps({"type": "direct", "to": "carol", "message": "call me", "ref": "d2"}))
    out("to-offline", await next_of(a1, "direct"))
    async with websockets.connect(url + "/ws/carol") as c:
        await next_of(c, "welcome")
        await c.send(json.dumps({"type": "get_unread_count", "ref": "c1"}))
        out("carol-total", await next_of(c, "unread_count", "c1"))
        await c.send(json.dumps({"type": "get_unread_count", "conversation": "dm:alice:carol", "ref": "c2"}))
        out("carol-conv", await next_of(c, "unread_count", "c2"))
    for ws in (a1, a2, b):
        await ws.close()
asyncio.run(main())
"""#, args: [server.ws])
        var r: [String: Any] = [:]
        for line in out.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let v = try? JSONSerialization.jsonObject(with: Data(parts[1].utf8), options: .fragmentsAllowed)
            else { continue }
            r[String(parts[0])] = v
        }
        func obj(_ k: String) -> [String: Any] { r[k] as? [String: Any] ?? [:] }
        func list(_ k: String) -> [[String: Any]] { r[k] as? [[String: Any]] ?? [] }

        #expect(r["same"] as? Bool == true, "both of alice's tabs and bob get the same bytes\n\(out)")
        let d = obj("direct")
        #expect(d["conversation"] as? String == "dm:alice:bob")
        #expect(d["from"] as? String == "alice")
        #expect(d["to"] as? String == "bob")
        #expect(d["message"] as? String == "psst, bob")
        #expect(d["toxic"] as? Bool == false)
        #expect(d["score"] is NSNumber)
        #expect(d["ts"] is String)
        let dmID = try #require(d["id"] as? Int)
        #expect(d["ref"] == nil, "a direct is an event for both users, not a reply")

        // bob: one unread in the conversation, and a notification naming the message.
        let bobAfter = list("bob-after-1")
        let unread = try #require(bobAfter.first { $0["type"] as? String == "unread_count_updated" }, "\(out)")
        #expect(unread["conversation"] as? String == "dm:alice:bob")
        #expect(unread["count"] as? Int == 1)
        #expect(unread["total"] as? Int == 1)
        let note = try #require(bobAfter.first { $0["type"] as? String == "new_message_notification" }, "\(out)")
        #expect(note["conversation"] as? String == "dm:alice:bob")
        #expect(note["from"] as? String == "alice")
        #expect(note["id"] as? Int == dmID)
        // The sender gets neither.
        let aliceAfter = list("alice-after-1").compactMap { $0["type"] as? String }
        #expect(!aliceAfter.contains("unread_count_updated") && !aliceAfter.contains("new_message_notification"), "\(aliceAfter)")

        #expect(obj("bob-unread-2")["count"] as? Int == 2)
        #expect(obj("bob-unread-2")["total"] as? Int == 2)
        #expect(obj("alice-unread")["conversation"] as? String == "dm:alice:bob", "same name from both sides")
        #expect(obj("alice-unread")["count"] as? Int == 1)
        #expect(obj("get-conv")["conversation"] as? String == "dm:alice:bob")
        #expect(obj("get-conv")["count"] as? Int == 2)
        #expect(obj("get-conv")["total"] as? Int == 2)
        #expect(obj("read")["count"] as? Int == 0)
        #expect(obj("read")["total"] as? Int == 0)
        #expect(obj("get-all")["count"] as? Int == 0)
        #expect(obj("get-all")["total"] as? Int == 0)
        #expect(obj("get-all")["conversation"] == nil)

        for k in ["self", "bad-to", "not-mine"] { #expect(obj(k)["code"] as? String == "bad_request", "\(k): \(out)") }
        #expect(obj("empty")["code"] as? String == "empty_message")

        #expect(obj("to-offline")["conversation"] as? String == "dm:alice:carol")
        #expect(obj("carol-total")["count"] as? Int == 1)
        #expect(obj("carol-total")["total"] as? Int == 1)
        #expect(obj("carol-conv")["count"] as? Int == 1)

        // Direct messages are logged like every event; they are not channel history.
        let lines = server.waitForLog { $0.contains { $0.contains("call me") } }
        #expect(lines.filter { $0.contains(#""type":"direct""#) }.count == 4)
        let messages = try server.curl(["\(server.base)/api/messages?channel=lobby"])
        #expect(!messages.body.contains("psst"))
    }

    /// Moderation applies to direct messages as to chat.
    @Test func toxicDirectMessagesAreFlaggedOrBlocked() throws {
        let flag = try TestServer()
        defer { flag.stop() }
        let (alice, _) = try RawClient.joined(flag, "alice")
        let (bob, _) = try RawClient.joined(flag, "bob")
        try alice.op(#"{"type":"direct","to":"bob","message":"you are an idiot"}"#)
        let d = try bob.readEvent(type: "direct")
        #expect(d["toxic"] as? Bool == true)
        #expect((d["score"] as? Double ?? 0) >= 0.5)

        let block = try TestServer { $0.moderationAction = .block }
        defer { block.stop() }
        let (a2, _) = try RawClient.joined(block, "alice")
        let (b2, _) = try RawClient.joined(block, "bob")
        let e = try a2.op(#"{"type":"direct","to":"bob","message":"you are an idiot","ref":"x"}"#, reply: "error")
        #expect(e["code"] as? String == "blocked")
        #expect(e["ref"] as? String == "x")
        let seen = try b2.drain().compactMap { $0["type"] as? String }
        #expect(!seen.contains("direct") && !seen.contains("unread_count_updated"), "\(seen)")
    }
}
