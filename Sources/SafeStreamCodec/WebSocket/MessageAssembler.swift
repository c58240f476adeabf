/// RFC 6455 §5.4 fragmentation: which data message is in progress, its
/// earlier fragments, its size so far and, for text, the UTF-8 state that
/// carries across fragment boundaries. Control frames never reach it:
/// they may be interleaved between fragments (§5.4) and leave it untouched.
struct MessageAssembler: Sendable {
    let maxMessageBytes: Int
    /// Opcode of the data message being received: set by its first frame's
    /// header, cleared when its final frame completes.
    private(set) var messageOpcode: WebSocketOpcode?
    /// Payload of the message's completed non-final fragments.
    private(set) var fragments: [UInt8] = []
    private var validator = UTF8Validator()

    init(maxMessageBytes: Int) {
        self.maxMessageBytes = max(0, maxMessageBytes)
    }

    /// Checks a data frame's header against the message state, before any
    /// of its payload is buffered.
    mutating func beginFrame(_ header: FrameHeader) throws(WebSocketProtocolError) {
        switch header.opcode {
        case .continuation:
            // §5.4: a continuation frame only continues a started message.
            guard messageOpcode != nil else { throw .protocolError("continuation without a message") }
        default:
            // §5.4: fragments of one message are not interleaved with
            // another data message.
            guard messageOpcode == nil else { throw .protocolError("new message inside a fragmented message") }
        }
        // §10.4: the size cap counts the fragments already received, and is
        // checked from the header so an oversized frame is never buffered.
        // `fragments.count <= maxMessageBytes` holds, so this cannot underflow.
        guard header.payloadLength <= UInt64(maxMessageBytes &- fragments.count) else {
            throw .messageTooBig("message too big")
        }
        if header.opcode != .continuation { messageOpcode = header.opcode }
    }

    /// Inspects unmasked payload of the current data frame as it arrives;
    /// false at the first byte that cannot be UTF-8 in a text message
    /// (§8.1: fail fast, even in the middle of a frame).
    mutating func inspect(_ buffer: [UInt8], _ range: Range<Int>) -> Bool {
        guard messageOpcode == .text else { return true }
        return buffer.withUnsafeBytes { validator.feed(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// Takes the complete payload of the current data frame. Returns the
    /// message when the frame was final, nil when more fragments follow.
    mutating func finishFrame(payload: [UInt8], fin: Bool) throws(WebSocketProtocolError) -> WebSocketInbound? {
        guard fin else {
            if fragments.isEmpty { fragments = payload } else { fragments.append(contentsOf: payload) }
            return nil
        }
        let opcode = messageOpcode
        let complete = validator.isComplete
        var message: [UInt8]
        if fragments.isEmpty {
            message = payload // a single-frame message is handed over, not copied
        } else {
            message = fragments
            fragments = []
            message.append(contentsOf: payload)
        }
        messageOpcode = nil
        validator = UTF8Validator()
        if opcode == .text {
            // §8.1: the message must end on a complete code point.
            guard complete else { throw .invalidPayload("truncated UTF-8 at end of message") }
            return .text(message)
        }
        return .binary(message)
    }

    /// Bytes held for the message's earlier fragments.
    var bufferedBytes: Int { fragments.count }

    /// Drops everything (after a protocol error).
    mutating func reset() {
        messageOpcode = nil
        fragments = []
        validator = UTF8Validator()
    }
}
