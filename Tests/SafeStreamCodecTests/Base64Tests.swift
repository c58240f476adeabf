import Testing
@testable import SafeStreamCodec

/// RFC 4648 §10 vectors for both alphabets, and malformed inputs that a
/// strict decoder must refuse.
@Suite struct Base64Tests {
    static let rfc4648Vectors: [(String, String)] = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ]

    @Test(arguments: rfc4648Vectors)
    func standardEncodeAndDecode(plain: String, encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test(arguments: rfc4648Vectors)
    func urlFormDropsPadding(plain: String, encoded: String) {
        let unpadded = String(encoded.filter { $0 != "=" })
        #expect(Base64.encodeURL(Array(plain.utf8)) == unpadded)
        #expect(Base64.decodeURL(unpadded) == Array(plain.utf8))
    }

    @Test func alphabetsDifferOnlyInLastTwoCharacters() {
        let bytes: [UInt8] = [0xFB, 0xEF, 0xFF, 0xFE]  // 111110 111110 111111 111111 111111 10(0000)
        #expect(Base64.encode(bytes) == "++///g==")
        #expect(Base64.encodeURL(bytes) == "--___g")
        #expect(Base64.decode("++///g==") == bytes)
        #expect(Base64.decodeURL("--___g") == bytes)
    }

    @Test func allByteValuesRoundTrip() {
        let bytes = (0...255).map { UInt8($0) }
        for length in 0...bytes.count {
            let slice = Array(bytes.prefix(length))
            #expect(Base64.decode(Base64.encode(slice)) == slice)
            #expect(Base64.decodeURL(Base64.encodeURL(slice)) == slice)
        }
    }

    @Test(arguments: [
        "Z",          // length not a multiple of 4
        "Zg",         // padding missing
        "Zg=",        // padding short
        "Zg===",      // padding too long
        "====",       // nothing but padding
        "Z===",       // three pad characters
        "Zg==Zm9v",   // padding in the middle
        "Zm=v",       // '=' inside a quantum
        "Zh==",       // non-zero padding bits (canonical is "Zg==")
        "Zm9=",       // non-zero padding bits (canonical is "Zm8=")
        "Zm9v YmFy",  // whitespace
        "Zm9v\nYmFy", // line break
        "Zm9-",       // url alphabet in the standard form
        "Zm9_",
        "Zm9ä",       // non-ASCII
    ])
    func standardRejects(text: String) {
        #expect(Base64.decode(text) == nil)
    }

    @Test(arguments: [
        "Z",          // 1 mod 4 cannot carry whole bytes
        "Zm9vY",
        "Zg==",       // JWS base64url carries no padding (RFC 7515 §2)
        "Zm8=",
        "Zm=v",
        "Zm9+",       // standard alphabet in the url form
        "Zm9/",
        "Zh",         // non-zero padding bits
        "Zm9",
        "Zm9v YmFy",
        "Zm9ä",
    ])
    func urlRejects(text: String) {
        #expect(Base64.decodeURL(text) == nil)
    }

    @Test func urlDecodesFromByteSlice() {
        let token = Array("Zm9v.YmFy".utf8)
        let decoded = token.withUnsafeBufferPointer { Base64.decodeURL(UnsafeBufferPointer(rebasing: $0[5...])) }
        #expect(decoded == Array("bar".utf8))
    }
}
