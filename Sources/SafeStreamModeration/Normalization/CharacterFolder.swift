/// What one normalized character is. Stored per character in the scratch
/// buffers, next to its letter mask and the UTF-8 range it came from.
@usableFromInline
enum CharKind {
    static let invisible: UInt8 = 0   // dropped; widens the previous character's source range
    static let letter: UInt8 = 1      // a-z after folding (mask = one bit)
    static let other: UInt8 = 2       // a letter of another script: part of a word, matches nothing
    static let digit: UInt8 = 3       // 0-9 (leet candidate inside words)
    static let leet: UInt8 = 4        // @ $ ! | + (leet candidate inside words)
    static let star: UInt8 = 5        // * — a wildcard letter inside a word
    static let apostrophe: UInt8 = 6  // ' ’ ` ´ — joins or splits words (contractions, elisions)
    static let space: UInt8 = 7
    static let punct: UInt8 = 8       // . , - _ : / … separators that may sit between single letters
    static let boundary: UInt8 = 9    // ? ; newline — ends a clause
    static let quote: UInt8 = 10      // " “ ” « »
}

/// Folds Unicode scalars to the small alphabet the lexicon is written in:
/// case folding, full-width and compatibility forms (NFKD), accents stripped,
/// Cyrillic and Greek look-alikes, invisible characters dropped.
///
/// `fold(_:)` answers a packed value: bits 0-7 first letter (0-25) or digit
/// value or ASCII symbol, bits 8-15 a second letter (ß → ss, æ → ae) or 0xFF,
/// bits 16-23 the `CharKind`. Built once from `UnicodeFoldTable`; immutable.
@usableFromInline
final class CharacterFolder: @unchecked Sendable {
    static let shared = CharacterFolder()

    /// Direct table for U+0000..U+07FF (ASCII, Latin, IPA, Greek, Cyrillic).
    let low: UnsafeMutablePointer<UInt32>
    static let lowCount = 0x800
    /// Sorted run starts above U+07FF and their packed values.
    let runStarts: [UInt32]
    let runValues: [UInt32]

    static func pack(_ kind: UInt8, _ a: UInt8, _ b: UInt8 = 0xFF) -> UInt32 {
        UInt32(kind) << 16 | UInt32(b) << 8 | UInt32(a)
    }

