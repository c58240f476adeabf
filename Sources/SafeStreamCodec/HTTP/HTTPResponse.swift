/// Serializes HTTP/1.1 responses.
public enum HTTPResponse {
    /// The standard reason phrase ("OK", "Not Found", "Request Header Fields Too Large", …).
    /// RFC 9110 §15; unknown codes get their class's name.
    public static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 101: return "Switching Protocols"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 415: return "Unsupported Media Type"
        case 417: return "Expectation Failed"
        case 422: return "Unprocessable Content"
        case 426: return "Upgrade Required"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 505: return "HTTP Version Not Supported"
        case 100..<200: return "Informational"
        case 200..<300: return "Success"
        case 300..<400: return "Redirection"
        case 400..<500: return "Client Error"
        case 500..<600: return "Server Error"
        default: return "Unknown"
        }
    }

    /// `HTTP/1.1 <status> <reason>\r\n`, the given headers, `Content-Length`,
    /// `Connection: close` when `keepAlive` is false (keep-alive otherwise),
    /// a blank line, then `body`.
    ///
    /// Headers the caller already set (`Content-Length`, `Connection`, e.g.
    /// `Connection: Upgrade` on a 101) are not repeated. 1xx, 204 and 304
    /// carry no body and no Content-Length (RFC 9110 §8.6), and 1xx no
    /// Connection header either. CR and LF in names or values are replaced
    /// by spaces so a header can never smuggle in a second one.
    public static func serialize(status: Int, headers: [(String, String)] = [],
                                 body: [UInt8] = [], keepAlive: Bool = true) -> [UInt8] {
        let informational = (100..<200).contains(status)
        let bodyless = informational || status == 204 || status == 304
        var out: [UInt8] = []
        out.reserveCapacity(96 &+ headers.count &* 40 &+ (bodyless ? 0 : body.count))
        out.append(contentsOf: "HTTP/1.1 \(status) \(reasonPhrase(status))\r\n".utf8)
        var hasLength = false
        var hasConnection = false
        for (name, value) in headers {
            if HTTPSyntax.equalsIgnoringASCIICase(name, "Content-Length") { hasLength = true }
            if HTTPSyntax.equalsIgnoringASCIICase(name, "Connection") { hasConnection = true }
            appendSanitized(name, to: &out)
            out.append(HTTPSyntax.colon)
            out.append(HTTPSyntax.space)
            appendSanitized(value, to: &out)
            out.append(HTTPSyntax.cr)
            out.append(HTTPSyntax.lf)
        }
        if !bodyless, !hasLength {
            out.append(contentsOf: "Content-Length: \(body.count)\r\n".utf8)
        }
        if !informational, !hasConnection {
            out.append(contentsOf: (keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n").utf8)
        }
        out.append(HTTPSyntax.cr)
        out.append(HTTPSyntax.lf)
        if !bodyless { out.append(contentsOf: body) }
        return out
    }

    private static func appendSanitized(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            out.append(byte == HTTPSyntax.cr || byte == HTTPSyntax.lf ? HTTPSyntax.space : byte)
        }
    }
}
