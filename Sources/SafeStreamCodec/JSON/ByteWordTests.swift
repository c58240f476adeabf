/// Branch-free tests on eight bytes at once ("SWAR"), used by the JSON
/// parser and writer to skip runs of plain string bytes a word at a time.
/// Each answers exactly whether *some* byte matches, which is all the
/// callers need: on a match they fall back to a byte loop to find which.
enum ByteWordTests {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `word` is zero: (x - 0x01..) & ~x & 0x80.. is non-zero
    /// exactly then (a borrow can only start at a zero byte).
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        hasZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Some byte of `word` is below `limit` (valid for limit <= 0x80).
    @inline(__always)
    static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Some byte of `word` is 0x80 or above (not ASCII).
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool {
        word & highBits != 0
    }

    /// Some byte is '"', '\\' or a control character: a byte a JSON string
    /// cannot hold raw (RFC 8259 §7).
    @inline(__always)
    static func hasStringSpecial(_ word: UInt64) -> Bool {
        hasByte(word, equalTo: UInt8(ascii: "\"")) || hasByte(word, equalTo: UInt8(ascii: "\\"))
            || hasByte(word, below: 0x20)
    }
}
