/// One parsed HTTP/1.1 request. Header names keep their case as sent;
/// `header(_:)` looks them up case-insensitively.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// The request target as sent, e.g. `/ws/alice?channels=lobby`.
    public var target: String
    /// `target` before `?`, percent-decoding NOT applied.
    public var path: Substring { fatalError("TODO(wire)") }
    /// `target` after `?` (empty if none).
    public var query: Substring { fatalError("TODO(wire)") }
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
    public func header(_ name: String) -> String? { fatalError("TODO(wire)") }
    /// HTTP/1.1 defaults to keep-alive unless `Connection: close`;
    /// HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool { fatalError("TODO(wire)") }
    /// True if a comma-separated header (e.g. Connection, Upgrade) contains `token`
    /// (case-insensitive).
    public func headerHasToken(_ name: String, _ token: String) -> Bool { fatalError("TODO(wire)") }
    /// Decoded `key=value&...` pairs of the query (percent-decoding and `+` as space).
    public func queryItems() -> [(name: String, value: String)] { fatalError("TODO(wire)") }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool { fatalError("TODO(wire)") }
}
