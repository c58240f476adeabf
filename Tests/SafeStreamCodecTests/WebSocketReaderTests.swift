import Testing
@testable import SafeStreamCodec


/// A client frame as a browser would send it (masked), with knobs for
/// every field a hostile client could get wrong.
private func clientFrame(_ opcode: UInt8, _ payload: [UInt8], fin: Bool = true, rsv: UInt8 = 0,
                         masked: Bool = true, key: [UInt8] = [0x37, 0xFA, 0x21, 0x3D],
                         lengthForm: Int? = nil) -> [UInt8] {
    var bytes: [UInt8] = [(fin ? 0x80 : 0) | (rsv << 4) | opcode]
    let maskBit: UInt8 = masked ? 0x80 : 0
    let form = lengthForm ?? (payload.count < 126 ? 7 : payload.count <= 0xFFFF ? 16 : 64)
    switch form {
    case 7: bytes.append(maskBit | UInt8(payload.count))
    case 16: bytes += [maskBit | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
    default:
        bytes.append(maskBit | 127)
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((UInt64(payload.count) >> UInt64(shift)) & 0xFF)) }
    }
    if masked {
        bytes += key
        for (i, byte) in payload.enumerated() { bytes.append(byte ^ key[i & 3]) }
    } else {
        bytes += payload
    }
    return bytes
}

/// A header claiming `length` bytes, with no payload.
private func headerOnly(_ opcode: UInt8, length: UInt64, fin: Bool = true) -> [UInt8] {
    var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode, 0x80 | 127]
    for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((length >> UInt64(shift)) & 0xFF)) }
    return bytes + [1, 2, 3, 4]
}

private enum Outcome: Equatable {
    case message(WebSocketInbound)
    case failure(UInt16)
}

/// Feeds `chunks` one after the other, draining `next()` after each, and
/// records everything that came out, stopping at the first error.
private func decode(_ chunks: [[UInt8]], max: Int = 1 << 20) -> [Outcome] {
    var reader = WebSocketReader(maxMessageBytes: max)
    var out: [Outcome] = []
    for chunk in chunks {
        reader.feed(chunk)
        do {
            while let message = try reader.next() { out.append(.message(message)) }
        } catch {
            out.append(.failure(error.closeCode))
            return out
        }
    }
    return out
}

private func bytewise(_ bytes: [UInt8]) -> [[UInt8]] { bytes.map { [$0] } }

private func randomSplits(_ bytes: [UInt8], using rng: inout SplitMix64) -> [[UInt8]] {
    var chunks: [[UInt8]] = []
    var rest = bytes[...]
    while !rest.isEmpty {
        let n = Int.random(in: 1...min(rest.count, 40), using: &rng)
        chunks.append(Array(rest.prefix(n)))
        rest = rest.dropFirst(n)
    }
    return chunks
}

/// Whole, byte by byte and 20 random splits must all decode identically.
private func expectSameInAllSplits(_ bytes: [UInt8], max: Int = 1 << 20, seed: UInt64 = 1,
                                   sourceLocation: SourceLocation = #_sourceLocation) -> [Outcome] {
    let whole = decode([bytes], max: max)
    #expect(decode(bytewise(bytes), max: max) == whole, "byte by byte", sourceLocation: sourceLocation)
    var rng = SplitMix64(state: seed)
    for _ in 0..<20 {
        #expect(decode(randomSplits(bytes, using: &rng), max: max) == whole, "random split",
                sourceLocation: sourceLocation)
    }
    return whole
}

private func failureCode(_ bytes: [UInt8], max: Int = 1 << 20) -> UInt16? {
    if case .failure(let code)? = expectSameInAllSplits(bytes, max: max).last { return code }
    return nil
}

private let hello = Array("Hello".utf8)

@Suite struct WebSocketReaderTests {
    // MARK: RFC 6455 §5.7 examples

