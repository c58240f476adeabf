import Testing
@testable import SafeStreamCodec

private func request(_ target: String = "/", minor: Int = 1, _ headers: [(name: String, value: String)] = []) -> HTTPRequest {
    HTTPRequest(method: "GET", target: target, versionMinor: minor, headers: headers, body: [])
}

@Suite struct HTTPRequestTests {
    @Test func pathAndQuerySplitAtFirstQuestionMark() {
        #expect(request("/ws/alice?channels=lobby&since=4").path == "/ws/alice")
        #expect(request("/ws/alice?channels=lobby&since=4").query == "channels=lobby&since=4")
        #expect(request("/a?b?c").path == "/a")
        #expect(request("/a?b?c").query == "b?c")
        #expect(request("/plain").path == "/plain")
        #expect(request("/plain").query == "")
        #expect(request("/end?").query == "")
        #expect(request("/%7Euser").path == "/%7Euser") // not decoded
    }

    @Test func headerLookupIsCaseInsensitiveAndTrimmed() {
        let r = request("/", [("Content-Type", " application/json\t"), ("X-A", "1"), ("x-a", "2")])
        #expect(r.header("content-type") == "application/json")
        #expect(r.header("CONTENT-TYPE") == "application/json")
        #expect(r.header("x-A") == "1")
        #expect(r.header("Missing") == nil)
        #expect(r.header("Content-Typ") == nil)
    }

    @Test func keepAliveRules() {
        #expect(request(minor: 1).keepAlive)
        #expect(!request(minor: 1, [("Connection", "close")]).keepAlive)
        #expect(!request(minor: 1, [("connection", "Keep-Alive, CLOSE")]).keepAlive)
        #expect(!request(minor: 0).keepAlive)
        #expect(request(minor: 0, [("Connection", "keep-alive")]).keepAlive)
        #expect(request(minor: 0, [("Connection", " Keep-Alive ")]).keepAlive)
    }

    @Test func headerTokens() {
        let r = request("/", [("Connection", "keep-alive, Upgrade"), ("Upgrade", "WebSocket"), ("Connection", " x ")])
        #expect(r.headerHasToken("connection", "upgrade"))
        #expect(r.headerHasToken("Connection", "keep-alive"))
        #expect(r.headerHasToken("Connection", "x"))
        #expect(r.headerHasToken("upgrade", "websocket"))
        #expect(!r.headerHasToken("Connection", "upgrad"))
        #expect(!r.headerHasToken("Connection", "keep-alive, Upgrade"))
        #expect(!r.headerHasToken("Missing", "x"))
    }

    @Test func queryItemsDecode() {
        let items = request("/ws/bob?token=a.b.c&channels=lobby%2Cpost%3A123&name=J+Doe&empty=&flag&&x=%E2%82%AC").queryItems()
        #expect(items.map(\.name) == ["token", "channels", "name", "empty", "flag", "x"])
        #expect(items.map(\.value) == ["a.b.c", "lobby,post:123", "J Doe", "", "", "€"])
        // Invalid percent sequences stay literal; invalid UTF-8 becomes U+FFFD.
        let odd = request("/?a=%zz&b=100%&c=%4&d=%FF&e=a=b").queryItems()
        #expect(odd.map(\.value) == ["%zz", "100%", "%4", "\u{FFFD}", "a=b"])
        #expect(request("/").queryItems().isEmpty)
        #expect(request("/?%41%2b=1").queryItems().first?.name == "A+")
    }

    @Test func equalityComparesEveryField() {
        let base = HTTPRequest(method: "POST", target: "/x", versionMinor: 1, headers: [("A", "1")], body: [1])
        #expect(base == HTTPRequest(method: "POST", target: "/x", versionMinor: 1, headers: [("A", "1")], body: [1]))
        #expect(base != HTTPRequest(method: "GET", target: "/x", versionMinor: 1, headers: [("A", "1")], body: [1]))
        #expect(base != HTTPRequest(method: "POST", target: "/y", versionMinor: 1, headers: [("A", "1")], body: [1]))
        #expect(base != HTTPRequest(method: "POST", target: "/x", versionMinor: 0, headers: [("A", "1")], body: [1]))
        #expect(base != HTTPRequest(method: "POST", target: "/x", versionMinor: 1, headers: [("a", "1")], body: [1]))
        #expect(base != HTTPRequest(method: "POST", target: "/x", versionMinor: 1, headers: [("A", "2")], body: [1]))
        #expect(base != HTTPRequest(method: "POST", target: "/x", versionMinor: 1, headers: [], body: [1]))
        #expect(base != HTTPRequest(method: "POST", target: "/x", versionMinor: 1, headers: [("A", "1")], body: []))
    }
}
