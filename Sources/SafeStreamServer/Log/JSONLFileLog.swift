import Glibc
import SafeStreamCodec

/// The daily JSONL event log, written by its own thread.
///
/// The loop only appends to an in-memory queue under a lock and signals; the
/// writer thread does every open/write/rename/fsync. So a slow or full disk
/// never blocks the event loop. Lines that fail to write (ENOSPC, a removed
/// directory) stay queued and are retried every second, up to
/// `maxPendingBytes`; past that the oldest are dropped and counted.
public final class JSONLFileLog: EventSink, @unchecked Sendable {
    public let directory: String
    public let maxBytes: Int
    public let backups: Int
    public let fsyncMode: Settings.FsyncMode
    public let maxPendingBytes: Int

    private struct Line {
        var day: Int
        var json: [UInt8]
        var durable: (() -> Void)?
    }

    private let lock = ConditionLock()
    // Guarded by `lock`:
    private var queue: [Line] = []
    private var queuedBytes = 0
    private var stopping = false
    private var syncRequested = false
    private var syncDoneGeneration = 0
    private var statsStorage = LogStats()

    // Writer thread only:
    private var fd: Int32 = -1
    private var openDay = Int.min
    private var fileSize = 0
    private var lastSyncNanos: UInt64 = 0
    private var unsynced = false
    private var lastReportNanos: UInt64 = 0
    private var thread: pthread_t = 0
    private let deliverOnLoop: (@escaping () -> Void) -> Void
    private let reportError: (String) -> Void

    /// `deliverOnLoop` hands `durable` callbacks back to the event loop.
    public init(directory: String, maxBytes: Int, backups: Int, fsync: Settings.FsyncMode,
                maxPendingBytes: Int = 64 << 20,
                deliverOnLoop: @escaping (@escaping () -> Void) -> Void,
                reportError: @escaping (String) -> Void = { FileHandleStderr.write($0) }) {
        self.directory = directory
        self.maxBytes = maxBytes
        self.backups = backups
        self.fsyncMode = fsync
        self.maxPendingBytes = maxPendingBytes
        self.deliverOnLoop = deliverOnLoop
        self.reportError = reportError
        _ = Directory.create(directory)
        let box = Unmanaged.passRetained(self)
        pthread_create(&thread, nil, { raw in
            let me = Unmanaged<JSONLFileLog>.fromOpaque(raw!).takeRetainedValue()
            me.writerMain()
            return nil
        }, box.toOpaque())
    }

    public var waitsForDurability: Bool { fsyncMode == .always }

    public func append(_ json: [UInt8], epochMillis: Int64, durable: (() -> Void)?) {
        let day = UTCTime.dayNumber(epochMillis: epochMillis)
        lock.lock()
        queue.append(Line(day: day, json: json, durable: durable))
        queuedBytes += json.count + 1
        if queuedBytes > maxPendingBytes { dropOldestLocked() }
        statsStorage.pendingBytes = queuedBytes
        lock.unlock()
        lock.signal()
    }

    public var stats: LogStats {
        lock.lock(); defer { lock.unlock() }
        return statsStorage
    }

    /// Blocks until everything queued is written and fsynced, then stops the writer.
    public func flushAndSync() {
        lock.lock()
        stopping = true
        lock.unlock()
        lock.broadcast()
        pthread_join(thread, nil)
    }

    private func dropOldestLocked() {
        while queuedBytes > maxPendingBytes, !queue.isEmpty {
            let line = queue.removeFirst()
            queuedBytes -= line.json.count + 1
            statsStorage.linesDropped += 1
            if let d = line.durable { deliverOnLoop(d) }   // still broadcast; it just is not logged
        }
    }

    // MARK: Writer thread

    private func writerMain() {
        var batch: [Line] = []
        var failed = false
        while true {
            lock.lock()
            while queue.isEmpty && !stopping {
                lock.wait(nanos: 1_000_000_000)
                if queue.isEmpty { break }   // periodic wake: fsync interval, health check
            }
            let stop = stopping
            swap(&batch, &queue)
            lock.unlock()

            if !batch.isEmpty {
                if failed {
                    // Back off a second between retries so a full disk is not hammered.
                    let wait = Clock.monotonicNanos()
                    while Clock.monotonicNanos() &- wait < 1_000_000_000 && !stop { usleep(50_000) }
                }
                // One fstat per batch: if the file or its directory was removed,
                // start a new file instead of writing into an unlinked inode.
                checkFileStillLinked()
                let written = writeBatch(batch)
                failed = written < batch.count
                // LOG_FSYNC=always: the lines must be on disk before anyone sees them.
                if fsyncMode == .always { maybeSync(force: true) }
                var acks: [() -> Void] = []
                for line in batch[..<written] { if let d = line.durable { acks.append(d) } }
                lock.lock()
                var bytes = 0
                for line in batch[..<written] { bytes += line.json.count + 1 }
                queuedBytes -= bytes
                statsStorage.linesWritten += UInt64(written)
                statsStorage.bytesWritten += UInt64(bytes)
                if written < batch.count {
                    // Put the unwritten tail back in front, in order.
                    queue.insert(contentsOf: batch[written...], at: 0)
                }
                statsStorage.pendingBytes = queuedBytes
                lock.unlock()
                if !acks.isEmpty { deliverOnLoop { for a in acks { a() } } }
                batch.removeAll(keepingCapacity: true)
            }
            maybeSync(force: stop || fsyncMode == .always)
            if stop {
                lock.lock()
                let done = queue.isEmpty || failed
                lock.unlock()
                if done {
                    if failed { reportError("log: giving up on unwritten lines at shutdown") }
                    if fd >= 0 { fsync(fd); Glibc.close(fd); fd = -1 }
                    return
                }
            }
        }
    }

