/// String scanning (RFC 8259 §7) with UTF-8 validation (§8.1).
extension JSONByteParser {
    /// Parses the string whose opening quote is at `position`.
    ///
    /// Fast path: scan to the closing quote and build the String from the
    /// byte slice in one go. Only a string with a backslash takes the slow
    /// path, which decodes into one byte buffer, again with a single String
    /// creation at the end.
    mutating func parseString() throws(JSONError) -> String {
        let start = position + 1
        var index = start
        while true {
            index = skipPlainASCII(from: index)
            guard index < input.count else { throw error("unterminated string", at: position) }
            let byte = input[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(contentStart: start, firstEscape: index)
            } else if byte < 0x20 {
                throw error("control character in string", at: index)
            } else if byte >= 0x80 {
                index = try endOfUTF8Sequence(at: index)
            } else {
                index += 1
            }
        }
    }

    /// Skips bytes that need no attention (ASCII other than '"', '\\' and
    /// controls), eight at a time while whole words fit, and returns the
    /// index of the first byte that may need it.
    @inline(__always)
    private func skipPlainASCII(from start: Int) -> Int {
        var index = start
        if let base = input.baseAddress {
            while index + 8 <= input.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if ByteWordTests.hasStringSpecial(word) || ByteWordTests.hasNonASCII(word) { break }
                index += 8
            }
        }
        while index < input.count {
            let byte = input[index]
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return index
            }
            index += 1
        }
        return index
    }

    private mutating func parseEscapedString(contentStart: Int, firstEscape: Int) throws(JSONError) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(firstEscape - contentStart + 16)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[contentStart..<firstEscape]))
        var index = firstEscape
        while index < input.count {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index = try decodeEscape(at: index, into: &buffer)
            case 0x00..<0x20:
                throw error("control character in string", at: index)
            case 0x80...:
                let end = try endOfUTF8Sequence(at: index)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<end]))
                index = end
            default:
                // Copy the whole run up to the next byte that needs attention.
                let runEnd = skipPlainASCII(from: index + 1)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<runEnd]))
                index = runEnd
            }
        }
        throw error("unterminated string", at: contentStart - 1)
    }

    /// Decodes the escape whose backslash is at `index`; returns the index after it.
    private func decodeEscape(at index: Int, into buffer: inout [UInt8]) throws(JSONError) -> Int {
        guard index + 1 < input.count else { throw error("unterminated string", at: index) }
        switch input[index + 1] {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexCodeUnit(at: index + 2)
            var scalarValue = UInt32(unit)
            var end = index + 6
            switch unit {
            case 0xD800...0xDBFF:
                // §7: a character outside the BMP is a UTF-16 surrogate pair,
                // written as two escapes; a high surrogate alone is no character.
                guard end + 1 < input.count,
                      input[end] == UInt8(ascii: "\\"), input[end + 1] == UInt8(ascii: "u") else {
                    throw error("lone surrogate in string", at: index)
                }
                let low = try hexCodeUnit(at: end + 2)
                guard (0xDC00...0xDFFF).contains(low) else { throw error("lone surrogate in string", at: index) }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                end += 6
            case 0xDC00...0xDFFF:
                throw error("lone surrogate in string", at: index)
            default:
                break
            }
            appendUTF8(scalarValue, to: &buffer)
            return end
        default:
            throw error("invalid escape in string", at: index)
        }
        return index + 2
    }

    /// The four hex digits of a \u escape starting at `index`.
    private func hexCodeUnit(at index: Int) throws(JSONError) -> UInt16 {
        guard input.count - index >= 4 else { throw error("invalid \\u escape", at: index) }
        var unit: UInt16 = 0
        for offset in 0..<4 {
            let byte = input[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape", at: index + offset)
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    /// Encodes a scalar value (never a surrogate: callers combine pairs first).
    private func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            buffer.append(UInt8(value))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | value >> 6))
            buffer.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | value >> 12))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | value >> 18))
            buffer.append(UInt8(0x80 | value >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Validates the multi-byte UTF-8 sequence whose lead byte is at `index`
    /// against Unicode Table 3-7 (no overlongs, no surrogates, nothing above
    /// U+10FFFF) and returns the index after it.
    private func endOfUTF8Sequence(at index: Int) throws(JSONError) -> Int {
        let lead = input[index]
        let length: Int
        // The allowed range of the second byte depends on the lead byte;
        // later continuation bytes are always 0x80...0xBF.
        let secondRange: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: length = 2; secondRange = 0x80...0xBF
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw error("invalid UTF-8", at: index)
        }
        guard input.count - index >= length else { throw error("invalid UTF-8", at: index) }
        guard secondRange.contains(input[index + 1]) else { throw error("invalid UTF-8", at: index) }
        for offset in 2..<length where input[index + offset] & 0xC0 != 0x80 {
            throw error("invalid UTF-8", at: index)
        }
        return index + length
    }
}
