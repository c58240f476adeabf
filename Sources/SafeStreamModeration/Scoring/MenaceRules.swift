/// Context rules of the menace domain, over `WordClass2` roles (see ContextScorer).
///
/// Each rule starts at a word of its own class (so clean text pays nothing)
/// and reads the clause around it: who speaks (a first person or a future is
/// a menace, a third person or a game is not), whom it is aimed at (you, your
/// family, a group) and what is threatened. Evidence keys 40_000_000 + rule × 1_000_000 + position.
extension CompiledLexicon {
    func menaceRules(_ s: Scratch, _ p: Int, _ c2: UInt64) {
        if c2 & WordClass2.mDoxV != 0 { doxRule(s, p) }
        if c2 & WordClass2.mRuinV != 0 { lifeRule(s, p) }
        if c2 & WordClass2.mBegone != 0 { begoneRule(s, p) }
        if c2 & WordClass2.mSafe != 0 { safeRule(s, p) }
        if c2 & WordClass2.mPity != 0 { pityRule(s, p) }
        if c2 & WordClass2.mControl != 0 { groupControlRule(s, p) }
        if c2 & WordClass2.mAllow != 0 { groupAllowRule(s, p) }
        if c2 & WordClass2.mCountry != 0 { goBackRule(s, p) }
        if c2 & WordClass2.mWonder != 0 { noWonderRule(s, p) }
        if c2 & WordClass2.mUnder != 0 { underRule(s, p) }
        if c2 & WordClass2.mUndies != 0 { undiesRule(s, p) }
    }

    // Roles read only next to a rule's own word, by spelling: common words ("and", "up", "chat")
    // carry no class bits, so they do not wake the rules for clean text.
    static let mInfo: Set<String> = ["address", "addresses", "ip", "workplace", "location", "phone", "employer", "dox", "whereabouts", "adresse", "direccion", "endereco", "anschrift"]
    static let mLife: Set<String> = ["life", "career", "channel", "reputation", "rep", "livelihood", "marriage"]
    static let mHell: Set<String> = ["hell", "miserable", "misery", "nightmare", "torture"]
    static let mVenue: Set<String> = ["streaming", "twitch", "youtube", "internet", "channel", "account", "server", "chat", "existence", "gaming", "discord", "platform", "socials", "community"]
    static let mSoft: Set<String> = ["go", "already", "and", "seriously", "honestly", "literally", "maybe", "kindly", "then", "now", "mate"]
    static let mHappen: Set<String> = ["happened", "happen", "happens", "missing", "hurt", "accident", "burned", "burnt", "disappeared", "vanished", "disappear"]
    static let mInstitution: Set<String> = ["media", "banks", "bank", "twitch", "hollywood", "government", "governments", "world", "news", "everything", "internet", "youtube", "money", "finance", "politics", "industry", "gaming", "congress"]
    static let mCover: Set<String> = ["hoodie", "sweater", "jumper", "jacket", "towel", "blanket", "robe", "skirt", "dress", "shirt", "top"]
    static let mUp: Set<String> = ["up", "off", "out"]

    @inline(__always)
    private func has(_ s: Scratch, _ p: Int, _ set: Set<String>) -> Bool {
        let w = Int(s.tokens[Int(s.seq[p])].word)
        return w >= 0 && set.contains(vocab.words[w])
    }

    @inline(__always)
    private func word(_ s: Scratch, _ p: Int) -> String? {
        let w = Int(s.tokens[Int(s.seq[p])].word)
        return w >= 0 ? vocab.words[w] : nil
    }

    @inline(__always)
    private func isWord(_ s: Scratch, _ p: Int, _ a: String, _ b: String = "", _ c: String = "") -> Bool {
        guard p >= 0 && p < s.seqCount, let w = word(s, p) else { return false }
        return w == a || (!b.isEmpty && w == b) || (!c.isEmpty && w == c)
    }

