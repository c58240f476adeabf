import Testing
import SafeStreamModeration
#if canImport(Glibc)
import Glibc
#endif

@Suite struct LineProtocolTests {
    func run(_ input: [UInt8]) -> String {
        let inFile = tmpfile()!, outFile = tmpfile()!
        defer { fclose(inFile); fclose(outFile) }
        _ = input.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, inFile) }
        rewind(inFile)
        ModerationLineProtocol.run(moderator: moderator, input: inFile, output: outFile)
        rewind(outFile)
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buf, 1, buf.count, outFile)
            if n <= 0 { break }
            bytes += buf[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func oneJSONObjectPerLine() {
        let out = run(Array("you are an idiot\r\nhello everyone\nkys".utf8))
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        // The score is the library's, printed with at most three decimals.
        let insult = ModerationLineProtocol.formatScore(moderator.evaluate("you are an idiot").score)
        #expect(insult.hasPrefix("0.") && insult.count <= 5)
        #expect(lines[0] == #"{"toxic":true,"score":"# + insult + #","categories":["insult"]}"#)
        #expect(lines[1] == #"{"toxic":false,"score":0,"categories":[]}"#)
        #expect(lines[2].hasPrefix(#"{"toxic":true,"score":0.9"#))
        #expect(lines[2].hasSuffix(#""categories":["harassment"]}"#))
        #expect(out.hasSuffix("\n"))
    }

    @Test func emptyLinesInvalidUTF8AndLongLines() {
        var input: [UInt8] = Array("\n".utf8)
        input += [0x66, 0xFF, 0x75, 0x63, 0x6B, 0x0A]          // f<invalid>uck
        input += Array(String(repeating: "hello ", count: 50_000).utf8) + Array("shit\n".utf8)
        let lines = run(input).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[0] == #"{"toxic":false,"score":0,"categories":[]}"#)
        #expect(lines[2].hasPrefix(#"{"toxic":true"#))
    }

    @Test func scoreFormatting() {
        #expect(ModerationLineProtocol.formatScore(0) == "0")
        #expect(ModerationLineProtocol.formatScore(0.5) == "0.5")
        #expect(ModerationLineProtocol.formatScore(0.93) == "0.93")
        #expect(ModerationLineProtocol.formatScore(0.9304) == "0.93")
        #expect(ModerationLineProtocol.formatScore(0.007) == "0.007")
        #expect(ModerationLineProtocol.formatScore(1) == "1")
    }
}
