#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `safestream moderate`: one message per input line, one JSON object per
/// output line (`{"toxic":true,"score":0.93,"categories":["insult"]}`),
/// flushed after each line so it can sit behind a pipe.
public enum ModerationLineProtocol {
    public static func run(moderator: some Moderator, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>) {
        var line: [UInt8] = []
        line.reserveCapacity(4096)
        var chunk = [UInt8](repeating: 0, count: 65536)
        var out: [UInt8] = []
        out.reserveCapacity(256)
        func emit() {
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            let text = String(decoding: line, as: UTF8.self)   // invalid UTF-8 repaired with U+FFFD
            let result = moderator.evaluate(text)
            out.removeAll(keepingCapacity: true)
            render(result, into: &out)
            out.append(UInt8(ascii: "\n"))
            _ = out.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, output) }
            fflush(output)
            line.removeAll(keepingCapacity: true)
        }
        while true {
            // fgets keeps lines of any length: a long line arrives in several chunks.
            let got = chunk.withUnsafeMutableBufferPointer { buf -> Int in
                guard fgets(UnsafeMutableRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self),
                            Int32(buf.count), input) != nil else { return -1 }
                return strlen(UnsafeMutableRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self))
            }
            if got < 0 { break }
            if got == 0 { continue }
            // A NUL inside the line ends strlen early; the rest of that chunk is dropped.
            if chunk[got - 1] == UInt8(ascii: "\n") {
                line.append(contentsOf: chunk[0..<(got - 1)])
                emit()
            } else {
                line.append(contentsOf: chunk[0..<got])
            }
        }
        if !line.isEmpty { emit() }
    }

    /// `{"toxic":…,"score":…,"categories":[…]}` — only fixed strings and numbers, so no escaping.
    public static func render(_ result: ModerationResult, into out: inout [UInt8]) {
        out.append(contentsOf: #"{"toxic":"#.utf8)
        out.append(contentsOf: (result.toxic ? "true" : "false").utf8)
        out.append(contentsOf: #","score":"#.utf8)
        out.append(contentsOf: formatScore(result.score).utf8)
        out.append(contentsOf: #","categories":["#.utf8)
        for (i, c) in result.categories.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: c.rawValue.utf8)
            out.append(UInt8(ascii: "\""))
        }
        out.append(contentsOf: "]}".utf8)
    }

    /// A score with at most three decimals and no trailing zeros: 0, 0.5, 0.93, 1.
    public static func formatScore(_ score: Double) -> String {
        let clamped = score.isFinite ? min(1, max(0, score)) : 0
        let milli = Int((clamped * 1000).rounded())
        if milli == 1000 { return "1" }
        if milli == 0 { return "0" }
        var digits = String(milli)
        while digits.count < 3 { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }
}
