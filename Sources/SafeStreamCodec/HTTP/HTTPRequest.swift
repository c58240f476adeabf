/// One parsed HTTP/1.1 request. Header names keep their case as sent;
/// `header(_:)` looks them up case-insensitively.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// The request target as sent, e.g. `/ws/alice?channels=lobby`.
    public var target: String
    /// `target` before `?`, percent-decoding NOT applied.
    public var path: Substring {
        guard let mark = target.firstIndex(of: "?") else { return target[...] }
        return target[..<mark]
    }
    /// `target` after `?` (empty if none).
    public var query: Substring {
        guard let mark = target.firstIndex(of: "?") else { return target[target.endIndex...] }
        return target[target.index(after: mark)...]
    }
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    public var versionMinor: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, target: String, versionMinor: Int,
                headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method; self.target = target; self.versionMinor = versionMinor
        self.headers = headers; self.body = body
    }

    /// First header with this name (ASCII case-insensitive), value trimmed of OWS.
    public func header(_ name: String) -> String? {
        for field in headers where HTTPSyntax.equalsIgnoringASCIICase(field.name, name) {
            return String(HTTPSyntax.trimmingOWS(field.value[...]))
        }
        return nil
    }

    /// HTTP/1.1 defaults to keep-alive unless `Connection: close`;
    /// HTTP/1.0 only with `Connection: keep-alive`.
    /// (RFC 9112 §9.3; `close` wins if a client sends both.)
    public var keepAlive: Bool {
        if headerHasToken("Connection", "close") { return false }
        return versionMinor >= 1 || headerHasToken("Connection", "keep-alive")
    }

    /// True if a comma-separated header (e.g. Connection, Upgrade) contains `token`
    /// (case-insensitive). Every field with that name is searched, as RFC 9110
    /// §5.3 makes repeated fields equivalent to one comma-joined field.
    public func headerHasToken(_ name: String, _ token: String) -> Bool {
        for field in headers where HTTPSyntax.equalsIgnoringASCIICase(field.name, name) {
            for element in field.value.split(separator: ",", omittingEmptySubsequences: true)
            where HTTPSyntax.equalsIgnoringASCIICase(HTTPSyntax.trimmingOWS(element), token[...]) {
                return true
            }
        }
        return false
    }

    /// Decoded `key=value&...` pairs of the query (percent-decoding and `+` as space).
    /// Empty pairs (`a=1&&b=2`) are skipped; a pair without `=` has an empty
    /// value; a `%` not followed by two hex digits is kept literally; bytes
    /// that decode to invalid UTF-8 become U+FFFD.
    public func queryItems() -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        for pair in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let equals = pair.firstIndex(of: UInt8(ascii: "=")) {
                items.append((HTTPSyntax.formDecode(pair[..<equals]),
                              HTTPSyntax.formDecode(pair[pair.index(after: equals)...])))
            } else {
                items.append((HTTPSyntax.formDecode(pair), ""))
            }
        }
        return items
    }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        guard a.method == b.method, a.target == b.target, a.versionMinor == b.versionMinor,
              a.body == b.body, a.headers.count == b.headers.count else { return false }
        for (x, y) in zip(a.headers, b.headers) where x.name != y.name || x.value != y.value {
            return false
        }
        return true
    }
}
