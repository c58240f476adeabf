import Testing
@testable import SafeStreamCodec


private enum Outcome: Equatable {
    case request(HTTPRequest)
    case error(HTTPParseError)
}

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Feeds the chunks in order, draining `next()` after each; stops at the
/// first error.
private func parse(_ chunks: [[UInt8]], _ make: () -> HTTPRequestParser = { HTTPRequestParser() }) -> [Outcome] {
    var parser = make()
    var out: [Outcome] = []
    for chunk in chunks {
        parser.feed(chunk)
        loop: while true {
            switch parser.next() {
            case .request(let request): out.append(.request(request))
            case .needMore: break loop
            case .error(let error): out.append(.error(error)); return out
            }
        }
    }
    return out
}

/// Whole, byte by byte and 20 random splits must agree.
private func parseAllSplits(_ input: [UInt8], seed: UInt64 = 1,
                            _ make: () -> HTTPRequestParser = { HTTPRequestParser() },
                            sourceLocation: SourceLocation = #_sourceLocation) -> [Outcome] {
    let whole = parse([input], make)
    #expect(parse(input.map { [$0] }, make) == whole, "byte by byte", sourceLocation: sourceLocation)
    var rng = SplitMix64(state: seed)
    for _ in 0..<20 {
        var chunks: [[UInt8]] = []
        var rest = input[...]
        while !rest.isEmpty {
            let n = Int.random(in: 1...min(rest.count, 64), using: &rng)
            chunks.append(Array(rest.prefix(n)))
            rest = rest.dropFirst(n)
        }
        #expect(parse(chunks, make) == whole, "random split", sourceLocation: sourceLocation)
    }
    return whole
}

private func firstError(_ text: String, _ make: () -> HTTPRequestParser = { HTTPRequestParser() }) -> HTTPParseError? {
    for case .error(let error) in parseAllSplits(bytes(text), make) { return error }
    return nil
}

