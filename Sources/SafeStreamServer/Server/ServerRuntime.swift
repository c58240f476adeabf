import Glibc
import CSafeStreamLinux
import SafeStreamModeration

/// Starts a whole SafeStream process from settings: recovers state from the
/// log, builds the moderator, binds, runs the loop, and on SIGINT/SIGTERM
/// closes every WebSocket with 1001, flushes and fsyncs the log, and returns.
public enum ServerRuntime {
    public struct StartupError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Builds the moderator the settings ask for (a bad word list is a startup error).
    public static func makeModerator(_ settings: Settings) throws(StartupError) -> any Moderator {
        var extra: [WordlistEntry] = []
        if let path = settings.moderationWordlist {
            do throws(WordlistError) { extra = try Wordlist.load(path: path) } catch {
                throw StartupError(description: "invalid MODERATION_WORDLIST='\(path)': \(error.description)")
            }
        }
        return LexiconModerator(threshold: settings.moderationThreshold, extraTerms: extra)
    }

    /// Runs until a signal arrives. Returns the process exit code.
    public static func runMain(settings: Settings) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        // A file-size limit (or a quota) must fail the write with EFBIG, which
        // the log writer handles, not kill the server.
        signal(SIGXFSZ, SIG_IGN)
        // Block the shutdown signals in every thread (the log writer inherits
        // this mask); the loop reads them from a signalfd instead.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigaddset(&mask, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &mask, nil)

        let moderator: any Moderator
        do { moderator = try makeModerator(settings) } catch {
            FileHandleStderr.write("safestream: \(error.description)")
            return 2
        }
        let loop: EventLoop
        do { loop = try EventLoop() } catch {
            FileHandleStderr.write("safestream: \(error)")
            return 1
        }
        loop.bindToCurrentThread()
        let recovery = LogRecovery.recover(directory: settings.logDir, historyLimit: settings.messageHistoryLimit)
        let sink = JSONLFileLog(directory: settings.logDir, maxBytes: settings.logMaxBytes, backups: settings.logBackups,
                                fsync: settings.logFsync, deliverOnLoop: { body in loop.execute(body) })
        let server = Server(settings: settings, loop: loop, moderator: moderator, sink: sink, recovery: recovery)
        do { try server.start() } catch {
            FileHandleStderr.write("safestream: cannot listen on \(settings.host):\(settings.port): \(error)")
            sink.flushAndSync()
            return 1
        }
        let sfd = signalfd(-1, &mask, Int32(SFD_NONBLOCK | SFD_CLOEXEC))
        let signals = SignalHandler(fd: sfd) { server.beginShutdown() }
        if sfd >= 0 { loop.register(fd: sfd, handler: signals) }

        FileHandleStderr.write("safestream \(SafeStreamVersion.string) listening on http://\(settings.host.contains(":") ? "[\(settings.host)]" : settings.host):\(server.port) "
            + "(log: \(settings.logDir), next id \(recovery.maxID + 1), recovered \(recovery.linesRead) lines from \(recovery.filesRead) files)")
        loop.run()
        sink.flushAndSync()
        FileHandleStderr.write("safestream: stopped cleanly")
        return 0
    }
}

/// Reads the signalfd and asks the server to shut down (first signal) or
/// exits at once (second signal, for an operator who really means it).
final class SignalHandler: LoopHandler {
    let fd: Int32
    let onSignal: () -> Void
    private var count = 0
    init(fd: Int32, onSignal: @escaping () -> Void) { self.fd = fd; self.onSignal = onSignal }
    func handle(events: UInt32) {
        var info = signalfd_siginfo()
        while read(fd, &info, MemoryLayout<signalfd_siginfo>.size) > 0 {
            count += 1
            if count == 1 { onSignal() } else { _exit(1) }
        }
    }
}

/// A server on its own thread, for tests and embedding: `start` returns once
/// it listens; `stop` shuts it down like SIGTERM and waits for the thread.
public final class ServerHandle: @unchecked Sendable {
    public let loop: EventLoop
    public let server: Server
    public let sink: EventSink
    private var thread: pthread_t = 0

    public var port: Int { server.port }

    public init(settings: Settings, moderator: (any Moderator)? = nil, sink: EventSink? = nil) throws {
        loop = try EventLoop()
        let loop = self.loop
        let recovery = LogRecovery.recover(directory: settings.logDir, historyLimit: settings.messageHistoryLimit)
        self.sink = sink ?? JSONLFileLog(directory: settings.logDir, maxBytes: settings.logMaxBytes, backups: settings.logBackups,
                                          fsync: settings.logFsync, deliverOnLoop: { body in loop.execute(body) })
        server = Server(settings: settings, loop: loop,
                        moderator: try moderator ?? ServerRuntime.makeModerator(settings), sink: self.sink, recovery: recovery)
        loop.bindToCurrentThread()
        try server.start()
        let box = Unmanaged.passRetained(self)
        pthread_create(&thread, nil, { raw in
            let me = Unmanaged<ServerHandle>.fromOpaque(raw!).takeRetainedValue()
            me.loop.run()
            return nil
        }, box.toOpaque())
    }

    public func stop() {
        loop.execute { [server] in server.beginShutdown(graceNanos: 1_000_000_000) }
        pthread_join(thread, nil)
        sink.flushAndSync()
    }
}
