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
///
/// Choices where RFC 8259 leaves room (§9 allows implementation limits):
/// - at most `maxDepth` arrays/objects may be open at once; one more is an error;
/// - integers that fit Int64 become `.int` (`-0` becomes `.int(0)`), other
///   numbers `.double`; a number whose magnitude overflows Double is an error
///   rather than infinity, which JSON cannot express;
/// - strings must be valid UTF-8 (§8.1) and may not pair-break surrogates (§7);
/// - duplicate keys are kept in order; `JSONObject`'s subscript picks the last.
public enum JSONParser {
    public static let defaultMaxDepth = 64
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        let result: Result<JSONValue, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONByteParser(buffer, maxDepth: maxDepth)
            do throws(JSONError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        // Reading raw bytes as UInt8 is valid whatever type the memory is
        // bound to; the typed view lets the scanner slice and decode Strings
        // without copying.
        var parser = JSONByteParser(bytes.assumingMemoryBound(to: UInt8.self), maxDepth: maxDepth)
        return try parser.parseDocument()
    }
}
