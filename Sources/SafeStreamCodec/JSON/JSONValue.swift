/// A parsed JSON document (RFC 8259). Objects keep their members in order
/// and lookups are linear: our objects are small (a client op has 2-5 keys).
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits in Int64.
    case int(Int64)
    /// Any other number.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

public struct JSONObject: Equatable, Sendable {
    public var members: [(key: String, value: JSONValue)]
    public init(_ members: [(key: String, value: JSONValue)] = []) { self.members = members }
    /// The last member with this key (RFC 8259 leaves duplicates open; last wins like JS).
    public subscript(key: String) -> JSONValue? {
        // Searching from the end finds the last duplicate first.
        for member in members.reversed() where member.key == key {
            return member.value
        }
        return nil
    }

    /// Member by member, in order: two objects with the same members in a
    /// different order are different documents for us (our writer is
    /// deterministic, so this only matters for hand-built values).
    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.members.count == b.members.count else { return false }
        for (left, right) in zip(a.members, b.members) {
            guard left.key == right.key, left.value == right.value else { return false }
        }
        return true
    }
}
