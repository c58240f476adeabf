/// An incremental UTF-8 validator (RFC 3629, Unicode Table 3-7): rejects
/// overlong forms, surrogates (U+D800-U+DFFF), code points above U+10FFFF and
/// bad continuation bytes the moment the offending byte arrives, so a
/// fragmented text message fails on the fragment that breaks it (RFC 6455
/// §8.1 "fail fast"). ASCII runs are checked eight bytes at a time.
public struct UTF8Validator: Sendable {
    public init() { fatalError("TODO(wire)") }
    /// Feeds more bytes; false as soon as they cannot be part of valid UTF-8.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Bool { fatalError("TODO(wire)") }
    /// True if everything fed so far ends on a complete code point.
    public var isComplete: Bool { fatalError("TODO(wire)") }
    /// Whole-buffer check.
    public static func validate(_ bytes: UnsafeRawBufferPointer) -> Bool { fatalError("TODO(wire)") }
    public static func validate(_ bytes: [UInt8]) -> Bool { fatalError("TODO(wire)") }
}
