import Foundation
import Glibc
import SafeStreamCodec

/// A deliberately low-level TCP client for tests: it can send anything,
/// including what a well-behaved WebSocket library never would (unmasked
/// frames, invalid UTF-8, oversized lengths), and read what comes back.
final class RawClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    /// `receiveBuffer` shrinks SO_RCVBUF before connecting (a slow reader's small window).
    init(port: Int, timeout: Double = 5, receiveBuffer: Int32? = nil) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { close(fd); throw TestError("connect failed: errno \(errno)") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ bytes: [UInt8]) throws {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + off, $0.count - off, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw TestError("send failed: errno \(errno)") }
            off += n
        }
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Reads more bytes; nil on EOF, throws on timeout.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n > 0 { buffer.append(contentsOf: chunk[0..<n]); return true }
        if n == 0 { return false }
        if errno == ECONNRESET { return false }
        throw TestError("recv timed out or failed: errno \(errno)")
    }

    /// Reads until the peer closes (or the timeout), returning everything.
    func readToEOF() throws -> [UInt8] {
        while try fill() {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// One HTTP response: head text and body (by Content-Length).
    func readHTTPResponse() throws -> (status: Int, head: String, body: [UInt8]) {
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                let status = Int(head.split(separator: " ")[1]) ?? 0
                var length = 0
                for line in head.split(separator: "\r\n") {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        length = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
                    }
                }
                while buffer.count < end + 4 + length { guard try fill() else { throw TestError("EOF in body") } }
                let body = Array(buffer[(end + 4)..<(end + 4 + length)])
                buffer.removeFirst(end + 4 + length)
                return (status, head, body)
            }
            guard try fill() else { throw TestError("EOF before response head; got \(String(decoding: buffer, as: UTF8.self))") }
        }
    }

    /// Reads up to and including `marker`, returning it as text.
    func readUntil(_ marker: String) throws -> String {
        let needle = Array(marker.utf8)
        while true {
            if let i = find(needle) {
                let text = String(decoding: buffer[0..<(i + needle.count)], as: UTF8.self)
                buffer.removeFirst(i + needle.count)
                return text
            }
            guard try fill() else { throw TestError("EOF before \(marker.debugDescription)") }
        }
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for i in 0...(buffer.count - needle.count) where buffer[i] == needle[0] {
            if Array(buffer[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    // MARK: WebSocket

    func handshake(path: String, extraHeaders: String = "") throws -> (status: Int, head: String, body: [UInt8]) {
        try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\(extraHeaders)\r\n")
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                let status = Int(head.split(separator: " ")[1]) ?? 0
                if status == 101 { buffer.removeFirst(end + 4); return (status, head, []) }
                return try readHTTPResponse()
            }
            guard try fill() else { throw TestError("EOF during handshake") }
        }
    }

    /// A client frame; masked unless told otherwise.
    static func frame(opcode: UInt8, payload: [UInt8], fin: Bool = true, masked: Bool = true,
                      mask: [UInt8] = [0x37, 0xfa, 0x21, 0x3d]) -> [UInt8] {
        var f: [UInt8] = [(fin ? 0x80 : 0) | opcode]
        let m: UInt8 = masked ? 0x80 : 0
        if payload.count < 126 { f.append(m | UInt8(payload.count)) }
        else if payload.count < 65536 { f.append(m | 126); f.append(UInt8(payload.count >> 8)); f.append(UInt8(payload.count & 0xff)) }
        else { f.append(m | 127); for i in (0..<8).reversed() { f.append(UInt8((payload.count >> (8 * i)) & 0xff)) } }
        if masked {
            f.append(contentsOf: mask)
            for (i, b) in payload.enumerated() { f.append(b ^ mask[i % 4]) }
        } else { f.append(contentsOf: payload) }
        return f
    }

    func sendText(_ text: String) throws { try send(RawClient.frame(opcode: 1, payload: Array(text.utf8))) }

    struct Frame { var opcode: UInt8; var payload: [UInt8]
        var text: String { String(decoding: payload, as: UTF8.self) }
        var closeCode: UInt16? { payload.count >= 2 ? UInt16(payload[0]) << 8 | UInt16(payload[1]) : nil }
        var closeReason: String { payload.count > 2 ? String(decoding: payload[2...], as: UTF8.self) : "" }
    }

    /// The next frame from the server; nil on EOF.
    func readFrame() throws -> Frame? {
        while true {
            if buffer.count >= 2 {
                var len = Int(buffer[1] & 0x7f)
                var header = 2
                if len == 126, buffer.count >= 4 { len = Int(buffer[2]) << 8 | Int(buffer[3]); header = 4 }
                else if len == 127, buffer.count >= 10 { len = 0; for i in 2..<10 { len = len << 8 | Int(buffer[i]) }; header = 10 }
                else if len >= 126 { guard try fill() else { return nil }; continue }
                if buffer.count >= header + len {
                    let f = Frame(opcode: buffer[0] & 0x0f, payload: Array(buffer[header..<(header + len)]))
                    buffer.removeFirst(header + len)
                    return f
                }
            }
            guard try fill() else { return nil }
        }
    }

    /// The next text frame parsed as a JSON object, skipping pings.
    func readEvent() throws -> [String: Any] {
        while let f = try readFrame() {
            if f.opcode == 9 || f.opcode == 10 { continue }
            guard f.opcode == 1 else { throw TestError("expected text, got opcode \(f.opcode) \(f.payload)") }
            guard let obj = try JSONSerialization.jsonObject(with: Data(f.payload)) as? [String: Any] else {
                throw TestError("not a JSON object: \(f.text)")
            }
            return obj
        }
        throw TestError("EOF while waiting for an event")
    }

    /// Reads events until one of `type` arrives.
    func readEvent(type: String) throws -> [String: Any] {
        for _ in 0..<100 {
            let e = try readEvent()
            if e["type"] as? String == type { return e }
        }
        throw TestError("no \(type) event")
    }
}

struct TestError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
