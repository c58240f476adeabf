import Foundation
import Glibc
import Testing

/// Moderation through the real executable and real sockets (SPEC §1, §5): the `moderate` line
/// protocol, `MODERATION_WORDLIST` at start-up, and `MODERATION_ACTION=mask` on the wire and in the log.
@Suite(.serialized) struct ModerationEndToEndTests {
    private func wordlist(_ text: String) throws -> String {
        let path = TestServer.temporaryDirectory() + "/wordlist.tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// One JSON object per line, written before the next line is read (an operator pipes a live feed).
    @Test func moderateAnswersEachLineAsItArrives() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tools.serverBinary)
        p.arguments = ["moderate"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let reader = LineReader(output.fileHandleForReading)
        input.fileHandleForWriting.write(Data("you are an idiot\n".utf8))
        // stdin is still open: the answer must come now, not at end of input
        let first = try #require(reader.nextLine(timeout: 10))
        let a = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(a["toxic"] as? Bool == true)
        #expect(a["categories"] as? [String] == ["insult"])
        input.fileHandleForWriting.write(Data("nice kill!\n".utf8))
        let second = try #require(reader.nextLine(timeout: 10))
        #expect(second == #"{"toxic":false,"score":0,"categories":[]}"#)
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    /// An operator's term is added and an existing one re-weighted (`shit<TAB>0` switches it off).
    @Test func moderateReadsTheOperatorsWordlist() throws {
        let path = try wordlist("# our channel\nshit\t0\nbananarama\t0.9\n")
        let out = try Tools.run(Tools.serverBinary, ["moderate"], input: "oh shit, I missed it\nbananarama\n",
                                environment: ["MODERATION_WORDLIST": path])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(out)")
        #expect(lines.first?.hasPrefix(#"{"toxic":false,"score":0,"#) == true, "\(out)")
        #expect(lines.last?.hasPrefix(#"{"toxic":true,"score":0.9"#) == true, "\(out)")
    }

    /// A malformed line stops the server before it listens, naming the file and the line.
    @Test func malformedWordlistStopsStartupWithItsLineNumber() throws {
        let path = try wordlist("# fine\nidiot\t0.8\nbanana\tlots\n")
        let (status, text) = try Tools.serverExit(environment: ["PORT": "0", "LOG_DIR": TestServer.temporaryDirectory(),
                                                                "MODERATION_WORDLIST": path])
        #expect(status == 2)
        #expect(text.contains("MODERATION_WORDLIST") && text.contains(path) && text.contains("line 3"), "\(text)")
    }

    /// `mask`: subscribers see the offending word starred, the toxic flag and score; the log keeps the original.
    @Test func maskStarsTheWordOnTheWireAndTheLogKeepsTheOriginal() throws {
        let server = try TestServer { $0.moderationAction = .mask }
        defer { server.stop() }
        let (alice, _) = try RawClient.joined(server, "alice")
        let (bob, _) = try RawClient.joined(server, "bob")
        try alice.op(#"{"type":"chat","message":"you are an idiot, seriously"}"#)
        let e = try bob.readEvent(type: "chat")
        #expect(e["message"] as? String == "you are an *****, seriously")
        #expect(e["toxic"] as? Bool == true)
        #expect((e["score"] as? Double ?? 0) >= 0.5)
        try alice.op(#"{"type":"chat","message":"nice kill!"}"#)
        let clean = try bob.readEvent(type: "chat")
        #expect(clean["message"] as? String == "nice kill!")
        #expect(clean["toxic"] as? Bool == false)
        let lines = server.waitForLog { $0.contains { $0.contains("you are an idiot, seriously") } }
        #expect(lines.contains { $0.contains("you are an idiot, seriously") && $0.contains(#""toxic":true"#) })
    }
}
