/// SHA-256 (FIPS 180-4). Used by HMAC-SHA256 for JWT (HS256).
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        fatalError("TODO(codec): SHA256.hash")
    }
}
