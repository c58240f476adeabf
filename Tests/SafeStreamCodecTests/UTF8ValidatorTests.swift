import Testing
@testable import SafeStreamCodec


/// The stdlib's decoder is the oracle: it is an independent implementation.
private func oracle(_ bytes: [UInt8]) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil
}

/// Index of the first byte after which no continuation can make `bytes`
/// valid, found by brute force over continuations at every range boundary
/// Table 3-7 uses; nil if `bytes` is valid or a valid prefix.
private func referenceFailIndex(_ bytes: [UInt8]) -> Int? {
    let probes: [UInt8] = [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF]
    func viable(_ prefix: ArraySlice<UInt8>) -> Bool {
        var candidates: [[UInt8]] = [Array(prefix)]
        for _ in 0...3 {
            if candidates.contains(where: oracle) { return true }
            candidates = candidates.flatMap { c in probes.map { c + [$0] } }
        }
        return candidates.contains(where: oracle)
    }
    for end in 1...max(bytes.count, 1) where end <= bytes.count {
        if !viable(bytes[..<end]) { return end - 1 }
    }
    return nil
}

/// Feeds one byte at a time; returns the index of the byte that failed.
private func incrementalFailIndex(_ bytes: [UInt8]) -> Int? {
    var validator = UTF8Validator()
    for (i, byte) in bytes.enumerated() where !validator.feed([byte]) { return i }
    return nil
}

private func byteAtATime(_ bytes: [UInt8]) -> Bool {
    var validator = UTF8Validator()
    for byte in bytes where !validator.feed([byte]) { return false }
    return validator.isComplete
}

@Suite struct UTF8ValidatorTests {
    // MARK: Markus Kuhn's UTF-8 decoder capability and stress test

    @Test func correctText() {
        let kosme: [UInt8] = [0xCE, 0xBA, 0xE1, 0xBD, 0xB9, 0xCF, 0x83, 0xCE, 0xBC, 0xCE, 0xB5]
        #expect(UTF8Validator.validate(kosme))
        #expect(UTF8Validator.validate(Array("Hello, мир, 世界, 🎉".utf8)))
        #expect(UTF8Validator.validate([]))
    }

