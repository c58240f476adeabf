/// Base64 (RFC 4648 §4) and base64url without padding (§5, as JWT uses it).
///
/// Decoding is strict in both forms: one canonical text per byte string.
/// Besides bad characters and lengths it rejects non-zero padding bits
/// (RFC 4648 §3.5 allows decoders to), so a JWT signature cannot be
/// re-spelled into a different token that still verifies.
public enum Base64 {
    public static func encode(_ bytes: [UInt8]) -> String {
        encode(bytes, alphabet: standardAlphabet, pad: true)
    }

    /// nil on any character outside the alphabet, bad padding or bad length.
    public static func decode(_ text: String) -> [UInt8]? {
        withUTF8(text) { decode($0, table: standardTable, padded: true) }
    }

    public static func encodeURL(_ bytes: [UInt8]) -> String {
        encode(bytes, alphabet: urlAlphabet, pad: false)
    }

    /// Accepts unpadded input (JWT); nil on anything else malformed.
    ///
    /// '=' is rejected anywhere: RFC 7515 §2 defines base64url for JWS with
    /// all trailing '=' removed, so a padded segment is not a valid token part.
    public static func decodeURL(_ text: String) -> [UInt8]? {
        withUTF8(text) { decode($0, table: urlTable, padded: false) }
    }

    /// Decodes unpadded base64url straight from bytes (e.g. a slice of a token).
    public static func decodeURL(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        decode(text, table: urlTable, padded: false)
    }

    // MARK: - Tables

    private static let standardAlphabet: [UInt8] =
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlAlphabet: [UInt8] =
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Sentinel for bytes outside the alphabet.
    private static let invalid: UInt8 = 0xFF

    /// 256-entry reverse lookups, so decoding is one load per character.
    private static let standardTable: [UInt8] = reverseTable(standardAlphabet)
    private static let urlTable: [UInt8] = reverseTable(urlAlphabet)

    private static func reverseTable(_ alphabet: [UInt8]) -> [UInt8] {
        var table = [UInt8](repeating: invalid, count: 256)
        for (value, character) in alphabet.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table
    }

    private static let padCharacter = UInt8(ascii: "=")

    // MARK: - Encoding

    private static func encode(_ bytes: [UInt8], alphabet: [UInt8], pad: Bool) -> String {
        let fullGroups = bytes.count / 3
        let remainder = bytes.count - fullGroups * 3
        let outputLength: Int
        if remainder == 0 {
            outputLength = fullGroups * 4
        } else {
            outputLength = fullGroups * 4 + (pad ? 4 : remainder + 1)
        }
        return String(unsafeUninitializedCapacity: outputLength) { output in
            bytes.withUnsafeBufferPointer { input in
                alphabet.withUnsafeBufferPointer { alphabet in
                    var out = 0
                    var index = 0
                    while index + 3 <= input.count {
                        let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
                        output[out] = alphabet[Int(group >> 18 & 0x3F)]
                        output[out + 1] = alphabet[Int(group >> 12 & 0x3F)]
                        output[out + 2] = alphabet[Int(group >> 6 & 0x3F)]
                        output[out + 3] = alphabet[Int(group & 0x3F)]
                        out += 4
                        index += 3
                    }
                    // RFC 4648 §4 final quantum: 8 bits → 2 characters, 16 bits → 3.
                    if remainder == 1 {
                        let group = UInt32(input[index]) << 16
                        output[out] = alphabet[Int(group >> 18 & 0x3F)]
                        output[out + 1] = alphabet[Int(group >> 12 & 0x3F)]
                        out += 2
                        if pad {
                            output[out] = padCharacter
                            output[out + 1] = padCharacter
                            out += 2
                        }
                    } else if remainder == 2 {
                        let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
                        output[out] = alphabet[Int(group >> 18 & 0x3F)]
                        output[out + 1] = alphabet[Int(group >> 12 & 0x3F)]
                        output[out + 2] = alphabet[Int(group >> 6 & 0x3F)]
                        out += 3
                        if pad {
                            output[out] = padCharacter
                            out += 1
                        }
                    }
                    return out
                }
            }
        }
    }

    // MARK: - Decoding

    private static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Decodes `text`. With `padded`, the length must be a multiple of 4 and
    /// '=' may only fill the last quantum; without it, '=' is never allowed
    /// and a length of 1 mod 4 (which cannot encode whole bytes) is rejected.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, table: [UInt8], padded: Bool) -> [UInt8]? {
        var length = text.count
        if padded {
            guard length % 4 == 0 else { return nil }
            // Strip at most two pad characters from the end; any other '='
            // then fails the table lookup below.
            if length > 0, text[length - 1] == padCharacter {
                length -= 1
                if text[length - 1] == padCharacter { length -= 1 }
            }
        }
        let tail = length % 4
        guard tail != 1 else { return nil }

        var output: [UInt8] = []
        output.reserveCapacity(length / 4 * 3 + 2)
        let ok: Bool = table.withUnsafeBufferPointer { table in
            var index = 0
            let fullEnd = length - tail
            while index < fullEnd {
                let a = table[Int(text[index])], b = table[Int(text[index + 1])]
                let c = table[Int(text[index + 2])], d = table[Int(text[index + 3])]
                // Any invalid entry has the high bit set, so one OR checks all four.
                guard (a | b | c | d) & 0x80 == 0 else { return false }
                let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                output.append(UInt8(truncatingIfNeeded: group >> 16))
                output.append(UInt8(truncatingIfNeeded: group >> 8))
                output.append(UInt8(truncatingIfNeeded: group))
                index += 4
            }
            if tail == 2 {
                let a = table[Int(text[index])], b = table[Int(text[index + 1])]
                guard (a | b) & 0x80 == 0 else { return false }
                // The low 4 bits of the second character are padding bits: must be zero.
                guard b & 0x0F == 0 else { return false }
                output.append(a << 2 | b >> 4)
            } else if tail == 3 {
                let a = table[Int(text[index])], b = table[Int(text[index + 1])], c = table[Int(text[index + 2])]
                guard (a | b | c) & 0x80 == 0 else { return false }
                // The low 2 bits of the third character are padding bits: must be zero.
                guard c & 0x03 == 0 else { return false }
                output.append(a << 2 | b >> 4)
                output.append((b & 0x0F) << 4 | c >> 2)
            }
            return true
        }
        return ok ? output : nil
    }
}
