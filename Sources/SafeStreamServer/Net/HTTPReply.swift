import SafeStreamCodec

/// A response before serialization. Every API answer is JSON; errors are
/// `{"error":{"code":"…","message":"…"}}` (SPEC §3).
struct HTTPReply {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    static func json(_ status: Int, _ body: [UInt8], headers: [(String, String)] = []) -> HTTPReply {
        HTTPReply(status: status, headers: [("Content-Type", "application/json")] + headers, body: body)
    }

    static func error(status: Int, code: String, message: String, headers: [(String, String)] = []) -> HTTPReply {
        var w = JSONWriter(capacity: 96)
        w.beginObject()
        w.key("error")
        w.beginObject()
        w.key("code"); w.string(code)
        w.key("message"); w.string(message)
        w.endObject()
        w.endObject()
        return json(status, w.bytes, headers: headers)
    }

    static func code(for status: Int) -> String {
        switch status {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 408: "request_timeout"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "unprocessable_entity"
        case 426: "upgrade_required"
        case 429: "too_many_requests"
        case 431: "headers_too_large"
        case 501: "not_implemented"
        case 503: "unavailable"
        case 505: "http_version_not_supported"
        default: "error"
        }
    }
}
