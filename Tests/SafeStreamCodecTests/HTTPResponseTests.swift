import Testing
@testable import SafeStreamCodec

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Suite struct HTTPResponseTests {
    @Test func serializeWithBody() {
        let out = HTTPResponse.serialize(status: 200, headers: [("Content-Type", "application/json")],
                                         body: Array("{\"status\":\"ok\"}".utf8))
        #expect(text(out) == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                + "Connection: keep-alive\r\n\r\n{\"status\":\"ok\"}")
    }

    @Test func serializeClose() {
        let out = HTTPResponse.serialize(status: 431, keepAlive: false)
        #expect(text(out) == "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    }

    @Test func switchingProtocolsKeepsCallerHeaders() {
        let out = HTTPResponse.serialize(status: 101, headers: [("Upgrade", "websocket"), ("Connection", "Upgrade"),
                                                               ("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")])
        #expect(text(out) == "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
        #expect(text(HTTPResponse.serialize(status: 100)) == "HTTP/1.1 100 Continue\r\n\r\n")
    }

    @Test func noContentHasNoBody() {
        let out = HTTPResponse.serialize(status: 204, body: [1, 2, 3])
        #expect(text(out) == "HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test func callerContentLengthNotDuplicated() {
        let out = HTTPResponse.serialize(status: 200, headers: [("content-length", "2")], body: [0x6F, 0x6B])
        #expect(text(out) == "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nConnection: keep-alive\r\n\r\nok")
    }

    @Test func headerInjectionNeutralized() {
        let out = HTTPResponse.serialize(status: 405, headers: [("Allow", "GET\r\nSet-Cookie: x=1")])
        #expect(text(out).hasPrefix("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET  Set-Cookie: x=1\r\n"))
    }

    @Test func reasonPhrases() {
        let expected: [Int: String] = [
            100: "Continue", 101: "Switching Protocols", 200: "OK", 202: "Accepted", 204: "No Content",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 408: "Request Timeout", 413: "Content Too Large",
            415: "Unsupported Media Type", 422: "Unprocessable Content", 426: "Upgrade Required",
            429: "Too Many Requests", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
            501: "Not Implemented", 503: "Service Unavailable", 505: "HTTP Version Not Supported",
        ]
        for (status, phrase) in expected { #expect(HTTPResponse.reasonPhrase(status) == phrase) }
        #expect(HTTPResponse.reasonPhrase(418) == "Client Error")
        #expect(HTTPResponse.reasonPhrase(999) == "Unknown")
    }
}
