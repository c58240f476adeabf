import Testing
@testable import SafeStreamCodec

/// parse(write(v)) == v, and write(parse(t)) == t for compact documents.
@Suite struct JSONRoundTripTests {
    private func write(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        writer.value(value)
        return writer.bytes
    }

    static let values: [JSONValue] = [
        .null, .bool(true), .bool(false), .int(0), .int(-1), .int(Int64.max), .int(Int64.min),
        .double(0.1), .double(-2.5e-8), .double(1.7976931348623157e308), .double(.leastNonzeroMagnitude),
        .double(123.456), .double(1e300),
        .string(""), .string("plain"), .string("quote \" backslash \\ slash /"),
        .string("controls \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}"),
        .string("é € 😀 \u{2028} \u{FFFF} \u{10FFFF}"),
        .array([]), .array([.int(1), .string("two"), .array([.null])]),
        .object(JSONObject()),
        .object(JSONObject([
            ("type", .string("chat")), ("id", .int(17)), ("score", .double(0.25)),
            ("badges", .array([.string("host")])), ("nested", .object(JSONObject([("k", .bool(true))]))),
            ("dup", .int(1)), ("dup", .int(2)),
        ])),
    ]

    @Test(arguments: values)
    func parseOfWriteIsIdentity(value: JSONValue) throws {
        #expect(try JSONParser.parse(write(value)) == value)
    }

    @Test(arguments: [
        #"{"type":"chat","id":17,"channel":"lobby","user":"alice","message":"hi","toxic":false,"score":0.02,"badges":["host"]}"#,
        #"[1,-2,3.5,"x",null,true,false,{},[]]"#,
        #""\"\\\n\u0001""#,
        #"{"a":{"b":{"c":[[[]]]}}}"#,
    ])
    func writeOfParseIsIdentity(text: String) throws {
        #expect(write(try JSONParser.parse(Array(text.utf8))) == Array(text.utf8))
    }

    @Test func unicodeEscapesDecodeToTheSameStringAsRawUTF8() throws {
        let escaped = try JSONParser.parse(Array(#""\u00e9\u20ac\ud83d\ude00\u2028""#.utf8))
        let raw = try JSONParser.parse(Array("\"é€😀\u{2028}\"".utf8))
        #expect(escaped == raw)
        // And the writer emits raw UTF-8, not escapes.
        #expect(write(escaped) == Array("\"é€😀\u{2028}\"".utf8))
    }
}
