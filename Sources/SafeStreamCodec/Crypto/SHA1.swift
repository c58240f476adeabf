/// SHA-1 (FIPS 180-4). Used only for the RFC 6455 handshake accept key.
///
/// SHA-1 is broken for collision resistance; RFC 6455 §4.2.2 uses it merely
/// as a fixed mixing function to prove the server read the handshake, so that
/// weakness does not matter here. Never use it for anything secret.
public enum SHA1 {
    /// The 20-byte digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// The 20-byte digest of the bytes in `buffer` (no copy of the input).
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        // FIPS 180-4 §5.3.1 initial hash value.
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        // One 80-word message schedule on the stack, reused by every block:
        // the handshake path calls this once per connection.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
            forEachPaddedBlock(buffer) { block in
                compress(block, schedule, &state)
            }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(20)
        appendBigEndian(state.0, to: &digest)
        appendBigEndian(state.1, to: &digest)
        appendBigEndian(state.2, to: &digest)
        appendBigEndian(state.3, to: &digest)
        appendBigEndian(state.4, to: &digest)
        return digest
    }

    /// FIPS 180-4 §6.1.2: one 512-bit block into the running state.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer,
        _ w: UnsafeMutableBufferPointer<UInt32>,
        _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32)
    ) {
        for t in 0..<16 {
            w[t] = bigEndianWord(block, t)
        }
        for t in 16..<80 {
            w[t] = rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
        }
        var a = state.0, b = state.1, c = state.2, d = state.3, e = state.4
        // §4.1.1 functions and §4.2.1 constants, one loop per 20-round stage
        // so the branch on t is hoisted out of the rounds.
        for t in 0..<20 {
            let f = (b & c) | (~b & d)
            let temp = rotateLeft(a, 5) &+ f &+ e &+ 0x5A82_7999 &+ w[t]
            e = d; d = c; c = rotateLeft(b, 30); b = a; a = temp
        }
        for t in 20..<40 {
            let f = b ^ c ^ d
            let temp = rotateLeft(a, 5) &+ f &+ e &+ 0x6ED9_EBA1 &+ w[t]
            e = d; d = c; c = rotateLeft(b, 30); b = a; a = temp
        }
        for t in 40..<60 {
            let f = (b & c) | (b & d) | (c & d)
            let temp = rotateLeft(a, 5) &+ f &+ e &+ 0x8F1B_BCDC &+ w[t]
            e = d; d = c; c = rotateLeft(b, 30); b = a; a = temp
        }
        for t in 60..<80 {
            let f = b ^ c ^ d
            let temp = rotateLeft(a, 5) &+ f &+ e &+ 0xCA62_C1D6 &+ w[t]
            e = d; d = c; c = rotateLeft(b, 30); b = a; a = temp
        }
        state.0 &+= a
        state.1 &+= b
        state.2 &+= c
        state.3 &+= d
        state.4 &+= e
    }

    @inline(__always)
    private static func rotateLeft(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x << n) | (x >> (32 - n))
    }
}
