import Testing
@testable import SafeStreamServer

@Suite struct SettingsTests {
    private func parse(_ args: [String], _ env: [String: String] = [:]) throws(SettingsError) -> Settings {
        guard case .run(let s) = try SettingsParser.parse(arguments: args, environment: env) else {
            Issue.record("expected settings"); return Settings()
        }
        return s
    }

    @Test func defaultsMatchTheSpec() throws {
        let s = try parse([])
        #expect(s.host == "127.0.0.1" && s.port == 8000 && s.logDir == "logs")
        #expect(s.logMaxBytes == 10_485_760 && s.logBackups == 10 && s.logFsync == .interval)
        #expect(s.giftIntervalSecs == 15 && s.giftSeed == nil)
        #expect(s.maxMessagesPerUserPerMinute == 10 && s.messageHistoryLimit == 100 && s.maxMessageChars == 500)
        #expect(s.maxFrameBytes == 65_536 && s.maxConnections == 100_000 && s.maxConnectionsPerIP == 0)
        #expect(s.slowClientMaxBuffer == 1_048_576 && s.moderationThreshold == 0.5 && s.moderationAction == .flag)
        #expect(s.echoEndpoint == false && s.jwtSecret == nil && s.allowedOrigins == nil)
    }

    @Test func environmentAndFlagsWithFlagsWinning() throws {
        let s = try parse(["--port", "9001", "--echo-endpoint=true", "--host-users", "a, b"],
                          ["PORT": "7000", "LOG_FSYNC": "always", "HOST": "::1"])
        #expect(s.port == 9001)
        #expect(s.logFsync == .always)
        #expect(s.host == "::1")
        #expect(s.echoEndpoint)
        #expect(s.hostUsers == ["a", "b"])
    }

    @Test(arguments: [
        (["--port", "x"], "PORT"), (["--port", "70000"], "PORT"), (["--gift-interval-secs", "-1"], "GIFT_INTERVAL_SECS"),
        (["--log-fsync", "maybe"], "LOG_FSYNC"), (["--host", "localhost:80"], "HOST"), (["--nope"], "--nope"),
        (["--port"], "--port"), (["--moderation-threshold", "2"], "MODERATION_THRESHOLD"), (["stray"], "stray"),
    ])
    func badValuesNameTheSetting(args: [String], mention: String) {
        do {
            _ = try parse(args)
            Issue.record("\(args) should fail")
        } catch {
            #expect(error.description.contains(mention) || error.description.contains(mention.lowercased().replacingOccurrences(of: "_", with: "-")),
                    "\(error.description)")
        }
    }

    @Test func badEnvironmentValueNamesTheVariable() {
        #expect(throws: SettingsError.self) { try parse([], ["MAX_FRAME_BYTES": "big"]) }
    }

    @Test func helpListsEveryVariable() throws {
        guard case .help(let text) = try SettingsParser.parse(arguments: ["--help"], environment: [:]) else {
            Issue.record("expected help"); return
        }
        for spec in SettingsParser.specs { #expect(text.contains(spec.env) && text.contains(spec.flag)) }
    }
}