    /// Writes lines in order; returns how many were written completely.
    private func writeBatch(_ batch: [Line]) -> Int {
        let start = Clock.monotonicNanos()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(min(batch.reduce(0) { $0 + $1.json.count + 1 }, 1 << 20))
        var done = 0
        var i = 0
        while i < batch.count {
            let day = batch[i].day
            guard ensureOpen(day: day) else { break }
            // Gather the lines of this day that fit before the rotation size.
            buffer.removeAll(keepingCapacity: true)
            var j = i
            while j < batch.count, batch[j].day == day {
                let size = batch[j].json.count + 1
                if fileSize + buffer.count + size > maxBytes && (fileSize + buffer.count) > 0 {
                    if buffer.isEmpty { rotate(); guard ensureOpen(day: day) else { return done }; continue }
                    break
                }
                buffer.append(contentsOf: batch[j].json)
                buffer.append(0x0A)
                j += 1
            }
            if buffer.isEmpty { break }
            guard writeAll(buffer) else { break }
            fileSize += buffer.count
            unsynced = true
            done = j
            i = j
        }
        let took = Clock.monotonicNanos() &- start
        lock.lock()
        statsStorage.batches += 1
        statsStorage.writeNanosTotal &+= took
        if took > statsStorage.writeNanosMax { statsStorage.writeNanosMax = took }
        lock.unlock()
        return done
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n > 0 { offset += n; continue }
            if n < 0 && errno == EINTR { continue }
            let err = SystemError("write \(path(day: openDay))")
            if offset > 0 {
                // A partial line is on disk: cut it off so the file stays one JSON object per line.
                _ = ftruncate(fd, off_t(fileSize))
                _ = lseek(fd, 0, SEEK_END)
            }
            fail(err.description)
            // Reopen next time (the directory may be gone, the file replaced).
            Glibc.close(fd); fd = -1; openDay = Int.min
            return false
        }
        return true
    }

    private func ensureOpen(day: Int) -> Bool {
        if fd >= 0 && openDay == day { return true }
        if fd >= 0 { fsync(fd); Glibc.close(fd); fd = -1 }
        _ = Directory.create(directory)
        let p = path(day: day)
        let newFD = open(p, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard newFD >= 0 else { fail(SystemError("open \(p)").description); return false }
        var st = stat()
        fstat(newFD, &st)
        fd = newFD
        openDay = day
        fileSize = Int(st.st_size)
        return true
    }

    /// chat_D.jsonl → .1, .1 → .2, …; the oldest beyond `backups` is removed.
    private func rotate() {
        guard fd >= 0 else { return }
        fsync(fd); Glibc.close(fd); fd = -1
        let base = path(day: openDay)
        if backups == 0 {
            unlink(base)
        } else {
            unlink("\(base).\(backups)")
            var n = backups - 1
            while n >= 1 { rename("\(base).\(n)", "\(base).\(n + 1)"); n -= 1 }
            rename(base, "\(base).1")
        }
        openDay = Int.min
        lock.lock(); statsStorage.rotations += 1; lock.unlock()
    }

    private func maybeSync(force: Bool) {
        guard fd >= 0, unsynced, fsyncMode != .never || force else { return }
        let now = Clock.monotonicNanos()
        if force || now &- lastSyncNanos >= 1_000_000_000 {
            fsync(fd)
            lastSyncNanos = now
            unsynced = false
        }
    }

    /// If an operator deleted or moved the live file, start a new one rather
    /// than writing into an unlinked inode.
    private func checkFileStillLinked() {
        guard fd >= 0 else { return }
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_nlink == 0 {
            Glibc.close(fd); fd = -1; openDay = Int.min
        }
    }

    private func fail(_ message: String) {
        lock.lock()
        statsStorage.writeErrors += 1
        statsStorage.lastError = message
        lock.unlock()
        let now = Clock.monotonicNanos()
        if lastReportNanos == 0 || now &- lastReportNanos > 10_000_000_000 {
            lastReportNanos = now
            reportError("log: \(message) (events stay queued and are retried; the server keeps serving)")
        }
    }

    private func path(day: Int) -> String { "\(directory)/\(LogFileNames.base(day: day))" }
}

/// One line to stderr, unbuffered.
public enum FileHandleStderr {
    public static func write(_ line: String) {
        var s = line
        if !s.hasSuffix("\n") { s += "\n" }
        s.withCString { p in _ = Glibc.write(2, p, strlen(p)) }
    }
}

enum Directory {
    /// mkdir -p; true if it exists afterwards.
    static func create(_ path: String) -> Bool {
        var st = stat()
        if stat(path, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR }
        var partial = path.hasPrefix("/") ? "/" : ""
        for comp in path.split(separator: "/") {
            partial += comp + "/"
            mkdir(partial, 0o755)
        }
        return stat(path, &st) == 0
    }

    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
