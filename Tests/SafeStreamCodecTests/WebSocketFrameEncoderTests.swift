import Testing
@testable import SafeStreamCodec

@Suite struct WebSocketFrameEncoderTests {
    /// RFC 6455 §5.7: an unmasked Ping with body "Hello".
    @Test func rfcUnmaskedPing() {
        #expect(WebSocketFrameEncoder.frame(opcode: .ping, payload: Array("Hello".utf8))
                == [0x89, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F])
        #expect(WebSocketFrameEncoder.frame(opcode: .text, payload: Array("Hello".utf8))
                == [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F])
    }

    /// §5.2 length forms, at each boundary; §5.7 examples for 256 bytes and 64 KiB.
    @Test func lengthEncodings() {
        func header(_ length: Int) -> [UInt8] {
            var buffer: [UInt8] = []
            WebSocketFrameEncoder.appendHeader(opcode: .binary, length: length, into: &buffer)
            return buffer
        }
        #expect(header(0) == [0x82, 0x00])
        #expect(header(125) == [0x82, 125])
        #expect(header(126) == [0x82, 126, 0x00, 126])
        #expect(header(256) == [0x82, 0x7E, 0x01, 0x00])
        #expect(header(65535) == [0x82, 126, 0xFF, 0xFF])
        #expect(header(65536) == [0x82, 0x7F, 0, 0, 0, 0, 0, 0x01, 0x00, 0x00])
        #expect(header(1 << 40) == [0x82, 0x7F, 0, 0, 0x01, 0, 0, 0, 0, 0])
    }

    @Test func appendFrameAppends() {
        var buffer: [UInt8] = [0xAA]
        WebSocketFrameEncoder.appendFrame(opcode: .pong, payload: [1, 2], into: &buffer)
        WebSocketFrameEncoder.appendFrame(opcode: .binary, payload: [UInt8](repeating: 7, count: 300), into: &buffer)
        #expect(Array(buffer.prefix(5)) == [0xAA, 0x8A, 0x02, 1, 2])
        #expect(Array(buffer[5..<9]) == [0x82, 126, 0x01, 0x2C])
        #expect(buffer.count == 5 + 4 + 300)
    }

    @Test func closeFrameWithCodeAndReason() {
        #expect(WebSocketFrameEncoder.closeFrame(code: 1000) == [0x88, 0x02, 0x03, 0xE8])
        #expect(WebSocketFrameEncoder.closeFrame(code: 1008, reason: "slow_client")
                == [0x88, 13, 0x03, 0xF0] + Array("slow_client".utf8))
    }

    /// §5.5: a control payload is at most 125 bytes, so the reason gets 123,
    /// cut where it stays valid UTF-8.
    @Test func closeReasonTruncatedOnUTF8Boundary() {
        let ascii = WebSocketFrameEncoder.closeFrame(code: 1001, reason: String(repeating: "a", count: 300))
        #expect(ascii.count == 2 + 125)
        #expect(ascii[1] == 125)

        for reason in [String(repeating: "é", count: 100), String(repeating: "€", count: 60),
                       String(repeating: "🎉", count: 40), "a" + String(repeating: "🎉", count: 40),
                       "ab" + String(repeating: "€", count: 60)] {
            let frame = WebSocketFrameEncoder.closeFrame(code: 1001, reason: reason)
            let body = Array(frame[4...])
            #expect(Int(frame[1]) == frame.count - 2)
            #expect(frame[1] <= 125)
            #expect(body.count > 119, "cut at most one code point short")
            #expect(UTF8Validator.validate(body))
            #expect(reason.utf8.starts(with: body))
        }
    }

    /// Server frames read back through a client-side masking step decode to
    /// the same message.
    @Test func roundTripThroughReader() throws {
        for size in [0, 1, 125, 126, 65535, 65536, 70000] {
            let payload = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            var frame = WebSocketFrameEncoder.frame(opcode: .binary, payload: payload)
            // Turn it into a client frame: set the mask bit, insert a key, mask.
            let headerLength = frame[1] == 127 ? 10 : frame[1] == 126 ? 4 : 2
            frame[1] |= 0x80
            let key: [UInt8] = [0x12, 0x34, 0x56, 0x78]
            var masked = Array(frame[..<headerLength]) + key
            for (i, byte) in frame[headerLength...].enumerated() { masked.append(byte ^ key[i & 3]) }
            var reader = WebSocketReader(maxMessageBytes: 1 << 20)
            reader.feed(masked)
            #expect(try reader.next() == .binary(payload))
        }
    }
}
