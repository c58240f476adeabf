/// The request line and header fields of one request, before its body.
struct HTTPRequestHead: Sendable, Equatable {
    var method: String
    var target: String
    var versionMinor: Int
    var headers: [(name: String, value: String)]

    static func == (a: HTTPRequestHead, b: HTTPRequestHead) -> Bool {
        HTTPRequest(method: a.method, target: a.target, versionMinor: a.versionMinor, headers: a.headers, body: [])
            == HTTPRequest(method: b.method, target: b.target, versionMinor: b.versionMinor, headers: b.headers, body: [])
    }
}

/// Parses a complete request head (RFC 9112 §2-§5): the bytes from the
/// request line through the empty line that ends the fields. Pure; the
/// caller has already found the end of the head and applied the size cap.
enum HTTPHeadParser {
    static func parse(_ head: ArraySlice<UInt8>, maxHeaderCount: Int) throws(HTTPParseError) -> HTTPRequestHead {
        var lines = LineIterator(head)
        guard let requestLine = try lines.next() else { throw .badRequest("missing request line") }
        var result = try parseRequestLine(requestLine)
        while let line = try lines.next() {
            if line.isEmpty { break } // the empty line ending the head
            guard result.headers.count < maxHeaderCount else { throw .headersTooLarge }
            let (name, value) = try parseFieldLine(line)
            result.headers.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
        }
        return result
    }

    /// RFC 9112 §3: method SP request-target SP HTTP-version, single spaces.
    static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPRequestHead {
        guard let firstSpace = line.firstIndex(of: HTTPSyntax.space),
              let lastSpace = line.lastIndex(of: HTTPSyntax.space), firstSpace < lastSpace else {
            throw .badRequest("malformed request line")
        }
        let method = line[..<firstSpace]
        let target = line[(firstSpace + 1)..<lastSpace]
        let version = line[(lastSpace + 1)...]
        guard HTTPSyntax.isToken(method) else { throw .badRequest("invalid method") }
        // The target is visible ASCII (RFC 3986 §2; RFC 9112 §3.2): a space
        // inside it means the line had more than two separators.
        guard !target.isEmpty else { throw .badRequest("invalid request target") }
        for byte in target where byte <= 0x20 || byte >= 0x7F { throw .badRequest("invalid request target") }
        return HTTPRequestHead(method: String(decoding: method, as: UTF8.self),
                               target: String(decoding: target, as: UTF8.self),
                               versionMinor: try parseVersion(version), headers: [])
    }

    /// RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT. Well-formed
    /// but unsupported versions get 505, anything else 400.
    static func parseVersion(_ version: ArraySlice<UInt8>) throws(HTTPParseError) -> Int {
        let i = version.startIndex
        guard version.count == 8, version[i] == UInt8(ascii: "H"), version[i + 1] == UInt8(ascii: "T"),
              version[i + 2] == UInt8(ascii: "T"), version[i + 3] == UInt8(ascii: "P"),
              version[i + 4] == UInt8(ascii: "/"), version[i + 6] == UInt8(ascii: "."),
              isDigit(version[i + 5]), isDigit(version[i + 7]) else {
            throw .badRequest("malformed HTTP version")
        }
        let major = version[i + 5], minor = version[i + 7]
        guard major == UInt8(ascii: "1"), minor <= UInt8(ascii: "1") else { throw .versionNotSupported }
        return Int(minor &- UInt8(ascii: "0"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// RFC 9112 §5: field-name ":" OWS field-value OWS. Returns the name and
    /// the trimmed value. Used for trailer fields too.
    static func parseFieldLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        guard let first = line.first else { throw .badRequest("empty header line") }
        // RFC 9112 §5.2: obs-fold is rejected with 400 outside message/http.
        if HTTPSyntax.isOWS(first) { throw .badRequest("obsolete line folding") }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon) else { throw .badRequest("header without colon") }
        let name = line[..<colon]
        // RFC 9112 §5.1: whitespace between name and colon MUST get a 400
        // (it was a request-smuggling vector).
        if let last = name.last, HTTPSyntax.isOWS(last) { throw .badRequest("whitespace before colon") }
        guard HTTPSyntax.isToken(name) else { throw .badRequest("invalid header name") }
        let value = HTTPSyntax.trimmingOWS(line[(colon + 1)...])
        guard HTTPSyntax.isFieldValue(value) else { throw .badRequest("invalid header value") }
        return (name, value)
    }
}

/// Splits bytes into lines ending in CRLF or a bare LF (RFC 9112 §2.2
/// allows a recipient to accept LF alone). A CR anywhere else is an error:
/// §2.2 says a bare CR must be rejected or replaced, and rejecting closes a
/// smuggling vector.
struct LineIterator {
    private var rest: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { rest = bytes }

    /// The next line without its terminator; nil at the end. Bytes after
    /// the last LF are returned as a final line.
    mutating func next() throws(HTTPParseError) -> ArraySlice<UInt8>? {
        guard !rest.isEmpty else { return nil }
        let end = rest.firstIndex(of: HTTPSyntax.lf) ?? rest.endIndex
        var line = rest[..<end]
        rest = end == rest.endIndex ? rest[end...] : rest[(end + 1)...]
        if line.last == HTTPSyntax.cr { line = line.dropLast() }
        for byte in line where byte == HTTPSyntax.cr { throw .badRequest("bare CR") }
        return line
    }
}
