import Glibc
import SafeStreamCodec

/// Rebuilds what the server must remember across restarts from the JSONL
/// files: the highest event `id` (so ids stay unique) and each channel's
/// recent history.
///
/// Files are read newest first and reading stops once `byteBudget` has been
/// read: the largest id is always in the newest files, and history only
/// needs the last `historyLimit` events per channel. Lines that are not JSON
/// objects (a torn last line after a crash) are skipped and counted.
public struct LogRecovery {
    public var maxID: Int64 = 0
    public var history: [String: [EventRing.Entry]] = [:]
    /// Per channel, the newest logged id that did not fit in the history.
    public var trimmedBefore: [String: Int64] = [:]
    /// Channel like totals and message likes, as last logged (for issue #4's likes).
    public var channelLikes: [String: Int64] = [:]
    public var messageLikes: [Int64: Int64] = [:]
    /// Streams whose last logged event is `stream_start`, with their location.
    public var liveStreams: [String: String?] = [:]
    public var linesRead = 0
    public var badLines = 0
    public var filesRead = 0

    public init() {}

    enum StreamState { case live(String?), ended }

    public static func recover(directory: String, historyLimit: Int, byteBudget: Int = 256 << 20) -> LogRecovery {
        var result = LogRecovery()
        let files = LogFileNames.chronological(Directory.list(directory))
        // Newest first; each file's lines are collected, then merged oldest-first per channel.
        var perChannelNewestFirst: [String: [EventRing.Entry]] = [:]
        var budget = byteBudget
        var decidedStreams = Set<String>()
        for name in files.reversed() {
            guard budget > 0, let bytes = readFile("\(directory)/\(name)") else { continue }
            budget -= bytes.count
            result.filesRead += 1
            var fileEntries: [(channel: String, entry: EventRing.Entry)] = []
            var fileChannelLikes: [String: Int64] = [:]
            var fileMessageLikes: [Int64: Int64] = [:]
            var fileStreams: [String: StreamState] = [:]
            forEachLine(bytes) { line in
                result.linesRead += 1
                guard case .object(let obj)? = try? JSONParser.parse(line) else { result.badLines += 1; return }
                result.absorb(obj, line: line, into: &fileEntries,
                              channelLikes: &fileChannelLikes, messageLikes: &fileMessageLikes)
                if case .string(let type)? = obj["type"], type == "stream_start" || type == "stream_end",
                   case .string(let channel)? = obj["channel"] {
                    if type == "stream_start" {
                        var location: String? = nil
                        if case .string(let l)? = obj["location"] { location = l }
                        fileStreams[channel] = .live(location)
                    } else {
                        fileStreams[channel] = .ended
                    }
                }
            }
            // A stream's state is its last start/end; a newer file (read earlier) decides first.
            for (channel, state) in fileStreams where decidedStreams.insert(channel).inserted {
                if case .live(let location) = state { result.liveStreams[channel] = location }
            }
            // Within a file the last line wins; a newer file (read earlier) wins over this one.
            result.channelLikes.merge(fileChannelLikes) { newer, _ in newer }
            result.messageLikes.merge(fileMessageLikes) { newer, _ in newer }
            for (channel, entry) in fileEntries.reversed() {
                var list = perChannelNewestFirst[channel, default: []]
                if list.count < historyLimit { list.append(entry); perChannelNewestFirst[channel] = list }
                else if result.trimmedBefore[channel] == nil { result.trimmedBefore[channel] = entry.id }
            }
        }
        for (channel, list) in perChannelNewestFirst { result.history[channel] = list.reversed() }
        return result
    }

    private mutating func absorb(_ obj: JSONObject, line: [UInt8], into entries: inout [(channel: String, entry: EventRing.Entry)],
                                 channelLikes: inout [String: Int64], messageLikes: inout [Int64: Int64]) {
        guard case .string(let type)? = obj["type"] else { return }
        switch type {
        case "like_update":
            if case .string(let ch)? = obj["channel"], case .int(let total)? = obj["total_likes"] { channelLikes[ch] = total }
            return
        case "message_like_update":
            if case .int(let id)? = obj["id"], case .int(let likes)? = obj["likes"] { messageLikes[id] = likes }
            return
        default:
            break
        }
        if case .int(let id)? = obj["id"] { maxID = max(maxID, id) }
        guard case .int(let id)? = obj["id"], case .string(let channel)? = obj["channel"] else { return }
        if case .bool(true)? = obj["blocked"] { return }    // never broadcast, so never replayed
        let json = HistoryLine.broadcastForm(of: obj, line: line)
        entries.append((channel, EventRing.Entry(id: id, json: json)))
    }

    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        if got < out.count { out.removeLast(out.count - got) }
        return out
    }

    static func forEachLine(_ bytes: [UInt8], _ body: ([UInt8]) -> Void) {
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            if i > start { body(Array(bytes[start..<i])) }
            start = i + 1
        }
        if start < bytes.count { body(Array(bytes[start...])) }
    }
}

/// The logged form of an event equals its broadcast form except under
/// `MODERATION_ACTION=mask`, where the log line also keeps `original`
/// (SPEC §5: the log always holds the original text).
enum HistoryLine {
    static func broadcastForm(of obj: JSONObject, line: [UInt8]) -> [UInt8] {
        guard obj["original"] != nil else { return line }
        var w = JSONWriter(capacity: line.count)
        w.beginObject()
        for member in obj.members where member.key != "original" {
            w.key(member.key)
            w.value(member.value)
        }
        w.endObject()
        return w.bytes
    }
}
