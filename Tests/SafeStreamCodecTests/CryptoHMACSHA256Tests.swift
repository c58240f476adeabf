import Testing
@testable import SafeStreamCodec

/// RFC 4231 §4 test cases 1-7 for HMAC-SHA256, and the constant-time compare.
@Suite struct CryptoHMACSHA256Tests {
    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    private func mac(_ key: [UInt8], _ data: [UInt8]) -> String {
        hex(HMACSHA256.authenticate(message: data, key: key))
    }

    @Test func rfc4231Case1() {
        #expect(mac([UInt8](repeating: 0x0B, count: 20), Array("Hi There".utf8))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func rfc4231Case2KeyShorterThanOutput() {
        #expect(mac(Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func rfc4231Case3() {
        #expect(mac([UInt8](repeating: 0xAA, count: 20), [UInt8](repeating: 0xDD, count: 50))
            == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    @Test func rfc4231Case4() {
        #expect(mac(Array(1...25), [UInt8](repeating: 0xCD, count: 50))
            == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    @Test func rfc4231Case5TruncatedTo128Bits() {
        let full = HMACSHA256.authenticate(message: Array("Test With Truncation".utf8),
                                           key: [UInt8](repeating: 0x0C, count: 20))
        #expect(hex(Array(full.prefix(16))) == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func rfc4231Case6KeyLargerThanBlock() {
        #expect(mac([UInt8](repeating: 0xAA, count: 131),
                    Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func rfc4231Case7KeyAndDataLargerThanBlock() {
        let data = "This is a test using a larger than block-size key and a larger than block-size data."
            + " The key needs to be hashed before being used by the HMAC algorithm."
        #expect(mac([UInt8](repeating: 0xAA, count: 131), Array(data.utf8))
            == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }

    @Test func keyOfExactlyOneBlockIsNotHashed() {
        // 64 bytes is B itself: RFC 2104 hashes only keys longer than B,
        // so this key must give a different MAC than its SHA-256.
        let key = [UInt8](repeating: 0x42, count: 64)
        let message = Array("m".utf8)
        #expect(HMACSHA256.authenticate(message: message, key: key)
            != HMACSHA256.authenticate(message: message, key: SHA256.hash(key)))
    }

    @Test func constantTimeEqualsAnswers() {
        #expect(constantTimeEquals([], []))
        #expect(constantTimeEquals([1, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEquals([1, 2, 3], [1, 2, 4]))
        #expect(!constantTimeEquals([0, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEquals([1, 2, 3], [1, 2]))
        #expect(!constantTimeEquals([1, 2], [1, 2, 3]))
        #expect(!constantTimeEquals([], [0]))
        // A shorter operand is not zero-extended into equality.
        #expect(!constantTimeEquals([1, 0], [1]))
    }
}