@Suite struct HTTPRequestParserTests {
    @Test func simpleGet() {
        let out = parseAllSplits(bytes("GET /ws/alice?channels=lobby HTTP/1.1\r\nHost: localhost:8000\r\nUpgrade: websocket\r\n\r\n"))
        #expect(out == [.request(HTTPRequest(method: "GET", target: "/ws/alice?channels=lobby", versionMinor: 1,
                                             headers: [("Host", "localhost:8000"), ("Upgrade", "websocket")], body: []))])
    }

    @Test func headerValuesTrimmedAndEmptyValuesKept() {
        let out = parse([bytes("GET / HTTP/1.0\r\nA:   x y \t\r\nB:\r\nC:z\r\n\r\n")])
        #expect(out == [.request(HTTPRequest(method: "GET", target: "/", versionMinor: 0,
                                             headers: [("A", "x y"), ("B", ""), ("C", "z")], body: []))])
    }

    @Test func pipelinedRequestsInOrder() {
        let input = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
            + "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
            + "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;name=value\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n"
            + "\r\n" // a stray CRLF between requests is ignored (RFC 9112 §2.2)
            + "GET /d HTTP/1.0\r\n\r\n"
        let out = parseAllSplits(bytes(input), seed: 5)
        #expect(out.count == 4)
        #expect(out.map { if case .request(let r) = $0 { return r.target } else { return "" } } == ["/a", "/b", "/c", "/d"])
        if case .request(let b) = out[1] { #expect(b.body == bytes("hello")) }
        if case .request(let c) = out[2] { #expect(c.body == bytes("abcde")) }

        // Three in one feed, each returned by its own next().
        var parser = HTTPRequestParser()
        parser.feed(bytes(String(repeating: "GET /x HTTP/1.1\r\n\r\n", count: 3)))
        for _ in 0..<3 {
            guard case .request(let request) = parser.next() else { Issue.record("expected a request"); return }
            #expect(request.target == "/x")
        }
        #expect(parser.next() == .needMore)
        #expect(!parser.hasPartialRequest)
    }

    @Test func manyPipelinedRequestsInOneFeed() {
        var input: [UInt8] = []
        for i in 0..<2000 { input += bytes("POST /\(i) HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc") }
        let out = parse([input])
        #expect(out.count == 2000)
        #expect(out.last == .request(HTTPRequest(method: "POST", target: "/1999", versionMinor: 1,
                                                 headers: [("Content-Length", "3")], body: bytes("abc"))))
    }

    @Test func bareLineFeedsAccepted() {
        let out = parseAllSplits(bytes("POST /p HTTP/1.1\nHost: h\nContent-Length: 2\n\nokGET /q HTTP/1.1\n\n"))
        #expect(out == [
            .request(HTTPRequest(method: "POST", target: "/p", versionMinor: 1,
                                 headers: [("Host", "h"), ("Content-Length", "2")], body: bytes("ok"))),
            .request(HTTPRequest(method: "GET", target: "/q", versionMinor: 1, headers: [], body: [])),
        ])
    }

    // MARK: Bodies

    @Test func chunkedBodyWithExtensionsAndTrailers() {
        let input = "POST /c HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
            + "5 ; ext=\"quoted; value\"\r\nhello\r\n"
            + "A\r\n0123456789\r\n"
            + "0;last\r\nExpires: never\r\nX-Checksum: abc\r\n\r\n"
        let out = parseAllSplits(bytes(input))
        #expect(out == [.request(HTTPRequest(method: "POST", target: "/c", versionMinor: 1,
                                             headers: [("Transfer-Encoding", "Chunked")],
                                             body: bytes("hello0123456789")))])
    }

    @Test func chunkedErrors() {
        let head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(firstError(head + "zz\r\n") == .badRequest("invalid chunk size"))
        #expect(firstError(head + "3\r\nabcX\r\n") == .badRequest("missing CRLF after chunk"))
        #expect(firstError(head + "3 x\r\nabc\r\n") == .badRequest("invalid chunk extension"))
        #expect(firstError(head + "0\r\nbad trailer\r\n\r\n") == .badRequest("header without colon"))
        // A size over the cap fails from the size line, before any data.
        #expect(firstError(head + "10001\r\n") == .bodyTooLarge)
        #expect(firstError(head + "FFFFFFFFFFFFFFFFFFFFFFFF\r\n") == .bodyTooLarge)
        // ...and so does the sum of chunks.
        let small = { HTTPRequestParser(maxBodyBytes: 10) }
        #expect(firstError(head + "6\r\nabcdef\r\n5\r\n", small) == .bodyTooLarge)
        #expect(parse([bytes(head + "6\r\nabcdef\r\n4\r\nabcd\r\n0\r\n\r\n")], small).count == 1)
    }

    @Test func contentLengthRules() {
        #expect(firstError("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
                == .badRequest("both Content-Length and Transfer-Encoding"))
        #expect(firstError("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
                == .badRequest("conflicting Content-Length"))
        #expect(firstError("POST / HTTP/1.1\r\nContent-Length: 5, 6\r\n\r\n") == .badRequest("conflicting Content-Length"))
        for bad in ["abc", "-1", "+5", "", "5 5", "0x10", "1.0"] {
            #expect(firstError("POST / HTTP/1.1\r\nContent-Length: \(bad)\r\n\r\n") == .badRequest("invalid Content-Length"), "\(bad)")
        }
        // Identical repeats are one length (RFC 9110 §8.6).
        let same = parse([bytes("POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 02, 2\r\n\r\nok")])
        if case .request(let request)? = same.first { #expect(request.body == bytes("ok")) } else { Issue.record("\(same)") }
    }

    /// §9: 413 from the header alone, before any body byte.
    @Test func contentLengthOverCapFailsFromHeader() {
        var parser = HTTPRequestParser()
        parser.feed(bytes("POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n"))
        #expect(parser.next() == .error(.bodyTooLarge))
        #expect(firstError("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\n") == .bodyTooLarge)
        var atCap = HTTPRequestParser()
        atCap.feed(bytes("POST / HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") + [UInt8](repeating: 1, count: 65536))
        guard case .request(let request) = atCap.next() else { Issue.record("at cap"); return }
        #expect(request.body.count == 65536)
    }

    @Test func transferCodingsOtherThanChunked() {
        #expect(firstError("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") == .notImplemented("unsupported transfer coding"))
        #expect(firstError("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")?.status == 501)
        #expect(firstError("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")?.status == 501)
    }

    // MARK: Head limits

    @Test func headersTooLargeWithoutWaitingForTheEnd() {
        var parser = HTTPRequestParser(maxHeaderBytes: 100)
        parser.feed(bytes("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 80)))
        #expect(parser.next() == .needMore)
        parser.feed(bytes(String(repeating: "a", count: 20)))
        #expect(parser.next() == .error(.headersTooLarge))

        // Default cap 16 KiB: one byte over, no CRLFCRLF in sight.
        var big = HTTPRequestParser()
        big.feed(bytes("GET / HTTP/1.1\r\nX: ") + [UInt8](repeating: 0x61, count: 16384))
        #expect(big.next() == .error(.headersTooLarge))
    }

    @Test func headAtTheCapAccepted() {
        let prefix = "GET / HTTP/1.1\r\nX: "
        let filler = String(repeating: "a", count: 100 - prefix.utf8.count - 4)
        let exact = prefix + filler + "\r\n\r\n"
        #expect(exact.utf8.count == 100)
        #expect(parse([bytes(exact)], { HTTPRequestParser(maxHeaderBytes: 100) }).count == 1)
        #expect(firstError(prefix + filler + "a\r\n\r\n", { HTTPRequestParser(maxHeaderBytes: 100) }) == .headersTooLarge)
    }

    @Test func tooManyHeaders() {
        let fields = (0..<5).map { "H\($0): v\r\n" }.joined()
        #expect(parse([bytes("GET / HTTP/1.1\r\n" + fields + "\r\n")], { HTTPRequestParser(maxHeaderCount: 5) }).count == 1)
        #expect(firstError("GET / HTTP/1.1\r\n" + fields + "H5: v\r\n\r\n", { HTTPRequestParser(maxHeaderCount: 5) })
                == .headersTooLarge)
    }

    // MARK: Syntax

    @Test func malformedHeads() {
        #expect(firstError("GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n") == .badRequest("obsolete line folding"))
        #expect(firstError("GET / HTTP/1.1\r\nHost : h\r\n\r\n") == .badRequest("whitespace before colon"))
        #expect(firstError("GET / HTTP/1.1\r\nBad(Name): h\r\n\r\n") == .badRequest("invalid header name"))
        #expect(firstError("GET / HTTP/1.1\r\n: h\r\n\r\n") == .badRequest("invalid header name"))
        #expect(firstError("GET / HTTP/1.1\r\nNoColon\r\n\r\n") == .badRequest("header without colon"))
        #expect(firstError("GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n") == .badRequest("invalid header value"))
        #expect(firstError("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") == .badRequest("bare CR"))
        #expect(firstError("G(T / HTTP/1.1\r\n\r\n") == .badRequest("invalid method"))
        #expect(firstError(" GET / HTTP/1.1\r\n\r\n") == .badRequest("invalid method"))
        #expect(firstError("GET  / HTTP/1.1\r\n\r\n") == .badRequest("invalid request target"))
        #expect(firstError("GET /a b HTTP/1.1\r\n\r\n") == .badRequest("invalid request target"))
        #expect(firstError("GET / HTTP/1.1 \r\n\r\n")?.status == 400)
        #expect(firstError("GET /\r\n\r\n") == .badRequest("malformed request line"))
        #expect(firstError("GET / http/1.1\r\n\r\n") == .badRequest("malformed HTTP version"))
        #expect(firstError("GET / HTTP/1\r\n\r\n") == .badRequest("malformed HTTP version"))
    }

    @Test func unsupportedVersions() {
        #expect(firstError("GET / HTTP/2.0\r\n\r\n") == .versionNotSupported)
        #expect(firstError("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") == .versionNotSupported)
        #expect(firstError("GET / HTTP/1.2\r\n\r\n") == .versionNotSupported)
        #expect(firstError("GET / HTTP/0.9\r\n\r\n") == .versionNotSupported)
        #expect(HTTPParseError.versionNotSupported.status == 505)
    }

    @Test func errorStatusesAndStickiness() {
        #expect(HTTPParseError.headersTooLarge.status == 431)
        #expect(HTTPParseError.bodyTooLarge.status == 413)
        #expect(HTTPParseError.badRequest("x").status == 400)
        #expect(HTTPParseError.badRequest("x").reason == "x")
        #expect(HTTPParseError.notImplemented("y").status == 501)
        #expect(!HTTPParseError.headersTooLarge.reason.isEmpty)

        var parser = HTTPRequestParser()
        parser.feed(bytes("GET / HTTP/3.0\r\n\r\n"))
        #expect(parser.next() == .error(.versionNotSupported))
        parser.feed(bytes("GET / HTTP/1.1\r\n\r\n"))
        #expect(parser.next() == .error(.versionNotSupported))
        #expect(!parser.hasPartialRequest)
    }

    // MARK: Connection-level behaviour

    @Test func expectContinue() {
        var parser = HTTPRequestParser()
        parser.feed(bytes("POST /api/gift HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n"))
        #expect(parser.next() == .needMore)
        #expect(parser.wantsContinue)
        #expect(parser.hasPartialRequest)
        parser.acknowledgeContinue()
        #expect(!parser.wantsContinue)
        parser.feed(bytes("body"))
        guard case .request(let request) = parser.next() else { Issue.record("no request"); return }
        #expect(request.body == bytes("body"))
        #expect(!parser.wantsContinue)

        // The next request asks again.
        parser.feed(bytes("POST / HTTP/1.1\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n"))
        #expect(parser.next() == .needMore)
        #expect(parser.wantsContinue)

        // Body already here: no 100 needed. HTTP/1.0 and bodiless requests: ignored.
        for text in ["POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx",
                     "POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n",
                     "GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n"] {
            var other = HTTPRequestParser()
            other.feed(bytes(text))
            _ = other.next()
            #expect(!other.wantsContinue, "\(text)")
        }
    }

    @Test func partialRequestTracking() {
        var parser = HTTPRequestParser()
        #expect(!parser.hasPartialRequest)
        parser.feed(bytes("GE"))
        #expect(parser.next() == .needMore)
        #expect(parser.hasPartialRequest)
        parser.feed(bytes("T / HTTP/1.1\r\nContent-Length: 3\r\n\r\nab"))
        #expect(parser.next() == .needMore)
        #expect(parser.hasPartialRequest)
        parser.feed(bytes("c"))
        guard case .request = parser.next() else { Issue.record("no request"); return }
        #expect(!parser.hasPartialRequest)
        #expect(parser.next() == .needMore)
    }

    /// After an Upgrade request the rest of the read is WebSocket data.
    @Test func takeBufferedBytesAfterUpgrade() {
        var parser = HTTPRequestParser()
        let frame: [UInt8] = [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58]
        parser.feed(bytes("GET /ws/alice HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n") + frame)
        guard case .request(let request) = parser.next() else { Issue.record("no request"); return }
        #expect(request.headerHasToken("connection", "upgrade"))
        #expect(parser.takeBufferedBytes() == frame)
        #expect(parser.takeBufferedBytes() == [])
        #expect(!parser.hasPartialRequest)
    }

    @Test func leadingEmptyLinesIgnored() {
        let out = parseAllSplits(bytes("\r\n\n\r\nGET / HTTP/1.1\r\n\r\n"))
        #expect(out.count == 1)
    }

    /// Random mutations of valid traffic never crash, and every split agrees.
    @Test func randomInputNeverCrashes() {
        var rng = SplitMix64(state: 0xF00D)
        let seeds = [
            "GET /a?b=c HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x\r\nabc\r\n0\r\nT: 1\r\n\r\n",
        ].map(bytes)
        let alphabet = bytes("\r\n :;0123456789aAzZ-\t%\u{7F}") + [0, 0x80, 0xFF]
        for _ in 0..<300 {
            var input: [UInt8] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) { input += seeds.randomElement(using: &rng)! }
            for _ in 0..<Int.random(in: 0...4, using: &rng) where !input.isEmpty {
                let at = Int.random(in: 0..<input.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: input[at] = alphabet.randomElement(using: &rng)!
                case 1: input.remove(at: at)
                default: input.insert(alphabet.randomElement(using: &rng)!, at: at)
                }
            }
            _ = parseAllSplits(input, seed: rng.next(), { HTTPRequestParser(maxHeaderBytes: 64, maxBodyBytes: 8, maxHeaderCount: 3) })
        }
    }
}
