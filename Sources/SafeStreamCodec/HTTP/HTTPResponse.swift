/// Serializes HTTP/1.1 responses.
public enum HTTPResponse {
    /// The standard reason phrase ("OK", "Not Found", "Request Header Fields Too Large", …).
    public static func reasonPhrase(_ status: Int) -> String { fatalError("TODO(wire)") }

    /// `HTTP/1.1 <status> <reason>\r\n`, the given headers, `Content-Length`,
    /// `Connection: close` when `keepAlive` is false (keep-alive otherwise),
    /// a blank line, then `body`.
    public static func serialize(status: Int, headers: [(String, String)] = [],
                                 body: [UInt8] = [], keepAlive: Bool = true) -> [UInt8] {
        fatalError("TODO(wire)")
    }
}
