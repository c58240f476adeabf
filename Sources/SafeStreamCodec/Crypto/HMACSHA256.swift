/// HMAC-SHA256 (RFC 2104, vectors from RFC 4231).
public enum HMACSHA256 {
    /// The 32-byte MAC of `message` under `key`.
    public static func authenticate(message: [UInt8], key: [UInt8]) -> [UInt8] {
        fatalError("TODO(codec): HMACSHA256.authenticate")
    }
}

/// Compares two byte strings in time that depends only on their lengths,
/// so a secret cannot be guessed byte by byte from response timing.
public func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    fatalError("TODO(codec): constantTimeEquals")
}
