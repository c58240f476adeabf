import Testing
@testable import SafeStreamCodec

@Suite struct JSONWriterTests {
    private func text(_ build: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func written(_ value: JSONValue) -> String {
        text { $0.value(value) }
    }

    @Test func docCommentExample() {
        var w = JSONWriter()
        w.beginObject(); w.key("type"); w.string("chat"); w.key("id"); w.int(17); w.endObject()
        #expect(w.bytes == Array(#"{"type":"chat","id":17}"#.utf8))
    }

    @Test func commasAtEveryLevel() {
        let json = text { w in
            w.beginObject()
            w.key("a"); w.beginArray(); w.int(1); w.beginArray(); w.endArray(); w.beginObject(); w.endObject(); w.null(); w.endArray()
            w.key("b"); w.beginObject(); w.key("c"); w.bool(true); w.key("d"); w.bool(false); w.endObject()
            w.key("e"); w.beginArray(); w.beginArray(); w.int(2); w.endArray(); w.beginArray(); w.int(3); w.endArray(); w.endArray()
            w.endObject()
        }
        #expect(json == #"{"a":[1,[],{},null],"b":{"c":true,"d":false},"e":[[2],[3]]}"#)
    }

    @Test func emptyContainers() {
        #expect(text { $0.beginObject(); $0.endObject() } == "{}")
        #expect(text { $0.beginArray(); $0.endArray() } == "[]")
    }

    @Test func stringEscapes() {
        let input = "q\" b\\ n\n t\t r\r b\u{8} f\u{C} nul\u{0} us\u{1F} del\u{7F} / é € 😀 \u{2028}\u{2029}"
        let expected = #""q\" b\\ n\n t\t r\r b\b f\f nul\u0000 us\u001f del"# + "\u{7F} / é € 😀 \u{2028}\u{2029}\""
        #expect(text { $0.string(input) } == expected)
        #expect(text { $0.key("a\"b"); $0.null() } == #""a\"b":null"#)
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (10, "10"), (-5, "-5"), (1_234_567_890, "1234567890"),
        (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ])
    func integers(value: Int, expected: String) {
        #expect(text { $0.int(value) } == expected)
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "-0"), (3.0, "3"), (-42.0, "-42"), (1.5, "1.5"), (0.1, "0.1"),
        (-2.25, "-2.25"), (1e-7, "1e-07"), (1e300, "1e+300"), (1e16, "1e+16"),
        (9_007_199_254_740_992.0, "9007199254740992"), (123456.789, "123456.789"),
        (Double.infinity, "null"), (-Double.infinity, "null"), (Double.nan, "null"),
    ])
    func doubles(value: Double, expected: String) {
        #expect(text { $0.double(value) } == expected)
    }

    @Test(arguments: [
        (0.0, "0"), (0.02, "0.02"), (0.1, "0.1"), (0.9351, "0.935"), (0.9995, "1"), (1.0, "1"),
        (0.5, "0.5"), (0.125, "0.125"), (0.0004, "0"), (0.0005, "0.001"), (12.3456, "12.346"),
        (-0.0, "0"), (-0.0004, "0"), (-0.25, "-0.25"), (-1.0, "-1"), (100.0, "100"), (0.001, "0.001"),
        (0.05, "0.05"), (2.5, "2.5"), (Double.nan, "null"), (Double.infinity, "null"), (1e300, "1e+300"),
    ])
    func decimal3(value: Double, expected: String) {
        #expect(text { $0.decimal3(value) } == expected)
    }

    @Test func scalarsInsideContainers() {
        let json = text { w in
            w.beginArray(); w.decimal3(0.02); w.double(1.5); w.string("x"); w.bool(true); w.null(); w.endArray()
        }
        #expect(json == #"[0.02,1.5,"x",true,null]"#)
    }

    @Test func rawIsWrittenAsIsWithCommas() {
        let json = text { w in
            w.beginArray(); w.raw(Array(#"{"id":1}"#.utf8)); w.raw(Array("2".utf8)); w.endArray()
            w.beginObject(); w.key("k"); w.raw(Array("[3]".utf8)); w.key("l"); w.int(4); w.endObject()
        }
        // The two top-level values are comma-separated like any siblings.
        #expect(json == #"[{"id":1},2],{"k":[3],"l":4}"#)
    }

    @Test func valueWritesEveryCase() {
        let value = JSONValue.object(JSONObject([
            ("n", .null), ("b", .bool(false)), ("i", .int(-3)), ("d", .double(0.5)), ("s", .string("hi")),
            ("a", .array([.int(1), .array([]), .object(JSONObject())])),
            ("o", .object(JSONObject([("x", .int(1))]))),
        ]))
        #expect(written(value) == #"{"n":null,"b":false,"i":-3,"d":0.5,"s":"hi","a":[1,[],{}],"o":{"x":1}}"#)
    }

    @Test func valueMixesWithManualCalls() {
        let json = text { w in
            w.beginObject(); w.key("v"); w.value(.array([.int(1)])); w.key("w"); w.value(.null); w.endObject()
        }
        #expect(json == #"{"v":[1],"w":null}"#)
    }

    @Test func initReservesCapacity() {
        #expect(JSONWriter(capacity: 1024).bytes.capacity >= 1024)
        #expect(JSONWriter().bytes.isEmpty)
    }
}
