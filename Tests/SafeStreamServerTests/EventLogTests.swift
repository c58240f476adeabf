import Testing
import Foundation
@testable import SafeStreamServer
import SafeStreamCodec

@Suite(.serialized) struct EventLogTests {
    private func tempDir() -> String {
        let p = NSTemporaryDirectory() + "ss-log-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }

    private func line(_ id: Int, channel: String = "lobby", pad: Int = 0) -> [UInt8] {
        Array(#"{"type":"chat","id":\#(id),"channel":"\#(channel)","user":"u","message":"\#(String(repeating: "x", count: pad))","toxic":false,"score":0,"badges":[],"ts":"2026-11-22T00:00:00.000Z"}"#.utf8)
    }

    let day = Int64(UTCTime.daysFromCivil(year: 2026, month: 11, day: 22)) * 86_400_000

    @Test func writesOneLinePerEventIntoTheUTCDaysFile() throws {
        let dir = tempDir()
        let log = JSONLFileLog(directory: dir, maxBytes: 1 << 20, backups: 2, fsync: .never, deliverOnLoop: { $0() })
        log.append(line(1), epochMillis: day + 5, durable: nil)
        log.append(line(2), epochMillis: day + 86_400_000 + 5, durable: nil)   // next UTC day
        log.flushAndSync()
        let a = try String(contentsOfFile: "\(dir)/chat_2026-11-22.jsonl", encoding: .utf8)
        let b = try String(contentsOfFile: "\(dir)/chat_2026-11-23.jsonl", encoding: .utf8)
        #expect(a == String(decoding: line(1), as: UTF8.self) + "\n")
        #expect(b == String(decoding: line(2), as: UTF8.self) + "\n")
    }

    @Test func rotatesAtMaxBytesKeepingBackupsAndNeverSplittingLines() throws {
        let dir = tempDir()
        let log = JSONLFileLog(directory: dir, maxBytes: 1024, backups: 2, fsync: .never, deliverOnLoop: { $0() })
        for i in 1...40 { log.append(line(i, pad: 50), epochMillis: day, durable: nil) }
        log.flushAndSync()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(names == ["chat_2026-11-22.jsonl", "chat_2026-11-22.jsonl.1", "chat_2026-11-22.jsonl.2"])
        var ids: [Int] = []
        for name in LogFileNames.chronological(names) {
            let text = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
            #expect(text.utf8.count <= 1024)
            for l in text.split(separator: "\n") {
                let obj = try JSONParser.parse(Array(l.utf8))
                if case .object(let o) = obj, case .int(let id)? = o["id"] { ids.append(Int(id)) }
            }
        }
        #expect(ids == Array(ids.sorted()), "backups read oldest first give ids in order")
        #expect(ids.last == 40)
        #expect(log.stats.rotations >= 2)
    }

    @Test func alwaysModeAcknowledgesAfterTheLineIsWritten() throws {
        let dir = tempDir()
        let acked = LockedCounter()
        let log = JSONLFileLog(directory: dir, maxBytes: 1 << 20, backups: 1, fsync: .always, deliverOnLoop: { $0() })
        #expect(log.waitsForDurability)
        log.append(line(1), epochMillis: day) {
            let text = (try? String(contentsOfFile: "\(dir)/chat_2026-11-22.jsonl", encoding: .utf8)) ?? ""
            if text.contains(#""id":1,"#) { acked.add() }
        }
        log.flushAndSync()
        #expect(acked.value == 1)
    }

    @Test func aMissingDirectoryIsRecreatedAndNothingIsLost() throws {
        let dir = tempDir()
        let log = JSONLFileLog(directory: dir, maxBytes: 1 << 20, backups: 1, fsync: .never, deliverOnLoop: { $0() },
                               reportError: { _ in })
        log.append(line(1), epochMillis: day, durable: nil)
        usleep(200_000)
        try FileManager.default.removeItem(atPath: dir)
        log.append(line(2), epochMillis: day, durable: nil)
        log.flushAndSync()
        let text = try String(contentsOfFile: "\(dir)/chat_2026-11-22.jsonl", encoding: .utf8)
        #expect(text.contains(#""id":2,"#))
    }

    @Test func recoveryFindsTheLastIDAndRebuildsHistoryPerChannel() throws {
        let dir = tempDir()
        let log = JSONLFileLog(directory: dir, maxBytes: 2048, backups: 5, fsync: .never, deliverOnLoop: { $0() })
        for i in 1...30 { log.append(line(i, channel: i % 3 == 0 ? "post:1" : "lobby", pad: 20), epochMillis: day, durable: nil) }
        log.flushAndSync()
        // A torn last line, as after a crash mid-write.
        let fh = FileHandle(forWritingAtPath: "\(dir)/chat_2026-11-22.jsonl")!
        fh.seekToEndOfFile(); fh.write(Data(#"{"type":"chat","id":31,"chan"#.utf8)); fh.closeFile()
        let r = LogRecovery.recover(directory: dir, historyLimit: 4)
        #expect(r.maxID == 30)
        #expect(r.badLines == 1)
        #expect(r.history["lobby"]?.map(\.id) == [25, 26, 28, 29])
        #expect(r.history["post:1"]?.map(\.id) == [18, 21, 24, 27, 30].suffix(4).map { $0 })
    }
}

final class LockedCounter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func add() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}