    /// Who says the clause before `p`: 2 a first person, `someone` or `should`;
    /// 1 only a future; 0 nobody (an imperative or a bare clause);
    /// −1 a negation, a third person or "you" as the subject.
    private func speaker(_ s: Scratch, _ p: Int) -> Int {
        var future = false
        var q = p - 1
        while q >= 0 && q >= p - 7 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return -1 }
            if c & (WordClass.first | WordClass.someone | WordClass.should) != 0 { return 2 }
            if c & WordClass.future != 0 { future = true; q -= 1; continue }
            if c & (WordClass.second | WordClass.secondVerb) != 0 && c & WordClass.possessive == 0 { return future ? -1 : -1 }
            if c & (WordClass.third | WordClass.person3) != 0 && c & WordClass.secondPre == 0 { return -1 }
            q -= 1
        }
        return future ? 1 : 0
    }

    /// Whether the word at `p` gives an order: only interjections, softeners
    /// ("just", "go", "pls"), a mention or "you should" / "why don't you" before it.
    private func imperative(_ s: Scratch, _ p: Int) -> Bool {
        var q = p - 1
        var should = false
        while q >= 0 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            let tok = s.tokens[Int(s.seq[q])]
            if c & WordClass.neg != 0 {
                if q > 0 && s.tokens[Int(s.seq[q - 1])].word == whyWord { q -= 2; should = true; continue }
                return false
            }
            if c & WordClass.should != 0 { should = true; q -= 1; continue }
            if tok.flags & TokenFlag.mention != 0 { q -= 1; continue }
            if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 {
                if should { q -= 1; continue }
                // "why don't you just disappear"
                if q >= 2 && s.seqClasses[q - 1] & WordClass.neg != 0 && s.tokens[Int(s.seq[q - 2])].word == whyWord { q -= 3; continue }
            }
            // "lmao just give up", "bro quit streaming": a laugh or a call opens the order
            if c & WordClass.interj != 0 && !isWord(s, q, "just", "pls", "please") { return true }
            if c & WordClass.interj != 0 || has(s, q, Self.mSoft) { q -= 1; continue }
            return false
        }
        return true
    }

    /// `gameClause`, not counting the words of `except` ("leave the server" names the place to leave, not a match).
    private func gameBesides(_ s: Scratch, _ p: Int, _ except: Set<String>) -> Bool {
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        var b = a
        while b < s.seqCount && (b == a || !boundaryAt(s, b)) {
            if s.seqClasses[b] & (WordClass.gameCtx | WordClass.gameThing) != 0 && !has(s, b, except) { return true }
            b += 1
        }
        return false
    }

    /// Whether the clause after `p` is a condition ("leave the server if it lags").
    private func conditionAfter(_ s: Scratch, _ p: Int) -> Bool {
        var k = p + 1
        while k < s.seqCount && !boundaryAt(s, k) {
            if isWord(s, k, "if", "when", "unless") { return true }
            k += 1
        }
        return false
    }

    /// Doxxing: "gonna post your address", "dropping your full name and home address
    /// tonight", "i'll leak your moms workplace", "we will expose your ip".
    private func doxRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var hit = -1
        var r = p + 1
        while r < n && r <= p + 4 && !boundaryAt(s, r) && hit < 0 {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.possessive != 0 && c & WordClass.second != 0 {
                var k = r + 1
                while k < n && k <= r + 5 && !boundaryAt(s, k) {
                    if has(s, k, Self.mInfo) { hit = k; break }
                    k += 1
                }
                if hit < 0 { return }
            }
            r += 1
        }
        if hit < 0 { return }
        let who = speaker(s, p)
        if who < 0 { return }
        let w = word(s, p) ?? ""
        let hostile = w.hasPrefix("leak") || w.hasPrefix("dox") || w.hasPrefix("expos")
        let ing = w.hasSuffix("ing") && who == 0
        if who == 0 && !hostile && !ing { return }
        span(s, 40_000_000 + Int64(p), 0.75, 3, p, hit)
    }

    /// "i'll make your life hell", "we will ruin your career", "someone should end your channel".
    private func lifeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var life = -1
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.possessive != 0 && c & WordClass.second != 0 && r + 1 < n && !boundaryAt(s, r + 1)
                && has(s, r + 1, Self.mLife) { life = r + 1; break }
            r += 1
        }
        if life < 0 { return }
        var end = life
        if (word(s, p) ?? "").hasPrefix("mak") {
            // "make your life hell / a living hell / miserable"
            var k = life + 1
            end = -1
            while k < n && k <= life + 3 && !boundaryAt(s, k) {
                if has(s, k, Self.mHell) { end = k; break }
                k += 1
            }
            if end < 0 { return }
        }
        if speaker(s, p) < 1 || gameClause(s, p) { return }
        span(s, 41_000_000 + Int64(p), 0.75, 3, p, end)
    }

    /// Telling someone to go away: "quit streaming", "delete your channel",
    /// "just disappear already", "leave the server", "just give up" — only as an order,
    /// not "I'm gonna quit streaming", "never give up", "leave the server if it lags".
    private func begoneRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if !imperative(s, p) || conditionAfter(s, p) || gameBesides(s, p, Self.mVenue) { return }
        let w = word(s, p) ?? ""
        if w == "give" {
            guard p + 1 < n && !boundaryAt(s, p + 1) && has(s, p + 1, Self.mUp) else { return }
            if p + 2 < n && !boundaryAt(s, p + 2) && !has(s, p + 2, Self.mVenue) && !has(s, p + 2, Self.mSoft)
                && s.seqClasses[p + 2] & WordClass.interj == 0 && !endsClause(s, p + 1) { return }
            span(s, 42_000_000 + Int64(p), 0.5, 4, p, p + 1)
            return
        }
        if w == "disappear" || w == "vanish" {
            if p + 1 < n && !boundaryAt(s, p + 1) && !has(s, p + 1, Self.mSoft)
                && s.seqClasses[p + 1] & WordClass.interj == 0 && !endsClause(s, p) && !isWord(s, p + 1, "forever") { return }
            span(s, 42_000_000 + Int64(p), 0.6, 4, p, p)
            return
        }
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if has(s, r, Self.mVenue) {
                span(s, 42_000_000 + Int64(p), w == "leave" ? 0.45 : 0.6, 4, p, r)
                return
            }
            if c & (WordClass.det | WordClass.possessive | WordClass.third) == 0 && !has(s, r, Self.mUp) { return }
            r += 1
        }
    }

    /// "your family isn't safe anymore", "you're not safe", "your kids won't be safe".
    private func safeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let next = p + 1 < n && !boundaryAt(s, p + 1)
        if next && !endsClause(s, p) && !isWord(s, p + 1, "anymore", "now", "tonight") && !isWord(s, p + 1, "here", "anywhere") { return }
        var neg = false, target = false
        var q = p - 1
        while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            // a modal is a general statement: "you can never be too safe"
            if c & WordClass.third != 0 && c & WordClass.neg == 0 { return }
            if c & WordClass.neg != 0 { neg = true }
            else if neg && c & WordClass.kin != 0 && q > 0 && s.seqClasses[q - 1] & WordClass.possessive != 0
                        && s.seqClasses[q - 1] & WordClass.second != 0 { target = true; break }
            else if neg && c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 {
                // "are you not safe?" asks
                if q > 0 && !boundaryAt(s, q) && s.seqClasses[q - 1] & WordClass.copula != 0 { return }
                target = true; break
            } else if c & (WordClass.first | WordClass.person3) != 0 { return }
            q -= 1
        }
        if !target || gameClause(s, p) { return }
        span(s, 43_000_000 + Int64(p), 0.7, 3, q, p)
    }

    /// "shame if something happened to your sister", "would be a pity if it went missing".
    private func pityRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 1
        var cond = false
        while r < n && r <= p + 9 && !boundaryAt(s, r) {
            if !cond { if isWord(s, r, "if") { cond = true } else if r > p + 2 { return } }
            else if has(s, r, Self.mHappen) {
                if gameClause(s, p) || negationBefore(s, p, 3) { return }
                span(s, 44_000_000 + Int64(p), 0.75, 3, p, r)
                return
            }
            r += 1
        }
    }

    /// "jews control the media", "they own the banks" after a group.
    private func groupControlRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var g = -1
        var q = p - 1
        while q >= 0 && q >= p - 2 && !boundaryAt(s, q + 1) {
            if isGroup(s, q) { g = q; break }
            q -= 1
        }
        if g < 0 || negationBefore(s, p, 2) { return }
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            if has(s, r, Self.mInstitution) {
                span(s, 45_000_000 + Int64(p), 0.75, 4, g, r)
                return
            }
            r += 1
        }
    }

    /// "women shouldn't be allowed to stream", "gays don't belong in gaming",
    /// "muslims should be banned from twitch", "dykes like her shouldnt be allowed".
    private func groupAllowRule(_ s: Scratch, _ p: Int) {
        let w = word(s, p) ?? ""
        let needNeg = w == "allowed" || w.hasPrefix("belong") || w == "place" || w == "welcome"
        var g = -1, neg = false, should = false
        var q = p - 1
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { neg = true }
            if c & WordClass.should != 0 { should = true }
            if c & (WordClass.first | WordClass.second) != 0 { return }
            if isGroup(s, q) { g = q; break }
            q -= 1
        }
        if g < 0 { return }
        if needNeg ? !neg : (neg || !should) { return }
        span(s, 46_000_000 + Int64(p), 0.75, 4, g, p)
    }

    /// "go back to china", "go back to the zoo", "send them back to africa":
    /// not "I want to go back to china someday", not a game map.
    private func goBackRule(_ s: Scratch, _ p: Int) {
        var q = p - 1
        var back = -1
        while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
            if isWord(s, q, "back") { back = q; break }
            if !(isWord(s, q, "to", "the") || s.seqClasses[q] & (WordClass.det | WordClass.possessive) != 0) { return }
            q -= 1
        }
        if back < 0 { return }
        // a verb of going or sending before "back"
        var verb = false
        var k = back - 1
        while k >= 0 && k >= back - 3 && !boundaryAt(s, k + 1) {
            if isWord(s, k, "go", "send", "get") || isWord(s, k, "fly", "swim", "move") { verb = true; break }
            k -= 1
        }
        if !verb { return }
        var a = back
        while a > 0 && !boundaryAt(s, a) {
            let c = s.seqClasses[a - 1]
            if c & (WordClass.first | WordClass.neg) != 0 { return }
            a -= 1
        }
        if gameClause(s, p) { return }
        span(s, 47_000_000 + Int64(p), 0.75, 4, back, p)
    }

    /// "no wonder your gf left", "no wonder your dad hates you", "no wonder nobody likes you",
    /// "no wonder you have no friends".
    private func noWonderRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p > 0 && !boundaryAt(s, p) && s.tokens[Int(s.seq[p - 1])].word == noWord else { return }
        var kin = false, you = false
        var r = p + 1
        while r < n && r <= p + 8 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.nobody != 0 { span(s, 48_000_000 + Int64(p), 0.75, 4, p - 1, r); return }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { you = true }
            if c & WordClass.kin != 0 && r > p + 1 {
                if s.seqClasses[r - 1] & WordClass.possessive != 0 && s.seqClasses[r - 1] & WordClass.second != 0 { kin = true }
                else if you && (s.seqClasses[r - 1] & WordClass.neg != 0 || s.tokens[Int(s.seq[r - 1])].word == noWord) {
                    span(s, 48_000_000 + Int64(p), 0.75, 4, p - 1, r); return   // "you have no friends"
                }
            }
            if kin && c & (WordClass.reject | WordClass.hate) != 0 {
                span(s, 48_000_000 + Int64(p), 0.75, 4, p - 1, r); return
            }
            r += 1
        }
    }

    /// "dm me pics of what's under that hoodie", "show me what's under your shirt".
    private func underRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var cloth = -1
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            if s.seqClasses[r] & WordClass.clothes != 0 || has(s, r, Self.mCover) { cloth = r; break }
            r += 1
        }
        if cloth < 0 { return }
        var ask = false
        var q = p - 1
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.sexVerb != 0 || isWord(s, q, "whats", "what") || isWord(s, q, "pics", "pic", "peek") { ask = true }
            if s.seqClasses[q] & WordClass.neg != 0 { return }
            q -= 1
        }
        if !ask || gameClause(s, p) { return }
        span(s, 49_000_000 + Int64(p), 0.75, 5, p, cloth)
    }

    /// "what colour are your panties", "are you wearing a bra" — underwear of the person addressed.
    private func undiesRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // the garment itself, asked about: not "your underwear drawer", "your bra strap"
        if p + 1 < n && !boundaryAt(s, p + 1) && !endsClause(s, p)
            && !isWord(s, p + 1, "today", "now", "tonight") && !isWord(s, p + 1, "rn", "look", "looks") { return }
        var you = -1
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.first != 0 { return }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { you = q; break }
            q -= 1
        }
        if you < 0 || gameClause(s, p) { return }
        span(s, 50_000_000 + Int64(p), 0.6, 5, you, p)
    }
}

