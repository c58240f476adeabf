import Testing
@testable import SafeStreamCodec

/// Valid and invalid documents in the spirit of JSONTestSuite's y_ and n_
/// cases, number classification, string escapes, UTF-8 and the depth limit.
@Suite struct JSONParserTests {
    private func parse(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8), maxDepth: maxDepth)
    }

    private func parseError(_ bytes: [UInt8]) -> JSONError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Accepted documents

    static let accepted: [(String, JSONValue)] = [
        ("[]", .array([])),
        ("{}", .object(JSONObject())),
        ("[[]]", .array([.array([])])),
        (" \t\r\n[1] \t\r\n", .array([.int(1)])),
        ("[1,2,3]", .array([.int(1), .int(2), .int(3)])),
        ("[1 , 2 ]", .array([.int(1), .int(2)])),
        (#"{"a":1}"#, .object(JSONObject([("a", .int(1))]))),
        (#"{ "a" : [ 1 , { "b" : null } ] }"#,
         .object(JSONObject([("a", .array([.int(1), .object(JSONObject([("b", .null)]))]))]))),
        (#"{"":0}"#, .object(JSONObject([("", .int(0))]))),
        (#"{"a":1,"a":2}"#, .object(JSONObject([("a", .int(1)), ("a", .int(2))]))),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        ("[true,false,null]", .array([.bool(true), .bool(false), .null])),
        (#""x""#, .string("x")),
        (#""""#, .string("")),
        ("0", .int(0)),
        ("-0", .int(0)),
        ("123", .int(123)),
        ("-1", .int(-1)),
        ("9223372036854775807", .int(Int64.max)),
        ("-9223372036854775808", .int(Int64.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)),
        ("-9223372036854775809", .double(-9_223_372_036_854_775_808.0)),  // nearest Double
        ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ("1.5", .double(1.5)),
        ("-0.0", .double(-0.0)),
        ("1.0", .double(1.0)),
        ("1e3", .double(1000)),
        ("1E+3", .double(1000)),
        ("1e-3", .double(0.001)),
        ("-1.25e-2", .double(-0.0125)),
        ("0e0", .double(0)),
        ("1e-400", .double(0)),
        ("[-0]", .array([.int(0)])),
        (#""\"\\\/\b\f\n\r\t""#, .string("\"\\/\u{8}\u{C}\n\r\t")),
        (#""\u0000""#, .string("\u{0}")),
        (#""\u00e9\u00E9""#, .string("éé")),
        (#""\u20AC""#, .string("€")),
        (#""\ud83d\ude00""#, .string("😀")),
        (#""\uD83D\uDE00 and text""#, .string("😀 and text")),
        (#""\uffff""#, .string("\u{FFFF}")),
        ("\"é€😀\"", .string("é€😀")),
        ("\"\u{2028}\u{2029}\"", .string("\u{2028}\u{2029}")),
        ("\"a\u{7F}b\"", .string("a\u{7F}b")),
        (#""long plain ascii string that spans several eight-byte words""#,
         .string("long plain ascii string that spans several eight-byte words")),
        (#""escape after a long run of plain text \n then more plain text""#,
         .string("escape after a long run of plain text \n then more plain text")),
    ]

    @Test(arguments: accepted)
    func accepts(text: String, expected: JSONValue) throws {
        #expect(try parse(text) == expected)
    }

    // MARK: - Rejected documents

    static let rejected: [(String, [UInt8])] = [
        ("empty", []),
        ("only whitespace", Array(" \n".utf8)),
        ("unclosed array", Array("[".utf8)),
        ("unclosed nested array", Array("[[]".utf8)),
        ("lone close", Array("]".utf8)),
        ("trailing comma in array", Array("[1,]".utf8)),
        ("trailing comma in object", Array(#"{"a":1,}"#.utf8)),
        ("leading comma", Array("[,1]".utf8)),
        ("double comma", Array("[1,,2]".utf8)),
        ("comma only object", Array("{,}".utf8)),
        ("missing comma", Array("[1 2]".utf8)),
        ("missing member comma", Array(#"{"a":1 "b":2}"#.utf8)),
        ("missing colon", Array(#"{"a" 1}"#.utf8)),
        ("missing value", Array(#"{"a":}"#.utf8)),
        ("unquoted key", Array("{a:1}".utf8)),
        ("single quotes", Array("['a']".utf8)),
        ("number key", Array("{1:1}".utf8)),
        ("extra close", Array(#"{"a":1}}"#.utf8)),
        ("mismatched close", Array("[1}".utf8)),
        ("leading zero", Array("01".utf8)),
        ("negative leading zero", Array("-01".utf8)),
        ("double zero", Array("[00]".utf8)),
        ("trailing dot", Array("1.".utf8)),
        ("leading dot", Array(".1".utf8)),
        ("plus sign", Array("+1".utf8)),
        ("bare minus", Array("-".utf8)),
        ("minus space", Array("- 1".utf8)),
        ("empty exponent", Array("1e".utf8)),
        ("signed empty exponent", Array("1e+".utf8)),
        ("dot exponent", Array("1.e1".utf8)),
        ("hex", Array("0x1".utf8)),
        ("NaN", Array("NaN".utf8)),
        ("Infinity", Array("[Infinity]".utf8)),
        ("negative Infinity", Array("-Infinity".utf8)),
        ("huge exponent", Array("1e400".utf8)),
        ("huge negative exponent", Array("[-1e400]".utf8)),
        ("truncated true", Array("tru".utf8)),
        ("truncated null", Array("[nul]".utf8)),
        ("capital True", Array("True".utf8)),
        ("trailing garbage", Array("[1]x".utf8)),
        ("two documents", Array("[1][2]".utf8)),
        ("two scalars", Array("1 2".utf8)),
        ("two strings", Array(#""a" "b""#.utf8)),
        ("block comment", Array("/* c */ 1".utf8)),
        ("line comment", Array("[1] // c".utf8)),
        ("form feed whitespace", Array("\u{C}1".utf8)),
        ("no-break space", Array("\u{A0}1".utf8)),
        ("byte order mark", [0xEF, 0xBB, 0xBF] + Array("1".utf8)),
        ("unterminated string", Array(#""abc"#.utf8)),
        ("unterminated after escape", Array(#""abc\"#.utf8)),
        ("bad escape", Array(#""\x""#.utf8)),
        ("escaped apostrophe", Array(#""\'""#.utf8)),
        ("short unicode escape", Array(#""\u12""#.utf8)),
        ("bad hex digit", Array(#""\u12G4""#.utf8)),
        ("lone high surrogate", Array(#""\ud800""#.utf8)),
        ("lone low surrogate", Array(#""\udc00""#.utf8)),
        ("high surrogate then BMP escape", Array(#""\ud800\u0041""#.utf8)),
        ("high surrogate then text", Array(#""\ud800x""#.utf8)),
        ("two high surrogates", Array(#""\ud800\ud800""#.utf8)),
        ("raw tab in string", Array("\"a\tb\"".utf8)),
        ("raw newline in string", Array("\"a\nb\"".utf8)),
        ("raw NUL in string", [0x22, 0x00, 0x22]),
        ("invalid byte FF", [0x22, 0xFF, 0x22]),
        ("overlong slash", [0x22, 0xC0, 0xAF, 0x22]),
        ("overlong three byte", [0x22, 0xE0, 0x80, 0xAF, 0x22]),
        ("encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("truncated sequence", [0x22, 0xE2, 0x82, 0x22]),
        ("truncated at end", [0x22, 0xE2, 0x82]),
        ("above U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        ("stray continuation", [0x22, 0x80, 0x22]),
        ("invalid UTF-8 after escape", [0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22]),
        ("non-ASCII outside a string", Array("[é]".utf8)),
    ]

    @Test(arguments: rejected)
    func rejects(name: String, bytes: [UInt8]) {
        let error = parseError(bytes)
        #expect(error != nil, "accepted: \(name)")
        if let error {
            #expect(!error.message.isEmpty)
            #expect(error.offset >= 0 && error.offset <= bytes.count)
        }
    }

    // MARK: - Error positions

    @Test func errorsCarryTheOffendingOffset() {
        #expect(parseError(Array("[1,]".utf8)) == JSONError(offset: 3, message: "expected a value"))
        #expect(parseError(Array(#"{"a":1,}"#.utf8)) == JSONError(offset: 7, message: "expected a string key"))
        #expect(parseError(Array("[1]x".utf8)) == JSONError(offset: 3, message: "unexpected data after the document"))
        #expect(parseError([]) == JSONError(offset: 0, message: "empty document"))
        #expect(parseError(Array("01".utf8))?.offset == 0)
        #expect(parseError(Array("\"ab\tc\"".utf8)) == JSONError(offset: 3, message: "control character in string"))
        #expect(parseError([0x22, 0x61, 0xFF, 0x22]) == JSONError(offset: 2, message: "invalid UTF-8"))
        #expect(parseError(Array(#"["\ud800"]"#.utf8))?.message == "lone surrogate in string")
    }

    // MARK: - Depth limit

    private func nestedArrays(_ depth: Int) -> [UInt8] {
        [UInt8](repeating: UInt8(ascii: "["), count: depth) + [UInt8](repeating: UInt8(ascii: "]"), count: depth)
    }

    @Test func depthUpToTheLimitIsAccepted() throws {
        _ = try JSONParser.parse(nestedArrays(JSONParser.defaultMaxDepth))
        _ = try JSONParser.parse(nestedArrays(3), maxDepth: 3)
        _ = try JSONParser.parse(Array(#"{"a":{"b":[1]}}"#.utf8), maxDepth: 3)
    }

    @Test func depthBeyondTheLimitIsRejected() throws {
        #expect(parseError(nestedArrays(JSONParser.defaultMaxDepth + 1))?.message == "nesting too deep")
        #expect(throws: JSONError.self) { try JSONParser.parse(nestedArrays(4), maxDepth: 3) }
        #expect(throws: JSONError.self) { try JSONParser.parse(Array(#"{"a":{"b":{"c":1}}}"#.utf8), maxDepth: 2) }
        #expect(throws: JSONError.self) { try JSONParser.parse(Array("[]".utf8), maxDepth: 0) }
        #expect(try JSONParser.parse(Array("7".utf8), maxDepth: 0) == .int(7))
    }

    @Test func hostileNestingFailsFastWithoutRecursion() {
        // A 1 MB run of '[' (and of '{"a":') is refused at the limit.
        let brackets = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(parseError(brackets)?.offset == JSONParser.defaultMaxDepth)
        var objects: [UInt8] = []
        for _ in 0..<100_000 { objects += Array(#"{"a":"#.utf8) }
        #expect(parseError(objects)?.message == "nesting too deep")
    }

    @Test func largeLimitsParseIteratively() throws {
        // The parser itself never recurses, so a caller-chosen deep limit works.
        let depth = 5_000
        var value = try JSONParser.parse(nestedArrays(depth), maxDepth: depth)
        var levels = 0
        while case .array(let elements) = value, let inner = elements.first {
            levels += 1
            value = inner
        }
        #expect(levels == depth - 1)
    }

    // MARK: - Overloads and offsets

    @Test func rawBufferOverloadMatchesArrayOverload() throws {
        let text = Array(#"{"type":"chat","message":"h\u00e9llo","ref":7}"#.utf8)
        let fromArray = try JSONParser.parse(text)
        let fromBuffer = try text.withUnsafeBytes { buffer throws(JSONError) in try JSONParser.parse(buffer) }
        #expect(fromArray == fromBuffer)
        guard case .object(let object) = fromArray else {
            Issue.record("not an object")
            return
        }
        #expect(object["message"] == .string("héllo"))
        #expect(object["ref"] == .int(7))
    }

    @Test func rawBufferSliceParsesOnlyItsBytes() throws {
        let bytes = Array("xx[1]yy".utf8)
        let value = try bytes.withUnsafeBytes { buffer throws(JSONError) in
            try JSONParser.parse(UnsafeRawBufferPointer(rebasing: buffer[2..<5]))
        }
        #expect(value == .array([.int(1)]))
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)
        #expect(throws: JSONError.self) { try JSONParser.parse(empty) }
    }
}
