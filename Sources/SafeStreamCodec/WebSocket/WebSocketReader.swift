/// What the peer sent, one complete unit at a time.
public enum WebSocketInbound: Sendable, Equatable {
    /// A complete text message (all fragments joined), already UTF-8 validated.
    case text([UInt8])
    /// A complete binary message (all fragments joined).
    case binary([UInt8])
    case ping([UInt8])
    case pong([UInt8])
    /// A Close frame. `code` is nil for an empty body; the reason is validated UTF-8.
    case close(code: UInt16?, reason: [UInt8])
}

/// A protocol violation; the connection must send Close with `closeCode`
/// (1002 protocol error, 1007 invalid UTF-8, 1009 too big) and go away.
public struct WebSocketProtocolError: Error, Equatable, Sendable {
    public var closeCode: UInt16
    public var reason: String
    public init(closeCode: UInt16, reason: String) { self.closeCode = closeCode; self.reason = reason }
}

/// The server side of RFC 6455 reading: frame decoding, unmasking,
/// fragmentation, interleaved control frames and UTF-8 validation, with no I/O.
///
/// Every check that the header allows happens before any payload is buffered
/// (RSV bits, unknown opcodes, unmasked client frames, control frames that are
/// fragmented or longer than 125 bytes, continuation without a start, a new
/// data frame inside a fragmented message, lengths above `maxMessageBytes`
/// counting the fragments already received, non-minimal length encodings are
/// allowed as RFC does not forbid them). Text payload is validated as it
/// arrives, even in the middle of a frame, so invalid UTF-8 fails fast.
/// Close frames: a 1-byte body, an invalid code (RFC 6455 §7.4, 1004-1006,
/// 1015, 0-999, 1016-2999 except registered ones) or a reason that is not
/// UTF-8 is a protocol error (1002, or 1007 for the reason).
/// After an error the reader stays failed.
public struct WebSocketReader: Sendable {
    public let maxMessageBytes: Int
    public init(maxMessageBytes: Int) { fatalError("TODO(wire)") }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer) { fatalError("TODO(wire)") }
    public mutating func feed(_ bytes: [UInt8]) { fatalError("TODO(wire)") }

    /// The next complete inbound unit, nil if more bytes are needed.
    public mutating func next() throws(WebSocketProtocolError) -> WebSocketInbound? { fatalError("TODO(wire)") }

    /// Bytes held for an unfinished frame or message (for memory accounting).
    public var bufferedBytes: Int { fatalError("TODO(wire)") }
}
