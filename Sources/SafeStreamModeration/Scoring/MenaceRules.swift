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
        if c2 & WordClass2.mLocale != 0 { localeRule(s, p) }
        if c2 & WordClass2.mInjured != 0 { injuredRule(s, p) }
        if c2 & WordClass2.mLooks != 0 { looksRule(s, p) }
        if c2 & WordClass2.mMisc != 0 { miscRule(s, p) }
        let c3 = s.seqClasses3[p]
        if c3 & WordClass3.mAttack != 0 { someoneShouldRule(s, p) }
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
    // round 6
    static let mHappenThing: Set<String> = ["stopped", "found", "caught", "snapped", "cut", "slipped", "leaked"]
    static let mExposed: Set<String> = ["posted", "public", "pinned", "everywhere", "online", "shared", "spread", "published",
                                        "exposed", "circulating", "leaked", "doxxed"]

    @inline(__always)
    private func has(_ s: Scratch, _ p: Int, _ set: Set<String>) -> Bool {
        // Only words of some spelling set carry `mSpell`: every other word answers without hashing.
        s.seqClasses2[p] & WordClass2.mSpell != 0 && spelled(s, p, in: set)
    }

    @inline(__always)
    private func word(_ s: Scratch, _ p: Int) -> String? {
        let w = spelling(s, p)
        return w.isEmpty ? nil : w
    }

    @inline(__always)
    private func isWord(_ s: Scratch, _ p: Int, _ a: String, _ b: String = "", _ c: String = "") -> Bool {
        let w = spelling(s, p)
        return !w.isEmpty && (w == a || (!b.isEmpty && w == b) || (!c.isEmpty && w == c))
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
            // "your address", and a third person's: "posting his IP in the discord", "leak her address"
            if c & WordClass.possessive != 0 && c & WordClass.second != 0 || isWord(s, r, "his", "her", "their") {
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
        // done already, said to the person: "posted your home address in my discord"
        // (sending it to someone is an errand: "sent your address to the merch store")
        let past = w.hasSuffix("ed") && !w.hasPrefix("sen") && !w.hasPrefix("hand") && !w.hasPrefix("giv")
        let hostile = w.hasPrefix("leak") || w.hasPrefix("dox") || w.hasPrefix("expos") || past
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
        var ifAt = -1
        while r < n && r <= p + 9 && !boundaryAt(s, r) {
            if !cond { if isWord(s, r, "if") { cond = true; ifAt = r } else if r > p + 2 { return } }
            else if has(s, r, Self.mHappen) || (has(s, r, Self.mHappenThing) && thingHappens(s, ifAt, r)) {
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

    // ---------------------------------------------------------------- round 6

    /// Whether a thing of yours (not "you") is the subject after `ifAt`, and the verb at `r`
    /// names harm done to it: "if the brakes stopped working", "if your family found out",
    /// "if your house caught fire" — not "if you stopped streaming", "if the stream stopped".
    private func thingHappens(_ s: Scratch, _ ifAt: Int, _ r: Int) -> Bool {
        let n = s.seqCount
        if ifAt < 0 || ifAt + 1 >= r { return false }
        let c = s.seqClasses[ifAt + 1]
        if c & WordClass.second != 0 && c & WordClass.possessive == 0 { return false }   // "if you …"
        if c & (WordClass.first) != 0 { return false }
        // the stream, the mic, the pc failing is bad luck, not a menace
        var k = ifAt + 1
        while k < r {
            if s.seqClasses[k] & (WordClass.gameThing | WordClass.gameCtx) != 0 || isWord(s, k, "stream", "mic", "cam")
                || isWord(s, k, "pc", "setup", "wifi") { return false }
            k += 1
        }
        let w = word(s, r) ?? ""
        let next = r + 1 < n && !boundaryAt(s, r + 1) ? (word(s, r + 1) ?? "") : ""
        switch w {
        case "stopped": return next == "working" || next == "workin"
        case "found": return next == "out"
        case "caught": return next == "fire"
        case "leaked": return c & WordClass.possessive != 0
        default: return true   // cut, snapped, slipped
        }
    }

    /// Whether `p` has "your" (or "your mom's", "your front") right before it.
    private func yourBefore(_ s: Scratch, _ p: Int) -> Int {
        var q = p - 1
        while q >= 0 && q >= p - 2 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.possessive != 0 && c & WordClass.second != 0 { return q }
            if q == p - 1 && (c & WordClass.kin != 0 || isWord(s, q, "front", "back", "new") || isWord(s, q, "phone", "home", "real")
                || isWord(s, q, "full", "ip")
                || isWord(s, q, "kids", "kid", "moms") || isWord(s, q, "dads", "wifes", "sisters")) { q -= 1; continue }
            return -1
        }
        return -1
    }

    /// A place of someone's real life. Arrival: "i'm coming to your house", "pulling up to your
    /// place", "booking a flight to your city", "we're driving to your school" (0.45 for a home,
    /// 0.35 for a city or a workplace: a menace only beside a dare, a weapon or a promise of
    /// trouble, since "i'm coming to your house for the party" is a visit).
    /// Knowledge: "i'll find out which gym you go to", "i still know what school your kid goes to".
    private func localeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = word(s, p) ?? ""
        let your = yourBefore(s, p)
        if your >= 0 {
            // a preposition of going right before "your"
            let prep = your - 1
            guard prep >= 0, !boundaryAt(s, your),
                  isWord(s, prep, "to", "at", "by") || isWord(s, prep, "outside", "near", "into") || isWord(s, prep, "round", "around", "over")
            else { return }
            var verb = -1
            var q = prep - 1
            while q >= 0 && q >= prep - 4 && !boundaryAt(s, q + 1) {
                let c = s.seqClasses[q]
                if s.seqClasses2[q] & WordClass2.mArrive != 0 { verb = q; break }
                if c & (WordClass.second | WordClass.neg) != 0 { return }   // "walk you to your car", "not coming"
                if !(isWord(s, q, "over", "right", "straight") || isWord(s, q, "up", "down", "back") || isWord(s, q, "there", "all", "way")
                     || c & (WordClass.det | WordClass.interj) != 0 || isWord(s, q, "a", "the", "way")) { return }
                q -= 1
            }
            if verb < 0 { return }
            let who = speaker(s, verb)
            if who < 0 || gameClause(s, p) || conditionAfter(s, p) && who == 0 { return }
            // a visit with a purpose: "coming to your house for the party", "to your place to pick up the keys"
            if p + 1 < n && !boundaryAt(s, p + 1) && isWord(s, p + 1, "for", "to", "after") { return }
            let home = w == "house" || w == "home" || w == "place" || w == "address" || w == "apartment" || w == "apt"
                || w == "flat" || w == "door" || w == "doorstep" || w == "porch" || w == "driveway" || w == "houses"
            span(s, 51_000_000 + Int64(p), home ? 0.45 : 0.35, 3, verb, p)
            return
        }
        // "which gym you go to", "what school your kid goes to", "what street you're on"
        guard p > 0 && !boundaryAt(s, p) && isWord(s, p - 1, "which", "what") else { return }
        var youAt = -1, goes = -1
        var r = p + 1
        while r < n && r <= p + 5 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            if youAt < 0 && c & WordClass.second != 0 && c & WordClass.reflexive == 0 { youAt = r }
            else if youAt >= 0 && (c & WordClass.liveV != 0 || isWord(s, r, "go", "goes", "going") || isWord(s, r, "attend", "attends", "on")
                                   || isWord(s, r, "train", "trains", "drive") || isWord(s, r, "drives", "at", "shop")) { goes = r; break }
            r += 1
        }
        if goes < 0 { return }
        // a knowing or finding verb before "which": "i know", "i'll find out", "we figured out", "we'll see"
        var know = -1
        var q = p - 2
        while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.stalk != 0 || isWord(s, q, "figured", "learned", "see") || isWord(s, q, "seen", "saw", "tracked") { know = q; break }
            if !(isWord(s, q, "out", "exactly", "already") || isWord(s, q, "still", "just", "now")) { return }
            q -= 1
        }
        if know < 0 { return }
        let who = speaker(s, know)
        if who < 0 && !(know > 0 && s.seqClasses[know - 1] & WordClass.first != 0) { return }
        var strong = who == 1
        var k = know - 1
        while k >= 0 && k >= know - 4 && !boundaryAt(s, k + 1) {
            let c = s.seqClasses[k]
            if c & WordClass.future != 0 || weWords.contains(s.tokens[Int(s.seq[k])].word) || isWord(s, k, "still", "already", "exactly") { strong = true }
            if c & WordClass.neg != 0 { return }
            k -= 1
        }
        if isWord(s, know + 1, "exactly") || isWord(s, know + 1, "out") || isWord(s, p - 2, "exactly") { strong = true }
        if gameClause(s, p) { return }
        span(s, 52_000_000 + Int64(p), strong ? 0.75 : 0.45, 3, know, goes)
    }

    /// An injury as someone's due or wish: "deserves to get jumped", "he should be shot",
    /// "needs to get stabbed", "i hope she gets jumped" — not "i deserve to get slapped",
    /// "nobody deserves to get jumped", not a game ("that should be shot first").
    private func injuredRule(_ s: Scratch, _ p: Int) {
        var q = p - 1
        var cause = -1
        var hope = false
        while q >= 0 && q >= p - 7 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.should != 0 { cause = q; break }
            if c & WordClass.hope != 0 { cause = q; hope = true; break }
            if !(isWord(s, q, "to", "get", "be") || isWord(s, q, "got", "gets", "getting") || isWord(s, q, "just", "really", "finally")
                 || isWord(s, q, "all", "seriously", "so") || c & (WordClass.second | WordClass.person3 | WordClass.someone | WordClass.third) != 0
                 || isWord(s, q, "a", "good", "deserved")) { return }
            q -= 1
        }
        if cause < 0 { return }
        // who is due: not "i", not "nobody"/"no one", not a thing or a game
        var k = cause - 1
        while k >= 0 && k >= cause - 6 && !boundaryAt(s, k + 1) {
            let c = s.seqClasses[k]
            if c & (WordClass.neg | WordClass.nobody) != 0 { return }
            if c & WordClass.first != 0 && !hope { return }
            if isWord(s, k, "it", "that", "this") && k == cause - 1 { return }
            if s.tokens[Int(s.seq[k])].word == noWord { return }
            k -= 1
        }
        if hope {
            // "i hope you get jumped": someone between the hope and the injury
            var target = false
            var r = cause + 1
            while r < p { if s.seqClasses[r] & (WordClass.second | WordClass.person3 | WordClass.someone | WordClass.third) != 0 { target = true }; r += 1 }
            if !target { return }
        }
        if gameClause(s, p) { return }
        let w = word(s, p) ?? ""
        // "should be shot" ends its clause or names the wound; "deserves to get shot first" is a game
        if w == "shot" && !endsClause(s, p) && !isWord(s, p + 1, "dead", "in", "on") { return }
        // a slap or a punch is a milder fate ("the villain deserves to get punched"): a menace only stacked
        let mild = w == "punched" || w == "slapped"
        span(s, 53_000_000 + Int64(p), mild ? 0.45 : 0.75, 3, cause, p)
    }

    /// Mocking looks: "your acne is so bad", "your teeth are disgusting", "that forehead needs
    /// its own zip code" — a negative predicate on a body part of the person addressed.
    private func looksRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p > 0 && !boundaryAt(s, p) else { return }
        let c0 = s.seqClasses[p - 1]
        let yours = c0 & WordClass.possessive != 0 && c0 & WordClass.second != 0
        if !yours && !isWord(s, p - 1, "that", "those") { return }
        if negationBefore(s, p - 1, 3) { return }
        var r = p + 1
        var verb = false
        while r < n && r <= p + 6 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.copula != 0 || isWord(s, r, "looks", "look") || isWord(s, r, "so", "really", "kinda") || isWord(s, r, "is", "are", "s") { verb = true; r += 1; continue }
            if verb && (isWord(s, r, "and", "big", "huge") || isWord(s, r, "massive")) { r += 1; continue }   // "so huge and gross"
            if isWord(s, r, "needs", "need") && isWord(s, r + 1, "its", "their") && isWord(s, r + 2, "own") {
                span(s, 54_000_000 + Int64(p), 0.6, 4, p - 1, r + 2); return
            }
            if verb && (isWord(s, r, "ugly", "gross", "disgusting") || isWord(s, r, "nasty", "hideous", "crooked") || isWord(s, r, "greasy", "busted", "crusty")
                        || isWord(s, r, "rotten", "deformed", "repulsive") || isWord(s, r, "revolting", "horrendous", "bad") || isWord(s, r, "fat", "yellow", "fucked")) {
                if !yours && !(p >= 2 && s.seqClasses[p - 2] & WordClass.first == 0) { return }
                span(s, 54_000_000 + Int64(p), yours ? 0.6 : 0.45, 4, p - 1, r); return
            }
            return
        }
    }

    /// Whether the clause of `p` names a match ("round", "ranked", "lobby"); unlike `gameClause`,
    /// things like "internet" or "server" do not count.
    private func matchClause(_ s: Scratch, _ p: Int) -> Bool {
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        var b = a
        while b < s.seqCount && (b == a || !boundaryAt(s, b)) {
            if s.seqClasses[b] & WordClass.gameCtx != 0 { return true }
            b += 1
        }
        return false
    }

    /// Rare words that start small rules, told apart by spelling.
    private func miscRule(_ s: Scratch, _ p: Int) {
        guard let w = word(s, p) else { return }
        switch w {
        case "funeral", "funerals", "memorial": funeralRule(s, p)
        case "party", "celebrate", "celebrating", "celebration", "rejoice", "cheer", "parade", "champagne": partyRule(s, p)
        case "waking", "wake": wakeRule(s, p)
        case "until", "till", "til": untilRule(s, p)
        default: exposureRule(s, p)
        }
    }

    /// "nobody would show up to your funeral", "zero people at your funeral", "your funeral will be empty".
    private func funeralRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p > 0 && !boundaryAt(s, p) && s.seqClasses[p - 1] & WordClass.possessive != 0 && s.seqClasses[p - 1] & WordClass.second != 0 else { return }
        var q = p - 2
        while q >= 0 && q >= p - 10 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.nobody != 0 || isWord(s, q, "zero", "nobodys", "noone")
                || (s.tokens[Int(s.seq[q])].word == noWord && q + 1 < n && (s.tokens[Int(s.seq[q + 1])].word == oneWord || isWord(s, q + 1, "people", "body"))) {
                span(s, 55_000_000 + Int64(p), 0.75, 4, q, p); return
            }
            q -= 1
        }
        var r = p + 1
        while r < n && r <= p + 4 && !boundaryAt(s, r) {
            if isWord(s, r, "empty", "deserted") { span(s, 55_000_000 + Int64(p), 0.75, 4, p - 1, r); return }
            r += 1
        }
    }

    /// "if you vanished tomorrow the internet would throw a party", "when you die chat will celebrate".
    private func partyRule(_ s: Scratch, _ p: Int) {
        var would = false, gone = -1
        var q = p - 1
        while q >= 0 && q >= p - 14 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if isWord(s, q, "would", "will", "d") || isWord(s, q, "ll", "gonna", "wud") || c & WordClass.future != 0 { would = true }
            if c & WordClass.die != 0 || isWord(s, q, "vanished", "disappeared", "gone") || isWord(s, q, "quit", "quits", "left")
                || isWord(s, q, "died", "perished", "vanish") { gone = q }
            if gone >= 0 && q < gone && c & WordClass.second != 0 && c & WordClass.possessive == 0
                && q > 0 && isWord(s, q - 1, "if", "when", "once") {
                if !would || matchClause(s, p) { return }
                span(s, 56_000_000 + Int64(p), 0.75, 4, q - 1, p); return
            }
            q -= 1
        }
    }

    /// "have you considered not waking up", "you should just not wake up tomorrow",
    /// "just don't wake up tomorrow" — not "i'm not waking up before noon", "don't wake the baby".
    private func wakeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p + 1 < n && !boundaryAt(s, p + 1) && isWord(s, p + 1, "up") else { return }
        var q = p - 1
        if q >= 0 && isWord(s, q, "just") && !boundaryAt(s, q + 1) { q -= 1 }
        guard q >= 0 && !boundaryAt(s, q + 1) && s.seqClasses[q] & WordClass.neg != 0 else { return }
        let negAt = q
        let after = p + 2 < n && !boundaryAt(s, p + 2) && (isWord(s, p + 2, "tomorrow", "again", "ever") || isWord(s, p + 2, "anymore", "one", "next"))
        var urge = false
        var k = negAt - 1
        while k >= 0 && k >= negAt - 6 && !boundaryAt(s, k + 1) {
            let c = s.seqClasses[k]
            if c & WordClass.first != 0 { return }
            if c & (WordClass.should | WordClass.hope) != 0 || isWord(s, k, "considered", "consider", "try") || isWord(s, k, "about", "maybe", "pls") { urge = true }
            if c & WordClass.second != 0 && c & WordClass.possessive == 0 && urge { break }
            if c & WordClass.second != 0 && c & WordClass.possessive == 0 && !urge {
                if k + 1 < negAt || !isWord(s, k, "you", "u") { return }   // "you're not waking up" predicts
            }
            k -= 1
        }
        let bare = negAt == 0 || boundaryAt(s, negAt) || s.seqClasses[negAt - 1] & WordClass.interj != 0
        if !(urge || (bare && after)) { return }
        span(s, 57_000_000 + Int64(p), 0.75, 4, negAt, p + 1)
    }

    /// "we'll keep raiding every stream until you quit", "spam her until she leaves"-like
    /// persistence aimed at making someone leave.
    private func untilRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p + 1 < n && !boundaryAt(s, p + 1) else { return }
        let c1 = s.seqClasses[p + 1]
        guard c1 & (WordClass.second | WordClass.person3) != 0 && c1 & (WordClass.possessive | WordClass.reflexive) == 0 else { return }
        var end = -1
        var r = p + 2
        while r < n && r <= p + 4 && !boundaryAt(s, r) {
            if s.seqClasses2[r] & WordClass2.mBegone != 0 || s.seqClasses[r] & WordClass.die != 0
                || isWord(s, r, "cry", "cries", "snap") || isWord(s, r, "break", "quits", "leaves") || isWord(s, r, "stop", "stops", "log") { end = r; break }
            r += 1
        }
        if end < 0 { return }
        var q = p - 1
        while q >= 0 && q >= p - 10 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.neg != 0 && !isWord(s, q + 1, "stop") { return }
            if isWord(s, q, "raid", "raiding", "raids") || isWord(s, q, "spam", "spamming", "harass") || isWord(s, q, "harassing", "flood", "flooding")
                || isWord(s, q, "bully", "bullying", "troll") || isWord(s, q, "trolling", "haunt", "haunting") || isWord(s, q, "hound", "hounding", "mass")
                || isWord(s, q, "report", "reporting", "clip") || isWord(s, q, "follow", "following", "stalk")
                || isWord(s, q, "accounts", "alts", "streams") {
                span(s, 58_000_000 + Int64(p), 0.75, 4, q, end); return
            }
            q -= 1
        }
    }

    /// "your address is going in the pinned message", "your ip will be posted everywhere",
    /// "your moms number is getting leaked" — the person's details about to be public.
    private func exposureRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard yourBefore(s, p) >= 0 else { return }
        var soon = false
        var r = p + 1
        while r < n && r <= p + 6 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.future != 0 || isWord(s, r, "getting", "gets", "about") || isWord(s, r, "already", "soon", "tonight") { soon = true }
            if soon && has(s, r, Self.mExposed) {
                span(s, 59_000_000 + Int64(p), 0.75, 3, p, r); return
            }
            r += 1
        }
    }
    // ---------------------------------------------------------------- round 7

    /// Violence someone is urged to do to a person: "someone should swat this clown",
    /// "somebody needs to jump him", "someone gotta stab that ref", "chat should dox her" —
    /// not a game ("someone should kill the boss"), a negation, or a thing ("someone should end this stream").
    private func someoneShouldRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // the urge before the verb: should / needs to / has to / gotta, with someone, chat, we or nobody named
        var urge = -1
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.should != 0 || isWord(s, q, "gotta", "gota") { urge = q; break }
            if !(isWord(s, q, "to", "just", "really") || isWord(s, q, "go", "finally", "already") || c & WordClass.interj != 0) { return }
            q -= 1
        }
        if urge < 0 || urge == 0 || boundaryAt(s, urge) { return }
        let c0 = s.seqClasses[urge - 1]
        let who = c0 & WordClass.someone != 0 || isWord(s, urge - 1, "chat", "somebody", "yall")
            || isWord(s, urge - 1, "anyone", "anybody", "people") || weWords.contains(s.tokens[Int(s.seq[urge - 1])].word)
        if !who || negationBefore(s, urge - 1, 2) { return }
        // a person as the object: him/her/them, or this/that/the + a person or an insult noun;
        // a body-harm verb needs a body word: "break this streamer's jaw", "snap his neck" (not "break this streamer's record")
        var target = -1
        let r = p + 1
        if s.seqClasses[p] & WordClass.harm != 0 {
            var k = r
            while k < n && k <= r + 3 && !boundaryAt(s, k) {
                if s.seqClasses[k] & WordClass.body != 0 { target = k; break }
                k += 1
            }
            if target < 0 || k == r { return }
        } else if r < n && !boundaryAt(s, r) {
            if isWord(s, r, "him", "her", "them") { target = r }
            else if isWord(s, r, "this", "that", "the") || isWord(s, r, "these", "those", "his") {
                var k = r + 1
                while k < n && k <= r + 2 && !boundaryAt(s, k) {
                    let c = s.seqClasses[k]
                    let w = Int(s.tokens[Int(s.seq[k])].word)
                    if c & (WordClass.gameThing | WordClass.gameCtx) != 0 { return }
                    if c & (WordClass.person3 | WordClass.personN | WordClass.insNoun) != 0
                        || (w >= 0 && vocab.flags[w] & TermFlag.noun != 0 && vocab.targetWeight[w] > 0) { target = k; break }
                    k += 1
                }
            }
        }
        if target < 0 { return }
        // "shoot him a message", "hit her up": an errand, not an attack
        if target + 1 < n && !boundaryAt(s, target + 1) && (isWord(s, target + 1, "a", "an", "up") || isWord(s, target + 1, "some", "back", "out")) { return }
        if gameClause(s, p) || matchClause(s, p) { return }
        span(s, 60_000_000 + Int64(p), 0.75, 3, urge - 1, target)
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
    // round 6
    static let mArrive: UInt64 = 1 << 26      // coming, pulling, driving, flight, heading (… to your house); read, starts nothing
    static let mInjured: UInt64 = 1 << 27     // jumped, stabbed, lynched, shot, curbstomped (should / deserves to get …)
    static let mLocale: UInt64 = 1 << 30      // house, place, door, street, gym, school, city, car (which gym / to your house)
    static let mLooks: UInt64 = 1 << 32       // forehead, acne, teeth, nose, hairline (your … is so ugly)
    static let mMisc: UInt64 = 1 << 37        // rare rule words, dispatched by spelling: funeral, party, waking, until, address
    static let mSpell: UInt64 = 1 << 39       // a word of some spelling set (`has` hashes only these)

    static let menaceNames: [String: UInt64] = [
        "mdoxv": mDoxV, "mruinv": mRuinV, "mbegone": mBegone,
        "msafe": mSafe, "mpity": mPity, "mcontrol": mControl,
        "mallow": mAllow, "mcountry": mCountry, "mwonder": mWonder, "munder": mUnder,
        "mundies": mUndies,
        "marrive": mArrive, "minjured": mInjured, "mlocale": mLocale, "mlooks": mLooks, "mmisc": mMisc, "mspell": mSpell,
    ]
}

extension WordClass3 {
    /// This domain's roles on the third class word (bits 42–51); the rules read `s.seqClasses3[p]`.
    static let mAttack: UInt64 = 1 << 42      // swat, jump, hurt, shoot, stab, beat (someone should … this clown)

    static let menaceNames3: [String: UInt64] = [
        "mattack": mAttack,
    ]
}

extension WordClass2 {
    /// The bits `menaceRules` dispatches on (`mSpell` and the other context bits start nothing).
    static let menaceStarts: UInt64 = mDoxV | mRuinV | mBegone | mSafe | mPity | mControl | mAllow | mCountry
        | mWonder | mUnder | mUndies | mLocale | mInjured | mLooks | mMisc
}
