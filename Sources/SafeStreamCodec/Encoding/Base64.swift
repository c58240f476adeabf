/// Base64 (RFC 4648 §4) and base64url without padding (§5, as JWT uses it).
public enum Base64 {
    public static func encode(_ bytes: [UInt8]) -> String { fatalError("TODO(codec)") }
    /// nil on any character outside the alphabet, bad padding or bad length.
    public static func decode(_ text: String) -> [UInt8]? { fatalError("TODO(codec)") }
    public static func encodeURL(_ bytes: [UInt8]) -> String { fatalError("TODO(codec)") }
    /// Accepts unpadded input (JWT); nil on anything else malformed.
    public static func decodeURL(_ text: String) -> [UInt8]? { fatalError("TODO(codec)") }
}