    @Test func rfcSingleFrameMaskedText() {
        let frame: [UInt8] = [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        #expect(expectSameInAllSplits(frame) == [.message(.text(hello))])
    }

    @Test func rfcFragmentedText() {
        let bytes = clientFrame(0x1, Array("Hel".utf8), fin: false) + clientFrame(0x0, Array("lo".utf8))
        #expect(expectSameInAllSplits(bytes) == [.message(.text(hello))])
    }

    @Test func rfcPingAndMaskedPong() {
        #expect(expectSameInAllSplits(clientFrame(0x9, hello)) == [.message(.ping(hello))])
        let pong: [UInt8] = [0x8A, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        #expect(expectSameInAllSplits(pong) == [.message(.pong(hello))])
    }

    @Test func rfc256BytesWith16BitLength() {
        let payload = (0..<256).map { UInt8($0) }
        let frame = clientFrame(0x2, payload)
        #expect(Array(frame[0..<4]) == [0x82, 0xFE, 0x01, 0x00])
        #expect(expectSameInAllSplits(frame) == [.message(.binary(payload))])
    }

    @Test func rfc64KiBWith64BitLength() {
        let payload = (0..<65536).map { (i: Int) in UInt8(truncatingIfNeeded: i &* 7) }
        let frame = clientFrame(0x2, payload)
        #expect(Array(frame[0..<10]) == [0x82, 0xFF, 0, 0, 0, 0, 0, 0x01, 0x00, 0x00])
        #expect(decode([frame]) == [.message(.binary(payload))])
        var rng = SplitMix64(state: 64)
        #expect(decode(randomSplits(frame, using: &rng)) == [.message(.binary(payload))])
    }

    // MARK: Streams

    @Test func manyFramesInOneFeedAndAcrossSplits() {
        var bytes: [UInt8] = []
        var expected: [Outcome] = []
        var rng = SplitMix64(state: 7)
        for i in 0..<200 {
            let size = [0, 1, 3, 7, 8, 9, 15, 16, 17, 125, 126, 300][i % 12]
            let payload = (0..<size).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) }
            let key = (0..<4).map { _ in UInt8.random(in: 0...255, using: &rng) }
            switch i % 4 {
            case 0: bytes += clientFrame(0x1, payload, key: key); expected.append(.message(.text(payload)))
            case 1: bytes += clientFrame(0x2, payload, key: key); expected.append(.message(.binary(payload)))
            case 2 where size <= 125:
                bytes += clientFrame(0x9, payload, key: key); expected.append(.message(.ping(payload)))
            default:
                let cut = size / 2
                bytes += clientFrame(0x1, Array(payload[..<cut]), fin: false, key: key)
                bytes += clientFrame(0xA, [1, 2], key: key)
                bytes += clientFrame(0x0, Array(payload[cut...]), key: key)
                expected += [.message(.pong([1, 2])), .message(.text(payload))]
            }
        }
        #expect(expectSameInAllSplits(bytes, seed: 99) == expected)
    }

    @Test func pingBetweenTwoFragments() throws {
        let bytes = clientFrame(0x1, Array("Hel".utf8), fin: false) + clientFrame(0x9, Array("p".utf8))
            + clientFrame(0x0, Array("lo".utf8))
        #expect(expectSameInAllSplits(bytes) == [.message(.ping(Array("p".utf8))), .message(.text(hello))])

        // The partial message stays buffered while the ping is returned.
        var reader = WebSocketReader(maxMessageBytes: 100)
        reader.feed(clientFrame(0x1, Array("Hel".utf8), fin: false) + clientFrame(0x9, []))
        #expect(try reader.next() == .ping([]))
        #expect(reader.bufferedBytes == 3)
        #expect(try reader.next() == nil)
    }

