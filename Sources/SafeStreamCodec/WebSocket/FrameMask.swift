/// RFC 6455 §5.3 payload unmasking: `byte[i] ^= key[i % 4]`.
///
/// Done in place, eight bytes per step with the key replicated into a
/// UInt64 (the uWebSockets trick). Payload often arrives in several reads,
/// so the caller passes the `phase` (payload bytes already unmasked, mod 4)
/// and the key is rotated to start at the right byte.
enum FrameMask {
    /// Unmasks `bytes` in place, `phase` being the index within the key of
    /// `bytes[0]`. Returns the phase for the byte after the last one.
    @discardableResult
    static func unmask(_ bytes: UnsafeMutableRawBufferPointer, key: UInt32, phase: Int) -> Int {
        let count = bytes.count
        guard count > 0 else { return phase }
        let shift = UInt32(truncatingIfNeeded: (phase & 3) &* 8)
        // `key` holds the key bytes in memory order; rotating by `phase`
        // bytes puts key[phase] in memory byte 0.
        #if _endian(little)
        let rotated = shift == 0 ? key : (key >> shift) | (key << (32 &- shift))
        #else
        let rotated = shift == 0 ? key : (key << shift) | (key >> (32 &- shift))
        #endif
        let wide = UInt64(rotated) | UInt64(rotated) << 32
        var i = 0
        while i &+ 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            bytes.storeBytes(of: word ^ wide, toByteOffset: i, as: UInt64.self)
            i &+= 8
        }
        // Eight bytes is a whole number of key periods, so the tail starts
        // at key byte 0 of `rotated`.
        withUnsafeBytes(of: rotated) { keyBytes in
            var k = 0
            while i < count {
                bytes[i] ^= keyBytes[k & 3]
                i &+= 1
                k &+= 1
            }
        }
        return (phase &+ count) & 3
    }

    /// Unmasks `buffer[range]` in place.
    static func unmask(_ buffer: inout [UInt8], _ range: Range<Int>, key: UInt32, phase: Int) {
        buffer.withUnsafeMutableBytes { raw in
            _ = unmask(UnsafeMutableRawBufferPointer(rebasing: raw[range]), key: key, phase: phase)
        }
    }
}
