/// Character classes and small text helpers shared by the HTTP parsers
/// (RFC 9110 §5.6: tokens, OWS; RFC 3986 §2.1: percent-encoding).
enum HTTPSyntax {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let colon = UInt8(ascii: ":")

    /// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" /
    /// "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA.
    static func isTokenChar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    static func isToken(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        for byte in bytes where !isTokenChar(byte) { return false }
        return true
    }

    static func isFieldValue(_ bytes: ArraySlice<UInt8>) -> Bool {
        for byte in bytes where !isFieldValueByte(byte) { return false }
        return true
    }

    /// RFC 9110 §5.5: field-value bytes are VCHAR, SP, HTAB or obs-text;
    /// every other control (NUL, bare CR, DEL, …) is rejected.
    static func isFieldValueByte(_ byte: UInt8) -> Bool {
        byte == tab || (byte >= 0x20 && byte != 0x7F)
    }

    static func isOWS(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    static func trimmingOWS(_ text: Substring) -> Substring {
        var utf8 = text.utf8[...]
        while let first = utf8.first, isOWS(first) { utf8 = utf8.dropFirst() }
        while let last = utf8.last, isOWS(last) { utf8 = utf8.dropLast() }
        return Substring(utf8)
    }

    static func trimmingOWS(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = bytes
        while let first = bytes.first, isOWS(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isOWS(last) { bytes = bytes.dropLast() }
        return bytes
    }

    @inlinable @inline(__always)
    static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Header names and tokens are ASCII; comparison is byte-wise with
    /// A-Z folded, so no Unicode case mapping runs on the hot path.
    static func equalsIgnoringASCIICase(_ a: Substring, _ b: Substring) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        var i = x.startIndex, j = y.startIndex
        while i != x.endIndex {
            let p = x[i], q = y[j]
            if p != q && lowercasedASCII(p) != lowercasedASCII(q) { return false }
            x.formIndex(after: &i)
            y.formIndex(after: &j)
        }
        return true
    }

    static func equalsIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        equalsIgnoringASCIICase(a[...], b[...])
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte &- UInt8(ascii: "A") &+ 10
        default: return nil
        }
    }

    /// application/x-www-form-urlencoded decoding of one name or value:
    /// `+` is a space, `%XX` a byte; a malformed `%` stays as typed.
    static func formDecode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(space)
            } else if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                if first != bytes.endIndex, let high = hexValue(bytes[first]) {
                    let second = bytes.index(after: first)
                    if second != bytes.endIndex, let low = hexValue(bytes[second]) {
                        out.append(high << 4 | low)
                        index = bytes.index(after: second)
                        continue
                    }
                }
                out.append(byte)
            } else {
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
