/// Why a request could not be parsed; `status` is the HTTP status to answer with
/// before closing the connection.
public enum HTTPParseError: Error, Equatable, Sendable {
    /// Request line + headers over the cap: 431.
    case headersTooLarge
    /// Content-Length or chunked body over the cap: 413.
    case bodyTooLarge
    /// Anything malformed: 400, with a short reason safe to show the client.
    case badRequest(String)
    /// Transfer-Encoding other than chunked: 501.
    case notImplemented(String)
    /// Not HTTP/1.0 or HTTP/1.1: 505.
    case versionNotSupported

    public var status: Int { fatalError("TODO(wire)") }
    public var reason: String { fatalError("TODO(wire)") }
}

public enum HTTPParseResult: Sendable, Equatable {
    case request(HTTPRequest)
    case needMore
    case error(HTTPParseError)
}

/// An incremental HTTP/1.1 request parser. Bytes go in with `feed` in any
/// split (one byte at a time, several pipelined requests at once); `next()`
/// returns requests in order. Limits are checked before buffering: a
/// Content-Length above `maxBodyBytes` fails at once with `.bodyTooLarge`,
/// and header bytes past `maxHeaderBytes` fail with `.headersTooLarge`
/// without waiting for the end of the head.
/// After an error the parser stays failed (the connection is to be closed).
public struct HTTPRequestParser: Sendable {
    public let maxHeaderBytes: Int
    public let maxBodyBytes: Int
    public let maxHeaderCount: Int

    public init(maxHeaderBytes: Int = 16384, maxBodyBytes: Int = 65536, maxHeaderCount: Int = 100) {
        fatalError("TODO(wire)")
    }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer) { fatalError("TODO(wire)") }
    public mutating func feed(_ bytes: [UInt8]) { fatalError("TODO(wire)") }

    /// The next complete request, `.needMore`, or an error.
    public mutating func next() -> HTTPParseResult { fatalError("TODO(wire)") }

    /// True when a request head with `Expect: 100-continue` has been parsed and
    /// its body has not fully arrived; the caller sends `100 Continue` once and
    /// calls `acknowledgeContinue()`.
    public var wantsContinue: Bool { fatalError("TODO(wire)") }
    public mutating func acknowledgeContinue() { fatalError("TODO(wire)") }

    /// True when some bytes of an unfinished request are buffered (used for the
    /// 10 s request deadline: an idle keep-alive connection has none).
    public var hasPartialRequest: Bool { fatalError("TODO(wire)") }

    /// Bytes received after the last request returned by `next()`, removed from
    /// the parser (after a WebSocket upgrade they belong to the frame decoder).
    public mutating func takeBufferedBytes() -> [UInt8] { fatalError("TODO(wire)") }
}
