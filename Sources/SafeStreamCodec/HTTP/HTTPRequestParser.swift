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

    public var status: Int {
        switch self {
        case .headersTooLarge: return 431
        case .bodyTooLarge: return 413
        case .badRequest: return 400
        case .notImplemented: return 501
        case .versionNotSupported: return 505
        }
    }

    public var reason: String {
        switch self {
        case .headersTooLarge: return "request headers too large"
        case .bodyTooLarge: return "request body too large"
        case .badRequest(let reason): return reason
        case .notImplemented(let reason): return reason
        case .versionNotSupported: return "HTTP version not supported"
        }
    }
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
///
/// The buffer is consumed by index and compacted only when the consumed
/// prefix dominates, so pipelined requests cost no quadratic shifting; the
/// search for the end of the head resumes where the previous feed left it,
/// so a head trickled in byte by byte is scanned once. The buffer is
/// released whenever it is drained: an idle keep-alive connection holds no
/// heap memory.
public struct HTTPRequestParser: Sendable {
    public let maxHeaderBytes: Int
    public let maxBodyBytes: Int
    public let maxHeaderCount: Int

    private enum State: Sendable {
        /// Waiting for a complete request head.
        case head
        /// Head parsed, body being received: `Content-Length` bytes, or
        /// chunks through `chunkDecoder`.
        case body(HTTPRequestHead, contentLength: Int?, expectsContinue: Bool)
        case failed(HTTPParseError)
    }

    private var buffer: [UInt8] = []
    /// First byte not yet consumed.
    private var start = 0
    /// Bytes before this index have been searched for the end of the head.
    private var headScan = 0
    private var state: State = .head
    private var continueAcknowledged = false
    /// Kept outside `state` so the body it accumulates is appended to in
    /// place, never copied on write.
    private var chunkDecoder: ChunkedBodyDecoder?

