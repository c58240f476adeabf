/// The words the learned model reads: one short byte string per remaining
/// token, after the same normalization the lexicon sees, so leetspeak,
/// look-alikes and separators reach the model already undone.
///
///  - a word the vocabulary knows is its canonical spelling (`u`, `ya` → `you`;
///    creative spellings share their term's spelling);
///  - an @mention is `@`; a token with no letters (a number, `******`) is `#`;
///  - any other word is its folded letters (`a`–`z`), digits and leet symbols,
///    with runs of three or more of a character cut to two (`noooo` → `noo`)
///    and at most `WordFeatures.maxBytes` bytes.
///
/// Features are these words (unigrams) and adjacent pairs (bigrams, the two
/// words joined by one space). `safestream moderate --features` prints the
/// same words, which is what `scripts/train-word-model.py` trains on: the
/// trainer and the scorer cannot disagree about what a word is.
enum WordFeatures {
    static let maxBytes = 24

    static let mentionWord = "@", numberWord = "#"

    /// What the token at sequence position `p` is to the model: the one place
    /// that decides it, for the printer (`word`) and the scorer (`WordModel.logit`).
    enum Kind { case mention, number, known(Int32), unknown }

    @inline(__always)
    static func kind(_ s: Scratch, _ p: Int) -> Kind {
        let tok = s.tokens[Int(s.seq[p])]
        if tok.flags & TokenFlag.mention != 0 { return .mention }
        if tok.flags & TokenFlag.numeric != 0 { return .number }
        return tok.word >= 0 ? .known(tok.word) : .unknown
    }

    /// Writes the feature word of sequence position `p` into `buf` (capacity
    /// `maxBytes`) and returns its length (≥ 1); a known word is its canonical spelling.
    static func word(_ s: Scratch, _ p: Int, _ vocab: Vocabulary, into buf: UnsafeMutablePointer<UInt8>) -> Int {
        let fixed: String
        switch kind(s, p) {
        case .mention: fixed = mentionWord
        case .number: fixed = numberWord
        case .known(let w): fixed = vocab.spelling(vocab.canonical[Int(w)])
        case .unknown: return unknownWord(s, p, into: buf)
        }
        var n = 0
        for b in fixed.utf8 where n < maxBytes { buf[n] = b; n += 1 }
        return n
    }

    /// The bytes of a word the vocabulary does not know: its folded letters,
    /// digits and leet symbols, runs cut to two; `#` when it has no letter.
    static func unknownWord(_ s: Scratch, _ p: Int, into buf: UnsafeMutablePointer<UInt8>) -> Int {
        let tok = s.tokens[Int(s.seq[p])]
        var n = 0
        var letters = false
        var c = Int(tok.c0)
        let end = Int(tok.c1)
        while c < end && n < maxBytes {
            let v = s.val[c]
            let b: UInt8
            switch s.kind[c] {
            case CharKind.letter:
                b = v < 26 ? UInt8(ascii: "a") + v : UInt8(ascii: "~")
                letters = letters || v < 26
            case CharKind.digit: b = v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "~")
            case CharKind.leet: b = v
            case CharKind.star: b = UInt8(ascii: "*")
            case CharKind.other: b = UInt8(ascii: "~")
            default: c += 1; continue      // apostrophes, invisible marks and separators inside a joined run
            }
            c += 1
            if n >= 2 && buf[n - 1] == b && buf[n - 2] == b { continue }
            buf[n] = b
            n += 1
        }
        // A word of stars or symbols only ("******") is censorship or noise, not a word.
        if !letters { buf[0] = UInt8(ascii: "#"); return 1 }
        return n
    }

    // FNV-1a, 64 bits: a word's key is the hash of its bytes (a pair's key
    // mixes its two words' keys: `WordModel.pairKey`).
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    @inline(__always)
    static func hash(_ h: UInt64, _ buf: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h = h
        for i in 0..<n { h = hash(h, buf[i]) }
        return h
    }

    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = basis
        for b in bytes { h = hash(h, b) }
        return h
    }
}