    static func asciiValue(_ c: UInt8) -> UInt32 {
        switch c {
        case 0x61...0x7A: return pack(CharKind.letter, c - 0x61)
        case 0x41...0x5A: return pack(CharKind.letter, c - 0x41)
        case 0x30...0x39: return pack(CharKind.digit, c - 0x30)
        case UInt8(ascii: "@"), UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "+"):
            return pack(CharKind.leet, c)
        case UInt8(ascii: "*"): return pack(CharKind.star, c)
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return pack(CharKind.apostrophe, c)
        case UInt8(ascii: "\""): return pack(CharKind.quote, c)
        case UInt8(ascii: " "), 0x09, 0x0B, 0x0C: return pack(CharKind.space, c)
        case 0x0A, 0x0D, UInt8(ascii: "?"), UInt8(ascii: ";"): return pack(CharKind.boundary, c)
        case 0x00..<0x20, 0x7F: return pack(CharKind.space, c)
        default: return pack(CharKind.punct, c)
        }
    }

    /// Code points whose role the tables get wrong for chat: typographic
    /// apostrophes and quotes, and a few symbols used as leetspeak.
    static func override(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x2018, 0x2019, 0x02BC, 0x00B4, 0x2032: return pack(CharKind.apostrophe, UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C, 0x300D, 0xFF02:
            return pack(CharKind.quote, UInt8(ascii: "\""))
        // Currency and other symbols used as letters: a digit-like kind, so a
        // price ("€5", "£10") stays a number and only a word with letters reads them.
        case 0x20AC: return pack(CharKind.digit, 10)           // € as e or c
        case 0x00A2, 0x00A9: return pack(CharKind.digit, 11)   // ¢ © as c
        case 0x00A7: return pack(CharKind.digit, 12)           // § as s
        case 0x00A5: return pack(CharKind.digit, 13)           // ¥ as y
        case 0x00A3: return pack(CharKind.digit, 14)           // £ as l or e
        // Look-alikes the generated table misses: Cyrillic shha and palochka, Armenian o u h g.
        case 0x04BB, 0x04BA, 0x0570: return pack(CharKind.letter, 7)   // һ Һ հ → h
        case 0x04CF, 0x04C0: return pack(CharKind.digit, 1)            // ӏ Ӏ → i or l
        case 0x0585: return pack(CharKind.letter, 14)                   // օ → o
        case 0x057D: return pack(CharKind.letter, 20)                   // ս → u
        case 0x0581: return pack(CharKind.letter, 6)                    // ց → g
        case 0x0493, 0x0492: return pack(CharKind.letter, 5)            // ғ Ғ (Cyrillic ghe with stroke) → f, the small-caps F
        case 0x00A1: return pack(CharKind.leet, UInt8(ascii: "!"))  // ¡ as i
        // Emoji used as letters: squared, negative circled and negative squared
        // capitals (🄰 🅐 🅰 🅱), regional indicators (🇦), ⭕ as o, ❗ ❕ as i, ❌ as x.
        // ⭕ is digit-like and ❗ leet, so alone they stay symbols ("⭕", "wow❗").
        case 0x1F130...0x1F149: return pack(CharKind.letter, UInt8(v - 0x1F130))
        case 0x1F150...0x1F169: return pack(CharKind.letter, UInt8(v - 0x1F150))
        case 0x1F170...0x1F189: return pack(CharKind.letter, UInt8(v - 0x1F170))
        case 0x1F1E6...0x1F1FF: return pack(CharKind.letter, UInt8(v - 0x1F1E6))
        case 0x2B55, 0x2B58: return pack(CharKind.digit, 0)              // ⭕ ⭘ → o
        case 0x2757, 0x2755: return pack(CharKind.leet, UInt8(ascii: "!"))   // ❗ ❕ → i
        case 0x274C, 0x274E, 0x2716: return pack(CharKind.letter, 23)    // ❌ ❎ ✖ → x
        case 0x3002, 0x2028, 0x2029, 0x0085, 0xFF1F, 0xFF1B: return pack(CharKind.boundary, UInt8(ascii: "?"))
        case 0xFF0A: return pack(CharKind.star, UInt8(ascii: "*"))
        default: return nil
        }
    }

    init() {
        var starts: [UInt32] = []
        var values: [UInt32] = []
        // Parse "hex:class;hex:class;..." (see UnicodeFoldTable).
        var utf8 = Array(UnicodeFoldTable.runs.utf8)
        utf8.append(UInt8(ascii: ";"))
        var i = 0
        while i < utf8.count {
            var cp: UInt32 = 0
            while utf8[i] != UInt8(ascii: ":") {
                let c = utf8[i]
                cp = cp << 4 | UInt32(c <= 0x39 ? c - 0x30 : c - 0x61 + 10)
                i += 1
            }
            i += 1
            let cls = utf8[i]; i += 1
            var arg: [UInt8] = []
            while utf8[i] != UInt8(ascii: ";") { arg.append(utf8[i]); i += 1 }
            i += 1
            let value: UInt32
            switch cls {
            case UInt8(ascii: "I"): value = Self.pack(CharKind.invisible, 0)
            case UInt8(ascii: "L"):
                value = Self.pack(CharKind.letter, arg[0] - 0x61, arg.count > 1 ? arg[1] - 0x61 : 0xFF)
            case UInt8(ascii: "O"): value = Self.pack(CharKind.other, 0)
            case UInt8(ascii: "D"): value = Self.pack(CharKind.digit, arg[0] - 0x30)
            case UInt8(ascii: "A"):
                let h = arg.map { UInt8($0 <= 0x39 ? $0 - 0x30 : $0 - 0x61 + 10) }
                value = Self.asciiValue(h[0] << 4 | h[1])
            case UInt8(ascii: "S"): value = Self.pack(CharKind.space, 0x20)
            default: value = Self.pack(CharKind.punct, UInt8(ascii: "."))
            }
            starts.append(cp); values.append(value)
        }
        runStarts = starts
        runValues = values
        low = .allocate(capacity: Self.lowCount)
        for v in 0..<UInt32(Self.lowCount) {
            low[Int(v)] = v < 0x80 ? Self.asciiValue(UInt8(v)) : Self.slowFold(v, starts, values)
        }
    }

    deinit { low.deallocate() }

    private static func slowFold(_ v: UInt32, _ starts: [UInt32], _ values: [UInt32]) -> UInt32 {
        if let o = override(v) { return o }
        // Binary search the last run start <= v.
        var lo = 0, hi = starts.count - 1
        if starts.isEmpty || v < starts[0] { return pack(CharKind.punct, UInt8(ascii: ".")) }
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if starts[mid] <= v { lo = mid } else { hi = mid - 1 }
        }
        return values[lo]
    }

    /// The packed fold of one scalar value.
    @inline(__always)
    func fold(_ v: UInt32) -> UInt32 {
        if v < UInt32(Self.lowCount) { return low[Int(v)] }
        return Self.slowFold(v, runStarts, runValues)
    }
}
