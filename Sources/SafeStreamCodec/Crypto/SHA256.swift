/// SHA-256 (FIPS 180-4). Used by HMAC-SHA256 for JWT (HS256).
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// The 32-byte digest of the bytes in `buffer` (no copy of the input).
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        // FIPS 180-4 §5.3.3 initial hash value.
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A,
            0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19
        )
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            forEachPaddedBlock(buffer) { block in
                compress(block, schedule, &state)
            }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        appendBigEndian(state.0, to: &digest)
        appendBigEndian(state.1, to: &digest)
        appendBigEndian(state.2, to: &digest)
        appendBigEndian(state.3, to: &digest)
        appendBigEndian(state.4, to: &digest)
        appendBigEndian(state.5, to: &digest)
        appendBigEndian(state.6, to: &digest)
        appendBigEndian(state.7, to: &digest)
        return digest
    }

    /// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the
    /// cube roots of the first 64 primes.
    private static let k: [UInt32] = [
        0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
        0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
        0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
        0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
        0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
        0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
        0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
        0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
    ]

    /// FIPS 180-4 §6.2.2: one 512-bit block into the running state.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer,
        _ w: UnsafeMutableBufferPointer<UInt32>,
        _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    ) {
        for t in 0..<16 {
            w[t] = bigEndianWord(block, t)
        }
        for t in 16..<64 {
            // §4.1.2 σ0 and σ1.
            let s0 = rotateRight(w[t - 15], 7) ^ rotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotateRight(w[t - 2], 17) ^ rotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = state.0, b = state.1, c = state.2, d = state.3
        var e = state.4, f = state.5, g = state.6, h = state.7
        k.withUnsafeBufferPointer { k in
            for t in 0..<64 {
                // §4.1.2 Σ1, Ch, Σ0, Maj.
                let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
                let choose = (e & f) ^ (~e & g)
                let t1 = h &+ bigSigma1 &+ choose &+ k[t] &+ w[t]
                let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = bigSigma0 &+ majority
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
        }
        state.0 &+= a
        state.1 &+= b
        state.2 &+= c
        state.3 &+= d
        state.4 &+= e
        state.5 &+= f
        state.6 &+= g
        state.7 &+= h
    }

    @inline(__always)
    private static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x >> n) | (x << (32 - n))
    }
}
