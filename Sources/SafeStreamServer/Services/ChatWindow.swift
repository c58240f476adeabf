/// Whether chat is open at an instant, given the draw time and the hours
/// before and after it (SPEC §1 LIVE_CHAT_*). Pure: time is passed in.
public struct ChatWindow: Sendable {
    public let draw: DrawTime
    public let preMillis: Int64
    public let postMillis: Int64

    public init(draw: DrawTime, preHours: Double, postHours: Double) {
        self.draw = draw
        self.preMillis = Int64(preHours * 3_600_000)
        self.postMillis = Int64(postHours * 3_600_000)
    }

    public func isOpen(atEpochMillis now: Int64) -> Bool {
        switch draw {
        case .instant(let t):
            return now >= t - preMillis && now <= t + postMillis
        case .daily(let minute):
            // The draw happens every day; check yesterday's, today's and tomorrow's.
            let day: Int64 = 86_400_000
            let today = (now >= 0 ? now / day : (now - day + 1) / day) * day
            for offset in [-day, 0, day] {
                let t = today + offset + Int64(minute) * 60_000
                if now >= t - preMillis && now <= t + postMillis { return true }
            }
            return false
        }
    }
}
