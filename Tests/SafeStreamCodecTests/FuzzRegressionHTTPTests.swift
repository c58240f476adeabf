import Testing
import SafeStreamCodec

/// Inputs found with `scripts/fuzz.sh http` (docs/FUZZING.md).
@Suite struct FuzzRegressionHTTPTests {
    private func trickle(_ text: String) -> (Duration, HTTPParseResult) {
        var parser = HTTPRequestParser()
        var last = HTTPParseResult.needMore
        let elapsed = ContinuousClock().measure {
            for byte in text.utf8 { parser.feed([byte]); last = parser.next() }
        }
        return (elapsed, last)
    }

    /// Chunk-size/trailer lines trickled byte by byte were rescanned from their
    /// start on every read (quadratic: 77 ms per 16 KB trailer in release).
    /// Compared with a head of the same size, so it holds on any machine and in debug.
    @Test func trickledChunkLinesAreScannedOnce() {
        let filler = String(repeating: "a", count: 16_000)
        let head = "GET / HTTP/1.1\r\nX: \(filler)\r\n\r\n"
        let trailer = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: \(filler)\r\n\r\n"
        let extensions = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "1;x=\(String(repeating: "a", count: 4000))\r\nz\r\n0\r\n\r\n"
        let (headTime, headResult) = trickle(head)
        let (trailerTime, trailerResult) = trickle(trailer)
        let (extensionTime, extensionResult) = trickle(extensions)
        guard case .request = headResult, case .request(let withTrailer) = trailerResult,
              case .request(let withExtension) = extensionResult else {
            Issue.record("not parsed: \(headResult), \(trailerResult), \(extensionResult)"); return
        }
        #expect(withTrailer.body.isEmpty && withExtension.body == [UInt8(ascii: "z")])
        #expect(trailerTime < headTime * 8 + .milliseconds(5), "trailer \(trailerTime) vs head \(headTime)")
        #expect(extensionTime < headTime * 8 + .milliseconds(5), "extension \(extensionTime) vs head \(headTime)")
    }
}
