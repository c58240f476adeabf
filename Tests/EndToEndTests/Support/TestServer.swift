import Foundation
import SafeStreamServer

/// A real SafeStream server on an ephemeral loopback port, running in this
/// process on its own loop thread, with its own temporary log directory.
final class TestServer {
    let handle: ServerHandle
    let logDir: String
    var port: Int { handle.port }
    var base: String { "http://127.0.0.1:\(port)" }
    var ws: String { "ws://127.0.0.1:\(port)" }

    init(logDir: String? = nil, _ configure: (inout Settings) -> Void = { _ in }) throws {
        var s = Settings()
        s.port = 0
        s.giftIntervalSecs = 0
        s.echoEndpoint = true
        self.logDir = logDir ?? TestServer.temporaryDirectory()
        s.logDir = self.logDir
        configure(&s)
        handle = try ServerHandle(settings: s)
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "safestream-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func stop() { handle.stop() }

    /// All lines of today's (and any other) log files, oldest file first.
    func logLines() -> [String] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: logDir)) ?? []).filter { $0.hasPrefix("chat_") }.sorted()
        return files.flatMap { name -> [String] in
            let text = (try? String(contentsOfFile: logDir + "/" + name, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init)
        }
    }

    /// Waits until `predicate` holds over the log lines (the writer thread is asynchronous).
    func waitForLog(timeout: Double = 3, _ predicate: ([String]) -> Bool) -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = logLines()
        while !predicate(lines) && Date() < deadline { usleep(20_000); lines = logLines() }
        return lines
    }

    /// curl, returning status and body.
    func curl(_ args: [String]) throws -> (status: Int, body: String) {
        try Tools.ensure()
        let out = try Tools.run(Tools.curl, ["-sS", "-o", "-", "-w", "\n%{http_code}"] + args)
        let parts = out.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(parts.last ?? "") ?? 0, parts.dropLast().joined(separator: "\n"))
    }
}

func json(_ text: String) -> [String: Any]? {
    try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
}