    public init(maxHeaderBytes: Int = 16384, maxBodyBytes: Int = 65536, maxHeaderCount: Int = 100) {
        self.maxHeaderBytes = max(0, maxHeaderBytes)
        self.maxBodyBytes = max(0, maxBodyBytes)
        self.maxHeaderCount = max(0, maxHeaderCount)
    }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if case .failed = state { return }
        if buffer.isEmpty { buffer = Array(bytes) } else { buffer.append(contentsOf: bytes) }
    }

    public mutating func feed(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if case .failed = state { return }
        if buffer.isEmpty { buffer = bytes } else { buffer.append(contentsOf: bytes) }
    }

    /// The next complete request, `.needMore`, or an error.
    public mutating func next() -> HTTPParseResult {
        let result: HTTPParseResult
        do {
            result = try step()
        } catch {
            state = .failed(error)
            chunkDecoder = nil
            buffer = []
            start = 0
            headScan = 0
            return .error(error)
        }
        compact()
        return result
    }

    /// True when a request head with `Expect: 100-continue` has been parsed and
    /// its body has not fully arrived; the caller sends `100 Continue` once and
    /// calls `acknowledgeContinue()`.
    public var wantsContinue: Bool {
        if case .body(_, _, expectsContinue: true) = state { return !continueAcknowledged }
        return false
    }

    public mutating func acknowledgeContinue() { continueAcknowledged = true }

    /// True when some bytes of an unfinished request are buffered (used for the
    /// 10 s request deadline: an idle keep-alive connection has none).
    public var hasPartialRequest: Bool {
        switch state {
        case .body: return true
        case .head: return start < buffer.count
        case .failed: return false
        }
    }

    /// Bytes received after the last request returned by `next()`, removed from
    /// the parser (after a WebSocket upgrade they belong to the frame decoder).
    /// Any half-parsed request is abandoned with them.
    public mutating func takeBufferedBytes() -> [UInt8] {
        let rest = start == 0 ? buffer : Array(buffer[start...])
        buffer = []
        start = 0
        headScan = 0
        if case .body = state { state = .head }
        chunkDecoder = nil
        return rest
    }

    // MARK: - Parsing

    private mutating func step() throws(HTTPParseError) -> HTTPParseResult {
        switch state {
        case .failed(let error):
            throw error
        case .head:
            guard let head = try parseHead() else { return .needMore }
            let framing = try HTTPBodyFraming.decide(head.headers, maxBodyBytes: maxBodyBytes)
            // RFC 9110 §10.1.1: a server MUST ignore 100-continue from HTTP/1.0.
            let expectsContinue = framing != .none && head.versionMinor >= 1
                && HTTPRequest(method: "", target: "", versionMinor: 1, headers: head.headers, body: [])
                    .headerHasToken("Expect", "100-continue")
            continueAcknowledged = false
            switch framing {
            case .none:
                return .request(finish(head, body: []))
            case .length(let length):
                state = .body(head, contentLength: length, expectsContinue: expectsContinue)
            case .chunked:
                chunkDecoder = ChunkedBodyDecoder(maxBodyBytes: maxBodyBytes, maxTrailerBytes: maxHeaderBytes,
                                                  maxTrailerCount: maxHeaderCount)
                state = .body(head, contentLength: nil, expectsContinue: expectsContinue)
            }
            return try readBody()
        case .body:
            return try readBody()
        }
    }

    /// Finds and parses the next request head; nil if it is not complete.
    private mutating func parseHead() throws(HTTPParseError) -> HTTPRequestHead? {
        skipEmptyLines()
        guard let end = findEndOfHead() else {
            // The whole buffer is head so far: fail as soon as it passes the
            // cap rather than buffering until CRLFCRLF (§9: 431).
            if buffer.count &- start > maxHeaderBytes { throw .headersTooLarge }
            return nil
        }
        if end &- start > maxHeaderBytes { throw .headersTooLarge }
        let head = try HTTPHeadParser.parse(buffer[start..<end], maxHeaderCount: maxHeaderCount)
        start = end
        headScan = end
        return head
    }

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line before
    /// the request line (some clients send CRLF after a POST body).
    private mutating func skipEmptyLines() {
        while start < buffer.count {
            if buffer[start] == HTTPSyntax.lf {
                start &+= 1
            } else if buffer[start] == HTTPSyntax.cr, start &+ 1 < buffer.count, buffer[start &+ 1] == HTTPSyntax.lf {
                start &+= 2
            } else {
                break
            }
        }
        if headScan < start { headScan = start }
    }

    /// Index just past the empty line that ends the head, resuming the
    /// search where the last call stopped. A line feed ends the head when
    /// the line it ends is empty: "\n\n", "\n\r\n".
    private mutating func findEndOfHead() -> Int? {
        var index = headScan
        while index < buffer.count {
            if buffer[index] == HTTPSyntax.lf {
                if index &- 1 >= start, buffer[index &- 1] == HTTPSyntax.lf { return index &+ 1 }
                if index &- 2 >= start, buffer[index &- 1] == HTTPSyntax.cr, buffer[index &- 2] == HTTPSyntax.lf {
                    return index &+ 1
                }
            }
            index &+= 1
        }
        headScan = index
        return nil
    }

    private mutating func readBody() throws(HTTPParseError) -> HTTPParseResult {
        guard case .body(let head, let contentLength, _) = state else { return .needMore }
        if let length = contentLength {
            guard buffer.count &- start >= length else { return .needMore }
            let bytes = Array(buffer[start..<(start &+ length)])
            start &+= length
            return .request(finish(head, body: bytes))
        }
        guard let (consumed, outcome) = chunkDecoder?.decode(buffer, from: start) else {
            return .needMore
        }
        start &+= consumed
        switch outcome {
        case .failed(let error):
            throw error
        case .needMore:
            return .needMore
        case .done:
            let body = chunkDecoder?.body ?? []
            chunkDecoder = nil
            return .request(finish(head, body: body))
        }
    }

    private mutating func finish(_ head: HTTPRequestHead, body: [UInt8]) -> HTTPRequest {
        state = .head
        headScan = start
        continueAcknowledged = false
        return HTTPRequest(method: head.method, target: head.target, versionMinor: head.versionMinor,
                           headers: head.headers, body: body)
    }

    /// Releases a drained buffer; drops the consumed prefix once it is the
    /// larger part, so shifting stays linear overall.
    private mutating func compact() {
        if start == buffer.count {
            buffer = []
            start = 0
            headScan = 0
        } else if start > 4096, start > buffer.count &- start {
            buffer.removeSubrange(0..<start)
            headScan &-= start
            start = 0
        }
    }
}
