/// RFC 6455 §5.5.1 and §7.4: validation of a received Close frame's body.
enum CloseFrameBody {
    /// Turns a Close payload into `.close(code:reason:)`, or the error the
    /// connection must close with.
    static func parse(_ payload: [UInt8]) throws(WebSocketProtocolError) -> WebSocketInbound {
        if payload.isEmpty { return .close(code: nil, reason: []) }
        // §5.5.1: a body, if present, starts with a 2-byte code.
        guard payload.count >= 2 else { throw .protocolError("close frame body of 1 byte") }
        let code = UInt16(payload[0]) << 8 | UInt16(payload[1])
        guard isValidReceivedCode(code) else { throw .protocolError("invalid close code") }
        let reason = Array(payload[2...])
        // §5.5.1: the reason is UTF-8; §8.1 makes invalid text a 1007.
        guard UTF8Validator.validate(reason) else { throw .invalidPayload("invalid UTF-8 in close reason") }
        return .close(code: code, reason: reason)
    }

    /// §7.4.1/§7.4.2: codes a peer may put on the wire. 1004 is reserved,
    /// 1005/1006/1015 are for reporting only and MUST NOT be sent; 1012-1014
    /// were registered with IANA later (service restart, try again later,
    /// bad gateway) and are accepted; 3000-4999 belong to libraries and
    /// applications; everything else below 3000 is unassigned.
    static func isValidReceivedCode(_ code: UInt16) -> Bool {
        switch code {
        case 1000...1003, 1007...1014, 3000...4999: return true
        default: return false
        }
    }
}
