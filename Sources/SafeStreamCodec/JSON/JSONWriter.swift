/// Writes compact JSON straight into a byte buffer, managing commas itself.
/// This is how every event is serialized exactly once: the bytes it produces
/// are framed once and shared by every subscriber and the log.
///
///     var w = JSONWriter()
///     w.beginObject(); w.key("type"); w.string("chat"); w.key("id"); w.int(17); w.endObject()
///     // w.bytes == Array(#"{"type":"chat","id":17}"#.utf8)
public struct JSONWriter {
    public var bytes: [UInt8]
    public init(capacity: Int = 256) { fatalError("TODO(codec)") }
    public mutating func beginObject() { fatalError("TODO(codec)") }
    public mutating func endObject() { fatalError("TODO(codec)") }
    public mutating func beginArray() { fatalError("TODO(codec)") }
    public mutating func endArray() { fatalError("TODO(codec)") }
    /// An object key; the next call writes its value.
    public mutating func key(_ name: String) { fatalError("TODO(codec)") }
    /// Escapes `"` `\\` and control characters (U+0000-U+001F as \\n, \\t ... or \\u00XX);
    /// everything else, including non-ASCII and `/`, is written as UTF-8 unchanged.
    public mutating func string(_ value: String) { fatalError("TODO(codec)") }
    public mutating func int(_ value: Int) { fatalError("TODO(codec)") }
    public mutating func bool(_ value: Bool) { fatalError("TODO(codec)") }
    public mutating func null() { fatalError("TODO(codec)") }
    /// Shortest round-trip form; integers without ".0"; non-finite as null.
    public mutating func double(_ value: Double) { fatalError("TODO(codec)") }
    /// A value rounded to 3 decimals, written without trailing zeros:
    /// 0 → `0`, 0.02 → `0.02`, 0.9351 → `0.935`, 1 → `1`.
    public mutating func decimal3(_ value: Double) { fatalError("TODO(codec)") }
    public mutating func value(_ value: JSONValue) { fatalError("TODO(codec)") }
    /// Pre-serialized JSON (e.g. a value kept from the log) written as is.
    public mutating func raw(_ json: [UInt8]) { fatalError("TODO(codec)") }
}
