import Testing
@testable import SafeStreamCodec

/// FIPS 180-4 / NIST CSRC example vectors, plus padding-boundary lengths
/// (checked against Python's hashlib) where the length field spills into a
/// second padded block.
@Suite struct CryptoSHA1Tests {
    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    @Test func emptyInput() {
        #expect(hex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    }

    @Test func abc() {
        #expect(hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func twoBlockMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(hex(SHA1.hash(Array(message.utf8))) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func oneMillionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(hex(SHA1.hash(message)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test(arguments: [
        (1, "9842926af7ca0a8cca12604f945414f07b01e13d"),
        (55, "ddf57317ef34bfee3b6df83d359098930eb278bc"),
        (56, "a0d492bb0fc889d0eca3bc137066ab6f4f74f369"),
        (57, "11a02dcf95859677a62e75024067c22b165d890f"),
        (63, "c55856749bef509bdfe6bfebfc7bf4e793e82132"),
        (64, "bede92be29c3874e1b54ddc77988d606fc857a8e"),
        (65, "b05a80522b053d6dc7e0a517d0e70212c7dad11f"),
        (119, "504e27376a6e0f0dba8295b85cb25dc4dfa17d23"),
        (120, "82134b02fb3f702491be9bed581eeab59334acb2"),
        (127, "34d5e582029e9b9b85b2febe31da3db7cdabaaea"),
        (128, "a09133e6730ffe899efb70204cb5646cd5dc24ee"),
        (129, "808aea332ce367541d37adae7f94e59c5c1a934e"),
    ])
    func paddingBoundaries(length: Int, expected: String) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
        #expect(hex(SHA1.hash(message)) == expected)
    }

    @Test func bufferOverloadMatchesArray() {
        let message = Array("The quick brown fox jumps over the lazy dog".utf8)
        let viaBuffer = message.withUnsafeBytes { SHA1.hash($0) }
        #expect(viaBuffer == SHA1.hash(message))
        #expect(hex(viaBuffer) == "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")
    }
}
