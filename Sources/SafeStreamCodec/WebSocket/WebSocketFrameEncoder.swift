/// Writes server-to-client frames (unmasked, RFC 6455 §5.1) into a buffer.
public enum WebSocketFrameEncoder {
    /// The header for a FIN frame of `length` bytes: 2, 4 or 10 bytes.
    public static func appendHeader(opcode: WebSocketOpcode, length: Int, into buffer: inout [UInt8]) {
        fatalError("TODO(wire)")
    }
    /// Header and payload of one FIN frame.
    public static func appendFrame(opcode: WebSocketOpcode, payload: [UInt8], into buffer: inout [UInt8]) {
        fatalError("TODO(wire)")
    }
    public static func frame(opcode: WebSocketOpcode, payload: [UInt8]) -> [UInt8] {
        fatalError("TODO(wire)")
    }
    /// A Close frame with a status code and a reason truncated to fit 125 bytes
    /// (on a UTF-8 boundary).
    public static func closeFrame(code: UInt16, reason: String = "") -> [UInt8] {
        fatalError("TODO(wire)")
    }
}
