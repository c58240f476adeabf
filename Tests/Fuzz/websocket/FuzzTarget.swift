// libFuzzer entry point for WebSocketReader; built by scripts/fuzz.sh
// together with Sources/SafeStreamCodec and Tests/Fuzz/Shared.
//
// Input: one control byte (see FuzzInput; option 0 = a 64-byte message cap
// instead of 64 KiB, so 1009 is reachable with small inputs), then the bytes
// a client sends after the upgrade.
//
// Invariants, beyond "no trap, no ASan report, no hang":
// - the same bytes give the same messages and the same error whether they
//   arrive in one read or cut into pieces;
// - after a throw, next() keeps throwing the same error and feed() is ignored;
// - the reader agrees with `ReferenceDecoder` below, a byte-at-a-time
//   RFC 6455 decoder written for clarity, not speed (no SWAR unmasking, no
//   buffer hand-over, no incremental UTF-8 state);
// - every message respects the cap, text and close reasons are valid UTF-8,
//   control payloads are at most 125 bytes.

private enum End: Equatable {
    case needMore
    case failed(UInt16)
}

private struct Transcript: Equatable {
    var units: [WebSocketInbound] = []
    var end: End = .needMore
}

private func cap(_ input: FuzzInput) -> Int { input.option(0) ? 64 : 1 << 16 }

private func run(_ input: FuzzInput, pieces: [Range<Int>]) -> Transcript {
    var reader = WebSocketReader(maxMessageBytes: cap(input))
    var transcript = Transcript()
    var failure: WebSocketProtocolError?
    feeding: for piece in pieces {
        input.payload.withUnsafeBytes { reader.feed(UnsafeRawBufferPointer(rebasing: $0[piece])) }
        do {
            while let unit = try reader.next() { transcript.units.append(unit) }
        } catch {
            failure = error
            break feeding
        }
    }
    if let failure {
        transcript.end = .failed(failure.closeCode)
        // A failed reader stays failed, whatever else arrives.
        reader.feed([0x81, 0x80, 0, 0, 0, 0])
        for _ in 0..<2 {
            do {
                let unit = try reader.next()
                fatalError("reader recovered after \(failure) with \(String(describing: unit))")
            } catch {
                require(error == failure, "error changed from \(failure) to \(error)")
            }
        }
        require(reader.bufferedBytes == 0, "failed reader holds \(reader.bufferedBytes) bytes")
    }
    return transcript
}

private func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil
}

/// True if some continuation makes `bytes` valid UTF-8. Only a sequence
/// whose lead byte is among the last three bytes can be unfinished, and only
/// the byte after a lead has a range that depends on it (Unicode Table 3-7),
/// so trying every second byte and padding with 0x80 covers every case.
private func isValidUTF8Prefix(_ bytes: [UInt8]) -> Bool {
    if isValidUTF8(bytes) { return true }
    guard let lead = bytes.indices.suffix(3).last(where: { bytes[$0] & 0xC0 != 0x80 }) else { return false }
    let missingSecond = bytes.count - lead == 1
    for second in UInt8(0x80)...(missingSecond ? 0xBF : 0x80) {
        var candidate = bytes
        if missingSecond { candidate.append(second) }
        while true {
            if isValidUTF8(candidate) { return true }
            if candidate.count - lead >= 4 { break }
            candidate.append(0x80)
        }
    }
    return false
}

/// RFC 6455 server-side decoding of a complete byte string, written
/// straight from the RFC: one frame at a time, unmasking byte by byte.
private struct ReferenceDecoder {
    let maxMessageBytes: Int

