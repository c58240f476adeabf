/// RFC 6455 §4.2.2: Sec-WebSocket-Accept = base64(SHA-1(key + GUID)).
public enum WebSocketAccept {
    public static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
    public static func value(forKey key: String) -> String {
        Base64.encode(SHA1.hash(Array((key + guid).utf8)))
    }
}
