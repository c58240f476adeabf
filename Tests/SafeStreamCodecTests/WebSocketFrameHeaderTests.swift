import Testing
@testable import SafeStreamCodec

/// The header decoder alone: what it returns for each prefix of a header,
/// and that it fails on the first byte that proves a header invalid.
@Suite struct WebSocketFrameHeaderTests {
    private func parse(_ bytes: [UInt8]) -> Result<FrameHeader?, WebSocketProtocolError> {
        do { return .success(try FrameHeader.parse(bytes, from: 0)) } catch { return .failure(error) }
    }

    @Test func everyPrefixNeedsMoreUntilComplete() throws {
        let headers: [([UInt8], UInt64, Int)] = [
            ([0x81, 0x85, 1, 2, 3, 4], 5, 6),
            ([0x82, 0xFE, 0x01, 0x00, 1, 2, 3, 4], 256, 8),
            ([0x02, 0xFF, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 3, 4], 65536, 14),
        ]
        for (bytes, length, headerLength) in headers {
            for cut in 0..<bytes.count { #expect(parse(Array(bytes[..<cut])) == .success(nil)) }
            let header = try #require(try FrameHeader.parse(bytes + [9, 9], from: 0))
            #expect(header.payloadLength == length)
            #expect(header.headerLength == headerLength)
            #expect(header.fin == (bytes[0] & 0x80 != 0))
        }
    }

    @Test func parsesFromAnOffset() throws {
        let header = try #require(try FrameHeader.parse([0xEE, 0xEE, 0x89, 0x80, 1, 2, 3, 4], from: 2))
        #expect(header.opcode == .ping)
        #expect(header.payloadLength == 0)
        #expect(withUnsafeBytes(of: header.maskKey) { Array($0) } == [1, 2, 3, 4])
    }

    @Test func failsOnTheFirstProvingByte() {
        func code(_ bytes: [UInt8]) -> UInt16? {
            if case .failure(let error) = parse(bytes) { return error.closeCode }
            return nil
        }
        #expect(code([0xC1]) == 1002)        // RSV1
        #expect(code([0x83]) == 1002)        // opcode 3
        #expect(code([0x09]) == 1002)        // ping without FIN
        #expect(code([0x81, 0x05]) == 1002)  // unmasked
        #expect(code([0x89, 0xFE]) == 1002)  // control with 16-bit length
        #expect(code([0x82, 0xFF, 0x80]) == 1002) // 64-bit length, top bit
        #expect(code([0x82, 0xFF, 0x7F]) == nil)  // top bit clear: wait for more
    }
}
