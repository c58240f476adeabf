/// An incremental UTF-8 validator (RFC 3629, Unicode Table 3-7): rejects
/// overlong forms, surrogates (U+D800-U+DFFF), code points above U+10FFFF and
/// bad continuation bytes the moment the offending byte arrives, so a
/// fragmented text message fails on the fragment that breaks it (RFC 6455
/// §8.1 "fail fast"). ASCII runs are checked eight bytes at a time.
///
/// The whole state is three bytes: how many continuation bytes are still
/// owed, and the allowed range of the *next* one. Table 3-7 narrows only the
/// second byte of a sequence (E0 → A0..BF, ED → 80..9F, F0 → 90..BF,
/// F4 → 80..8F); every later continuation byte is 80..BF. Checking that range
/// per byte is what makes the validator fail at the first impossible byte
/// instead of at the end of the sequence.
public struct UTF8Validator: Sendable {
    /// Continuation bytes still expected for the current code point; 0 between
    /// code points. 0xFF marks a validator that has already failed.
    @usableFromInline var pending: UInt8 = 0
    /// Inclusive range the next continuation byte must fall in.
    @usableFromInline var lower: UInt8 = 0x80
    @usableFromInline var upper: UInt8 = 0xBF

    @usableFromInline static let failedMarker: UInt8 = 0xFF

    public init() {}

    /// Feeds more bytes; false as soon as they cannot be part of valid UTF-8.
    /// Once false, every later call is false too.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if pending == Self.failedMarker { return false }
        let count = bytes.count
        var i = 0
        while i < count {
            if pending == 0 {
                // ASCII fast path: eight bytes per step while no high bit is set.
                while i &+ 8 <= count {
                    let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i &+= 8
                }
                guard i < count else { break }
                let lead = bytes[i]
                i &+= 1
                if lead < 0x80 { continue }
                if !start(lead) { pending = Self.failedMarker; return false }
            } else {
                let byte = bytes[i]
                i &+= 1
                guard byte >= lower, byte <= upper else {
                    pending = Self.failedMarker
                    return false
                }
                pending &-= 1
                lower = 0x80
                upper = 0xBF
            }
        }
        return true
    }

    /// Sets up the state for a multi-byte lead byte; false if no valid
    /// sequence starts with it (continuation bytes, C0/C1 which can only
    /// encode overlong ASCII, F5..FF which would exceed U+10FFFF).
    @inline(__always)
    private mutating func start(_ lead: UInt8) -> Bool {
        lower = 0x80
        upper = 0xBF
        switch lead {
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; lower = 0xA0          // overlong below U+0800
        case 0xE1...0xEC, 0xEE...0xEF: pending = 2
        case 0xED: pending = 2; upper = 0x9F          // U+D800..DFFF surrogates
        case 0xF0: pending = 3; lower = 0x90          // overlong below U+10000
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; upper = 0x8F          // above U+10FFFF
        default: return false
        }
        return true
    }

    /// True if everything fed so far ends on a complete code point.
    public var isComplete: Bool { pending == 0 }

    /// Whole-buffer check.
    public static func validate(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var validator = UTF8Validator()
        return validator.feed(bytes) && validator.isComplete
    }

    public static func validate(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { validate($0) }
    }
}

extension UTF8Validator {
    /// Convenience for array input (tests, close reasons).
    public mutating func feed(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { feed($0) }
    }
}