    /// Kuhn §2.1-2.3: first/last code points of each length and other boundaries.
    @Test func boundaryCodePoints() {
        let valid: [[UInt8]] = [
            [0x00], [0xC2, 0x80], [0xE0, 0xA0, 0x80], [0xF0, 0x90, 0x80, 0x80],
            [0x7F], [0xDF, 0xBF], [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBD],
            [0xEF, 0xBF, 0xBE], // U+FFFE is a noncharacter but valid UTF-8
        ]
        for bytes in valid { #expect(UTF8Validator.validate(bytes), "\(bytes)") }
        // Beyond U+10FFFF, including the 5- and 6-byte forms (Kuhn §2.1, §2.2).
        let invalid: [[UInt8]] = [
            [0xF4, 0x90, 0x80, 0x80], [0xF7, 0xBF, 0xBF, 0xBF],
            [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFB, 0xBF, 0xBF, 0xBF, 0xBF],
            [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], [0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF],
        ]
        for bytes in invalid { #expect(!UTF8Validator.validate(bytes), "\(bytes)") }
    }

    /// Kuhn §3.1-3.2: lone continuation bytes and lonely start characters.
    @Test func unexpectedContinuationAndLonelyStarts() {
        for byte in UInt8(0x80)...0xBF {
            #expect(!UTF8Validator.validate([byte]))
            #expect(incrementalFailIndex([0x41, byte]) == 1)
        }
        for lead in UInt8(0xC0)...0xFF {
            #expect(!UTF8Validator.validate([lead, 0x20]), "\(lead)")
        }
    }

    /// Kuhn §3.3-3.4: sequences with the last byte missing, alone and concatenated.
    @Test func truncatedSequences() {
        let truncated: [[UInt8]] = [
            [0xC2], [0xE0, 0xA0], [0xE1, 0x80], [0xF0, 0x90, 0x80], [0xF4, 0x8F, 0xBF],
            [0xDF], [0xEF, 0xBF], [0xF3, 0xBF, 0xBF],
        ]
        for bytes in truncated {
            var validator = UTF8Validator()
            let accepted = validator.feed(bytes)
            #expect(accepted, "a valid prefix is not an error yet")
            #expect(!validator.isComplete)
            #expect(!UTF8Validator.validate(bytes))
            #expect(!UTF8Validator.validate(bytes + [0x41]))
        }
        #expect(!UTF8Validator.validate(truncated.flatMap { $0 }))
    }

    /// Kuhn §3.5: FE and FF never appear.
    @Test func impossibleBytes() {
        #expect(incrementalFailIndex([0xFE]) == 0)
        #expect(incrementalFailIndex([0xFF]) == 0)
        #expect(incrementalFailIndex([0xFE, 0xFE, 0xFF, 0xFF]) == 0)
    }

    /// Kuhn §4: overlong ASCII "/" and the maximum overlong forms.
    @Test func overlongForms() {
        let overlong: [[UInt8]] = [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],
            [0xF8, 0x80, 0x80, 0x80, 0xAF], [0xFC, 0x80, 0x80, 0x80, 0x80, 0xAF],
            [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80],
        ]
        for bytes in overlong {
            #expect(!UTF8Validator.validate(bytes), "\(bytes)")
            #expect(incrementalFailIndex(bytes) == referenceFailIndex(bytes), "\(bytes)")
        }
        // Fail fast: C0/C1 at once, E0 80..9F and F0 80..8F at the second byte.
        #expect(incrementalFailIndex([0xC0, 0xAF]) == 0)
        #expect(incrementalFailIndex([0xC1, 0xBF]) == 0)
        #expect(incrementalFailIndex([0xE0, 0x9F, 0xBF]) == 1)
        #expect(incrementalFailIndex([0xF0, 0x8F, 0xBF, 0xBF]) == 1)
    }

    /// Kuhn §5: UTF-16 surrogates, single and paired.
    @Test func surrogates() {
        for second in UInt8(0xA0)...0xBF {
            let bytes: [UInt8] = [0xED, second, 0x80]
            #expect(!UTF8Validator.validate(bytes))
            #expect(incrementalFailIndex(bytes) == 1)
        }
        #expect(!UTF8Validator.validate([0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80]))
        #expect(!UTF8Validator.validate([0xED, 0xAF, 0xBF, 0xED, 0xBF, 0xBF]))
        #expect(UTF8Validator.validate([0xED, 0x9F, 0xBF]))
    }

    @Test func aboveMaximumFailsAtSecondByte() {
        #expect(incrementalFailIndex([0xF4, 0x90, 0x80, 0x80]) == 1)
        #expect(incrementalFailIndex([0xF5, 0x80, 0x80, 0x80]) == 0)
        #expect(incrementalFailIndex([0xED, 0xA0, 0x80]) == 1)
    }

    @Test func failureIsSticky() {
        var validator = UTF8Validator()
        let first = validator.feed([0xFF])
        let second = validator.feed([0x41])
        #expect(!first)
        #expect(!second)
        #expect(!validator.isComplete)
    }

    /// The ASCII fast path must not skip a non-ASCII byte at any offset or
    /// straddle a pending multi-byte sequence.
    @Test func fastPathAtEveryOffset() {
        for length in 0..<24 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[position] = 0xFF
                #expect(!UTF8Validator.validate(bytes))
                #expect(incrementalFailIndex(bytes) == position)
                bytes[position] = 0xC3
                #expect(!UTF8Validator.validate(bytes))
                if position + 1 < length {
                    bytes[position + 1] = 0xA9
                    #expect(UTF8Validator.validate(bytes))
                }
            }
        }
    }

    /// Random byte strings biased towards UTF-8 structure: whole-buffer,
    /// byte-at-a-time and random splits agree with the stdlib oracle, and
    /// the incremental validator fails at the same byte as the reference.
    @Test func randomInputsAgreeWithOracle() {
        var rng = SplitMix64(state: 0x5AFE_57AE)
        let pieces: [[UInt8]] = [
            [0x41], [0x7F], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x8E, 0x89],
            [0xED, 0x9F, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], Array("plain ascii text".utf8),
        ]
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: bytes.append(UInt8.random(in: 0...255, using: &rng))
                case 1 where !bytes.isEmpty: bytes.removeLast()
                default: bytes += pieces.randomElement(using: &rng)!
                }
            }
            let expected = oracle(bytes)
            #expect(UTF8Validator.validate(bytes) == expected, "round \(round): \(bytes)")
            #expect(byteAtATime(bytes) == expected, "round \(round): \(bytes)")
            var validator = UTF8Validator()
            var rest = bytes[...]
            var ok = true
            while !rest.isEmpty {
                let n = Int.random(in: 1...rest.count, using: &rng)
                ok = ok && validator.feed(Array(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            #expect((ok && validator.isComplete) == expected, "round \(round): \(bytes)")
            if round % 10 == 0, bytes.count <= 24 {
                #expect(incrementalFailIndex(bytes) == referenceFailIndex(bytes), "\(bytes)")
            }
        }
    }

    /// Every 1- and 2-byte input agrees with the oracle; every 3- and 4-byte
    /// lead with a second byte at each Table 3-7 range boundary fails at
    /// exactly the byte the reference says.
    @Test func exhaustiveShortSequences() {
        var mismatches: [[UInt8]] = []
        for a in UInt8(0)...255 {
            if UTF8Validator.validate([a]) != oracle([a]) { mismatches.append([a]) }
            for b in UInt8(0)...255 {
                let expected = oracle([a, b])
                if UTF8Validator.validate([a, b]) != expected || byteAtATime([a, b]) != expected {
                    mismatches.append([a, b])
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        for a in UInt8(0xE0)...0xF4 {
            for b: UInt8 in [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2] {
                let bytes: [UInt8] = [a, b, 0x80, 0x80]
                #expect(incrementalFailIndex(bytes) == referenceFailIndex(bytes), "\(bytes)")
            }
        }
    }
}
