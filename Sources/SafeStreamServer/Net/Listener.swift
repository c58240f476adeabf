import Glibc
import CSafeStreamLinux

/// The listening socket. Accepts in batches on readiness; on EMFILE/ENFILE
/// it stops watching the socket for a moment instead of spinning on a
/// readiness that cannot be served (SwiftNIO and Redis do the same).
final class Listener: LoopHandler {
    let fd: Int32
    let port: Int
    private unowned let loop: EventLoop
    private let onAccept: (Int32, String) -> Void
    private var pausedUntilTimer = false
    private(set) var acceptBackoffs = 0

    init(address: SocketAddress, loop: EventLoop, onAccept: @escaping (Int32, String) -> Void) throws(SystemError) {
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SystemError("socket") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if address.family == AF_INET6 {
            // Listen on exactly the literal given (an IPv6 address), not on IPv4 too.
            setsockopt(fd, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        let bound = address.withSockAddr { bind(fd, $0, $1) }
        guard bound == 0 else { let e = SystemError("bind"); Glibc.close(fd); throw e }
        guard listen(fd, 4096) == 0 else { let e = SystemError("listen"); Glibc.close(fd); throw e }
        var storage = sockaddr_storage()
        var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        let portBE: UInt16 = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port }
        }
        self.fd = fd
        self.port = Int(UInt16(bigEndian: portBE))
        self.loop = loop
        self.onAccept = onAccept
        loop.register(fd: fd, handler: self)
    }

    func handle(events: UInt32) {
        // Accept a bounded batch per wake-up so a connection storm cannot
        // starve the sockets that are already open.
        for _ in 0..<256 {
            var storage = sockaddr_storage()
            var len = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let client = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    cs_accept4(fd, $0, &len, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
                }
            }
            if client < 0 {
                switch errno {
                case EAGAIN, EWOULDBLOCK: return
                case EINTR, ECONNABORTED, EPROTO: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    backOff()
                    return
                default:
                    return
                }
            }
            onAccept(client, SocketAddress.peerText(&storage))
        }
    }

    private func backOff() {
        guard !pausedUntilTimer else { return }
        pausedUntilTimer = true
        acceptBackoffs += 1
        loop.setInterest(fd: fd, readable: false, writable: false)
        loop.schedule(afterNanos: 100_000_000) { [weak self] in
            guard let self else { return }
            self.pausedUntilTimer = false
            self.loop.setInterest(fd: self.fd, readable: true, writable: false)
        }
    }

    func close() {
        loop.unregister(fd: fd)
        Glibc.close(fd)
    }
}