    func decode(_ b: [UInt8]) -> Transcript {
        var out = Transcript()
        var pos = 0
        var messageOpcode: UInt8?      // opcode of the fragmented message in progress
        var fragments: [UInt8] = []
        func fail(_ code: UInt16) -> Transcript { out.end = .failed(code); return out }
        while true {
            guard pos < b.count else { return out }
            let first = b[pos]
            if first & 0x70 != 0 { return fail(1002) }                     // §5.2 RSV
            let opcode = first & 0x0F
            guard [0, 1, 2, 8, 9, 10].contains(opcode) else { return fail(1002) }
            let fin = first & 0x80 != 0
            let control = opcode >= 8
            if control && !fin { return fail(1002) }                      // §5.5
            guard pos + 2 <= b.count else { return out }
            let second = b[pos + 1]
            if second & 0x80 == 0 { return fail(1002) }                   // §5.1 mask
            var length = Int(second & 0x7F)
            if control && length > 125 { return fail(1002) }              // §5.5
            var headerEnd = pos + 2
            if length == 126 {
                guard pos + 4 <= b.count else { return out }
                length = Int(b[pos + 2]) << 8 | Int(b[pos + 3])
                headerEnd = pos + 4
            } else if length == 127 {
                guard pos + 3 <= b.count else { return out }
                if b[pos + 2] & 0x80 != 0 { return fail(1002) }           // §5.2 MSB
                guard pos + 10 <= b.count else { return out }
                var wide: UInt64 = 0
                for i in 2..<10 { wide = wide << 8 | UInt64(b[pos + i]) }
                length = wide > UInt64(Int.max) ? Int.max : Int(wide)
                headerEnd = pos + 10
            }
            guard headerEnd + 4 <= b.count else { return out }
            let key = Array(b[headerEnd..<(headerEnd + 4)])
            let payloadStart = headerEnd + 4
            if !control {
                if opcode == 0 && messageOpcode == nil { return fail(1002) }  // §5.4
                if opcode != 0 && messageOpcode != nil { return fail(1002) }
                if length > maxMessageBytes - fragments.count { return fail(1009) }
                if opcode != 0 { messageOpcode = opcode }
            }
            let available = min(length, b.count - payloadStart)
            var payload: [UInt8] = []
            for i in 0..<available { payload.append(b[payloadStart + i] ^ key[i % 4]) }
            // §8.1: invalid text fails as soon as it is seen, even mid-frame.
            if !control, messageOpcode == 1, !isValidUTF8Prefix(fragments + payload) { return fail(1007) }
            guard available == length else { return out }
            pos = payloadStart + length
            switch opcode {
            case 9: out.units.append(.ping(payload))
            case 10: out.units.append(.pong(payload))
            case 8:
                if payload.isEmpty { out.units.append(.close(code: nil, reason: [])); continue }
                if payload.count == 1 { return fail(1002) }
                let code = UInt16(payload[0]) << 8 | UInt16(payload[1])
                // §7.4.1 and the IANA registry: codes a peer may send.
                guard (1000...1003).contains(code) || (1007...1014).contains(code)
                    || (3000...4999).contains(code) else { return fail(1002) }
                let reason = Array(payload[2...])
                guard isValidUTF8(reason) else { return fail(1007) }
                out.units.append(.close(code: code, reason: reason))
            default:
                fragments += payload
                guard fin else { continue }
                let message = fragments
                let text = messageOpcode == 1
                fragments = []
                messageOpcode = nil
                if text {
                    guard isValidUTF8(message) else { return fail(1007) }
                    out.units.append(.text(message))
                } else {
                    out.units.append(.binary(message))
                }
            }
        }
    }
}

private func check(_ unit: WebSocketInbound, cap: Int) {
    switch unit {
    case .text(let bytes):
        require(bytes.count <= cap, "text of \(bytes.count) bytes")
        require(isValidUTF8(bytes), "invalid UTF-8 in a text message")
    case .binary(let bytes):
        require(bytes.count <= cap, "binary of \(bytes.count) bytes")
    case .ping(let bytes), .pong(let bytes):
        require(bytes.count <= 125, "control payload of \(bytes.count) bytes")
    case .close(let code, let reason):
        require(reason.count <= 123, "close reason of \(reason.count) bytes")
        require(code != nil || reason.isEmpty, "close reason without a code")
        require(isValidUTF8(reason), "invalid UTF-8 in a close reason")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let split = run(input, pieces: input.pieces)
    let whole = run(input, pieces: input.payload.isEmpty ? [] : [0..<input.payload.count])
    require(split == whole, "split-dependent decode:\n  split \(split)\n  whole \(whole)")
    let reference = ReferenceDecoder(maxMessageBytes: cap(input)).decode(input.payload)
    require(whole == reference, "reader and reference disagree:\n  reader    \(whole)\n  reference \(reference)")
    for unit in whole.units { check(unit, cap: cap(input)) }
    return 0
}
