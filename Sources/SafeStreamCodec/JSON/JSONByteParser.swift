/// The parsing engine behind `JSONParser`: a cursor over the input bytes.
///
/// Nesting is handled with an explicit stack of open containers instead of
/// recursion, so no `maxDepth` value, however large, can overflow the
/// thread's stack (the depth limit is then only about memory and policy).
/// Strings and numbers live in JSONByteParser+String.swift and +Number.swift.
struct JSONByteParser {
    let input: UnsafeBufferPointer<UInt8>
    var position = 0
    let maxDepth: Int

    init(_ input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.input = input
        self.maxDepth = maxDepth
    }

    /// An array or object whose closing bracket has not been read yet.
    private struct OpenContainer {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
        /// The key whose value is being parsed (objects only).
        var pendingKey: String

        // Starting capacities sized for our documents (a client op has 2-5
        // keys, badge lists 0-2 entries): one allocation instead of growing
        // through 1, 2, 4, 8.
        static func object(firstKey: String) -> OpenContainer {
            var container = OpenContainer(isObject: true, pendingKey: firstKey)
            container.members.reserveCapacity(8)
            return container
        }

        static func array() -> OpenContainer {
            var container = OpenContainer(isObject: false, pendingKey: "")
            container.elements.reserveCapacity(4)
            return container
        }
    }

    mutating func parseDocument() throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard position < input.count else { throw error("empty document") }
        var stack: [OpenContainer] = []

        nextValue: while true {
            skipWhitespace()
            guard position < input.count else { throw error("unexpected end of input") }
            var value: JSONValue
            switch input[position] {
            case UInt8(ascii: "{"):
                guard stack.count < maxDepth else { throw error("nesting too deep") }
                position += 1
                skipWhitespace()
                if position < input.count, input[position] == UInt8(ascii: "}") {
                    position += 1
                    value = .object(JSONObject())
                } else {
                    let firstKey = try parseMemberKey()
                    if stack.capacity == 0 { stack.reserveCapacity(8) }
                    stack.append(.object(firstKey: firstKey))
                    continue nextValue
                }
            case UInt8(ascii: "["):
                guard stack.count < maxDepth else { throw error("nesting too deep") }
                position += 1
                skipWhitespace()
                if position < input.count, input[position] == UInt8(ascii: "]") {
                    position += 1
                    value = .array([])
                } else {
                    if stack.capacity == 0 { stack.reserveCapacity(8) }
                    stack.append(.array())
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            default:
                throw error("expected a value")
            }

            // A value is complete: store it in its container, then either
            // start the next element or close containers until one stays open.
            while true {
                skipWhitespace()
                guard !stack.isEmpty else {
                    guard position == input.count else { throw error("unexpected data after the document") }
                    return value
                }
                let top = stack.count - 1
                guard position < input.count else { throw error("unexpected end of input") }
                let byte = input[position]
                if stack[top].isObject {
                    stack[top].members.append((key: stack[top].pendingKey, value: value))
                    if byte == UInt8(ascii: ",") {
                        position += 1
                        skipWhitespace()
                        stack[top].pendingKey = try parseMemberKey()
                        continue nextValue
                    }
                    guard byte == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
                    position += 1
                    value = .object(JSONObject(stack.removeLast().members))
                } else {
                    stack[top].elements.append(value)
                    if byte == UInt8(ascii: ",") {
                        position += 1
                        continue nextValue
                    }
                    guard byte == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
                    position += 1
                    value = .array(stack.removeLast().elements)
                }
            }
        }
    }

    /// `"key"` then `:`; leaves the cursor at the value.
    private mutating func parseMemberKey() throws(JSONError) -> String {
        guard position < input.count else { throw error("unexpected end of input") }
        // This also rejects a trailing comma: `{"a":1,}` finds '}' here.
        guard input[position] == UInt8(ascii: "\"") else { throw error("expected a string key") }
        let key = try parseString()
        skipWhitespace()
        guard position < input.count, input[position] == UInt8(ascii: ":") else {
            throw error("expected ':' after key")
        }
        position += 1
        return key
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let count = literal.utf8CodeUnitCount
        guard input.count - position >= count else { throw error("invalid literal") }
        let text = literal.utf8Start
        for index in 0..<count where input[position + index] != text[index] {
            throw error("invalid literal")
        }
        position += count
    }

    /// RFC 8259 §2: only space, tab, line feed and carriage return.
    @inline(__always)
    mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    func error(_ message: String) -> JSONError {
        JSONError(offset: position, message: message)
    }

    func error(_ message: String, at offset: Int) -> JSONError {
        JSONError(offset: offset, message: message)
    }
}
