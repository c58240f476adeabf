/// Where logged events go. The core talks only to this protocol, so tests
/// can plug in `MemoryEventSink` and the server a `JSONLFileLog`.
public protocol EventSink: AnyObject {
    /// Queues one event (its JSON, no newline) for the day of `epochMillis`.
    /// Never blocks the caller. `durable`, if given, runs on the event loop
    /// once the line has been written and fsynced (LOG_FSYNC=always).
    func append(_ json: [UInt8], epochMillis: Int64, durable: (() -> Void)?)
    /// Writes and fsyncs everything queued; blocks (shutdown only).
    func flushAndSync()
    /// True when the caller must wait for `durable` before broadcasting.
    var waitsForDurability: Bool { get }
    var stats: LogStats { get }
}

/// Counters for /metrics and for operators.
public struct LogStats: Sendable {
    public var linesWritten: UInt64 = 0
    public var bytesWritten: UInt64 = 0
    public var writeErrors: UInt64 = 0
    public var linesDropped: UInt64 = 0
    public var pendingBytes: Int = 0
    public var lastError: String? = nil
    /// Sum and max of the time one batch took to write (and fsync when due).
    public var writeNanosTotal: UInt64 = 0
    public var writeNanosMax: UInt64 = 0
    public var batches: UInt64 = 0
    public var rotations: UInt64 = 0
    public init() {}
}

/// An in-memory sink for tests.
public final class MemoryEventSink: EventSink {
    public private(set) var lines: [[UInt8]] = []
    public init() {}
    public func append(_ json: [UInt8], epochMillis: Int64, durable: (() -> Void)?) {
        lines.append(json)
        durable?()
    }
    public func flushAndSync() {}
    public var waitsForDurability: Bool { false }
    public var stats: LogStats { var s = LogStats(); s.linesWritten = UInt64(lines.count); return s }
}
