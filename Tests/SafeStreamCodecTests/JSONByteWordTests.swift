import Testing
@testable import SafeStreamCodec

/// The eight-bytes-at-a-time tests must agree with the obvious byte loop for
/// every byte value in every lane, whatever the neighbouring bytes are
/// (borrows between lanes are the classic way such tricks go wrong).
@Suite struct JSONByteWordTests {
    private func word(filler: UInt8, byte: UInt8, lane: Int) -> UInt64 {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[lane] = byte
        return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    @Test(arguments: [UInt8(ascii: "a"), 0x20, 0x7F, 0x80, 0xFF, 0x21, 0x23])
    func agreesWithByteLoop(filler: UInt8) {
        let fillerIsSpecial = filler < 0x20 || filler == 0x22 || filler == 0x5C
        for value in 0...255 {
            let byte = UInt8(value)
            let special = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            for lane in 0..<8 {
                let w = word(filler: filler, byte: byte, lane: lane)
                #expect(ByteWordTests.hasStringSpecial(w) == (special || fillerIsSpecial))
                #expect(ByteWordTests.hasNonASCII(w) == (byte >= 0x80 || filler >= 0x80))
                #expect(ByteWordTests.hasByte(w, below: 0x20) == (byte < 0x20))
            }
        }
    }

    @Test func escapesAtEveryOffsetSurviveTheWordScan() throws {
        for length in 0..<24 {
            for position in 0..<max(length, 1) {
                var scalars = Array(repeating: Character("x"), count: length)
                if position < length { scalars[position] = "\n" }
                let text = String(scalars)
                var writer = JSONWriter()
                writer.string(text)
                let expected = "\"" + text.replacingNewlines() + "\""
                #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
                #expect(try JSONParser.parse(writer.bytes) == .string(text))
            }
        }
    }

    @Test func nonASCIIAtEveryOffsetSurvivesTheWordScan() throws {
        for position in 0..<20 {
            var text = String(repeating: "y", count: 20)
            text.insert("é", at: text.index(text.startIndex, offsetBy: position))
            #expect(try JSONParser.parse(Array("\"\(text)\"".utf8)) == .string(text))
        }
    }
}

private extension String {
    func replacingNewlines() -> String {
        var result = ""
        for character in self {
            result += character == "\n" ? "\\n" : String(character)
        }
        return result
    }
}
