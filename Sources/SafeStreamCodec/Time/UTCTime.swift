/// UTC calendar arithmetic without Foundation (Howard Hinnant's
/// days-from-civil algorithms), used for `ts` fields and log file names.
public enum UTCTime {
    public struct Civil: Equatable, Sendable {
        public var year: Int, month: Int, day: Int
        public var hour: Int, minute: Int, second: Int, millisecond: Int
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public static func civil(epochMillis ms: Int64) -> Civil {
        let millis = Int(((ms % 1000) + 1000) % 1000)
        let secs = (Int(ms) - millis) / 1000
        let days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        let rem = secs - days * 86400
        let (y, m, d) = civilFromDays(days)
        return Civil(year: y, month: m, day: d, hour: rem / 3600, minute: (rem % 3600) / 60,
                     second: rem % 60, millisecond: millis)
    }

    /// The UTC day number (days since the epoch) of an instant.
    public static func dayNumber(epochMillis ms: Int64) -> Int {
        let secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        return Int(secs >= 0 ? secs / 86400 : (secs - 86399) / 86400)
    }

    /// `2026-11-22T04:20:05.752Z`, appended as ASCII bytes.
    public static func appendISO8601(epochMillis ms: Int64, to out: inout [UInt8]) {
        let c = civil(epochMillis: ms)
        appendDigits(c.year, 4, &out); out.append(UInt8(ascii: "-"))
        appendDigits(c.month, 2, &out); out.append(UInt8(ascii: "-"))
        appendDigits(c.day, 2, &out); out.append(UInt8(ascii: "T"))
        appendDigits(c.hour, 2, &out); out.append(UInt8(ascii: ":"))
        appendDigits(c.minute, 2, &out); out.append(UInt8(ascii: ":"))
        appendDigits(c.second, 2, &out); out.append(UInt8(ascii: "."))
        appendDigits(c.millisecond, 3, &out); out.append(UInt8(ascii: "Z"))
    }

    public static func iso8601(epochMillis ms: Int64) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(24)
        appendISO8601(epochMillis: ms, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DD` of a day number.
    public static func dateString(dayNumber: Int) -> String {
        let (y, m, d) = civilFromDays(dayNumber)
        var out: [UInt8] = []
        appendDigits(y, 4, &out); out.append(UInt8(ascii: "-"))
        appendDigits(m, 2, &out); out.append(UInt8(ascii: "-"))
        appendDigits(d, 2, &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DD` into a day number.
    public static func parseDate(_ s: Substring) -> Int? {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = number(b[0..<4]), let m = number(b[5..<7]), let d = number(b[8..<10]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return daysFromCivil(year: y, month: m, day: d)
    }

    /// Parses an ISO-8601 instant `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)` into epoch millis.
    public static func parseInstant(_ s: String) -> Int64? {
        let b = Array(s.utf8)
        guard b.count >= 16, let day = parseDate(Substring(s.prefix(10))),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "),
              let hh = number(b[11..<13]), b[13] == UInt8(ascii: ":"), let mm = number(b[14..<16]),
              hh < 24, mm < 60 else { return nil }
        var i = 16
        var ss = 0, ms = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard i + 3 <= b.count, let s2 = number(b[(i + 1)..<(i + 3)]), s2 < 61 else { return nil }
            ss = s2; i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                var digits = 0
                while i < b.count, b[i] >= 48, b[i] <= 57 {
                    if digits < 3 { ms = ms * 10 + Int(b[i] - 48) }
                    digits += 1; i += 1
                }
                guard digits > 0 else { return nil }
                for _ in digits..<3 where digits < 3 { ms *= 10 }
            }
        }
        var offset = 0
        if i < b.count {
            if b[i] == UInt8(ascii: "Z") && i + 1 == b.count {
                offset = 0
            } else if (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) && i + 6 == b.count,
                      let oh = number(b[(i + 1)..<(i + 3)]), b[i + 3] == UInt8(ascii: ":"),
                      let om = number(b[(i + 4)..<(i + 6)]) {
                offset = (oh * 60 + om) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
            } else { return nil }
        }
        let secs = Int64(day) * 86400 + Int64(hh * 3600 + mm * 60 + ss) - Int64(offset * 60)
        return secs * 1000 + Int64(ms)
    }

    private static func number(_ s: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for c in s { guard c >= 48 && c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
        return s.isEmpty ? nil : v
    }

    @inline(__always)
    private static func appendDigits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8) = (48, 48, 48, 48)
        var v = value
        withUnsafeMutableBytes(of: &digits) { p in
            var i = width - 1
            while i >= 0 { p[i] = UInt8(48 + v % 10); v /= 10; i -= 1 }
            for j in 0..<width { out.append(p[j]) }
        }
    }
}
