// Compiled into every fuzz target by scripts/fuzz.sh (not a SwiftPM target).

/// Stops the process so libFuzzer records the input as a crash. Used for
/// broken invariants: a wrong answer is a finding even when nothing traps.
@inline(never)
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
             file: StaticString = #file, line: UInt = #line) {
    if !condition() { fatalError("invariant broken: \(message())", file: file, line: line) }
}

/// The fuzz input as a control byte and a payload. The control byte picks
/// how the payload is cut into pieces for the incremental parsers (and gives
/// targets two spare bits for options), so every split a peer can produce —
/// one byte per read, one read for everything, small and large uneven reads —
/// is reachable from a small input, and a crashing input replays the same
/// split.
struct FuzzInput {
    /// Bits 0-1: split mode; bits 2-5: split seed; bits 6-7: the target's options.
    let control: UInt8
    let payload: [UInt8]

    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        if size == 0 {
            control = 0
            payload = []
        } else {
            control = data[0]
            payload = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
        }
    }

    /// Option bit 0 or 1 (control bits 6 and 7).
    func option(_ bit: Int) -> Bool { control & (0x40 << UInt8(bit)) != 0 }

    /// Payload ranges in order, covering it exactly, each non-empty.
    var pieces: [Range<Int>] {
        let count = payload.count
        guard count > 0 else { return [] }
        var ranges: [Range<Int>] = []
        var maxPiece: Int
        switch control & 3 {
        case 0: maxPiece = 1          // one byte per read
        case 1: maxPiece = count      // one read for everything
        case 2: maxPiece = 16         // small uneven reads
        default: maxPiece = 512       // large uneven reads
        }
        // xorshift32, seeded from the control byte so a replay cuts the same way.
        var state = UInt32(control >> 2 & 0x0F) &* 0x9E37_79B9 | 1
        var start = 0
        while start < count {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            let length = maxPiece == 1 || maxPiece == count ? maxPiece : 1 + Int(state % UInt32(maxPiece))
            let end = min(count, start + length)
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}
