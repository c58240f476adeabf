import Testing
@testable import SafeStreamCodec

@Suite struct JSONValueTests {
    @Test func subscriptFindsLastDuplicate() {
        let object = JSONObject([("a", .int(1)), ("b", .bool(true)), ("a", .int(2))])
        #expect(object["a"] == .int(2))
        #expect(object["b"] == .bool(true))
        #expect(object["c"] == nil)
        #expect(JSONObject()["a"] == nil)
    }

    @Test func nullMemberIsPresent() {
        #expect(JSONObject([("a", .null)])["a"] == .null)
    }

    @Test func equalityComparesMembersInOrder() {
        let ab = JSONObject([("a", .int(1)), ("b", .int(2))])
        #expect(ab == JSONObject([("a", .int(1)), ("b", .int(2))]))
        #expect(ab != JSONObject([("b", .int(2)), ("a", .int(1))]))
        #expect(ab != JSONObject([("a", .int(1))]))
        #expect(ab != JSONObject([("a", .int(1)), ("b", .int(3))]))
        #expect(ab != JSONObject([("a", .int(1)), ("c", .int(2))]))
        #expect(JSONObject() == JSONObject())
    }

    @Test func intAndDoubleAreDistinct() {
        #expect(JSONValue.int(1) != JSONValue.double(1))
    }
}
