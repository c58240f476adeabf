import Foundation
import Glibc
import Testing

/// The `safestream` executable itself: settings, exit codes, signals.
@Suite(.serialized) struct ProcessTests {
    /// Starts the binary with PORT=0 and returns it with the port it printed.
    private func start(_ env: [String: String], logDir: String) throws -> (Process, Int, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tools.serverBinary)
        var e = ProcessInfo.processInfo.environment
        e["PORT"] = "0"; e["LOG_DIR"] = logDir; e["GIFT_INTERVAL_SECS"] = "0"
        for (k, v) in env { e[k] = v }
        p.environment = e
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let reader = LineReader(err.fileHandleForReading)
        guard let line = reader.nextLine(timeout: 10), let r = line.range(of: #":(\d+) "#, options: .regularExpression) else {
            p.terminate(); throw TestError("server did not report its port")
        }
        let port = Int(line[r].dropFirst().dropLast())!
        return (p, port, err)
    }

    @Test func helpListsEverySettingAndExitsZero() throws {
        let out = try Tools.run(Tools.serverBinary, ["--help"])
        for name in ["--port", "--host", "--log-dir", "--log-fsync", "--gift-interval-secs", "--max-frame-bytes",
                     "--moderation-action", "--jwt-secret", "--echo-endpoint", "--slow-client-max-buffer"] {
            #expect(out.contains(name), "\(name) missing from --help")
        }
    }

    @Test(arguments: [
        (["--port", "eighty"], "PORT"),
        (["--gift-interval-secs", "-1"], "GIFT"),
        (["--log-fsync", "sometimes"], "LOG_FSYNC"),
        (["--bogus", "1"], "bogus"),
    ])
    func badValuesStopStartupWithOneLineAndExit2(args: [String], mention: String) throws {
        let (status, text) = try Tools.serverExit(args)
        #expect(status == 2)
        #expect(text.split(separator: "\n").count == 1, "one clear line: \(text)")
        #expect(text.lowercased().contains(mention.lowercased()) || text.contains(mention.replacingOccurrences(of: "_", with: "-").lowercased()))
    }

    @Test func badEnvironmentValueExits2() throws {
        let (status, text) = try Tools.serverExit(environment: ["PORT": "99999"])
        #expect(status == 2)
        #expect(text.contains("PORT"))
    }

    @Test func sigtermClosesWith1001FlushesTheLogAndExitsZero() throws {
        let dir = TestServer.temporaryDirectory()
        let (p, port, _) = try start(["LOG_FSYNC": "never"], logDir: dir)
        let c = try RawClient(port: port)
        _ = try c.handshake(path: "/ws/alice")
        _ = try c.readEvent(type: "welcome")
        try c.sendText(#"{"type":"chat","message":"last words"}"#)
        _ = try c.readEvent(type: "chat")
        let started = Date()
        kill(p.processIdentifier, SIGTERM)
        var close: RawClient.Frame? = nil
        while let f = try c.readFrame() { if f.opcode == 8 { close = f; break } }
        #expect(close?.closeCode == 1001)
        try c.send(RawClient.frame(opcode: 8, payload: [0x03, 0xE9]))
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(Date().timeIntervalSince(started) < 5)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".jsonl") }
        let text = try files.map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }.joined()
        #expect(text.contains("last words"))
    }
}
