/// RFC 6455 §5.2 opcodes.
public enum WebSocketOpcode: UInt8, Sendable {
    case continuation = 0x0
    case text = 0x1
    case binary = 0x2
    case close = 0x8
    case ping = 0x9
    case pong = 0xA
}

/// RFC 6455 §7.4.1 status codes the server sends.
public enum WebSocketCloseCode {
    public static let normal: UInt16 = 1000
    public static let goingAway: UInt16 = 1001
    public static let protocolError: UInt16 = 1002
    public static let unsupportedData: UInt16 = 1003
    public static let invalidPayload: UInt16 = 1007
    public static let policyViolation: UInt16 = 1008
    public static let messageTooBig: UInt16 = 1009
    public static let internalError: UInt16 = 1011
    public static let tokenExpired: UInt16 = 4001
}

extension WebSocketOpcode {
    /// RFC 6455 §5.5: opcodes with the high bit set are control frames.
    @inlinable var isControl: Bool { rawValue & 0x8 != 0 }
}
