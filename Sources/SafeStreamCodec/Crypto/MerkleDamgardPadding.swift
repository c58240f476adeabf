/// FIPS 180-4 §5.1.1 message padding shared by SHA-1 and SHA-256: both eat
/// 64-byte blocks, append a single 1 bit, zeros, and the message length in
/// bits as a 64-bit big-endian integer. Full blocks are handed to `body`
/// straight from the input; only the last one or two padded blocks are copied,
/// into stack memory, so hashing allocates nothing on the heap.
@inline(__always)
func forEachPaddedBlock(_ message: UnsafeRawBufferPointer, _ body: (UnsafeRawPointer) -> Void) {
    let count = message.count
    let fullBlocks = count / 64
    if let base = message.baseAddress {
        for index in 0..<fullBlocks {
            body(base + index * 64)
        }
    }
    let rest = count - fullBlocks * 64
    withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
        guard let tailBase = tail.baseAddress else { return }
        tailBase.initializeMemory(as: UInt8.self, repeating: 0, count: 128)
        if rest > 0, let base = message.baseAddress {
            tailBase.copyMemory(from: base + fullBlocks * 64, byteCount: rest)
        }
        tail[rest] = 0x80
        // The 0x80 byte plus the 8 length bytes must fit: 55 bytes of tail
        // leave room in one block, 56 or more need a second one.
        let tailLength = rest < 56 ? 64 : 128
        // FIPS 180-4 defines the length modulo 2^64 bits, hence the wrapping multiply.
        let bitLength = UInt64(truncatingIfNeeded: count) &* 8
        for byteIndex in 0..<8 {
            tail[tailLength - 1 - byteIndex] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(byteIndex)))
        }
        body(UnsafeRawPointer(tailBase))
        if tailLength == 128 {
            body(UnsafeRawPointer(tailBase + 64))
        }
    }
}

/// Reads word `index` of a block as big-endian (FIPS 180-4 §3.1 byte order).
@inline(__always)
func bigEndianWord(_ block: UnsafeRawPointer, _ index: Int) -> UInt32 {
    UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
}

/// Appends `word` to `digest` as four big-endian bytes.
@inline(__always)
func appendBigEndian(_ word: UInt32, to digest: inout [UInt8]) {
    digest.append(UInt8(truncatingIfNeeded: word >> 24))
    digest.append(UInt8(truncatingIfNeeded: word >> 16))
    digest.append(UInt8(truncatingIfNeeded: word >> 8))
    digest.append(UInt8(truncatingIfNeeded: word))
}
