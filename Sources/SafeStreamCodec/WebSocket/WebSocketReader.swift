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
///
/// Memory: received bytes live in one `inbox` consumed by index; a frame's
/// payload is unmasked in place there and handed over without a copy when
/// it is the last thing in the buffer. The inbox is released whenever it is
/// fully consumed, so an idle reader holds no heap memory (the server keeps
/// tens of thousands of idle connections). Nothing is reserved from a
/// header's claimed length: a peer announcing 16 MiB and sending nothing
/// costs nothing.
public struct WebSocketReader: Sendable {
    public let maxMessageBytes: Int

    /// Received bytes; `inbox[readIndex...]` is unconsumed. While `frame` is
    /// set, its header is consumed and its payload starts at `readIndex`.
    private var inbox: [UInt8] = []
    private var readIndex = 0
    /// The frame whose payload is being received, if its header is parsed.
    private var frame: FrameHeader?
    /// Payload bytes of `frame` already unmasked and UTF-8 checked.
    private var processed = 0
    private var assembler: MessageAssembler
    private var failure: WebSocketProtocolError?

    public init(maxMessageBytes: Int) {
        self.maxMessageBytes = maxMessageBytes
        self.assembler = MessageAssembler(maxMessageBytes: maxMessageBytes)
    }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, failure == nil else { return }
        if inbox.isEmpty { inbox = Array(bytes) } else { inbox.append(contentsOf: bytes) }
    }

    public mutating func feed(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, failure == nil else { return }
        if inbox.isEmpty { inbox = bytes } else { inbox.append(contentsOf: bytes) }
    }

    /// The next complete inbound unit, nil if more bytes are needed.
    public mutating func next() throws(WebSocketProtocolError) -> WebSocketInbound? {
        if let failure { throw failure }
        do {
            return try decodeNext()
        } catch {
            // Fail closed and let go of everything: the connection is done.
            failure = error
            inbox = []
            readIndex = 0
            frame = nil
            processed = 0
            assembler.reset()
            throw error
        }
    }

    /// Bytes held for an unfinished frame or message (for memory accounting).
    public var bufferedBytes: Int { inbox.count &+ assembler.bufferedBytes }

    // MARK: - Decoding

    private mutating func decodeNext() throws(WebSocketProtocolError) -> WebSocketInbound? {
        while true {
            let header: FrameHeader
            if let current = frame {
                header = current
            } else {
                guard let parsed = try FrameHeader.parse(inbox, from: readIndex) else {
                    compact()
                    return nil
                }
                if !parsed.opcode.isControl { try assembler.beginFrame(parsed) }
                readIndex &+= parsed.headerLength
                frame = parsed
                processed = 0
                header = parsed
            }
            // Data frames were capped at maxMessageBytes and control frames
            // at 125 bytes by now, so this conversion cannot fail; it is
            // checked anyway rather than trusted.
            guard let length = Int(exactly: header.payloadLength) else { throw .messageTooBig("message too big") }

            let available = min(length, inbox.count &- readIndex)
            if available > processed {
                let range = (readIndex &+ processed)..<(readIndex &+ available)
                FrameMask.unmask(&inbox, range, key: header.maskKey, phase: processed)
                // §8.1: fail at the first invalid byte, even mid-frame.
                if !header.opcode.isControl, !assembler.inspect(inbox, range) {
                    throw .invalidPayload("invalid UTF-8")
                }
                processed = available
            }
            guard processed == length else {
                compact()
                return nil
            }

            let payload = takePayload(length)
            frame = nil
            processed = 0
            switch header.opcode {
            case .ping: return .ping(payload)
            case .pong: return .pong(payload)
            case .close: return try CloseFrameBody.parse(payload)
            case .text, .binary, .continuation:
                if let message = try assembler.finishFrame(payload: payload, fin: header.fin) {
                    return message
                }
                // A non-final fragment: keep decoding the next frame.
            }
        }
    }

    /// Removes the current frame's complete payload (at `readIndex`) from
    /// the inbox, avoiding a copy when the payload can take the buffer over.
    private mutating func takePayload(_ length: Int) -> [UInt8] {
        let start = readIndex
        let end = start &+ length
        // Only hand the buffer over when the payload uses most of its
        // capacity, so a 5-byte message does not pin a 64 KiB buffer.
        let fits = inbox.capacity / 2 <= length
        if fits, end == inbox.count {
            // The payload ends the buffer (one message per read, or the last
            // read of a large frame): drop the header bytes before it.
            if start > 0 { inbox.removeSubrange(0..<start) }
            let payload = inbox
            inbox = []
            readIndex = 0
            return payload
        }
        if fits, start == 0, inbox.count &- end <= length / 2 {
            // A large payload followed by the start of the next frame: copy
            // the small tail instead of the large payload.
            let tail = Array(inbox[end...])
            inbox.removeSubrange(end...)
            let payload = inbox
            inbox = tail
            readIndex = 0
            return payload
        }
        let payload = Array(inbox[start..<end])
        readIndex = end
        if readIndex == inbox.count {
            inbox = []
            readIndex = 0
        }
        return payload
    }

    /// Called when more bytes are needed: moves the unconsumed bytes to the
    /// front once per read (never per frame, so many small frames in one
    /// read cost no quadratic shifting), and releases the buffer when empty.
    private mutating func compact() {
        if readIndex == inbox.count {
            inbox = []
            readIndex = 0
            return
        }
        guard readIndex > 0 else { return }
        let remaining = inbox.count &- readIndex
        if inbox.capacity > 4096, remaining &* 4 < inbox.capacity {
            inbox = Array(inbox[readIndex...]) // shrink: keep a partial frame, not a whole read
        } else {
            inbox.removeSubrange(0..<readIndex)
        }
        readIndex = 0
    }
}
