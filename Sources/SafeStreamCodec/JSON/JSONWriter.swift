/// Writes compact JSON straight into a byte buffer, managing commas itself.
/// This is how every event is serialized exactly once: the bytes it produces
/// are framed once and shared by every subscriber and the log.
///
///     var w = JSONWriter()
///     w.beginObject(); w.key("type"); w.string("chat"); w.key("id"); w.int(17); w.endObject()
///     // w.bytes == Array(#"{"type":"chat","id":17}"#.utf8)
///
/// Comma bookkeeping needs no stack: right after an opening bracket the next
/// item needs no comma, after any finished item (a scalar, a closed
/// container, or a key's value) the next one does, and a value right after
/// its key never does. Two flags capture all of that at any depth.
/// The writer trusts its caller to nest calls correctly; it does not check.
public struct JSONWriter {
    public var bytes: [UInt8]
    /// The next item at the current level must be preceded by a comma.
    @usableFromInline var needsComma = false
    /// A key was just written, so the next call writes its value.
    @usableFromInline var afterKey = false

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An object key; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Escapes `"` `\\` and control characters (U+0000-U+001F as \\n, \\t ... or \\u00XX);
    /// everything else, including non-ASCII and `/`, is written as UTF-8 unchanged.
    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func int(_ value: Int) {
        separate()
        appendInteger(Int64(value))
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        appendASCII(value ? "true" : "false")
        needsComma = true
    }

    public mutating func null() {
        separate()
        appendASCII("null")
        needsComma = true
    }

    /// Shortest round-trip form; integers without ".0"; non-finite as null.
    public mutating func double(_ value: Double) {
        separate()
        appendDouble(value)
        needsComma = true
    }

    /// A value rounded to 3 decimals, written without trailing zeros:
    /// 0 → `0`, 0.02 → `0.02`, 0.9351 → `0.935`, 1 → `1`.
    ///
    /// Rounding is half away from zero on the binary value times 1000, so
    /// 0.9995 → `1` and -0.0005 → `-0.001`; anything that rounds to zero,
    /// including -0, prints `0`. Non-finite values print `null` (JSON has no
    /// infinity), and magnitudes too large for the integer path fall back to
    /// `double`.
    public mutating func decimal3(_ value: Double) {
        separate()
        needsComma = true
        guard value.isFinite else {
            appendASCII("null")
            return
        }
        let thousandths = (value * 1000).rounded(.toNearestOrAwayFromZero)
        // 2^53: beyond it the product has no fractional digits to round and
        // Int64 conversion would need a range check anyway.
        guard thousandths.magnitude < 9_007_199_254_740_992 else {
            appendDouble(value)
            return
        }
        let scaled = Int64(thousandths)
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        appendDigits(magnitude / 1000)
        var fraction = magnitude % 1000
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor: UInt64 = 100
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number):
            separate()
            appendInteger(number)
            needsComma = true
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    /// Pre-serialized JSON (e.g. a value kept from the log) written as is.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    // MARK: - Building blocks

    /// Writes the comma an item needs, unless it is a key's value.
    @inline(__always)
    @usableFromInline mutating func separate() {
        if afterKey {
            afterKey = false
        } else if needsComma {
            bytes.append(UInt8(ascii: ","))
        }
    }

    private mutating func appendASCII(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // magnitude is unsigned, so Int64.min needs no special case.
        appendDigits(value.magnitude)
    }

    /// Decimal digits straight into the buffer, no intermediate String.
    private mutating func appendDigits(_ value: UInt64) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // UInt64.max has 20 digits: fill a fixed scratch tuple from the right.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { digits in
            var remaining = value
            var start = 24
            while remaining != 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[start..<24]))
        }
    }

    private mutating func appendDouble(_ value: Double) {
        guard value.isFinite else {
            appendASCII("null")
            return
        }
        // Integral values below 2^53 are exact as Int64: print them as
        // integers (no ".0", no exponent). The sign of -0 is kept so the
        // value reads back as the same Double.
        if value == value.rounded(.towardZero), value.magnitude < 9_007_199_254_740_992 {
            if value == 0, value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
            appendInteger(Int64(value))
            return
        }
        // Swift's description is the shortest text that reads back to the
        // same Double, and for finite values it is valid JSON ("1e-07",
        // "1.5e+300"). Integral values from 2^53 on may still come out as
        // "9007199254740992.0": the ".0" is dropped as promised.
        var text = value.description
        text.withUTF8 { utf8 in
            var count = utf8.count
            if count >= 2, utf8[count - 2] == UInt8(ascii: "."), utf8[count - 1] == UInt8(ascii: "0") {
                count -= 2
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[0..<count]))
        }
    }

    /// Writes `text` quoted, escaping as RFC 8259 §7 requires and nothing more.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = Self.nextByteToEscape(in: utf8, from: 0)
            while index < utf8.count {
                // Copy the clean run before this byte in one go.
                if runStart < index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                }
                appendEscape(for: utf8[index])
                runStart = index + 1
                index = Self.nextByteToEscape(in: utf8, from: runStart)
            }
            if runStart < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The index of the first '"', '\\' or control byte at or after `start`,
    /// or `utf8.count`; clean text is skipped eight bytes at a time.
    @inline(__always)
    private static func nextByteToEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if ByteWordTests.hasStringSpecial(word) { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return index
    }

    private mutating func appendEscape(for byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
