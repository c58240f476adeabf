import Testing
@testable import SafeStreamCodec

@Suite struct CryptoWebSocketAcceptTests {
    @Test func rfc6455Section1_3Example() {
        #expect(WebSocketAccept.value(forKey: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }
}
