import Foundation
import Glibc

/// The `safestream` binary as a child process on an ephemeral port, for tests
/// that need their own process: signals, exit codes, RSS, fd limits.
final class ServerProcess {
    let process: Process
    let port: Int
    let logDir: String
    private let stderrReader: LineReader

    init(_ env: [String: String] = [:], logDir: String? = nil, shellPrefix: String? = nil) throws {
        self.logDir = logDir ?? TestServer.temporaryDirectory()
        let p = Process()
        var e = ProcessInfo.processInfo.environment
        e["PORT"] = "0"; e["LOG_DIR"] = self.logDir; e["GIFT_INTERVAL_SECS"] = "0"
        for (k, v) in env { e[k] = v }
        p.environment = e
        if let shellPrefix {
            // e.g. "ulimit -n 64;" — exec keeps the pid the server's.
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "\(shellPrefix) exec \"$0\"", Tools.serverBinary]
        } else {
            p.executableURL = URL(fileURLWithPath: Tools.serverBinary)
        }
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        process = p
        stderrReader = LineReader(err.fileHandleForReading)
        guard let line = stderrReader.nextLine(timeout: 10), let r = line.range(of: #":(\d+) "#, options: .regularExpression) else {
            p.terminate(); throw TestError("server did not report its port")
        }
        port = Int(line[r].dropFirst().dropLast())!
    }

    deinit { stop() }

    var pid: Int32 { process.processIdentifier }

    /// Resident memory in KiB, from /proc.
    var rssKB: Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }

    /// CPU time (user + system) in seconds, from /proc.
    var cpuSeconds: Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        let ticks = (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    func metric(_ name: String) throws -> Double {
        let out = try Tools.run(Tools.curl, ["-sS", "http://127.0.0.1:\(port)/metrics"])
        for line in out.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.split(separator: " ").last ?? "") ?? .nan
        }
        throw TestError("metric \(name) not found")
    }

    func stop() {
        if process.isRunning {
            kill(pid, SIGTERM)
            let deadline = Date().addingTimeInterval(6)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(pid, SIGKILL) }
        }
    }
}
