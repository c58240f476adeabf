/// HMAC-SHA256 (RFC 2104, vectors from RFC 4231).
public enum HMACSHA256 {
    /// SHA-256 block size in bytes (the "B" of RFC 2104 §2).
    private static let blockSize = 64

    /// The 32-byte MAC of `message` under `key`.
    public static func authenticate(message: [UInt8], key: [UInt8]) -> [UInt8] {
        message.withUnsafeBytes { authenticate(message: $0, key: key) }
    }

    /// The 32-byte MAC of the bytes in `message` under `key`, for callers
    /// holding a slice (e.g. a JWT's signing input) who need no [UInt8] of it.
    public static func authenticate(message: UnsafeRawBufferPointer, key: [UInt8]) -> [UInt8] {
        // RFC 2104 §2: keys longer than B are hashed first; shorter ones are
        // zero-padded to B.
        var paddedKey = key.count > blockSize ? SHA256.hash(key) : key
        paddedKey.append(contentsOf: repeatElement(0, count: blockSize - paddedKey.count))

        var inner: [UInt8] = []
        inner.reserveCapacity(blockSize + message.count)
        for byte in paddedKey { inner.append(byte ^ 0x36) }
        inner.append(contentsOf: message)
        let innerDigest = SHA256.hash(inner)

        var outer: [UInt8] = []
        outer.reserveCapacity(blockSize + innerDigest.count)
        for byte in paddedKey { outer.append(byte ^ 0x5C) }
        outer.append(contentsOf: innerDigest)
        return SHA256.hash(outer)
    }
}

/// Compares two byte strings in time that depends only on their lengths,
/// so a secret cannot be guessed byte by byte from response timing.
public func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    // Walk the longer length in full and fold every difference into one
    // accumulator; the only branches depend on the lengths, never on content.
    // A length mismatch is folded in too rather than returned early.
    var difference: UInt8 = a.count == b.count ? 0 : 1
    let length = max(a.count, b.count)
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            for index in 0..<length {
                let x = index < a.count ? a[index] : 0
                let y = index < b.count ? b[index] : 0
                difference |= x ^ y
            }
        }
    }
    return difference == 0
}
