/// Number scanning (RFC 8259 §6).
extension JSONByteParser {
    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at `position`.
    mutating func parseNumber() throws(JSONError) -> JSONValue {
        let start = position
        var index = position
        let negative = input[index] == UInt8(ascii: "-")
        if negative { index += 1 }

        let digitsStart = index
        guard index < input.count, isDigit(input[index]) else { throw error("expected a digit", at: index) }
        if input[index] == UInt8(ascii: "0") {
            index += 1
            guard index >= input.count || !isDigit(input[index]) else {
                throw error("leading zeros are not allowed", at: start)
            }
        } else {
            while index < input.count, isDigit(input[index]) { index += 1 }
        }
        let digitsEnd = index

        var isInteger = true
        if index < input.count, input[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < input.count, isDigit(input[index]) else {
                throw error("expected a digit after the decimal point", at: index)
            }
            while index < input.count, isDigit(input[index]) { index += 1 }
        }
        if index < input.count, input[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            if index < input.count, input[index] == UInt8(ascii: "+") || input[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < input.count, isDigit(input[index]) else {
                throw error("expected a digit in the exponent", at: index)
            }
            while index < input.count, isDigit(input[index]) { index += 1 }
        }
        position = index

        if isInteger, let value = int64(digits: digitsStart..<digitsEnd, negative: negative) {
            return .int(value)
        }
        // Fractions, exponents and integers too large for Int64. The grammar
        // was checked above, so the text is something Double's parser
        // (correctly rounded, like strtod) reads exactly as JSON means it.
        let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error("number out of range", at: start)
        }
        return .double(value)
    }

    /// The digits as Int64, or nil if they overflow it. Negative values are
    /// accumulated as a magnitude so Int64.min still fits.
    private func int64(digits: Range<Int>, negative: Bool) -> Int64? {
        var magnitude: UInt64 = 0
        for index in digits {
            let digit = UInt64(input[index] &- UInt8(ascii: "0"))
            let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            magnitude = sum
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
