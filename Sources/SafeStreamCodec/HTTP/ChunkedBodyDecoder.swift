/// Incremental decoder for the chunked transfer coding (RFC 9112 §7.1):
///
///     chunked-body = *chunk last-chunk trailer-section CRLF
///     chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
///
/// It reads from the parser's buffer and appends chunk data to `body`, so
/// the buffer can be consumed as the body arrives. The body cap is checked
/// against each chunk-size before its data is read; extensions are checked
/// for syntax and ignored (§7.1.1); trailer fields are checked and dropped
/// (§7.1.2 lets a recipient discard them).
struct ChunkedBodyDecoder: Sendable {
    /// Bytes of the current size/trailer line already searched for its LF.
    private var lineScanned = 0
    enum Outcome: Equatable {
        case needMore
        case done
        case failed(HTTPParseError)
    }

    private enum State: Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer
    }

    let maxBodyBytes: Int
    /// Trailer fields count against the same caps as header fields.
    let maxTrailerBytes: Int
    let maxTrailerCount: Int
    /// A chunk-size line with extensions longer than this is refused: the
    /// extensions are ignored, so they have no reason to be long (§7.1.1).
    static let maxSizeLineBytes = 4096

    private(set) var body: [UInt8] = []
    private var state: State = .size
    private var trailerBytes = 0
    private var trailerCount = 0

    init(maxBodyBytes: Int, maxTrailerBytes: Int, maxTrailerCount: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxTrailerBytes = maxTrailerBytes
        self.maxTrailerCount = maxTrailerCount
    }

    /// Decodes as much of `buffer[from...]` as possible. Returns how many
    /// bytes were consumed and whether the body is complete.
    mutating func decode(_ buffer: [UInt8], from start: Int) -> (consumed: Int, outcome: Outcome) {
        var index = start
        while true {
            switch state {
            case .size:
                guard let lineEnd = findLineEnd(buffer, from: index) else {
                    if buffer.count &- index > Self.maxSizeLineBytes {
                        return (index &- start, .failed(.badRequest("chunk extension too long")))
                    }
                    return (index &- start, .needMore)
                }
                if lineEnd &- index > Self.maxSizeLineBytes {
                    return (index &- start, .failed(.badRequest("chunk extension too long")))
                }
                switch parseSizeLine(buffer[index..<lineEnd]) {
                case .failure(let error): return (index &- start, .failed(error))
                case .success(let size):
                    index = lineEnd &+ 1
                    state = size == 0 ? .trailer : .data(remaining: size)
                }
            case .data(let remaining):
                let available = min(remaining, buffer.count &- index)
                guard available > 0 else { return (index &- start, .needMore) }
                body.append(contentsOf: buffer[index..<(index &+ available)])
                index &+= available
                state = remaining == available ? .dataEnd : .data(remaining: remaining &- available)
            case .dataEnd:
                // chunk-data is followed by CRLF (a bare LF is accepted as for lines).
                guard index < buffer.count else { return (index &- start, .needMore) }
                if buffer[index] == HTTPSyntax.lf {
                    index &+= 1
                } else if buffer[index] == HTTPSyntax.cr {
                    guard index &+ 1 < buffer.count else { return (index &- start, .needMore) }
                    guard buffer[index &+ 1] == HTTPSyntax.lf else {
                        return (index &- start, .failed(.badRequest("missing CRLF after chunk")))
                    }
                    index &+= 2
                } else {
                    return (index &- start, .failed(.badRequest("missing CRLF after chunk")))
                }
                state = .size
            case .trailer:
                guard let lineEnd = findLineEnd(buffer, from: index) else {
                    if trailerBytes &+ (buffer.count &- index) > maxTrailerBytes {
                        return (index &- start, .failed(.headersTooLarge))
                    }
                    return (index &- start, .needMore)
                }
                trailerBytes &+= lineEnd &+ 1 &- index
                if trailerBytes > maxTrailerBytes { return (index &- start, .failed(.headersTooLarge)) }
                var line = buffer[index..<lineEnd]
                index = lineEnd &+ 1
                if line.last == HTTPSyntax.cr { line = line.dropLast() }
                if line.isEmpty { return (index &- start, .done) }
                trailerCount &+= 1
                if trailerCount > maxTrailerCount { return (index &- start, .failed(.headersTooLarge)) }
                if line.contains(HTTPSyntax.cr) { return (index &- start, .failed(.badRequest("bare CR"))) }
                do {
                    _ = try HTTPHeadParser.parseFieldLine(line)
                } catch {
                    return (index &- start, .failed(error))
                }
            }
        }
    }

    /// Resumes where the last search for this line stopped: a line trickled in
    /// one byte per read is scanned once, not once per read (found by fuzzing:
    /// a 16 KB trailer sent byte by byte cost 77 ms of event-loop time).
    /// `lineScanned` counts bytes past the line's start, so it survives the
    /// parser compacting its buffer.
    private mutating func findLineEnd(_ buffer: [UInt8], from index: Int) -> Int? {
        if let end = buffer[(index &+ lineScanned)...].firstIndex(of: HTTPSyntax.lf) {
            lineScanned = 0
            return end
        }
        lineScanned = buffer.count &- index
        return nil
    }

    /// chunk-size [ chunk-ext ] with the line's CR still attached.
    /// chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-value ] ).
    private func parseSizeLine(_ line: ArraySlice<UInt8>) -> Result<Int, HTTPParseError> {
        var line = line
        if line.last == HTTPSyntax.cr { line = line.dropLast() }
        var size = 0
        var digits = 0
        var index = line.startIndex
        while index < line.endIndex, let digit = HTTPSyntax.hexValue(line[index]) {
            let (shifted, overflow1) = size.multipliedReportingOverflow(by: 16)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(digit))
            // The cap counts the body so far: a huge size fails before its data.
            if overflow1 || overflow2 || sum > maxBodyBytes &- body.count { return .failure(.bodyTooLarge) }
            size = sum
            digits &+= 1
            index &+= 1
        }
        guard digits > 0 else { return .failure(.badRequest("invalid chunk size")) }
        let rest = HTTPSyntax.trimmingOWS(line[index...])
        if !rest.isEmpty {
            guard rest.first == UInt8(ascii: ";"), HTTPSyntax.isFieldValue(rest) else {
                return .failure(.badRequest("invalid chunk extension"))
            }
        }
        return .success(size)
    }
}
