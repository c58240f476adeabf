/// Writes server-to-client frames (unmasked, RFC 6455 §5.1) into a buffer.
public enum WebSocketFrameEncoder {
    /// The header for a FIN frame of `length` bytes: 2, 4 or 10 bytes.
    /// RFC 6455 §5.2: the minimal length encoding is used.
    public static func appendHeader(opcode: WebSocketOpcode, length: Int, into buffer: inout [UInt8]) {
        let first = 0x80 | opcode.rawValue
        let length = max(0, length)
        if length < 126 {
            buffer.append(first)
            buffer.append(UInt8(truncatingIfNeeded: length))
        } else if length <= 0xFFFF {
            buffer.append(first)
            buffer.append(126)
            buffer.append(UInt8(truncatingIfNeeded: length >> 8))
            buffer.append(UInt8(truncatingIfNeeded: length))
        } else {
            buffer.append(first)
            buffer.append(127)
            let wide = UInt64(length)
            for shift in stride(from: 56, through: 0, by: -8) {
                buffer.append(UInt8(truncatingIfNeeded: wide >> UInt64(shift)))
            }
        }
    }

    /// Header and payload of one FIN frame.
    public static func appendFrame(opcode: WebSocketOpcode, payload: [UInt8], into buffer: inout [UInt8]) {
        buffer.reserveCapacity(buffer.count &+ payload.count &+ 10)
        appendHeader(opcode: opcode, length: payload.count, into: &buffer)
        buffer.append(contentsOf: payload)
    }

    public static func frame(opcode: WebSocketOpcode, payload: [UInt8]) -> [UInt8] {
        var buffer: [UInt8] = []
        appendFrame(opcode: opcode, payload: payload, into: &buffer)
        return buffer
    }

    /// A Close frame with a status code and a reason truncated to fit 125 bytes
    /// (on a UTF-8 boundary).
    public static func closeFrame(code: UInt16, reason: String = "") -> [UInt8] {
        // RFC 6455 §5.5: control payloads are at most 125 bytes; 2 go to the code.
        let utf8 = Array(reason.utf8)
        var cut = min(utf8.count, 123)
        // Back up over continuation bytes (10xxxxxx) so the reason stays
        // valid UTF-8 (§5.5.1), or the peer would have to fail with 1007.
        while cut > 0, cut < utf8.count, utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
        var payload: [UInt8] = [UInt8(truncatingIfNeeded: code >> 8), UInt8(truncatingIfNeeded: code)]
        payload.append(contentsOf: utf8[..<cut])
        return frame(opcode: .close, payload: payload)
    }
}