    @Test func manyFragmentsAndCloseBetween() {
        var bytes = clientFrame(0x2, [0], fin: false)
        for i in 1..<50 { bytes += clientFrame(0x0, [UInt8(i)], fin: false) }
        bytes += clientFrame(0x8, [0x03, 0xE8] + Array("bye".utf8))
        bytes += clientFrame(0x0, [50])
        #expect(expectSameInAllSplits(bytes) == [
            .message(.close(code: 1000, reason: Array("bye".utf8))),
            .message(.binary((0...50).map { UInt8($0) })),
        ])
    }

    @Test func emptyFramesAndNonMinimalLengths() {
        #expect(expectSameInAllSplits(clientFrame(0x1, [])) == [.message(.text([]))])
        #expect(expectSameInAllSplits(clientFrame(0x8, [])) == [.message(.close(code: nil, reason: []))])
        let bytes = clientFrame(0x1, [], fin: false) + clientFrame(0x0, [], fin: false) + clientFrame(0x0, [])
        #expect(expectSameInAllSplits(bytes) == [.message(.text([]))])
        // §5.2 asks minimal lengths of senders only; we accept the others.
        #expect(decode([clientFrame(0x1, hello, lengthForm: 16)]) == [.message(.text(hello))])
        #expect(decode([clientFrame(0x1, hello, lengthForm: 64)]) == [.message(.text(hello))])
    }

    /// Masking keys at every phase: payload lengths around the 8-byte
    /// unmasking stride, split at every offset.
    @Test func unmaskingAcrossEveryPartialDelivery() {
        for size in [1, 4, 7, 8, 9, 15, 16, 17, 31, 33] {
            let payload = (0..<size).map { UInt8(truncatingIfNeeded: 0x41 &+ $0) }
            let frame = clientFrame(0x2, payload, key: [0xDE, 0xAD, 0xBE, 0xEF])
            for cut in 1..<frame.count {
                let chunks = [Array(frame[..<cut]), Array(frame[cut...])]
                #expect(decode(chunks) == [.message(.binary(payload))], "size \(size) cut \(cut)")
            }
        }
    }

    // MARK: Header errors: 1002 before any payload

    @Test func reservedBitsFailFromFirstByte() {
        for rsv: UInt8 in [1, 2, 4, 7] {
            #expect(failureCode(clientFrame(0x1, hello, rsv: rsv)) == 1002)
            var reader = WebSocketReader(maxMessageBytes: 100)
            reader.feed([0x80 | rsv << 4 | 0x1])
            #expect(throws: WebSocketProtocolError.self) { try reader.next() }
        }
    }

    @Test func reservedOpcodes() {
        for opcode: UInt8 in [3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF] {
            #expect(failureCode(clientFrame(opcode, [])) == 1002, "opcode \(opcode)")
        }
    }

    /// RFC 6455 §5.1: the server MUST close on an unmasked frame.
    @Test func unmaskedClientFrame() {
        let rfcUnmasked: [UInt8] = [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F]
        #expect(failureCode(rfcUnmasked) == 1002)
        #expect(failureCode(clientFrame(0x9, [], masked: false)) == 1002)
    }

    /// §5.5: control frames are not fragmented and carry at most 125 bytes.
    @Test func controlFrameRules() {
        #expect(failureCode(clientFrame(0x9, hello, fin: false)) == 1002)
        #expect(failureCode(clientFrame(0x8, [0x03, 0xE8], fin: false)) == 1002)
        #expect(failureCode(clientFrame(0xA, [UInt8](repeating: 0, count: 126))) == 1002)
        #expect(failureCode(clientFrame(0x9, hello, lengthForm: 16)) == 1002)
        #expect(decode([clientFrame(0x9, [UInt8](repeating: 1, count: 125))])
                == [.message(.ping([UInt8](repeating: 1, count: 125)))])
    }

    /// §5.4: fragments must be in order and not interleaved.
    @Test func fragmentationOrder() {
        #expect(failureCode(clientFrame(0x0, hello)) == 1002)
        #expect(failureCode(clientFrame(0x1, hello, fin: false) + clientFrame(0x1, hello)) == 1002)
        #expect(failureCode(clientFrame(0x2, hello, fin: false) + clientFrame(0x1, hello)) == 1002)
        #expect(failureCode(clientFrame(0x1, hello) + clientFrame(0x0, hello)) == 1002)
    }

    /// §5.2: the 64-bit length's most significant bit MUST be 0.
    @Test func sixtyFourBitLengthTopBit() {
        var bytes = headerOnly(0x2, length: 1 << 63)
        #expect(failureCode(bytes) == 1002)
        bytes = headerOnly(0x2, length: UInt64.max)
        var reader = WebSocketReader(maxMessageBytes: 100)
        reader.feed(Array(bytes.prefix(3)))
        #expect(throws: WebSocketProtocolError(closeCode: 1002, reason: "invalid 64-bit length")) { try reader.next() }
    }

    // MARK: Size limit: 1009 from the header

    @Test func sixteenMiBAtTheLimitAcceptedOneByteOverRejectedFromHeader() throws {
        let limit = 16 << 20
        let payload = [UInt8](repeating: 0x5A, count: limit)
        var reader = WebSocketReader(maxMessageBytes: limit)
        let frame = clientFrame(0x2, payload)
        var offset = 0
        var received: WebSocketInbound?
        while offset < frame.count {
            let end = min(frame.count, offset + 65536)
            reader.feed(Array(frame[offset..<end]))
            offset = end
            if let message = try reader.next() { received = message }
        }
        #expect(received == .binary(payload))
        #expect(reader.bufferedBytes == 0)

        var over = WebSocketReader(maxMessageBytes: limit)
        over.feed(headerOnly(0x2, length: UInt64(limit) + 1))
        #expect(throws: WebSocketProtocolError(closeCode: 1009, reason: "message too big")) { try over.next() }
        #expect(over.bufferedBytes == 0)
    }

    @Test func messageLimitCountsEarlierFragments() {
        let ten = [UInt8](repeating: 0x61, count: 10)
        #expect(decode([clientFrame(0x1, ten, fin: false) + clientFrame(0x0, ten)], max: 20)
                == [.message(.text(ten + ten))])
        #expect(failureCode(clientFrame(0x1, ten, fin: false) + clientFrame(0x0, ten + [0x61]), max: 20) == 1009)
        #expect(failureCode(clientFrame(0x2, ten + ten + [1]), max: 20) == 1009)
        // Control frames are not messages: a 125-byte ping passes a 20-byte cap.
        #expect(decode([clientFrame(0x9, [UInt8](repeating: 0, count: 125))], max: 20).count == 1)
        // A header claiming 2^62 bytes fails without overflow.
        #expect(failureCode(headerOnly(0x1, length: 1 << 62), max: 20) == 1009)
    }

    // MARK: UTF-8: 1007 at the first bad byte

    @Test func invalidUTF8InText() {
        #expect(failureCode(clientFrame(0x1, [0x48, 0xC0, 0x80])) == 1007)
        #expect(failureCode(clientFrame(0x1, [0xED, 0xA0, 0x80])) == 1007)
        #expect(failureCode(clientFrame(0x1, [0xF4, 0x90, 0x80, 0x80])) == 1007)
        // Binary is not validated.
        #expect(decode([clientFrame(0x2, [0xFF])]) == [.message(.binary([0xFF]))])
    }

    @Test func codePointSplitAcrossFragments() {
        let euro: [UInt8] = [0xE2, 0x82, 0xAC]
        let bytes = clientFrame(0x1, [0x41, euro[0]], fin: false) + clientFrame(0x9, [])
            + clientFrame(0x0, [euro[1]], fin: false) + clientFrame(0x0, [euro[2]])
        #expect(expectSameInAllSplits(bytes) == [.message(.ping([])), .message(.text([0x41] + euro))])
    }

    @Test func truncatedCodePointAtEndOfMessage() {
        #expect(failureCode(clientFrame(0x1, [0x41, 0xE2, 0x82])) == 1007)
        // Incomplete at the end of a non-final fragment is fine...
        let start = clientFrame(0x1, [0x41, 0xE2], fin: false)
        #expect(decode([start]).isEmpty)
        // ...but not at the end of the final one.
        #expect(failureCode(start + clientFrame(0x0, [0x82])) == 1007)
    }

    /// §8.1 fail fast: the error comes while the frame is still incomplete.
    @Test func invalidUTF8MidFrameFailsBeforeFrameCompletes() {
        var payload = [UInt8](repeating: 0x61, count: 1000)
        payload[100] = 0xFF
        let frame = clientFrame(0x1, payload)
        var reader = WebSocketReader(maxMessageBytes: 4096)
        reader.feed(Array(frame[..<50]))
        #expect(throws: Never.self) { _ = try reader.next() }
        reader.feed(Array(frame[50..<120]))
        #expect(throws: WebSocketProtocolError(closeCode: 1007, reason: "invalid UTF-8")) { try reader.next() }

        // Also across fragments: the second fragment's first bytes break it.
        var fragmented = WebSocketReader(maxMessageBytes: 4096)
        fragmented.feed(clientFrame(0x1, [0xC3], fin: false))
        #expect(throws: Never.self) { _ = try fragmented.next() }
        let second = clientFrame(0x0, [0x41] + [UInt8](repeating: 0x61, count: 500))
        fragmented.feed(Array(second[..<10]))
        #expect(throws: WebSocketProtocolError.self) { try fragmented.next() }
    }

    // MARK: Close frames (§5.5.1, §7.4)

    @Test func closeCodes() {
        func closing(_ code: UInt16, _ reason: [UInt8] = []) -> [Outcome] {
            decode([clientFrame(0x8, [UInt8(code >> 8), UInt8(code & 0xFF)] + reason)])
        }
        for code: UInt16 in [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999] {
            #expect(closing(code) == [.message(.close(code: code, reason: []))], "\(code)")
        }
        for code: UInt16 in [0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535] {
            #expect(closing(code) == [.failure(1002)], "\(code)")
        }
        #expect(closing(1000, Array("done ✓".utf8)) == [.message(.close(code: 1000, reason: Array("done ✓".utf8)))])
        #expect(closing(1000, [0xCE, 0xBA, 0xFF]) == [.failure(1007)])
        #expect(closing(1000, [0xCE]) == [.failure(1007)])
        #expect(failureCode(clientFrame(0x8, [0x03])) == 1002)
    }

    // MARK: State and memory

    @Test func errorIsSticky() {
        var reader = WebSocketReader(maxMessageBytes: 100)
        reader.feed(clientFrame(0x3, []))
        let error = WebSocketProtocolError(closeCode: 1002, reason: "reserved opcode")
        #expect(throws: error) { try reader.next() }
        reader.feed(clientFrame(0x1, hello))
        #expect(throws: error) { try reader.next() }
        #expect(reader.bufferedBytes == 0)
    }

    @Test func idleReaderHoldsNothing() throws {
        var reader = WebSocketReader(maxMessageBytes: 100)
        #expect(reader.bufferedBytes == 0)
        #expect(try reader.next() == nil)
        let frame = clientFrame(0x1, hello)
        reader.feed(Array(frame[..<4]))
        #expect(try reader.next() == nil)
        #expect(reader.bufferedBytes == 4)
        reader.feed(Array(frame[4...]) + clientFrame(0x2, [1, 2, 3]))
        #expect(try reader.next() == .text(hello))
        #expect(try reader.next() == .binary([1, 2, 3]))
        #expect(try reader.next() == nil)
        #expect(reader.bufferedBytes == 0)
    }

    /// Garbage of every kind never crashes: it decodes or fails with a
    /// close code, identically in every split.
    @Test func randomGarbageNeverCrashes() {
        var rng = SplitMix64(state: 0xBAD)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                if Bool.random(using: &rng) {
                    bytes += (0..<Int.random(in: 0...20, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                } else {
                    let opcode = [0x0, 0x1, 0x2, 0x8, 0x9, 0xA].randomElement(using: &rng)! as UInt8
                    let payload = (0..<Int.random(in: 0...30, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                    bytes += clientFrame(opcode, payload, fin: Bool.random(using: &rng))
                }
            }
            let outcomes = expectSameInAllSplits(bytes, max: 64, seed: rng.next())
            for case .failure(let code) in outcomes { #expect([1002, 1007, 1009].contains(code)) }
        }
    }
}
