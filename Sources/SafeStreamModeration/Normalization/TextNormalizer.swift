/// Turns a message into normalized characters and then words, keeping for
/// each the UTF-8 byte range it came from (so masking stars the original
/// characters). Pure; works in a `Scratch`.
///
/// Steps, in order:
///  1. decode UTF-8 (invalid bytes become separators);
///  2. fold each scalar (`CharacterFolder`): case, full-width/compatibility
///     forms, accents, Cyrillic/Greek look-alikes; invisible characters and
///     combining marks are dropped (their bytes join the previous letter);
///  3. split into words on separators; trim markdown stars and trailing `!`;
///     split French elisions (t'es → t + es); English contractions stay whole
///     (don't → dont, as people type it without the apostrophe);
///  4. look each word up (leet alternatives and `*` wildcards resolved in the
///     trie, then collapsed letter runs: fuuuck → fuck, asssss → ass);
///  5. join runs of single letters (f.u.c.k, f u c k) and split words
///     (fu ck) when the joined word is a scored term.
@usableFromInline
enum TextNormalizer {
    static let allLetters: UInt32 = (1 << 26) - 1

    @inline(__always)
    static func isWordKind(_ k: UInt8) -> Bool {
        k == CharKind.letter || k == CharKind.other || k == CharKind.digit
            || k == CharKind.leet || k == CharKind.star || k == CharKind.apostrophe
    }

    /// The letters a normalized character may stand for.
    @inline(__always)
    static func mask(_ kind: UInt8, _ v: UInt8) -> UInt32 {
        switch kind {
        case CharKind.letter: return 1 << UInt32(v)
        case CharKind.digit:
            switch v {
            case 0: return 1 << 14                 // o
            case 1: return 1 << 8 | 1 << 11        // i l
            case 2: return 1 << 25                 // z
            case 3: return 1 << 4                  // e
            case 4: return 1 << 0                  // a
            case 5: return 1 << 18                 // s
            case 6: return 1 << 6 | 1 << 1         // g b
            case 7: return 1 << 19                 // t
            case 8: return 1 << 1                  // b
            case 9: return 1 << 6                  // g
            case 10: return 1 << 2 | 1 << 4        // € → c e
            case 11: return 1 << 2                 // ¢ © → c
            case 12: return 1 << 18                // § → s
            case 13: return 1 << 24                // ¥ → y
            default: return 1 << 11 | 1 << 4       // £ → l e
            }
        case CharKind.leet:
            switch v {
            case UInt8(ascii: "@"): return 1 << 0
            case UInt8(ascii: "$"): return 1 << 18
            case UInt8(ascii: "!"): return 1 << 8
            case UInt8(ascii: "|"): return 1 << 8 | 1 << 11
            default: return 1 << 19               // +
            }
        case CharKind.star: return allLetters
        default: return 0
        }
    }

    // MARK: 1–2 decode and fold

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Hearts and hugs (❤ ♥ 💕…💞 💜 🧡 🤍 🫶 🥰 🤗): affection, never seen on an
    /// abusive line of our sets (87 clean, 0 toxic); 😘 and 😍 are not here, as
    /// they end creepy and sexual lines as often as fond ones.
    @inline(__always)
    static func isHeart(_ v: UInt32) -> Bool {
        v == 0x2764 || v == 0x2665 || (v >= 0x1F493 && v <= 0x1F49E) || v == 0x1F9E1 || v == 0x1F90D
            || v == 0x1F90E || v == 0x1FAF6 || v == 0x1F970 || v == 0x1F917
    }

