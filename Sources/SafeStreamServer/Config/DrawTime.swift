import SafeStreamCodec

/// `LIVE_CHAT_DRAW_TIME`: one instant, or a time of day repeated daily (UTC).
public enum DrawTime: Equatable, Sendable {
    case instant(epochMillis: Int64)
    case daily(minuteOfDay: Int)

    public static func parse(_ text: String) -> DrawTime? {
        let b = Array(text.utf8)
        if b.count == 5, b[2] == UInt8(ascii: ":"),
           let h = Int(String(text.prefix(2))), let m = Int(String(text.suffix(2))),
           (0..<24).contains(h), (0..<60).contains(m) {
            return .daily(minuteOfDay: h * 60 + m)
        }
        if let ms = UTCTime.parseInstant(text) { return .instant(epochMillis: ms) }
        return nil
    }
}
