/// One decoded RFC 6455 §5.2 frame header, already checked for everything
/// that can be judged without knowing the message state: reserved bits,
/// reserved opcodes, the client mask, control-frame rules and the 64-bit
/// length's top bit. (Fragmentation order and the message size cap need the
/// reader's state and are checked by `MessageAssembler`.)
struct FrameHeader: Equatable, Sendable {
    var fin: Bool
    var opcode: WebSocketOpcode
    /// The 4 masking-key bytes in wire order, loaded as-is from memory, so
    /// `FrameMask` can XOR native words without byte swapping.
    var maskKey: UInt32
    var payloadLength: UInt64
    /// 2 to 14 bytes: base header, extended length, masking key.
    var headerLength: Int

    /// Parses the header starting at `bytes[start]`. Returns nil when more
    /// bytes are needed, and throws as soon as the bytes present prove the
    /// frame invalid (a bad first byte fails before the second arrives).
    static func parse(_ bytes: [UInt8], from start: Int) throws(WebSocketProtocolError) -> FrameHeader? {
        let available = bytes.count &- start
        guard available >= 1 else { return nil }
        let first = bytes[start]
        // RFC 6455 §5.2: RSV1-3 MUST be 0 unless an extension was negotiated;
        // we negotiate none.
        guard first & 0x70 == 0 else { throw .protocolError("reserved bits set") }
        // RFC 6455 §5.2: opcodes 3-7 and B-F are reserved.
        guard let opcode = WebSocketOpcode(rawValue: first & 0x0F) else {
            throw .protocolError("reserved opcode")
        }
        let fin = first & 0x80 != 0
        // RFC 6455 §5.5: control frames MUST NOT be fragmented.
        if opcode.isControl, !fin { throw .protocolError("fragmented control frame") }

        guard available >= 2 else { return nil }
        let second = bytes[start &+ 1]
        // RFC 6455 §5.1: a server MUST close on an unmasked client frame.
        guard second & 0x80 != 0 else { throw .protocolError("unmasked client frame") }
        let shortLength = second & 0x7F
        // RFC 6455 §5.5: control frame payloads are at most 125 bytes, so
        // they never use the extended length forms.
        if opcode.isControl, shortLength > 125 { throw .protocolError("control frame too long") }

        var length = UInt64(shortLength)
        var offset = 2
        if shortLength == 126 {
            guard available >= 4 else { return nil }
            length = UInt64(bytes[start &+ 2]) << 8 | UInt64(bytes[start &+ 3])
            offset = 4
        } else if shortLength == 127 {
            guard available >= 3 else { return nil }
            // RFC 6455 §5.2: "the most significant bit MUST be 0".
            guard bytes[start &+ 2] & 0x80 == 0 else { throw .protocolError("invalid 64-bit length") }
            guard available >= 10 else { return nil }
            length = 0
            for i in 2..<10 { length = length << 8 | UInt64(bytes[start &+ i]) }
            offset = 10
        }
        // Non-minimal length encodings are accepted: RFC 6455 §5.2 says
        // "the minimal number of bytes MUST be used" for the sender but
        // asks nothing of the receiver, and rejecting them gains nothing.

        guard available >= offset &+ 4 else { return nil }
        let k = start &+ offset
        let keyBytes = (bytes[k], bytes[k &+ 1], bytes[k &+ 2], bytes[k &+ 3])
        let maskKey = withUnsafeBytes(of: keyBytes) { $0.loadUnaligned(as: UInt32.self) }
        return FrameHeader(fin: fin, opcode: opcode, maskKey: maskKey,
                           payloadLength: length, headerLength: offset &+ 4)
    }
}

extension WebSocketProtocolError {
    static func protocolError(_ reason: String) -> WebSocketProtocolError {
        WebSocketProtocolError(closeCode: WebSocketCloseCode.protocolError, reason: reason)
    }
    static func invalidPayload(_ reason: String) -> WebSocketProtocolError {
        WebSocketProtocolError(closeCode: WebSocketCloseCode.invalidPayload, reason: reason)
    }
    static func messageTooBig(_ reason: String) -> WebSocketProtocolError {
        WebSocketProtocolError(closeCode: WebSocketCloseCode.messageTooBig, reason: reason)
    }
}