    /// Laughter (😂 🤣 😭 😆 😹): what turns "you absolute muppet" into teasing. Not 💀,
    /// which ends mockery ("bro really thought he was cooking 💀") as often as a laugh.
    @inline(__always)
    static func isLaugh(_ v: UInt32) -> Bool {
        v == 0x1F602 || v == 0x1F923 || v == 0x1F62D || v == 0x1F606 || v == 0x1F639
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Scratch, _ folder: CharacterFolder) {
        // Byte offsets are stored as Int32; checking the length once lets the
        // loops below convert without a range check per character.
        precondition(bytes.count < Int(Int32.max), "message longer than 2 GiB")
        s.reserve(bytes: bytes.count)
        s.hearts = false
        s.laughs = false
        s.lewdEmoji = 0
        var n = 0
        var i = 0
        let count = bytes.count
        let kind = s.kind, val = s.val, s0 = s.s0, s1 = s.s1
        let low = folder.low
        while i < count {
            let b0 = bytes[i]
            // ASCII: never invisible, never two letters, never 🍑. Most chat is
            // runs of ASCII, so the run is read in a tight loop of its own.
            if b0 < 0x80 {
                n = decodeASCIIRun(bytes, &i, n, s, low)
                continue
            }
            var v = UInt32(b0)
            var len = 1
            if b0 >= 0x80 {
                v = 0xFFFD
                if b0 & 0xE0 == 0xC0, i + 1 < count, bytes[i + 1] & 0xC0 == 0x80 {
                    let x = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    if x >= 0x80 { v = x; len = 2 }
                } else if b0 & 0xF0 == 0xE0, i + 2 < count, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                    let x = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    if x >= 0x800 && (x < 0xD800 || x > 0xDFFF) { v = x; len = 3 }
                } else if b0 & 0xF8 == 0xF0, i + 3 < count, bytes[i + 1] & 0xC0 == 0x80,
                          bytes[i + 2] & 0xC0 == 0x80, bytes[i + 3] & 0xC0 == 0x80 {
                    let x = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    if x >= 0x10000 && x <= 0x10FFFF { v = x; len = 4 }
                }
            }
            // 🍑 is "ass" only inside a word: "🍑hole", "dumb🍑" (not "nice 🍑").
            if v == 0x1F351 && ((n > 0 && kind[n - 1] == CharKind.letter)
                                || (i + len < count && isASCIILetter(bytes[i + len]))) {
                var l: UInt8 = 0
                for _ in 0..<3 {
                    kind[n] = CharKind.letter; val[n] = l; s0[n] = Int32(i); s1[n] = Int32(i + len); n += 1
                    l = 18
                }
                i += len
                continue
            }
            if isHeart(v) { s.hearts = true } else if isLaugh(v) { s.laughs = true }
            else if v == 0x1F4A6 { s.lewdEmoji |= 1 } else if v == 0x1F346 || v == 0x1F351 || v == 0x1F445 { s.lewdEmoji |= 2 }
            let f = folder.fold(v)
            let k = UInt8(truncatingIfNeeded: f >> 16)
            let a = UInt8(truncatingIfNeeded: f)
            if k == CharKind.invisible {
                if n > 0, isWordKind(kind[n - 1]) { s1[n - 1] = Int32(i + len) }
            } else {
                kind[n] = k; val[n] = a; s0[n] = Int32(i); s1[n] = Int32(i + len); n += 1
                let b = UInt8(truncatingIfNeeded: f >> 8)
                if k == CharKind.letter && b != 0xFF {
                    kind[n] = k; val[n] = b; s0[n] = Int32(i); s1[n] = Int32(i + len); n += 1
                }
            }
            i += len
        }
        s.charCount = n
    }

    /// Decodes the run of ASCII bytes starting at `i` (which must be ASCII):
    /// one table load per byte. Writes characters from `n`, advances `i` past
    /// the run and answers the new character count.
    @inline(__always)
    static func decodeASCIIRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ n: Int,
                               _ s: Scratch, _ low: UnsafeMutablePointer<UInt32>) -> Int {
        let base = bytes.baseAddress!
        let kind = s.kind, val = s.val, s0 = s.s0, s1 = s.s1
        let count = bytes.count
        // Find where the run ends first (eight bytes at a time while no high
        // bit is set), so the decoding loop has one exit test a byte.
        var end = i &+ 1
        while end &+ 8 <= count
                && UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { end &+= 8 }
        while end < count && base[end] < 0x80 { end &+= 1 }
        var out = n
        for j in i..<end {
            let f = low[Int(base[j])]
            kind[out] = UInt8(truncatingIfNeeded: f &>> 16); val[out] = UInt8(truncatingIfNeeded: f)
            // `decode` checked that offsets fit in Int32.
            s0[out] = Int32(truncatingIfNeeded: j); s1[out] = Int32(truncatingIfNeeded: j &+ 1)
            out &+= 1
        }
        i = end
        return out
    }

    // MARK: 3 words

    /// `1 << kind` of the kinds that make up words, and of those that count as letters.
    static let wordKinds: UInt32 = 1 << CharKind.letter | 1 << CharKind.other | 1 << CharKind.digit
        | 1 << CharKind.leet | 1 << CharKind.star | 1 << CharKind.apostrophe
    static let letterKinds: UInt32 = 1 << CharKind.letter | 1 << CharKind.other

    static func tokenize(_ s: Scratch) {
        s.tokenCount = 0
        let kind = s.kind, val = s.val
        var gapFlags: UInt16 = 0
        var gapLen = 0
        var gapChar: UInt8 = 0   // the gap's first character when it is punctuation
        var quoteOpen = -1
        var t = 0
        let n = s.charCount

        /// A name goes on after `_` or `.` inside a mention: "@drift_kid", "@xx_troll_99", "@rowan.cubes" are one
        /// name, so "kid" and "troll" are not read as words (they would be insults or targets).
        func mentionGoesOn() -> Bool {
            gapLen == 1 && (gapChar == UInt8(ascii: "_") || gapChar == UInt8(ascii: ".")) && s.tokenCount > 0
                && s.tokens[s.tokenCount - 1].flags & TokenFlag.mention != 0
        }

        func toggleQuote() {
            if quoteOpen >= 0 {
                for j in quoteOpen..<s.tokenCount { s.tokens[j].flags |= TokenFlag.quoted }
                quoteOpen = -1
            } else {
                quoteOpen = s.tokenCount
            }
        }

        func emit(_ c0: Int, _ c1: Int, _ extra: UInt16) {
            var tok = Token()
            tok.c0 = Int32(c0); tok.c1 = Int32(c1)
            tok.s0 = s.s0[c0]; tok.s1 = s.s1[c1 - 1]
            tok.flags = gapFlags | extra
            tok.gapLen = UInt8(min(gapLen, 255))
            var letters = 0
            for c in c0..<c1 {
                let k = kind[c]
                if k == CharKind.letter || k == CharKind.other { letters += 1 }
                if k == CharKind.star { tok.flags |= TokenFlag.star }
            }
            if letters == 0 { tok.flags |= TokenFlag.numeric }
            if c1 - c0 == 1 { tok.flags |= TokenFlag.single }
            if mentionGoesOn() { tok.flags |= TokenFlag.absorbed | TokenFlag.mention }
            s.tokens[s.tokenCount] = tok
            s.tokenCount += 1
            gapFlags = 0; gapLen = 0; gapChar = 0
        }

        while t < n {
            let k = kind[t]
            if !isWordKind(k) {
                switch k {
                case CharKind.boundary: gapFlags |= TokenFlag.boundaryBefore
                case CharKind.quote: gapFlags |= TokenFlag.quoteBefore; toggleQuote()
                case CharKind.punct:
                    gapFlags |= TokenFlag.punctBefore
                    if val[t] == UInt8(ascii: "."), t + 1 < n, kind[t + 1] == CharKind.space {
                        gapFlags |= TokenFlag.boundaryBefore
                    }
                default: break
                }
                if gapLen == 0 { gapChar = k == CharKind.punct ? val[t] : 0 }
                gapLen += 1
                t += 1
                continue
            }
            // One pass finds the word's end and which kinds it holds; a word of
            // plain letters (the common case) needs no trimming, splitting or recount.
            var e = t
            var seen: UInt32 = 0
            while e < n {
                let bit: UInt32 = 1 &<< UInt32(kind[e])
                if bit & wordKinds == 0 { break }
                seen |= bit
                e += 1
            }
            if seen & ~letterKinds == 0 {
                var tok = Token()
                // Character indices fit in Int32: there are no more characters than bytes (`decode`).
                tok.c0 = Int32(truncatingIfNeeded: t); tok.c1 = Int32(truncatingIfNeeded: e)
                tok.s0 = s.s0[t]; tok.s1 = s.s1[e &- 1]
                tok.flags = gapFlags | (e &- t == 1 ? TokenFlag.single : 0)
                tok.gapLen = UInt8(truncatingIfNeeded: min(gapLen, 255))
                if mentionGoesOn() { tok.flags |= TokenFlag.absorbed | TokenFlag.mention }
                s.tokens[s.tokenCount] = tok
                s.tokenCount &+= 1
                gapFlags = 0; gapLen = 0; gapChar = 0
                t = e
                continue
            }
            var a = t, b = e
            t = e
            // Markdown-style stars on both ends are emphasis, not wildcards.
            var lead = a, trail = b
            while lead < b && kind[lead] == CharKind.star { lead += 1 }
            while trail > lead && kind[trail - 1] == CharKind.star { trail -= 1 }
            if lead > a && trail < b { a = lead; b = trail }
            // Leading apostrophes open a quote; leading ! | + are punctuation.
            while a < b {
                let k0 = kind[a]
                if k0 == CharKind.apostrophe { gapFlags |= TokenFlag.quoteBefore; toggleQuote(); a += 1; continue }
                if k0 == CharKind.leet && val[a] != UInt8(ascii: "@") && val[a] != UInt8(ascii: "$") { a += 1; continue }
                break
            }
            var closeQuote = false
            var bang = false
            while b > a {
                let k1 = kind[b - 1]
                if k1 == CharKind.apostrophe { if quoteOpen >= 0 { closeQuote = true }; b -= 1; continue }
                if k1 == CharKind.leet && val[b - 1] != UInt8(ascii: "$") {
                    if val[b - 1] == UInt8(ascii: "!") { bang = true }
                    b -= 1; continue
                }
                break
            }
            if a < b {
                var mention: UInt16 = 0
                if kind[a] == CharKind.leet && val[a] == UInt8(ascii: "@") && a + 1 < b && kind[a + 1] != CharKind.leet {
                    mention = TokenFlag.mention
                }
                // Apostrophes inside: French/Italian elisions (t'es, j'espère, l'idiot) split
                // the word; English contractions (don't, you're) stay one word, spelled
                // as people type them without the apostrophe (lookup skips it).
                var start = a
                var p = a
                while p < b {
                    if kind[p] == CharKind.apostrophe && p > start {
                        let len = p - start
                        let elision = (len == 1 && kind[start] == CharKind.letter && val[start] != 8)
                            || (len == 2 && kind[start] == CharKind.letter && val[start] == 16 && val[start + 1] == 20)
                        if elision {
                            emit(start, p, mention)
                            mention = 0
                            start = p + 1
                        }
                    }
                    p += 1
                }
                if start < b { emit(start, b, mention) }
            }
            if closeQuote { toggleQuote() }
            if bang { gapFlags |= TokenFlag.boundaryBefore }
        }
    }

    // MARK: 4 lookup

    /// The vocabulary id of normalized characters [c0, c1), trying leet
    /// alternatives and wildcards, collapsed letter runs and glued prefixes.
    static func lookup(_ s: Scratch, _ vocab: Vocabulary, _ c0: Int, _ c1: Int, prefix: Bool = true) -> Int32 {
        let count = c1 - c0
        if count <= 0 || count >= Scratch.maskCap { return -1 }
        let m = s.masks
        var n = 0
        var stars = false
        // Plain letters (the common case) also build the packed key of the
        // vocabulary's exact-word table as they go: one probe, no second pass.
        var plain = true
        var key: UInt64 = 0
        let kind = s.kind, val = s.val
        // Wrapping arithmetic: `count < maskCap` bounds every index and shift,
        // and a while loop avoids the range checks of `for c in c0..<c1`.
        var shift: UInt64 = 0
        var c = c0
        while c < c1 {
            let k = kind[c]
            if k == CharKind.letter {
                let v = val[c]
                m[n] = 1 &<< UInt32(v)
                key |= UInt64(v &+ 1) &<< shift
                shift &+= 5
                n &+= 1
            } else if k != CharKind.apostrophe {
                plain = false
                if k == CharKind.star { stars = true }
                m[n] = mask(k, val[c]); n &+= 1
                shift &+= 5
            }
            c &+= 1
        }
        // "d*i*e", "k*y*s": a star between every two letters is a separator before it is a wildcard
        // (as a wildcard, "d*i*e" is German "deine").
        if stars && n >= 5 && n % 2 == 1 {
            var alternating = true
            var i = 0
            while i < n && alternating { alternating = (m[i] == allLetters) == (i % 2 == 1); i += 1 }
            if alternating {
                let m2 = s.masks2
                var k = 0
                for j in stride(from: 0, to: n, by: 2) { m2[k] = m[j]; k += 1 }
                let r = vocab.lookup(m2, k)
                if r >= 0 { return r }
            }
        }
        var r = plain && n <= Vocabulary.hashedLength && n > 0 ? vocab.exact(key) : vocab.lookup(m, n)
        if r >= 0 { return r }
        if stars {
            // "f*u*c*k": the stars were separators.
            var k = 0
            for i in 0..<n where m[i] != allLetters { m[k] = m[i]; k += 1 }
            if k == n || k == 0 { return -1 }
            n = k
            r = vocab.lookup(m, n)
            if r >= 0 { return r }
        }
        // Runs of a repeated letter: first keep two (assss → ass), then one (fuuuck → fuck).
        var hasRun = false, hasLongRun = false
        var i = 1
        while i < n {
            if m[i] == m[i - 1] {
                hasRun = true
                if i >= 2 && m[i - 2] == m[i] { hasLongRun = true }
            }
            i += 1
        }
        if hasRun {
            let m2 = s.masks2
            if hasLongRun {
                // keep two (assss → ass), then one but keep real doubles (asshoooole → asshole)
                var k = 0
                for j in 0..<n where !(j >= 2 && m[j] == m[j - 1] && m[j] == m[j - 2]) { m2[k] = m[j]; k += 1 }
                r = vocab.lookup(m2, k)
                if r >= 0 { return r }
                k = 0
                var j = 0
                while j < n {
                    var e = j + 1
                    while e < n && m[e] == m[j] { e += 1 }
                    let run = e - j
                    m2[k] = m[j]; k += 1
                    if run == 2 { m2[k] = m[j]; k += 1 }
                    j = e
                }
                r = vocab.lookup(m2, k)
                if r >= 0 { return r }
                // Runs that want different lengths: "dumbaaaaaasss" → dumbass (one a, two s). Each run is
                // tried as one letter and as two, for up to four runs (16 lookups, only on this rare path).
                r = mixedRunLookup(vocab, m, n, m2)
                if r >= 0 { return r }
            }
            var k = 0
            for j in 0..<n where !(j >= 1 && m[j] == m[j - 1]) { m2[k] = m[j]; k += 1 }
            r = vocab.lookup(m2, k)
            if r >= 0 { return r }
            if prefix && k >= 6 {
                r = vocab.prefixTerm(m2, k)
                if r >= 0 && gluedRest(vocab, r, m2, k) { return r }
            }
        }
        if prefix && n >= 6 {
            r = vocab.prefixTerm(m, n)
            if r >= 0 && gluedRest(vocab, r, m, n) { return r }
            // "urafuckingidiot", "urfuckingtrash": "ur" or "ura" glued before a glued prefix term
            let u: UInt32 = 1 << 20, rr: UInt32 = 1 << 17, a: UInt32 = 1 << 0
            if n >= 10 && m[0] == u && m[1] == rr {
                for skip in stride(from: m[2] == a ? 3 : 2, through: 2, by: -1) {   // "ura" first, then "ur"
                    r = vocab.prefixTerm(m + skip, n - skip)
                    if r >= 0 && vocab.flags[Int(r)] & TermFlag.scored != 0 && gluedRest(vocab, r, m + skip, n - skip) { return r }
                }
            }
        }
        // "fvck", "fvcking": a `v` standing for `u` inside a word; only a scored
        // term counts, so ordinary words with a v are never re-read.
        let v: UInt32 = 1 << 21, u: UInt32 = 1 << 20
        var hasV = false
        for j in 1..<max(1, n) where m[j] == v && m[j - 1] != v { hasV = true; m[j] = v | u }
        if hasV {
            r = vocab.lookup(m, n)
            if r < 0 && prefix && n >= 6 { r = vocab.prefixTerm(m, n) }
            if r >= 0 && vocab.flags[Int(r)] & TermFlag.scored != 0 { return r }
        }
        return phonetic(s, vocab, n)
    }

    /// Looks the word in `m` up with each run of a repeated letter kept once or twice, every mix
    /// of the two (at most four runs); `out` is scratch space of at least `n` masks.
    static func mixedRunLookup(_ vocab: Vocabulary, _ m: UnsafeMutablePointer<UInt32>, _ n: Int,
                               _ out: UnsafeMutablePointer<UInt32>) -> Int32 {
        var runs = 0
        var j = 1
        while j < n {
            if m[j] == m[j - 1] && (j < 2 || m[j - 1] != m[j - 2]) { runs += 1 }
            j += 1
        }
        if runs < 2 || runs > 4 { return -1 }   // one run is covered by "keep two" and "keep one"
        for combo in 0..<(1 << runs) {
            var k = 0, run = 0
            j = 0
            while j < n {
                var e = j + 1
                while e < n && m[e] == m[j] { e += 1 }
                out[k] = m[j]; k += 1
                if e - j >= 2 {
                    if combo & (1 << run) != 0 { out[k] = m[j]; k += 1 }
                    run += 1
                }
                j = e
            }
            let r = vocab.lookup(out, k)
            if r >= 0 { return r }
        }
        return -1
    }

    /// Whether what follows a glued prefix term reads as more words or an
    /// inflection: three letters or more ("fuckingidiot"), or a two-letter
    /// ending (`er`, `ed`, `in`, `az` …). "Phuket" (phuk + et) is a place.
    static func gluedRest(_ vocab: Vocabulary, _ r: Int32, _ m: UnsafeMutablePointer<UInt32>, _ n: Int) -> Bool {
        let rest = n - vocab.words[Int(r)].utf8.count
        if rest != 2 { return true }
        let a = m[n - 2], b = m[n - 1]
        if a & (a &- 1) != 0 || b & (b &- 1) != 0 { return true }
        let x = a.trailingZeroBitCount, y = b.trailingZeroBitCount
        // er ed en in ah az as es ez ie ys ya
        switch (x, y) {
        case (4, 17), (4, 3), (4, 13), (8, 13), (0, 7), (0, 25), (0, 18), (4, 18), (4, 25), (8, 4), (24, 18), (24, 0): return true
        default: return false
        }
    }

    /// Creative phonetic spellings of strong terms: `ph` for `f` (phaggot),
    /// `k` for `c` (kunt, in words of four letters or more), `y` for `i`
    /// after the first letter (dipshyt), a final `z` or `zz` for `s` (bitchez, dumbazz).
    /// Only a scored term of weight ≥ 0.5 counts, so ordinary words are
    /// never re-read ("phat", "kum", "style" stay what they are).
    static func phonetic(_ s: Scratch, _ vocab: Vocabulary, _ n: Int) -> Int32 {
        if n < 3 { return -1 }
        let m = s.masks, m2 = s.masks2
        let p: UInt32 = 1 << 15, h: UInt32 = 1 << 7, f: UInt32 = 1 << 5, k: UInt32 = 1 << 10, c: UInt32 = 1 << 2
        let y: UInt32 = 1 << 24, i: UInt32 = 1 << 8, z: UInt32 = 1 << 25, sl: UInt32 = 1 << 18
        // One kind of respelling per word: "kunt", "phaggot", "dipshyt" — not "Kuntz" (k and z).
        var kinds = 0
        var out = 0
        var j = 0
        while j < n {
            var x = m[j]
            if x == p && j + 1 < n && m[j + 1] == h { x = f; j += 1; kinds |= 1 }
            else if x == k && n >= 4 { x = k | c; kinds |= 2 }
            else if x == y && j > 0 { x = y | i; kinds |= 4 }
            else if x == z && j > 0 && j >= n - 2 && m[n - 1] == z { x = z | sl; kinds |= 8 }   // bitchez, azz
            m2[out] = x; out += 1
            j += 1
        }
        if kinds == 0 || kinds & (kinds - 1) != 0 { return -1 }
        if out < 3 { return -1 }   // "mph" is miles per hour, not "mf"
        let r = vocab.lookup(m2, out)
        if r >= 0 && vocab.flags[Int(r)] & TermFlag.scored != 0 && vocab.weight[Int(r)] >= 0.5 { return r }
        return -1
    }

    static func lookupWords(_ s: Scratch, _ vocab: Vocabulary) {
        vocab.seal()
        for i in 0..<s.tokenCount {
            var tok = s.tokens[i]
            if tok.flags & TokenFlag.numeric != 0 { continue }
            var w = lookup(s, vocab, Int(tok.c0), Int(tok.c1))
            if w >= 0 && tok.flags & TokenFlag.mention != 0 {
                // "@ss" is a word; "@sam" is a mention.
                if vocab.flags[Int(w)] & TermFlag.scored != 0 { tok.flags &= ~TokenFlag.mention } else { w = -1 }
            }
            tok.word = w
            s.tokens[i] = tok
        }
    }

    // MARK: 5 joins

    /// Looks up the concatenation of tokens [i, j).
    static func joinedLookup(_ s: Scratch, _ vocab: Vocabulary, _ i: Int, _ j: Int) -> Int32 {
        // Copy the characters of the tokens, without the gaps, to the end of
        // the character buffer is not possible (no room); build masks directly.
        let m = s.masks
        var n = 0
        for t in i..<j {
            let tok = s.tokens[t]
            for c in Int(tok.c0)..<Int(tok.c1) {
                if n >= Scratch.maskCap - 1 { return -1 }
                m[n] = mask(s.kind[c], s.val[c]); n += 1
            }
        }
        var r = vocab.lookup(m, n)
        if r < 0 {
            var k = 0
            let m2 = s.masks2
            for q in 0..<n where !(q >= 1 && m[q] == m[q - 1]) { m2[k] = m[q]; k += 1 }
            if k != n { r = vocab.lookup(m2, k) }
        }
        if r < 0 || n < 3 { return -1 }
        let w = Int(r)
        if vocab.flags[w] & TermFlag.scored != 0 && vocab.weight[w] + vocab.targetWeight[w] >= 0.3 { return r }
        if vocab.flags[w] & TermFlag.scored == 0 && (vocab.classes[w] != 0 || vocab.classes2[w] != 0 || vocab.classes3[w] != 0 || vocab.flags[w] & TermFlag.inPhrase != 0) { return r }
        return -1
    }

    static func join(_ s: Scratch, _ vocab: Vocabulary) {
        vocab.seal()
        let tokens = s.tokens
        var i = 0
        let n = s.tokenCount
        // Runs of single characters separated by short gaps: f.u.c.k, f u c k, s-h-1-t.
        while i < n {
            guard tokens[i].flags & TokenFlag.single != 0 else { i += 1; continue }
            var j = i + 1
            var letters = tokens[i].flags & TokenFlag.numeric == 0 ? 1 : 0
            while j < n && tokens[j].flags & TokenFlag.single != 0 && tokens[j].gapLen <= 3
                    && tokens[j].flags & (TokenFlag.boundaryBefore | TokenFlag.quoteBefore) == 0 {
                if tokens[j].flags & TokenFlag.numeric == 0 { letters += 1 }
                j += 1
            }
            let runEnd = j
            if runEnd - i >= 3 && letters * 2 >= runEnd - i {
                var a = i
                while a + 3 <= runEnd {
                    var matched = false
                    var b = min(runEnd, a + 24)
                    while b - a >= 3 {
                        let w = joinedLookup(s, vocab, a, b)
                        if w >= 0 {
                            merge(s, a, b, w)
                            a = b; matched = true
                            break
                        }
                        b -= 1
                    }
                    if !matched { a += 1 }
                }
                // A word spelled with dots ("d.a.n.k.e f.ü.r d.e.n") whose letters are left single:
                // a letter joined to a neighbour of its run by a dot is part of a spelled word,
                // not a word of its own, so "f.ü.r" is not "f u r" ("f u").
                for t in i..<runEnd where tokens[t].flags & (TokenFlag.single | TokenFlag.absorbed) == TokenFlag.single {
                    if (t > i && dotGap(s, t)) || (t + 1 < runEnd && dotGap(s, t + 1)) { tokens[t].word = -1 }
                }
            }
            i = runEnd
        }
        // A word split in two: "fu ck", "sh it", "bit ch".
        var prev = -1
        for t in 0..<n {
            if tokens[t].flags & TokenFlag.absorbed != 0 { continue }
            if prev >= 0 && splitWord(s, vocab, prev, t) { continue }   // prev now covers t
            prev = t
        }
    }

    /// Whether token `t` follows the previous one across a single dot ("f.ü.r").
    @inline(__always)
    static func dotGap(_ s: Scratch, _ t: Int) -> Bool {
        let tok = s.tokens[t]
        let c = Int(tok.c0) - 1
        return tok.gapLen == 1 && c >= 0 && s.kind[c] == CharKind.punct && s.val[c] == UInt8(ascii: ".")
    }

    /// Joins tokens `a` and `b` if they are the two halves of a scored term.
    static func splitWord(_ s: Scratch, _ vocab: Vocabulary, _ a: Int, _ b: Int) -> Bool {
        let ta = s.tokens[a], tb = s.tokens[b]
        if tb.gapLen != 1 || tb.flags & (TokenFlag.boundaryBefore | TokenFlag.quoteBefore | TokenFlag.numeric) != 0 { return false }
        if ta.flags & TokenFlag.numeric != 0 { return false }
        let la = ta.c1 - ta.c0, lb = tb.c1 - tb.c0
        // Classes and flags from the packed records (`join` sealed the vocabulary).
        let facts = vocab.facts
        // "your self", "ur self": the reflexive split in two ("go drown your self"),
        // not a compound ("your self-esteem", "your self worth").
        if ta.word >= 0 && facts[Int(ta.word)].classes & WordClass.possessive != 0 && la + lb <= 9 {
            let w = joinedLookup(s, vocab, a, b + 1)
            if w >= 0 && vocab.classes[Int(w)] & WordClass.reflexive != 0 && !selfCompound(s, vocab, b) {
                merge(s, a, b + 1, w); return true
            }
        }
        if ta.word >= 0 && tb.word >= 0 {
            // A compound insult written as two words: "ass hole", "dick head", "cock sucker".
            // Only strong insult nouns (weight ≥ 0.75), and not after "the" ("the ass hole in the fence").
            if la < 3 || lb < 3 || la + lb > 14 || facts[Int(ta.word)].flags & TermFlag.scored == 0 { return false }
            if a > 0 && s.tokens[a - 1].word >= 0 && s.tokens[a - 1].word == vocab.theWord { return false }
            let w = joinedLookup(s, vocab, a, b + 1)
            if w >= 0 && vocab.flags[Int(w)] & (TermFlag.scored | TermFlag.noun) == (TermFlag.scored | TermFlag.noun)
                && vocab.weight[Int(w)] >= 0.75 {
                merge(s, a, b + 1, w); return true
            }
            return false
        }
        // fu ck, sh it, bit ch; two unknown halves of three ("n1g g3r") only for a strong term
        let unknown = ta.word < 0 && tb.word < 0
        if la + lb < 4 || min(la, lb) > (unknown ? 3 : 2) || max(la, lb) > 6 { return false }
        if ta.word >= 0 && facts[Int(ta.word)].flags & TermFlag.scored != 0 { return false }
        if tb.word >= 0 && facts[Int(tb.word)].flags & TermFlag.scored != 0 { return false }
        let w = joinedLookup(s, vocab, a, b + 1)
        if w >= 0 && vocab.flags[Int(w)] & TermFlag.scored != 0 && vocab.weight[Int(w)] >= (min(la, lb) > 2 ? 0.8 : 0.5) {
            merge(s, a, b + 1, w); return true
        }
        return false
    }

    /// Whether the token after `b` makes "your self" a compound: a hyphen
    /// ("self-esteem") or a word like esteem, worth, care, control.
    static func selfCompound(_ s: Scratch, _ vocab: Vocabulary, _ b: Int) -> Bool {
        let next = b + 1
        if next >= s.tokenCount { return false }
        let t = s.tokens[next]
        if t.flags & TokenFlag.boundaryBefore != 0 { return false }
        let c = Int(t.c0) - 1
        if t.gapLen == 1 && c >= 0 && s.kind[c] == CharKind.punct && s.val[c] == UInt8(ascii: "-") { return true }
        return t.word >= 0 && vocab.classes2[Int(t.word)] & WordClass2.selfNoun != 0
    }

    static func merge(_ s: Scratch, _ a: Int, _ b: Int, _ w: Int32) {
        s.tokens[a].word = w
        s.tokens[a].s1 = s.tokens[b - 1].s1
        s.tokens[a].c1 = s.tokens[b - 1].c1
        s.tokens[a].flags &= ~(TokenFlag.single | TokenFlag.numeric | TokenFlag.mention)
        for t in (a + 1)..<b { s.tokens[t].flags |= TokenFlag.absorbed }
    }
}
