public struct JSONError: Error, Equatable, Sendable {
    /// Byte offset where parsing failed.
    public var offset: Int
    /// A short human sentence, safe to send back to a client.
    public var message: String
    public init(offset: Int, message: String) { self.offset = offset; self.message = message }
}

/// A strict RFC 8259 parser: no trailing commas, no comments, no leading
/// zeros, no lone surrogates, nothing after the value but whitespace, and a
/// nesting limit so hostile input cannot exhaust the stack.
public enum JSONParser {
    public static let defaultMaxDepth = 64
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        fatalError("TODO(codec)")
    }
    public static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        fatalError("TODO(codec)")
    }
}
