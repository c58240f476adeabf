/// SHA-1 (FIPS 180-4). Used only for the RFC 6455 handshake accept key.
public enum SHA1 {
    /// The 20-byte digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        fatalError("TODO(codec): SHA1.hash")
    }
}
