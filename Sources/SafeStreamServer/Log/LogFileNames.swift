import SafeStreamCodec

/// `chat_YYYY-MM-DD.jsonl` and its rotated backups `.1` (newest) … `.N`.
enum LogFileNames {
    static func base(day: Int) -> String { "chat_\(UTCTime.dateString(dayNumber: day)).jsonl" }

    /// (day, backup index: 0 for the live file) for a name we wrote, else nil.
    static func parse(_ name: String) -> (day: Int, backup: Int)? {
        guard name.hasPrefix("chat_") else { return nil }
        let rest = name.dropFirst(5)
        guard rest.count >= 16, let day = UTCTime.parseDate(rest.prefix(10)) else { return nil }
        let tail = rest.dropFirst(10)
        if tail == ".jsonl" { return (day, 0) }
        guard tail.hasPrefix(".jsonl."), let n = Int(tail.dropFirst(7)), n > 0 else { return nil }
        return (day, n)
    }

    /// Oldest first: earlier days first; within a day `.N` … `.1`, then the live file.
    static func chronological(_ names: [String]) -> [String] {
        names.compactMap { n in parse(n).map { (n, $0) } }
            .sorted { a, b in
                if a.1.day != b.1.day { return a.1.day < b.1.day }
                return a.1.backup > b.1.backup   // .N is oldest, the live file (0) newest
            }
            .map { $0.0 }
    }
}