extension WordClass2 {
    static let mDoxV: UInt64 = 1 << 20        // post, drop, leak, dox, expose, publish (… your address)
    static let mRuinV: UInt64 = 1 << 22       // ruin, destroy, wreck, end, make (… your life / career)
    static let mBegone: UInt64 = 1 << 25      // quit, delete, uninstall, leave, disappear, give (up)
    static let mSafe: UInt64 = 1 << 28        // safe (your family isn't safe)
    static let mPity: UInt64 = 1 << 29        // shame, pity (… if something happened)
    static let mControl: UInt64 = 1 << 31     // control, own, run (a group … the media)
    static let mAllow: UInt64 = 1 << 33       // allowed, belong, banned, kicked, locked (a group should …)
    static let mCountry: UInt64 = 1 << 34     // china, africa, mexico, zoo (go back to …)
    static let mWonder: UInt64 = 1 << 35      // wonder (no wonder …)
    static let mUnder: UInt64 = 1 << 36       // under, underneath (what's under your shirt)
    static let mUndies: UInt64 = 1 << 38      // panties, underwear, bra, thong, knickers, lingerie

    static let menaceNames: [String: UInt64] = [
        "mdoxv": mDoxV, "mruinv": mRuinV, "mbegone": mBegone,
        "msafe": mSafe, "mpity": mPity, "mcontrol": mControl,
        "mallow": mAllow, "mcountry": mCountry, "mwonder": mWonder, "munder": mUnder,
        "mundies": mUndies, 
    ]
}
