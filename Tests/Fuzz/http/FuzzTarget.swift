// libFuzzer entry point for HTTPRequestParser; built by scripts/fuzz.sh
// together with Sources/SafeStreamCodec and Tests/Fuzz/Shared.
//
// Input: one control byte (see FuzzInput; option 0 = tight limits so the
// 431/413/too-many-headers paths are reachable with small inputs), then the
// bytes a client sends.
//
// Invariants, beyond "no trap, no ASan report, no hang":
// - the same bytes give the same requests and the same final error or
//   needMore whether they arrive in one read or cut into pieces;
// - after an error, next() keeps returning that error and feed() is ignored;
// - every request respects the limits and the grammar it was parsed with;
// - accessors agree with each other (path + "?" + query == target, ...);
// - serializing a request again and parsing it gives the same request.

/// What the parser produced: the requests, then how it stopped.
private struct Transcript: Equatable {
    var requests: [HTTPRequest] = []
    var end: HTTPParseResult = .needMore
    var hasPartialRequest = false
}

private func limits(_ input: FuzzInput) -> HTTPRequestParser {
    input.option(0)
        ? HTTPRequestParser(maxHeaderBytes: 96, maxBodyBytes: 48, maxHeaderCount: 3)
        : HTTPRequestParser()
}

/// Calls next() until it needs more bytes or fails.
private func drain(_ parser: inout HTTPRequestParser, into transcript: inout Transcript) {
    while true {
        let result = parser.next()
        switch result {
        case .request(let request):
            transcript.requests.append(request)
        case .needMore:
            transcript.end = .needMore
            return
        case .error:
            transcript.end = result
            return
        }
    }
}

private func run(_ input: FuzzInput, pieces: [Range<Int>]) -> Transcript {
    var parser = limits(input)
    var transcript = Transcript()
    for piece in pieces {
        input.payload.withUnsafeBytes { parser.feed(UnsafeRawBufferPointer(rebasing: $0[piece])) }
        drain(&parser, into: &transcript)
        if case .error = transcript.end { break }
    }
    if case .error(let error) = transcript.end {
        // A failed parser stays failed, whatever else arrives.
        parser.feed(Array("GET / HTTP/1.1\r\n\r\n".utf8))
        require(parser.next() == .error(error), "parser recovered after \(error)")
        require(parser.next() == .error(error), "parser recovered after \(error)")
        require(!parser.hasPartialRequest, "failed parser reports a partial request")
    }
    transcript.hasPartialRequest = parser.hasPartialRequest
    return transcript
}

private func isOWS(_ c: Character) -> Bool { c == " " || c == "\t" }

private func check(_ request: HTTPRequest, parsedBy parser: HTTPRequestParser) {
    require(!request.method.isEmpty, "empty method")
    require(!request.target.isEmpty, "empty target")
    require(request.target.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }, "target with non-visible bytes")
    require(request.versionMinor == 0 || request.versionMinor == 1, "version 1.\(request.versionMinor)")
    require(request.headers.count <= parser.maxHeaderCount, "\(request.headers.count) headers")
    require(request.body.count <= parser.maxBodyBytes, "body of \(request.body.count) bytes")

    let path = request.path, query = request.query
    if request.target.contains("?") {
        require(path + "?" + query == request.target, "path/query do not rebuild the target")
    } else {
        require(path == request.target[...] && query.isEmpty, "query without '?'")
    }
    let pairs = query.utf8.split(separator: UInt8(ascii: "&")).count
    require(request.queryItems().count == pairs, "queryItems count")

    for field in request.headers {
        guard let value = request.header(field.name) else { fatalError("header(\(field.name)) is nil") }
        require(value.first.map { !isOWS($0) } ?? true, "header value starts with OWS")
        require(value.last.map { !isOWS($0) } ?? true, "header value ends with OWS")
        require(request.header(field.name.uppercased()) == value, "header lookup is case-sensitive")
    }
    let close = request.headerHasToken("Connection", "close")
    let keepAliveToken = request.headerHasToken("connection", "Keep-Alive")
    _ = request.headerHasToken("Upgrade", "websocket")
    _ = request.headerHasToken("Connection", "upgrade")
    _ = request.header("Sec-WebSocket-Key")
    require(request.keepAlive == (!close && (request.versionMinor == 1 || keepAliveToken)), "keepAlive")
}

/// The request written out again: request line, every field as parsed,
/// and the body framed the way its headers say (one chunk when chunked).
private func serialize(_ request: HTTPRequest) -> [UInt8] {
    var out = Array("\(request.method) \(request.target) HTTP/1.\(request.versionMinor)\r\n".utf8)
    for field in request.headers { out += Array("\(field.name): \(field.value)\r\n".utf8) }
    out += Array("\r\n".utf8)
    if request.header("Transfer-Encoding") != nil {
        if !request.body.isEmpty {
            out += Array(String(request.body.count, radix: 16).utf8) + [13, 10] + request.body + [13, 10]
        }
        out += Array("0\r\n\r\n".utf8)
    } else {
        out += request.body
    }
    return out
}

private func checkReparse(_ request: HTTPRequest, parsedBy parser: HTTPRequestParser) {
    // Generous head limits: CRLF and ": " may make the head longer than sent.
    var again = HTTPRequestParser(maxHeaderBytes: 1 << 20, maxBodyBytes: parser.maxBodyBytes,
                                  maxHeaderCount: parser.maxHeaderCount)
    again.feed(serialize(request))
    let result = again.next()
    require(result == .request(request), "re-serialized request parses as \(result)")
    require(again.next() == .needMore, "bytes left after the re-serialized request")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let split = run(input, pieces: input.pieces)
    let whole = run(input, pieces: input.payload.isEmpty ? [] : [0..<input.payload.count])
    require(split == whole, "split-dependent parse:\n  split \(split)\n  whole \(whole)")
    let parser = limits(input)
    for request in whole.requests {
        check(request, parsedBy: parser)
        checkReparse(request, parsedBy: parser)
    }
    return 0
}
