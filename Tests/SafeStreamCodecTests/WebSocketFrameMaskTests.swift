import Testing
@testable import SafeStreamCodec

@Suite struct WebSocketFrameMaskTests {
    /// Unmasking in any number of pieces equals the byte-wise definition
    /// of RFC 6455 §5.3, for every split point and starting phase.
    @Test func piecewiseEqualsDefinition() {
        let key: [UInt8] = [0xA1, 0xB2, 0xC3, 0xD4]
        let keyWord = key.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        for count in 0..<40 {
            let data = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 7) }
            let expected = data.enumerated().map { $0.element ^ key[$0.offset & 3] }
            for cut in 0...count {
                var buffer = data
                FrameMask.unmask(&buffer, 0..<cut, key: keyWord, phase: 0)
                FrameMask.unmask(&buffer, cut..<count, key: keyWord, phase: cut & 3)
                #expect(buffer == expected, "count \(count) cut \(cut)")
            }
        }
    }

    @Test func returnsNextPhase() {
        var bytes = [UInt8](repeating: 0, count: 11)
        let phase = bytes.withUnsafeMutableBytes { FrameMask.unmask($0, key: 0x0403_0201, phase: 2) }
        #expect(phase == (2 + 11) & 3)
    }
}
