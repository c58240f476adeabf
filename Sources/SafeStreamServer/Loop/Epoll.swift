import Glibc
import CSafeStreamLinux

/// A thin, allocation-free wrapper over one epoll instance (level-triggered).
///
/// Each registration packs the fd and a generation number into `epoll_data`,
/// so an event that was already queued for an fd that has since been closed
/// and reused is recognised as stale and dropped (SwiftNIO does the same).
struct Epoll {
    let fd: Int32
    // Raw storage: epoll_event is packed (12 bytes on x86-64) and Swift's
    // stride for the imported struct need not match, so index by C's size.
    private var events: UnsafeMutableRawPointer
    private let eventSize = cs_epoll_event_size()
    let capacity: Int

    init(capacity: Int = 1024) throws(SystemError) {
        let fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw SystemError("epoll_create1") }
        self.fd = fd
        self.capacity = capacity
        self.events = .allocate(byteCount: capacity * cs_epoll_event_size(), alignment: 8)
    }

    static func pack(fd: Int32, generation: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: fd)) | (UInt64(generation) << 32)
    }

    func add(fd: Int32, generation: UInt32, readable: Bool, writable: Bool) {
        control(EPOLL_CTL_ADD, fd: fd, generation: generation, readable: readable, writable: writable)
    }

    func modify(fd: Int32, generation: UInt32, readable: Bool, writable: Bool) {
        control(EPOLL_CTL_MOD, fd: fd, generation: generation, readable: readable, writable: writable)
    }

    func remove(fd: Int32) {
        _ = cs_epoll_ctl(self.fd, EPOLL_CTL_DEL, fd, 0, 0)
    }

    private func control(_ op: Int32, fd: Int32, generation: UInt32, readable: Bool, writable: Bool) {
        var mask: UInt32 = EPOLLRDHUP.rawValue
        if readable { mask |= EPOLLIN.rawValue }
        if writable { mask |= EPOLLOUT.rawValue }
        // EBADF/ENOENT here would mean our bookkeeping is wrong; the fd is
        // then treated as closed by its owner on the next I/O error.
        _ = cs_epoll_ctl(self.fd, op, fd, mask, Epoll.pack(fd: fd, generation: generation))
    }

    /// Waits up to `timeoutMs` (-1 = forever) and calls `body` per event.
    /// EINTR is a normal wake-up with no events.
    func wait(timeoutMs: Int32, _ body: (_ fd: Int32, _ generation: UInt32, _ events: UInt32) -> Void) {
        let n = epoll_wait(fd, events.assumingMemoryBound(to: epoll_event.self), Int32(capacity), timeoutMs)
        if n <= 0 { return }
        for i in 0..<Int(n) {
            let ev = (events + i * eventSize).assumingMemoryBound(to: epoll_event.self)
            let data = cs_epoll_event_data(ev)
            body(Int32(bitPattern: UInt32(truncatingIfNeeded: data)), UInt32(truncatingIfNeeded: data >> 32),
                 cs_epoll_event_mask(ev))
        }
    }
}

/// An errno captured with the call that failed.
public struct SystemError: Error, CustomStringConvertible, Sendable {
    public let call: String
    public let errno: Int32
    public init(_ call: String, errno: Int32 = Glibc.errno) { self.call = call; self.errno = errno }
    public var description: String { "\(call): \(String(cString: strerror(errno)))" }
}
