/// Reads settings from the environment and the command line.
///
/// A bad value stops start-up with one clear line (the caller prints it and
/// exits 2); it is never replaced by a silent default.
public enum SettingsParser {
    public enum Outcome {
        case run(Settings)
        case help(String)
    }

    public static func parse(arguments: [String], environment: [String: String]) throws(SettingsError) -> Outcome {
        var settings = Settings()
        var values: [(spec: SettingSpec, value: String, source: String)] = []
        for spec in specs {
            if let v = environment[spec.env] { values.append((spec, v, spec.env)) }
        }
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            if arg == "--help" || arg == "-h" { return .help(helpText) }
            guard arg.hasPrefix("--") else { throw SettingsError("unexpected argument '\(arg)' (see --help)") }
            var name = arg
            var value: String? = nil
            if let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                value = String(arg[arg.index(after: eq)...])
            }
            guard let spec = specs.first(where: { $0.flag == name }) else {
                throw SettingsError("unknown option '\(name)' (see --help)")
            }
            if value == nil {
                guard i + 1 < arguments.count else { throw SettingsError("option \(name) needs a value") }
                i += 1
                value = arguments[i]
            }
            values.append((spec, value!, name))
            i += 1
        }
        for (spec, value, source) in values {
            do throws(SettingsError) { try spec.apply(&settings, value) } catch {
                throw SettingsError("invalid \(source)=\(quoted(value)): \(error.description)")
            }
        }
        return .run(settings)
    }

    static var helpText: String {
        var out = """
        safestream — moderated real-time chat server for live streams

        usage: safestream [--option value ...]
               safestream moderate [--benchmark N]   score stdin lines (one JSON verdict per line)

        Every option is also an environment variable (PORT / --port); flags win.

        """
        let width = specs.map { $0.flag.count + 8 }.max() ?? 30
        for spec in specs {
            let left = "  \(spec.flag) <\(spec.env)>"
            let pad = String(repeating: " ", count: max(1, width + spec.env.count - left.count + 6))
            out += left + pad + spec.help + " (default: \(spec.defaultText))\n"
        }
        return out
    }

    private static func quoted(_ s: String) -> String { "'" + s + "'" }

    // MARK: Value readers

    static func int(_ s: String, min: Int = 0, max: Int = Int.max) throws(SettingsError) -> Int {
        guard let v = Int(s.trimmingSpaces()) else { throw SettingsError("not a whole number") }
        guard v >= min else { throw SettingsError("must be at least \(min)") }
        guard v <= max else { throw SettingsError("must be at most \(max)") }
        return v
    }

    static func double(_ s: String, min: Double = 0, max: Double = .greatestFiniteMagnitude) throws(SettingsError) -> Double {
        guard let v = Double(s.trimmingSpaces()), v.isFinite else { throw SettingsError("not a number") }
        guard v >= min else { throw SettingsError("must be at least \(min)") }
        guard v <= max else { throw SettingsError("must be at most \(max)") }
        return v
    }

    static func bool(_ s: String) throws(SettingsError) -> Bool {
        switch s.trimmingSpaces().lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw SettingsError("expected true or false")
        }
    }

    static func list(_ s: String) -> [String] {
        s.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    static func optional(_ s: String) -> String? {
        let t = s.trimmingSpaces()
        return t.isEmpty ? nil : t
    }

    // MARK: The table

    static let specs: [SettingSpec] = [
        SettingSpec(env: "HOST", help: "listen address (IPv4 or IPv6 literal)", defaultText: "127.0.0.1") { s, v throws(SettingsError) in
            guard SocketAddress.parse(host: v.trimmingSpaces(), port: 0) != nil else {
                throw SettingsError("not an IPv4 or IPv6 address literal")
            }
            s.host = v.trimmingSpaces()
        },
        SettingSpec(env: "PORT", help: "listen port (0 = any free port)", defaultText: "8000") { s, v throws(SettingsError) in
            s.port = try int(v, min: 0, max: 65535)
        },
        SettingSpec(env: "LOG_DIR", help: "directory of chat_YYYY-MM-DD.jsonl files", defaultText: "logs") { s, v throws(SettingsError) in
            guard !v.isEmpty else { throw SettingsError("must not be empty") }
            s.logDir = v
        },
        SettingSpec(env: "LOG_MAX_BYTES", help: "rotate a day's log at this size", defaultText: "10485760") { s, v throws(SettingsError) in
            s.logMaxBytes = try int(v, min: 1024)
        },
        SettingSpec(env: "LOG_BACKUPS", help: "rotated files kept per day (.1 … .N)", defaultText: "10") { s, v throws(SettingsError) in
            s.logBackups = try int(v, min: 0, max: 10_000)
        },
        SettingSpec(env: "LOG_FSYNC", help: "always | interval | never", defaultText: "interval") { s, v throws(SettingsError) in
            guard let m = Settings.FsyncMode(rawValue: v.trimmingSpaces().lowercased()) else {
                throw SettingsError("expected always, interval or never")
            }
            s.logFsync = m
        },
        SettingSpec(env: "GIFT_INTERVAL_SECS", help: "bot gift period in seconds; 0 disables", defaultText: "15") { s, v throws(SettingsError) in
            s.giftIntervalSecs = try double(v, min: 0, max: 86_400 * 365)
        },
        SettingSpec(env: "GIFT_SEED", help: "seed of the gift generator", defaultText: "random") { s, v throws(SettingsError) in
            guard let seed = UInt64(v.trimmingSpaces()) else { throw SettingsError("not a non-negative whole number") }
            s.giftSeed = seed
        },
        SettingSpec(env: "LIVE_CHAT_ENABLED", help: "false: chat ops answer chat_disabled", defaultText: "true") { s, v throws(SettingsError) in
            s.liveChatEnabled = try bool(v)
        },
        SettingSpec(env: "LIVE_CHAT_DRAW_TIME", help: "ISO-8601 instant or daily HH:MM (UTC); unset = always open", defaultText: "unset") { s, v throws(SettingsError) in
            let t = v.trimmingSpaces()
            if t.isEmpty { s.liveChatDrawTime = nil; return }
            guard DrawTime.parse(t) != nil else { throw SettingsError("expected an ISO-8601 instant or HH:MM") }
            s.liveChatDrawTime = t
        },
        SettingSpec(env: "LIVE_CHAT_PRE_DRAW_HOURS", help: "chat opens this many hours before the draw", defaultText: "1") { s, v throws(SettingsError) in
            s.liveChatPreDrawHours = try double(v, min: 0, max: 24 * 365)
        },
        SettingSpec(env: "LIVE_CHAT_POST_DRAW_HOURS", help: "chat closes this many hours after the draw", defaultText: "1") { s, v throws(SettingsError) in
            s.liveChatPostDrawHours = try double(v, min: 0, max: 24 * 365)
        },
        SettingSpec(env: "LIVE_CHAT_MAX_MESSAGES_PER_USER_PER_MINUTE", help: "per-user chat rate limit; 0 = unlimited", defaultText: "10") { s, v throws(SettingsError) in
            s.maxMessagesPerUserPerMinute = try int(v, min: 0, max: 1_000_000)
        },
        SettingSpec(env: "LIVE_CHAT_MESSAGE_HISTORY_LIMIT", help: "events kept per channel for history", defaultText: "100") { s, v throws(SettingsError) in
            s.messageHistoryLimit = try int(v, min: 0, max: 1_000_000)
        },
        SettingSpec(env: "MAX_MESSAGE_CHARS", help: "longest chat text in Unicode scalars", defaultText: "500") { s, v throws(SettingsError) in
            s.maxMessageChars = try int(v, min: 1, max: 16_777_216)
        },
        SettingSpec(env: "MAX_FRAME_BYTES", help: "largest WebSocket message accepted (Close 1009 above)", defaultText: "65536") { s, v throws(SettingsError) in
            s.maxFrameBytes = try int(v, min: 125, max: 1 << 30)
        },
        SettingSpec(env: "MAX_CONNECTIONS", help: "beyond it new upgrades get HTTP 503", defaultText: "100000") { s, v throws(SettingsError) in
            s.maxConnections = try int(v, min: 1)
        },
        SettingSpec(env: "MAX_CONNECTIONS_PER_IP", help: "concurrent connections per client address; 0 = no cap", defaultText: "0") { s, v throws(SettingsError) in
            s.maxConnectionsPerIP = try int(v, min: 0)
        },
        SettingSpec(env: "SLOW_CLIENT_MAX_BUFFER", help: "queued outbound bytes after which a client is dropped", defaultText: "1048576") { s, v throws(SettingsError) in
            s.slowClientMaxBuffer = try int(v, min: 1024)
        },
        SettingSpec(env: "MODERATION_THRESHOLD", help: "score at or above which a message is toxic", defaultText: "0.5") { s, v throws(SettingsError) in
            s.moderationThreshold = try double(v, min: 0, max: 1)
        },
        SettingSpec(env: "MODERATION_ACTION", help: "flag | mask | block", defaultText: "flag") { s, v throws(SettingsError) in
            guard let a = Settings.ModerationAction(rawValue: v.trimmingSpaces().lowercased()) else {
                throw SettingsError("expected flag, mask or block")
            }
            s.moderationAction = a
        },
        SettingSpec(env: "MODERATION_WORDLIST", help: "file of extra terms, term<TAB>weight per line", defaultText: "built in") { s, v throws(SettingsError) in
            s.moderationWordlist = optional(v)
        },
        SettingSpec(env: "JWT_SECRET", help: "HS256 secret; set = tokens required", defaultText: "unset") { s, v throws(SettingsError) in
            s.jwtSecret = optional(v)
        },
        SettingSpec(env: "REALTIME_PUBLISH_TOKEN", help: "bearer token for /internal/publish", defaultText: "unset") { s, v throws(SettingsError) in
            s.realtimePublishToken = optional(v)
        },
        SettingSpec(env: "HOST_USERS", help: "comma list of users with the host badge", defaultText: "empty") { s, v throws(SettingsError) in
            s.hostUsers = list(v)
        },
        SettingSpec(env: "WINNER_USERS", help: "comma list of users with the winner badge", defaultText: "empty") { s, v throws(SettingsError) in
            s.winnerUsers = list(v)
        },
        SettingSpec(env: "ALLOWED_ORIGINS", help: "comma list of browser origins allowed to connect", defaultText: "any") { s, v throws(SettingsError) in
            let l = list(v)
            s.allowedOrigins = (l.isEmpty || l == ["*"]) ? nil : l
        },
        SettingSpec(env: "ECHO_ENDPOINT", help: "true enables the /echo WebSocket", defaultText: "false") { s, v throws(SettingsError) in
            s.echoEndpoint = try bool(v)
        },
        SettingSpec(env: "REDIS_URL", help: "multi-node mode (redis://host:port)", defaultText: "unset") { s, v throws(SettingsError) in
            s.redisURL = optional(v)
        },
    ]
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
