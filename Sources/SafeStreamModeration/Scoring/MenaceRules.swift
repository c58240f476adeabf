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
        // rounds 9-11 (WordClass3 bits 43-51, which wake this domain through ContextScorer.domainStarts3)
        if c3 & WordClass3.menaceStarts3 != 0 { round9Rules(s, p, c3) }
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
    static let mHappenThing: Set<String> = ["stopped", "found", "caught", "snapped", "cut", "slipped", "leaked",
                                            // round 11: "be a shame if the windows got smashed", "… if your tires got slashed"
                                            "smashed", "slashed", "keyed", "shattered", "vandalized", "torched", "stolen", "poisoned"]
    static let mToMods: Set<String> = ["mod", "mods", "moderator", "moderators", "admin", "admins", "report", "reported", "reporting"]
    static let mExposed: Set<String> = ["posted", "public", "pinned", "everywhere", "online", "shared", "spread", "published",
                                        "exposed", "circulating", "leaked", "doxxed"]

    @inline(__always)
    private func has(_ s: Scratch, _ p: Int, _ set: Set<String>) -> Bool {
        // Only words of some spelling set carry `mSpell`: every other word answers without hashing.
        s.seqClasses2[p] & WordClass2.mSpell != 0 && spelled(s, p, in: set)
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
        var owner = -1
        var r = p + 1
        while r < n && r <= p + 4 && !boundaryAt(s, r) && hit < 0 {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            // "your address", and a third person's: "posting his IP in the discord", "leak her address"
            if c & WordClass.possessive != 0 && c & WordClass.second != 0 || isWord(s, r, "his", "her", "their") {
                owner = r
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
        let w = spelling(s, p)
        // a phone is dropped in the hand before it is dropped in chat: "dropping his phone mid-trade";
        // "drop her phone number" stays
        if w.hasPrefix("drop") && isWord(s, hit, "phone")
            && !(hit + 1 < n && !boundaryAt(s, hit + 1) && isWord(s, hit + 1, "number", "numbers", "no")) { return }
        let who = speaker(s, p)
        if who < 0 { return }
        // done already, said to the person: "posted your home address in my discord"
        // (sending it to someone is an errand: "sent your address to the merch store")
        let past = w.hasSuffix("ed") && !w.hasPrefix("sen") && !w.hasPrefix("hand") && !w.hasPrefix("giv")
        // Done by someone else to a third person, it is a report to the mods: "a viewer reported that someone
        // posted their home address in another stream", "someone's been posting her old address in other chats"
        // ("someone posted your address", "i leaked her ip", "someone post his address" stay).
        // (an ongoing one only told to the mods: "someone is posting his address, go visit him" is incitement)
        let toMods = w.hasSuffix("ing") && (0..<n).contains(where: { s.seqClasses[$0] & WordClass.meta != 0 || spelled(s, $0, in: Self.mToMods) })
        if doneByAnother(s, p, owner: owner, done: past || toMods) { return }
        let hostile = w.hasPrefix("leak") || w.hasPrefix("dox") || w.hasPrefix("expos") || past
        let ing = w.hasSuffix("ing") && who == 0
        if who == 0 && !hostile && !ing { return }
        span(s, 40_000_000 + Int64(p), 0.75, 3, p, hit)
    }

    /// Doxxing someone else did to a third person, told to the mods (`done`: the verb says it happened):
    /// "someone posted her address, mods wiped it", "somebody leaked his ip in general, please report that
    /// account" — not "someone posted your address", "i leaked her ip". Shared by the three doxxing rules.
    private func doneByAnother(_ s: Scratch, _ verb: Int, owner: Int, done: Bool) -> Bool {
        done && owner >= 0 && isWord(s, owner, "her", "his", "their") && someoneSubject(s, verb)
    }

    /// Whether the clause before `p` has "someone"/"somebody" as its subject and no first person or "should".
    private func someoneSubject(_ s: Scratch, _ p: Int) -> Bool {
        var q = p - 1
        while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.first | WordClass.should | WordClass.future) != 0 { return false }
            if c & WordClass.someone != 0 || isWord(s, q, "someones", "somebodys") { return true }
            q -= 1
        }
        return false
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
        if spelling(s, p).hasPrefix("mak") {
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
        let w = spelling(s, p)
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
        let g = lastBefore(s, p, within: 2) { q in isGroup(s, q) }
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
        let w = spelling(s, p)
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
        let cloth = firstAfter(s, p, within: 3) { r in s.seqClasses[r] & WordClass.clothes != 0 || has(s, r, Self.mCover) }
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
        let w = spelling(s, r)
        let next = r + 1 < n && !boundaryAt(s, r + 1) ? spelling(s, r + 1) : ""
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
        let w = spelling(s, p)
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
                                   || isWord(s, r, "train", "trains", "drive") || isWord(s, r, "drives", "at", "shop")
                                   || isWord(s, r, "in", "staying", "sleeps") && s.seqClasses[youAt] & WordClass.possessive != 0) { goes = r; break }
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
        // round 11: a family member in a hospital or a ward ("i know which hospital your grandma is in")
        if isWord(s, p, "hospital", "ward") || s.seqClasses[max(0, youAt + 1)] & WordClass.kin != 0 && youAt + 1 < goes { strong = true }
        if gameClause(s, p) { return }
        span(s, 52_000_000 + Int64(p), strong ? 0.75 : 0.45, 3, know, goes)
    }

    /// An injury as someone's due or wish: "deserves to get jumped", "he should be shot",
    /// "needs to get stabbed", "i hope she gets jumped" — not "i deserve to get slapped",
    /// "nobody deserves to get jumped", not a game ("that should be shot first").
    private func injuredRule(_ s: Scratch, _ p: Int) {
        forecastRule(s, p)   // round 11: "betting the streamer gets attacked", "gonna get hurt if he keeps deleting"
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
        let w = spelling(s, p)
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
        let w = spelling(s, p)
        if w.isEmpty { return }
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
                || isWord(s, q, "accounts", "alts", "streams") || isWord(s, q, "coming", "messaging", "posting")
                || isWord(s, q, "dming", "texting", "tagging") {
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

    // round 9 (part of ContextScorer.domainStarts3 through `menaceStarts3`)
    static let mHarmV: UInt64 = 1 << 43       // cut, drown, burn, strangle, poison, break, hurt, push (… you / your throat / them)
    static let mSuffer: UInt64 = 1 << 44      // bleed, suffer, beg, scream, regret, pay, cry (make you …)
    static let mWeapon: UInt64 = 1 << 45      // bullet, knife, acid, bat, bomb (… with your name on it / for you)
    static let mShowUp: UInt64 = 1 << 46      // showing, coming, pulling, turning (up … after a dare)
    static let mFinal: UInt64 = 1 << 47       // last, longer, news, obituary, grow, widow, orphan
    static let mAccident: UInt64 = 1 << 48    // give (out), fail, explode, crash, push (hope … your brakes)
    static let mDoxInfo: UInt64 = 1 << 49     // name, school, instagram, number, accounts, alts
    static let mShameTo: UInt64 = 1 << 50     // boss, employer, girlfriend, parents (send it to her …)
    static let mMisc9: UInt64 = 1 << 51       // gone, starve, dead, bridge, roof: dispatched by spelling

    /// The round-9 bits `round9Rules` dispatches on.
    static let menaceStarts3: UInt64 = mHarmV | mSuffer | mWeapon | mShowUp | mFinal | mAccident | mDoxInfo | mShameTo | mMisc9

    static let menaceNames3: [String: UInt64] = [
        "mattack": mAttack,
        "mharmv": mHarmV, "msuffer": mSuffer, "mweapon": mWeapon, "mshowup": mShowUp, "mfinal": mFinal,
        "maccident": mAccident, "mdoxinfo": mDoxInfo, "mshameto": mShameTo, "mmisc9": mMisc9,
    ]
}

extension WordClass2 {
    /// The bits `menaceRules` dispatches on (`mSpell` and the other context bits start nothing).
    static let menaceStarts: UInt64 = mDoxV | mRuinV | mBegone | mSafe | mPity | mControl | mAllow | mCountry
        | mWonder | mUnder | mUndies | mLocale | mInjured | mLooks | mMisc
}

// ---------------------------------------------------------------- round 9
/// Threats and harassment without swear words, written as frames rather than phrases:
/// a harm verb aimed at you / your body / your family with a first-person or future speaker,
/// making someone bleed or suffer, a weapon with a target, showing up after a dare, finality
/// ("your last stream", "won't be around much longer"), wished accidents, doxxing by detail,
/// ban evasion, shaming to someone's boss or partner, wanting someone gone, starving, pointing
/// at a bridge. The trigger words carry a WordClass3 bit below (`menaceStarts3`, which
/// ContextScorer.domainStarts3 includes). Evidence keys 61_000_000 + rule × 1_000_000 + position.
extension CompiledLexicon {
    func round9Rules(_ s: Scratch, _ p: Int, _ c3: UInt64) {
        if c3 & WordClass3.mHarmV != 0 { harmVerbRule(s, p) }
        if c3 & WordClass3.mSuffer != 0 { sufferRule(s, p) }
        if c3 & WordClass3.mWeapon != 0 { weaponRule(s, p) }
        if c3 & WordClass3.mShowUp != 0 { showUpRule(s, p) }
        if c3 & WordClass3.mFinal != 0 { finalityRule(s, p) }
        if c3 & WordClass3.mAccident != 0 { accidentRule(s, p) }
        if c3 & WordClass3.mDoxInfo != 0 { infoRule(s, p) }
        if c3 & WordClass3.mShameTo != 0 { shameToRule(s, p) }
        if c3 & WordClass3.mMisc9 != 0 { misc9Rule(s, p) }
    }

    static let r9Errand: Set<String> = ["a", "an", "some", "off", "out", "loose", "slack", "short", "free", "back", "down", "the", "this", "that", "one"]
    static let r9Soft: Set<String> = ["burn", "burning", "smash", "smashing", "crush", "crushing", "bury", "burying", "break", "breaking",
                                      "snap", "snapping", "torch", "torching"]
    static let r9Place: Set<String> = ["sink", "tub", "bathtub", "bath", "toilet", "river", "lake", "pond", "pool", "sea", "ocean", "creek",
                                       "canal", "ditch", "backyard", "yard", "woods", "ground", "dirt", "concrete", "cement", "basement",
                                       "desert", "water", "acid", "gasoline", "fire", "trunk", "dumpster", "swamp", "grave", "well", "bleach"]
    static let r9With: Set<String> = ["knife", "bat", "acid", "gasoline", "petrol", "lighter", "fire", "hammer", "axe", "machete", "rope",
                                      "pipe", "crowbar", "brick", "bottle", "blade", "belt", "chain"]
    static let r9Yours: Set<String> = ["throat", "wrists", "wrist", "tires", "tyres", "car", "truck", "house", "apartment", "place", "cat",
                                       "pet", "pets", "fingers", "finger", "hands", "hand", "kneecaps", "knuckles", "spine", "windpipe",
                                       "jugular", "veins", "stomach", "guts", "kids", "dog", "eyeballs", "tongue", "family", "mom", "dad",
                                       "son", "daughter", "wife", "husband", "sister", "brother", "girlfriend", "boyfriend", "gf", "bf",
                                       "children", "baby", "parents", "kid", "skull", "neck", "face", "head", "jaw", "teeth", "nose",
                                       "legs", "arms", "ribs", "bones", "eyes", "knees", "mother", "father", "grandma", "puppy"]
    static let r9Every: Set<String> = ["finger", "fingers", "bone", "bones", "tooth", "teeth", "rib", "ribs", "knuckle", "knuckles", "joint", "limb"]
    static let r9Fall: Set<String> = ["tracks", "track", "train", "bridge", "cliff", "traffic", "stairs", "staircase", "bus", "truck", "balcony",
                                      "window", "roof", "ledge", "highway", "road", "subway", "platform", "river", "lake", "building"]
    static let r9KinS: Set<String> = ["sisters", "moms", "mums", "dads", "brothers", "wifes", "kids", "girlfriends", "boyfriends",
                                      "husbands", "parents", "familys", "sons", "daughters", "mothers", "fathers", "grandmas", "gfs", "bfs"]

    @inline(__always)
    private func r9You(_ s: Scratch, _ p: Int) -> Bool {
        guard p >= 0 && p < s.seqCount else { return false }
        let c = s.seqClasses[p]
        return c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0
    }

    @inline(__always)
    private func r9Your(_ s: Scratch, _ p: Int) -> Bool {
        guard p >= 0 && p < s.seqCount else { return false }
        let c = s.seqClasses[p]
        return c & WordClass.possessive != 0 && c & WordClass.second != 0
    }

    /// A dare or an ultimatum earlier in the message: "next time you …", "one more … and",
    /// "keep … and", "… again and", "if you … again", "i swear", "try that again".
    private func dareBefore(_ s: Scratch, _ p: Int) -> Bool {
        var q = 0
        var sawIfYou = false
        while q < p {
            let w = spelling(s, q)
            switch w {
            case "next": if isWord(s, q + 1, "time") { return true }
            case "one": if isWord(s, q + 1, "more") { return true }
            case "swear", "swearing": return true
            case "keep", "keeep":
                var k = q + 1
                while k < p { if s.tokens[Int(s.seq[k])].word == andWord { return true }; k += 1 }
            case "again": if sawIfYou || isWord(s, q + 1, "and") { return true }
            case "if": if r9You(s, q + 1) { sawIfYou = true }
            case "try": if isWord(s, q + 1, "that", "it", "me") { return true }
            // round 10, an ultimatum: "unban me or …", "answer me or i'll keep going" (not "is it just me or")
            case "or": if q >= 2 && isWord(s, q - 1, "me") && !isWord(s, q - 2, "just", "like", "to") && !isWord(s, q - 2, "for", "with", "than") { return true }
            default: break
            }
            q += 1
        }
        return false
    }

    /// Whether any word of the message is a game or match word (or a speedrun word).
    private func messageGame(_ s: Scratch) -> Bool {
        for q in 0..<s.seqCount where s.seqClasses[q] & (WordClass.gameCtx | WordClass.gameThing) != 0 { return true }
        return false
    }

    /// Whether a game or match word other than the one at `except` (−1: none) makes the message
    /// game talk. Stream words (`r10Venue`: "raid", "chat", "clip") and the caller's `alsoNot`
    /// are where the words go, not a match.
    private func otherGameWord(_ s: Scratch, except: Int, alsoNot: [String] = []) -> Bool {
        for k in 0..<s.seqCount where k != except && s.seqClasses[k] & (WordClass.gameCtx | WordClass.gameThing) != 0
            && !spelled(s, k, in: Self.r10Venue) && !spelled(s, k, in: alsoNot) { return true }
        return false
    }

    /// Whether `your` + a family member comes before `p` in the message.
    private func kinEarlier(_ s: Scratch, _ p: Int) -> Bool {
        var q = 0
        while q + 1 < p {
            if r9Your(s, q) && (s.seqClasses[q + 1] & WordClass.kin != 0 || spelled(s, q + 1, in: Self.r9KinS)) { return true }
            q += 1
        }
        return false
    }

    /// The subject of a first-person clause, also through "so I can / I could …".
    /// Like `speaker`, but an object ("finding you after this and breaking …") or a mention
    /// is not the subject: a "you" or a third person counts only at the start of a clause
    /// (or after "and", "if", "when") or before a verb of being or a future.
    private func r9Speaker(_ s: Scratch, _ p: Int) -> Int {
        var future = false
        var q = p - 1
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            let tok = s.tokens[Int(s.seq[q])]
            if tok.flags & TokenFlag.mention != 0 { q -= 1; continue }
            if c & WordClass.neg != 0 && !(q > 0 && s.tokens[Int(s.seq[q - 1])].word == whyWord) { return -1 }
            if c & (WordClass.first | WordClass.someone | WordClass.should) != 0 { return 2 }
            if c & WordClass.future != 0 { future = true; q -= 1; continue }
            let subjectLike = c & (WordClass.second | WordClass.secondVerb | WordClass.third | WordClass.person3) != 0
                && c & (WordClass.possessive | WordClass.secondPre | WordClass.reflexive) == 0
            if subjectLike {
                let start = q == 0 || boundaryAt(s, q) || tok.flags & TokenFlag.punctBefore != 0 || isWord(s, q - 1, "and", "if", "when")
                    || isWord(s, q - 1, "but", "so", "cause") || s.seqClasses[q - 1] & WordClass.interj != 0
                let verbNext = q + 1 < p && s.seqClasses[q + 1] & (WordClass.copula | WordClass.future) != 0
                if start || verbNext || c & (WordClass.copula | WordClass.future) != 0 { return -1 }
            }
            q -= 1
        }
        return future ? 1 : 0
    }

    /// "next time you ban me I'm cutting your throat", "keep blundering and i'll drown you in the sink",
    /// "so I can hurt them too" (after "your family"), "breaking every finger you type with",
    /// "i'll poison your dog" — not "i'll cut you a deal", "i'll burn the tower", "drown them in the river lol",
    /// "we'll bury you in subs", nor any game clause.
    private func harmVerbRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        let soft = Self.r9Soft.contains(w)
        let fall = w.hasPrefix("push") || w.hasPrefix("shov") || w.hasPrefix("throw") || w.hasPrefix("dump")
        var target = -1
        var r = p + 1
        if r < n && !boundaryAt(s, r) && isWord(s, r, "up") && !soft { r += 1 }
        guard r < n && !boundaryAt(s, r) else { return }
        // round 10: "put you through a wall", "put you in the ground" — not "put you on the list"
        if w == "put" || w == "putting" {
            guard r9You(s, r) else { return }
            if isWord(s, r + 1, "through") {
                if firstAfter(s, r + 1, within: 3, where: { spelled(s, $0, in: Self.r10Wall) }) < 0 { return }
            } else if !isWord(s, r + 1, "in", "into", "under") { return }
        }
        if r9You(s, r) || (isWord(s, r, "him", "her", "them") && kinEarlier(s, p)) {
            let f = r + 1
            if f < n && !boundaryAt(s, f) {
                if spelled(s, f, in: Self.r9Errand) && !fall { return }
                if isWord(s, f, "in", "into", "under") || isWord(s, f, "with") {
                    // "drown you in the sink" / "in subs"; "stab you in the neck"; "burn you with gasoline"
                    let ok = firstAfter(s, f, within: 3) {
                        s.seqClasses[$0] & WordClass.body != 0 || spelled(s, $0, in: Self.r9Place) || spelled(s, $0, in: Self.r9With)
                    }
                    if ok < 0 { return }
                } else if soft && !isWord(s, f, "alive", "to") && !fall { return }
            } else if soft && !fall {
                // "i'll break you" alone is trash talk unless something else in the clause makes it a threat
                if !dareBefore(s, p) { return }
            }
            target = r
        } else if r9Your(s, r) {
            var k = r + 1
            while k < n && k <= r + 3 && !boundaryAt(s, k) {
                if (s.seqClasses[k] & (WordClass.body | WordClass.kin) != 0 || spelled(s, k, in: Self.r9Yours)) && !isWord(s, k, "life", "friends", "home") {
                    if (w.hasPrefix("snap") || w.hasPrefix("cut")) && isWord(s, k, "fingers", "finger", "hair") { return }
                    target = k; break
                }
                k += 1
            }
        } else if s.seqClasses[r] & (WordClass.det | WordClass.third) != 0 {
            // "burn that little apartment with you inside"
            let home = firstAfter(s, r, within: 3) { s.seqClasses2[$0] & WordClass2.mLocale != 0 }
            if home >= 0 && isWord(s, home + 1, "with") && r9You(s, home + 2) { target = home + 2 }
        }
        if target < 0 && isWord(s, r, "every", "each", "all") {
            target = firstAfter(s, r, within: 3) { spelled(s, $0, in: Self.r9Every) }
        }
        if target < 0 { return }
        if fall {
            // pushing or throwing needs a place to fall: "push you onto the tracks", "throw you off a bridge"
            let placed = firstAfter(s, target, within: 5) { spelled(s, $0, in: Self.r9Fall) || spelled(s, $0, in: Self.r9Place) }
            if placed < 0 { return }
        }
        let who = r9Speaker(s, p)
        if who < 1 || gameClause(s, p) || matchClause(s, p) { return }
        span(s, 61_000_000 + Int64(p), who == 2 ? 0.8 : 0.75, 3, p, target)
    }

    /// "i'll make you bleed", "gonna make you suffer", "i'll watch you beg" (0.8); "make you cry / pay /
    /// regret" only count stacked (0.45) — not "this song will make you cry", nor a game.
    private func sufferRule(_ s: Scratch, _ p: Int) {
        guard p >= 2 && !boundaryAt(s, p) && !boundaryAt(s, p - 1) else { return }
        var obj = p - 1
        if s.seqClasses[obj] & WordClass.kin != 0 && r9Your(s, obj - 1) && !boundaryAt(s, obj) { obj -= 1 }
        guard r9You(s, obj) || isWord(s, obj, "him", "her", "them") || r9Your(s, obj) else { return }
        let v = obj - 1
        guard v >= 0 && !boundaryAt(s, v + 1) && (isWord(s, v, "make", "making", "watch") || isWord(s, v, "see", "hear", "let")) else { return }
        let who = r9Speaker(s, v)
        if who < 1 || gameClause(s, p) || matchClause(s, p) { return }
        let w = spelling(s, p)
        let strong = w.hasPrefix("bleed") || w.hasPrefix("suffer") || w.hasPrefix("beg") || w.hasPrefix("scream") || w.hasPrefix("squeal")
        span(s, 62_000_000 + Int64(p), strong ? 0.8 : 0.45, 3, v, p)
    }

    static let r9Prop: Set<String> = ["skin", "skins", "case", "crate", "giveaway", "merch", "engraved", "signed", "custom", "replay",
                                      "softball", "baseball", "cricket", "costume", "cosplay", "prop", "props", "halloween", "pinata", "recipe"]

    /// "there's a bullet with your name on it", "gonna bring a bat to the meetup, just for you",
    /// "be a shame if acid got on it", "it'll be me with a bat" — not a game, a skin or a prop.
    private func weaponRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        weaponThoughtRule(s, p)   // round 11: "just bought a knife, thinking about you"
        var weight = 0.0, end = p
        // your name on it
        var r = p + 1
        while r + 1 < n && r <= p + 5 && !boundaryAt(s, r) {
            if s.seqClasses[r] & WordClass.neg != 0 { return }
            if r9Your(s, r) && isWord(s, r + 1, "name") { weight = 0.8; end = r + 1; break }
            // "acid in your face", "a knife in your eye"
            if isWord(s, r, "in", "on", "into") && r9Your(s, r + 1) && r + 2 < n && s.seqClasses[r + 2] & WordClass.body != 0 {
                weight = 0.8; end = r + 2; break
            }
            r += 1
        }
        // "… just for you", "got a bullet for u"
        if weight == 0 {
            var k = p + 1
            while k + 1 < n {
                if isWord(s, k, "for") && r9You(s, k + 1) && (k + 2 >= n || boundaryAt(s, k + 2) || endsClause(s, k + 1)) {
                    weight = 0.75; end = k + 1; break
                }
                k += 1
            }
        }
        // round 10: "acid to the face", "a bat to the head", "a brick fits through that window behind you"
        if weight == 0 && (isWord(s, p + 1, "to", "in", "into") || isWord(s, p + 1, "across", "on"))
            && (isWord(s, p + 2, "the", "that", "ur") || r9Your(s, p + 2)) && p + 3 < n && s.seqClasses[p + 3] & WordClass.body != 0 {
            weight = 0.8; end = p + 3
        }
        if weight == 0 {
            var k = p + 1
            while k + 2 < n && k <= p + 4 && !boundaryAt(s, k) {
                if isWord(s, k, "through") && (isWord(s, k + 1, "that", "the", "ur") || r9Your(s, k + 1)) && spelled(s, k + 2, in: Self.r10Wall) {
                    for q in 0..<n where r9You(s, q) || r9Your(s, q) { weight = 0.75; end = k + 2; break }
                    break
                }
                k += 1
            }
        }
        // "i've got a gun and your address": a weapon and where you are, in a first person's hands
        if weight == 0 && (isWord(s, p - 1, "a", "my") || isWord(s, p - 1, "the")) {
            var owner = false
            var q = p - 2
            while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
                if s.seqClasses[q] & WordClass.first != 0 { owner = true; break }
                q -= 1
            }
            if owner {
                for k in (p + 1)..<max(p + 1, n - 1) where r9Your(s, k) && (has(s, k + 1, Self.mInfo) || s.seqClasses2[k + 1] & WordClass2.mLocale != 0) {
                    weight = 0.8; end = k + 1; break
                }
            }
        }
        // the threat as a pity: "be a shame if acid got on it"
        var a = p
        if weight == 0 {
            var sawIf = false
            var q = p - 1
            while q >= 0 && q >= p - 6 {
                if isWord(s, q, "if") { sawIf = true }
                if sawIf && isWord(s, q, "shame", "pity") { weight = 0.8; a = q; break }
                q -= 1
            }
        }
        // "it'll be me with a bat", "us with knives" and a time to come
        if weight == 0 && p >= 3 && isWord(s, p - 1, "a", "my", "the") && isWord(s, p - 2, "with") && isWord(s, p - 3, "me", "us") {
            for q in 0..<n where s.seqClasses[q] & WordClass.future != 0 || isWord(s, q, "itll", "day", "soon") || isWord(s, q, "ll", "next") {
                weight = 0.6; a = p - 3; break
            }
        }
        if weight == 0 { return }
        // the message-wide vetoes last, after the cheap local reads (nothing above has side effects):
        // the weapon itself may be a game word ("gun"): only the other words make the message game talk
        if otherGameWord(s, except: p) { return }
        for q in 0..<n where spelled(s, q, in: Self.r9Prop) { return }
        span(s, 63_000_000 + Int64(p), weight, 3, min(a, p), max(end, p))
    }

    static let r9Purpose: Set<String> = ["watch", "celebrate", "support", "cheer", "hang", "party", "hug", "meet", "concert", "autograph",
                                         "signing", "help", "visit", "congratulate", "too", "also", "again", "hangout"]
    static let r9Crew: Set<String> = ["friends", "boys", "crew", "squad", "homies", "gang", "guys", "people", "bat", "knife", "knives",
                                      "weapons", "backup", "cousins", "brothers", "bros", "dudes"]

    /// Showing up after a dare: "one more timeout and I'm showing up at the studio", "next time you go
    /// live from the park I'm coming with friends" — not "I'm coming to your stream tomorrow",
    /// "next time you host a meetup I'm coming!", "… I'm coming with friends to watch".
    private func showUpRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        comeForRule(s, p)   // round 11: "i'll come for you next"
        let w = spelling(s, p)
        var r = p + 1
        if w.hasPrefix("show") || w.hasPrefix("pull") || w.hasPrefix("turn") || w.hasPrefix("roll") {
            guard r < n && !boundaryAt(s, r) && isWord(s, r, "up") else { return }
            r += 1
        }
        var dest = -1
        while r < n && r <= p + 6 && !boundaryAt(s, r) {
            if spelled(s, r, in: Self.r9Purpose) || s.seqClasses[r] & WordClass.neg != 0 { return }
            if s.seqClasses2[r] & WordClass2.mLocale != 0 || spelled(s, r, in: Self.r9Crew) { dest = r }
            if isWord(s, r, "for") && r9You(s, r + 1) { dest = r + 1 }
            r += 1
        }
        if dest < 0 { return }
        var k = dest + 1
        while k < n && !boundaryAt(s, k) { if spelled(s, k, in: Self.r9Purpose) || isWord(s, k, "for", "to") { return }; k += 1 }
        if r9Speaker(s, p) < 1 || !dareBefore(s, p) || gameClause(s, p) { return }
        span(s, 64_000_000 + Int64(p), 0.75, 3, p, dest)
    }

    static let r9LastN: Set<String> = ["stream", "streams", "one", "day", "broadcast", "breath", "words", "night", "week", "birthday",
                                       "christmas", "live", "video", "sunrise", "meal", "moments", "summer", "vod"]
    static let r9LastCopula: Set<String> = ["its", "is", "s", "be", "enjoy", "this", "thats", "was", "make", "itll", "gonna"]
    static let r9Stream: Set<String> = ["stream", "streams", "streaming", "live", "broadcast", "vod", "video", "enjoy"]
    static let r9Around: Set<String> = ["around", "here", "alive", "breathing", "living", "walking", "with", "online", "streaming"]

    /// Finality: "enjoy the stream, it's your last one", "your dog won't be around much longer",
    /// "you'll be in the news soon, just not for streaming", "make sure your kids grow up without a dad",
    /// "your wife will be a widow".
    private func finalityRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        switch w {
        case "last":
            guard p >= 2 && r9Your(s, p - 1) && !boundaryAt(s, p) && p + 1 < n && !boundaryAt(s, p + 1) && spelled(s, p + 1, in: Self.r9LastN) else { return }
            let nw = spelling(s, p + 1)
            if !(endsClause(s, p + 1) || isWord(s, p + 2, "ever", "alive", "buddy") || isWord(s, p + 2, "pal", "kid", "bro")) { return }
            if !spelled(s, p - 2, in: Self.r9LastCopula) || negationBefore(s, p - 1, 3) { return }
            var enjoy = false, streamy = false
            for q in 0..<n {
                if spelling(s, q).hasPrefix("enjoy") || isWord(s, q, "savor", "cherish") { enjoy = true }
                if spelled(s, q, in: Self.r9Stream) && q != p + 1 { streamy = true }
            }
            if nw == "one" && !streamy { return }
            let strong = nw == "breath" || nw == "words" || nw == "sunrise" || nw == "meal" || nw == "moments" || enjoy
            span(s, 65_000_000 + Int64(p), strong ? 0.75 : 0.45, 3, p - 1, p + 1)
        case "longer", "long":
            if w == "long" && !isWord(s, p - 1, "for") { return }
            let around = lastBefore(s, p, within: 4) { q in spelled(s, q, in: Self.r9Around) }
            guard around > 0 else { return }
            let neg = lastBefore(s, around, within: 4) { q in s.seqClasses[q] & WordClass.neg != 0 }
            guard neg >= 0 else { return }
            var subj = -1
            var q = neg
            while q >= 0 && q >= neg - 4 && !boundaryAt(s, q + 1) {
                let c = s.seqClasses[q]
                if c & WordClass.first != 0 { return }
                if r9You(s, q) || r9Your(s, q) { subj = q; break }
                if c & (WordClass.third | WordClass.person3) != 0 && c & WordClass.neg == 0 && q != neg { return }
                q -= 1
            }
            if subj < 0 || gameClause(s, p) { return }
            span(s, 65_000_000 + Int64(p), 0.75, 3, subj, p)
        case "news", "obituary", "obituaries", "obit", "obituarys":
            var you = -1
            var q = p - 1
            while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
                if s.seqClasses[q] & WordClass.neg != 0 { return }
                if r9You(s, q) || r9Your(s, q) { you = q; break }
                if s.seqClasses[q] & (WordClass.first | WordClass.person3) != 0 && w == "news" { return }
                q -= 1
            }
            if you < 0 { return }
            if w == "news" {
                // "you'll be in the news soon, just not for streaming"
                if !(isWord(s, p - 1, "the") && isWord(s, p - 2, "in", "on")) { return }
                var future = false
                for k in you...p where s.seqClasses[k] & WordClass.future != 0 || youllWords.contains(s.tokens[Int(s.seq[k])].word) { future = true }
                if !future { return }
                var notFor = false
                var k = p + 1
                while k + 1 < n { if s.seqClasses[k] & WordClass.neg != 0 && isWord(s, k + 1, "for") || isWord(s, k, "wrong", "obituary", "obituaries") { notFor = true }; k += 1 }
                span(s, 65_000_000 + Int64(p), notFor ? 0.75 : 0.3, 3, you, p)
            } else {
                span(s, 65_000_000 + Int64(p), 0.6, 3, you, p)
            }
        case "grow", "growing", "grows":
            guard isWord(s, p + 1, "up") && isWord(s, p + 2, "without") else { return }
            let kin = firstAfter(s, p + 2, within: 3) { s.seqClasses[$0] & WordClass.kin != 0 || isWord(s, $0, "parent", "father", "mother") }
            if kin < 0 { return }
            var yours = -1, urge = false
            var q = p - 1
            while q >= 0 && q >= p - 8 {
                if s.seqClasses[q] & WordClass.neg != 0 { return }
                if r9Your(s, q) { yours = q }
                if s.seqClasses[q] & (WordClass.first | WordClass.future) != 0 || isWord(s, q, "make", "sure") { urge = true }
                q -= 1
            }
            if yours < 0 || !urge || conditionAfter(s, p) { return }
            span(s, 65_000_000 + Int64(p), 0.8, 3, yours, p + 2)
        default:   // widow, orphan, fatherless
            var yours = -1, urge = false
            var q = p - 1
            while q >= 0 && q >= p - 7 && !boundaryAt(s, q + 1) {
                if s.seqClasses[q] & WordClass.neg != 0 { return }
                if r9Your(s, q) && q + 1 < p && s.seqClasses[q + 1] & WordClass.kin != 0 { yours = q }
                if s.seqClasses[q] & (WordClass.first | WordClass.future) != 0 || isWord(s, q, "make", "soon") || isWord(s, q, "ll", "itll") { urge = true }
                q -= 1
            }
            if yours < 0 || !urge || conditionAfter(s, p) || gameClause(s, p) { return }
            span(s, 65_000_000 + Int64(p), 0.75, 3, yours, p)
        }
    }

    static let r9Vehicle: Set<String> = ["car", "truck", "brakes", "brake", "tires", "tyres", "steering", "plane", "flight", "house",
                                         "apartment", "roof", "elevator", "parachute", "heart", "lungs", "liver", "kidneys", "bike",
                                         "motorcycle", "engine", "boat", "ceiling", "balcony", "family", "kids", "van", "wheels", "airbags"]

    /// Wished accidents: "hope your car brakes give out on the highway", "hope someone pushes you onto the
    /// tracks", "wish your heart would just give out" — not "hope your car gets fixed", "hope your pc
    /// doesn't crash", "i hope your team pushes the objective".
    private func accidentRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        if w.hasPrefix("give") && !isWord(s, p + 1, "out", "way") { return }
        if w.hasPrefix("catch") && !isWord(s, p + 1, "fire") { return }
        if w.hasPrefix("blow") && !isWord(s, p + 1, "up") { return }
        if w.hasPrefix("stop") {
            // "hope your heart stops mid stream" — not "hope your heart stops hurting"
            let nx = spelling(s, p + 1)
            if !boundaryAt(s, p + 1) && nx.hasSuffix("ing") && nx != "working" && nx != "beating" { return }
        }
        let push = w.hasPrefix("push") || w.hasPrefix("shov")
        var hope = -1
        var q = p - 1
        while q >= 0 && q >= p - 10 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 && !(q > 0 && s.tokens[Int(s.seq[q - 1])].word == whyWord) { return }
            if c & WordClass.hope != 0 || (push && c & WordClass.should != 0) { hope = q; break }
            q -= 1
        }
        if hope < 0 { return }
        var target = -1
        if push {
            guard p + 1 < n && (r9You(s, p + 1) || isWord(s, p + 1, "him", "her")) else { return }
            target = firstAfter(s, p + 1, within: 5) { spelled(s, $0, in: Self.r9Fall) }
        } else {
            var k = hope + 1
            while k < p {
                if r9Your(s, k) {
                    var j = k + 1
                    while j < p && j <= k + 3 { if spelled(s, j, in: Self.r9Vehicle) { target = j }; j += 1 }
                }
                k += 1
            }
        }
        if target < 0 || gameClause(s, p) { return }
        span(s, 66_000_000 + Int64(p), 0.8, 3, hope, max(p, target))
    }

    static let r9Know: Set<String> = ["found", "find", "have", "got", "know", "tracked", "dug", "pulled", "traced", "located", "saved", "screenshotted"]
    static let r9Post: Set<String> = ["post", "posting", "posted", "leak", "leaking", "leaked", "drop", "dropping", "spam", "spamming",
                                      "share", "sharing", "send", "sending", "dox", "doxx", "doxxing", "doxing", "spread", "spreading", "pin", "pinning"]
    static let r9Spread: Set<String> = ["every", "everywhere", "till", "until", "til", "all", "everyone", "public"]
    static let r9RealName: Set<String> = ["real", "full", "legal", "irl", "dead", "government", "home", "maiden", "first", "last"]
    static let r9Alts: Set<String> = ["accounts", "alts", "alt", "burners", "burner", "profiles", "accs", "account"]
    static let r9Made: Set<String> = ["made", "make", "making", "created", "create", "have", "got", "running", "bought", "opened", "registered"]
    static let r9Evade: Set<String> = ["ban", "banned", "banning", "bans", "block", "blocking", "blocked", "mute", "muting", "report",
                                       "timeout", "kick", "messaging", "dming", "texting", "watching", "following", "talking", "stalking"]

    /// Doxxing by detail and ban evasion: "found your instagram, your sister's too", "posting her real name
    /// and school in every chat", "I made 40 accounts, ban all you want" — not "found your instagram, love
    /// the art", "i made 3 accounts for the giveaway".
    private func infoRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        if Self.r9Alts.contains(w) {
            persistRule(s, p)
            let made = lastBefore(s, p, within: 4) { q in spelled(s, q, in: Self.r9Made) }
            if made < 0 || r9Speaker(s, made) < 0 { return }
            var evade = -1
            for k in 0..<n where k != p && spelled(s, k, in: Self.r9Evade) {
                // aimed: "ban all you want", "block me", "keep messaging you", "you can ban"
                if isWord(s, k + 1, "me", "all", "us") || r9You(s, k + 1) || r9You(s, k - 1) || isWord(s, k - 1, "can", "keep")
                    || isWord(s, k + 2, "you", "u") { evade = k; break }
            }
            if evade < 0 || messageGame(s) { return }
            span(s, 67_000_000 + Int64(p), 0.75, 4, min(made, evade), max(p, evade))
            return
        }
        if w == "name" || w == "names" { if !spelled(s, p - 1, in: Self.r9RealName) { return } }
        // whose: your / her / his / your sister's, right before (past "real", "home")
        let owner = lastBefore(s, p, within: 3) { q in r9Your(s, q) || isWord(s, q, "her", "his", "their") || spelled(s, q, in: Self.r9KinS) }
        if owner < 0 { return }
        // the verb: found / have / know …, or post / leak / spam …, maybe before "and" and another detail
        var verb = -1, posting = false
        var q = owner - 1
        while q >= 0 && q >= owner - 7 && !boundaryAt(s, q + 1) {
            if spelled(s, q, in: Self.r9Know) { verb = q; break }
            if spelled(s, q, in: Self.r9Post) { verb = q; posting = true; break }
            q -= 1
        }
        if verb < 0 { return }
        let who = r9Speaker(s, verb)
        if who < 0 && !(verb > 0 && s.seqClasses[verb - 1] & WordClass.first != 0) { return }
        if spelling(s, verb - 1) == "she" || spelling(s, verb - 1) == "he" { return }
        if doneByAnother(s, verb, owner: owner, done: posting && spelling(s, verb).hasSuffix("ed")) { return }
        // more than one thing known or spread: a second owner ("your sister's too"), another detail, "in every chat"
        var more = who == 1 || weWords.contains(s.tokens[Int(s.seq[max(0, verb - 1)])].word)
        for k in 0..<n where k != owner {
            if spelled(s, k, in: Self.r9KinS) && k > owner { more = true }
            if posting && spelled(s, k, in: Self.r9Spread) && k > p { more = true }
            if posting && k > p && k <= p + 3 && isWord(s, k, "and") && s.seqClasses3[min(k + 1, n - 1)] & WordClass3.mDoxInfo != 0 { more = true }
        }
        if messageGame(s) { return }
        // knowing one detail alone is the core stalking rule's and the phrases' ("found your instagram" may be a fan)
        if !more && !posting { return }
        span(s, 67_000_000 + Int64(p), more ? 0.75 : 0.45, 4, verb, p)
    }

    static let r9Send: Set<String> = ["send", "sending", "sent", "dm", "dmd", "dming", "forward", "forwarded", "forwarding", "email",
                                      "emailed", "emailing", "show", "showed", "showing", "tag", "tagged", "text", "texted", "mail", "mailed"]
    static let r9Shame: Set<String> = ["crying", "cried", "cry", "sobbing", "meltdown", "breakdown", "nudes", "nude", "naked", "drunk",
                                       "embarrassing", "humiliating", "begging", "worst", "cringe", "cringiest"]
    static let r9Exhibit: Set<String> = ["it", "this", "clips", "clip", "screenshots", "screenshot", "pics", "vods", "dms", "everything", "logs", "them"]

    /// Shaming to someone's boss or partner: "clip her crying and send it to her boss", "dm'd your
    /// girlfriend your worst clips" — not "send the clip to your mom, she'll love it".
    private func shameToRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p >= 2 && !boundaryAt(s, p) && (r9Your(s, p - 1) || isWord(s, p - 1, "her", "his", "their")) else { return }
        // the nearest sending verb before the owner word; a negation met first vetoes
        let verb = lastBefore(s, p - 1, within: 6) { s.seqClasses[$0] & WordClass.neg != 0 || spelled(s, $0, in: Self.r9Send) }
        if verb < 0 || s.seqClasses[verb] & WordClass.neg != 0 || isWord(s, verb - 1, "she", "he", "they") { return }
        var shame = false, exhibit = false
        for k in 0..<n {
            if spelled(s, k, in: Self.r9Shame) { shame = true }
            if spelled(s, k, in: Self.r9Exhibit) { exhibit = true }
        }
        if !exhibit && !shame { return }
        span(s, 68_000_000 + Int64(p), shame ? 0.75 : 0.45, 4, verb, p)
    }

    /// Rare words, told apart by spelling: "gone", "starve", a place to jump from, "your dead brother".
    /// `misc9Rule`'s dispatch by spelling (read by word id from `misc9KindOf`: one byte instead of
    /// a string switch of 80 cases); group i is case i of its switch (`kinds` numbers them from 1).
    static let misc9Kinds = kinds([
        ["gone"],  // 1
        ["starve", "starving", "starved"],  // 2
        ["dead", "late", "deceased"],  // 3
        ["happens", "happen", "visit", "visits"],  // 4
        ["hands", "teeth", "tongue", "kneecaps", "fingers", "eyes"],  // 5
        ["finds", "hits", "runs", "strikes", "flattens", "mows"],  // 6
        ["raid", "raiding", "flood", "flooding", "brigade", "brigading", "remind", "reminding", "copy", "spam", "spamming",
         "report", "reporting"],  // 7
        ["ban", "bans", "banned", "banning", "block", "blocked", "blocking", "vpn", "vpns"],  // 8
        ["miscarriage", "chemo", "depression", "wheelchair", "therapist", "died", "dies"],  // 9
        ["left"],  // 10
        ["address", "addresses", "ip", "ips", "location", "number", "coordinates", "whereabouts"],  // 11
        ["hospital", "hospitalized", "icu", "morgue", "coma"],  // 12
        ["choke", "choking"],  // 13
        ["bots", "bot", "viewbots", "viewbot", "followbots", "followbot", "botnet"],  // 14
        ["noted", "risky", "know"],  // 15
        ["stutter", "stutters", "stuttering", "lisp", "deaf", "crippled"],  // 16
    ])

    private func misc9Rule(_ s: Scratch, _ p: Int) {
        let kind = misc9KindOf.withUnsafeBufferPointer { entry(s, p, in: $0) }   // Self.misc9Kinds by word id
        switch kind {
        case 1: goneRule(s, p)  // gone
        case 2: starveRule(s, p)  // starve, starving, starved
        case 3: deadKinRule(s, p); tragedyRule(s, p)  // dead, late, deceased
        case 4: omenRule(s, p)  // happens, happen, visit, visits
        case 5: bodyLossRule(s, p)  // hands, teeth, tongue, kneecaps …
        case 6: agentRule(s, p)  // finds, hits, runs, strikes …
        case 7:  // raid, raiding, flood, flooding …
            crowdRule(s, p)
        case 8: persistRule(s, p)  // ban, bans, banned, banning …
        case 9:  // miscarriage, chemo, depression, wheelchair …
            tragedyRule(s, p)
            if spelling(s, p) == "wheelchair" { mockDisabilityRule(s, p) }
        case 10: leftRule(s, p)  // left
        // round 11
        case 11: holdInfoRule(s, p)  // address, addresses, ip, ips …
        case 12: forecastRule(s, p)  // hospital, hospitalized, icu, morgue …
        case 13: chokeDieRule(s, p)  // choke, choking
        case 14: botsRule(s, p)  // bots, bot, viewbots, viewbot …
        case 15: noticedRule(s, p)  // noted, risky, know
        case 16: mockDisabilityRule(s, p)  // stutter, stutters, stuttering, lisp …
        default: baitRule(s, p)
        }
    }

    static let r9Better: Set<String> = ["better", "happier", "improve", "improves", "improved", "brighter", "nicer", "celebrate",
                                        "party", "wait", "riddance", "peace", "quieter", "peaceful", "cleaner"]

    /// "everyone here secretly wants you gone", "the world gets better the day you're gone" —
    /// not "i'll miss you when you're gone", "nobody wants you gone".
    private func goneRule(_ s: Scratch, _ p: Int) {
        guard p >= 2 && !boundaryAt(s, p) else { return }
        var obj = p - 1
        if isWord(s, obj, "re", "are", "is") || isWord(s, obj, "were", "s") { obj -= 1 }
        guard r9You(s, obj) || isWord(s, obj, "him", "her", "them") || isWord(s, obj, "she", "he", "youre") || isWord(s, obj, "theyre") || isWord(s, obj, "shes", "hes") else { return }
        if isWord(s, obj - 1, "want", "wants", "wanted") || isWord(s, obj - 1, "need", "needs", "like") || isWord(s, obj - 1, "see", "wanting") {
            var q = obj - 2
            while q >= 0 && q >= obj - 7 && !boundaryAt(s, q + 1) {
                let c = s.seqClasses[q]
                if c & (WordClass.neg | WordClass.nobody) != 0 { return }
                q -= 1
            }
            if gameClause(s, p) { return }
            span(s, 69_000_000 + Int64(p), 0.75, 4, obj - 1, p)
            return
        }
        // "… better the day you're gone"
        guard isWord(s, obj - 1, "day", "when", "once") || isWord(s, obj - 1, "after", "since", "till") || isWord(s, obj - 1, "until") else { return }
        var q = obj - 2
        while q >= 0 && q >= obj - 9 {
            if s.seqClasses[q] & WordClass.neg != 0 && !isWord(s, q, "cant", "cannot") { return }
            if s.seqClasses[q] & WordClass.first != 0 && isWord(s, q + 1, "miss", "ll") { return }
            if spelled(s, q, in: Self.r9Better) {
                span(s, 69_000_000 + Int64(p), 0.8, 4, q, p)
                return
            }
            q -= 1
        }
    }

    static let r9More: Set<String> = ["more", "harder", "longer", "bit", "yourself", "again", "some", "properly", "already"]
    static let r9Huge: Set<String> = ["huge", "fat", "big", "chubby", "heavy", "gross", "obese", "fatty", "whale", "massive", "thick"]

    /// "starve a bit more, you're still huge", "go starve yourself" — not "i'm starving", "starve the enemy
    /// of resources", "don't starve".
    private func starveRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if spelling(s, p) != "starve" || !imperative(s, p) || gameClause(s, p) || messageGame(s) { return }
        var urged = firstAfter(s, p, within: 3) { spelled(s, $0, in: Self.r9More) } >= 0
        var k = 0
        while k + 1 < n {
            if (isWord(s, k, "still") || r9You(s, k)) && spelled(s, k + 1, in: Self.r9Huge) { urged = true }
            if isWord(s, k, "still", "so") && k + 2 < n && spelled(s, k + 2, in: Self.r9Huge) { urged = true }
            k += 1
        }
        if !urged { return }
        span(s, 70_000_000 + Int64(p), 0.8, 4, p, p)
    }

    static let r9Mock: Set<String> = ["spam", "spamming", "post", "posting", "say", "saying", "type", "typing", "mention", "mentioning",
                                      "meme", "memeing", "joke", "jokes", "joking", "laugh", "laughing", "bring", "remind", "reminding",
                                      "chant", "chanting", "scream", "screaming", "yell", "mock", "mocking", "flood"]
    static let r9Respect: Set<String> = ["prayer", "pray", "rip", "condolences", "sorry", "tribute", "respect", "memory", "honor", "honour", "loss", "peace"]

    /// "every stream I'm going to spam your dead brother's name", "let's all joke about your dead mom".
    private func deadKinRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p >= 1 && r9Your(s, p - 1) && !boundaryAt(s, p) && p + 1 < n && !boundaryAt(s, p + 1)
            && (s.seqClasses[p + 1] & WordClass.kin != 0 || spelled(s, p + 1, in: Self.r9KinS)) else { return }
        // the nearest mocking verb before "your"; a negation met first vetoes
        let verb = lastBefore(s, p - 1, within: 6) { s.seqClasses[$0] & WordClass.neg != 0 || spelled(s, $0, in: Self.r9Mock) }
        if verb < 0 || s.seqClasses[verb] & WordClass.neg != 0 || r9Speaker(s, verb) < 0 { return }
        for k in 0..<n where spelled(s, k, in: Self.r9Respect) { return }
        span(s, 71_000_000 + Int64(p), 0.75, 4, verb, p + 1)
    }

    static let r9Point: Set<String> = ["way", "there", "calling", "waiting", "open", "nearby", "close", "ready"]
    static let r9Go: Set<String> = ["jump", "leap", "plunge", "dive", "drop", "hurry", "favor", "favour", "bye", "goodbye", "ahead", "it"]

    /// Pointing someone at a place to fall from: "bridge is that way buddy, take the jump",
    /// "the roof is open, you know what to do" — not "the bridge is that way, cross it to the boss",
    /// "take the leap and stream full time".
    private func baitRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p + 2 < n && !boundaryAt(s, p + 1) && s.seqClasses[p + 1] & WordClass.copula != 0 else { return }
        let pointed = firstAfter(s, p + 1, within: 3) { spelled(s, $0, in: Self.r9Point) }
        if pointed < 0 || messageGame(s) { return }
        var urged = -1
        var k = pointed + 1
        while k < n {
            if spelled(s, k, in: Self.r9Go) {
                let w = spelling(s, k)
                // "take the jump", "hurry up", "do us a favor", "go ahead", "do it"
                if (w == "jump" || w == "leap" || w == "plunge" || w == "dive" || w == "drop") && !isWord(s, k - 1, "the", "a") { k += 1; continue }
                if w == "it" && !isWord(s, k - 1, "do") { k += 1; continue }
                if w == "ahead" && !isWord(s, k - 1, "go") { k += 1; continue }
                urged = k; break
            }
            if isWord(s, k, "know") && isWord(s, k + 1, "what") { urged = k; break }
            k += 1
        }
        if urged < 0 { return }
        span(s, 72_000_000 + Int64(p), 0.85, 4, p, urged)
    }
}

// ---------------------------------------------------------------- round 10
/// Round 10 frames, dispatched by spelling from `misc9Rule` (their words carry `mMisc9`):
/// an ominous closer after a hostile dare or ultimatum, losing body parts, a wished agent of harm
/// ("hope a drunk driver finds you"), the chat sent against a third person, ban evasion that
/// boasts of persisting, mocking someone's grief or illness, "your dad left for a reason".
/// Evidence keys 73_000_000 + rule × 1_000_000 (+ position where several may count).
extension CompiledLexicon {
    static let r10Venue: Set<String> = ["raid", "raiding", "raids", "chat", "stream", "streams", "channel", "math", "discord", "clips", "clip"]
    static let r10Wall: Set<String> = ["wall", "walls", "window", "table", "floor", "windshield", "door", "ceiling", "glass", "fence", "drywall"]
    static let r10DareVerb: Set<String> = ["ban", "banning", "banned", "unban", "block", "blocking", "blocked", "unblock", "mute", "muting",
                                           "ignoring", "ignore", "talking", "disrespecting", "disrespect", "laughing", "mouthing", "reporting",
                                           "report", "timeout", "deleting", "delete", "answer", "reply", "respond", "me"]
    static let r10Asleep: Set<String> = ["sleep", "asleep", "sleeping", "tonight", "alone", "home", "outside", "leave", "walk", "bed"]
    static let r10Agent: Set<String> = ["driver", "drivers", "truck", "bus", "train", "car", "meteor", "asteroid", "lightning", "piano",
                                        "tornado", "semi", "cancer", "tumor", "shark", "bear", "bullet", "stray", "anvil"]
    static let r10Hostile: Set<String> = ["copypasta", "quit", "pig", "pigs", "cow", "cows", "whale", "nobody", "hates", "hate", "ugly", "fat",
                                          "ratio", "clown", "clowns", "loser", "trash", "cringe", "kys", "die", "disgusting", "worthless"]
    static let r10Crowd: Set<String> = ["chat", "everyone", "everybody", "lets", "guys", "all", "us", "yall", "boys", "raid", "incoming"]
    static let r10Callous: Set<String> = ["lucky", "hilarious", "sympathy", "boring", "carrying", "embarrassed", "ashamed", "karma",
                                          "deserved", "pathetic", "funniest", "hate", "clout"]

    /// Whether a dare or ultimatum aimed at the speaker's treatment comes before `p`:
    /// "keep banning people and …", "unban me or …" — not "keep pressing it and see what happens".
    private func hostileDare(_ s: Scratch, _ p: Int) -> Bool {
        guard dareBefore(s, p) else { return false }
        for q in 0..<p where spelled(s, q, in: Self.r10DareVerb) { return true }
        return false
    }

    /// "keep banning people and you'll find out what happens", "unban me or your workplace gets a visit",
    /// "watch what happens when you go to sleep tonight" — not "keep pressing it and see what happens",
    /// "watch what happens when you press this", "your grandma gets a visit from the nurse".
    private func omenRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if messageGame(s) { return }
        let w = spelling(s, p)
        if w.hasPrefix("happen") {
            guard isWord(s, p - 1, "what") || isWord(s, p - 2, "what") else { return }
            if hostileDare(s, p) { span(s, 73_000_000, 0.75, 3, 0, p); return }
            // "watch what happens when you go to sleep tonight"
            guard isWord(s, p - 2, "watch", "see") || isWord(s, p - 3, "watch", "see") else { return }
            var you = false, vulnerable = -1
            var k = p + 1
            while k < n && k <= p + 8 && !boundaryAt(s, k) {
                if r9You(s, k) { you = true }
                if you && spelled(s, k, in: Self.r10Asleep) { vulnerable = k }
                k += 1
            }
            if vulnerable < 0 { return }
            span(s, 73_000_000, 0.75, 3, p - 2, vulnerable)
            return
        }
        // "… gets a visit", "pay you a visit"
        guard isWord(s, p - 1, "a") else { return }
        var aimed = false
        var q = p - 2
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.neg != 0 { return }
            if r9You(s, q) || r9Your(s, q) { aimed = true }
            q -= 1
        }
        if !aimed || !hostileDare(s, p) { return }
        span(s, 73_000_000, 0.75, 3, max(0, p - 4), p)
    }

    /// "keep disrespecting me and u wont have hands to play with", "i'd love to see you stream with no teeth" —
    /// not "you won't have hands free in vr", "look no hands", "keep eating candy and you won't have teeth".
    private func bodyLossRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if messageGame(s) { return }
        var h = p - 1
        if isWord(s, h, "any", "no") || isWord(s, h, "your", "ur") { h -= 1 }
        if isWord(s, h, "have") && h >= 1 && s.seqClasses[h - 1] & WordClass.neg != 0 {
            // a second person before the negation: "u wont have", "you won't even have"
            let you = lastBefore(s, h - 1, within: 3) { r9You(s, $0) }
            if you < 0 || isWord(s, p + 1, "free") || conditionAfter(s, p) { return }
            var after = false
            var k = p + 1
            while k < n { if s.seqClasses[k] & WordClass.first != 0 { after = true }; k += 1 }
            if !hostileDare(s, p) && !after { return }
            span(s, 74_000_000, 0.8, 3, you, p)
            return
        }
        // "with no teeth", said by someone who wants to see it
        guard isWord(s, p - 1, "no") && isWord(s, p - 2, "with") && !isWord(s, p, "hands") else { return }
        var q = p - 3
        var see = -1
        while q >= 0 && q >= p - 10 {
            if isWord(s, q, "see", "watch") && r9You(s, q + 1) { see = q }
            if see >= 0 && s.seqClasses[q] & WordClass.first != 0 {
                span(s, 74_000_000, 0.75, 3, q, p); return
            }
            q -= 1
        }
    }

    /// "hope a drunk driver finds you", "hope a truck hits you", "wish a meteor flattens you" —
    /// not "hope this message finds you well", "hope a good driver finds you ok".
    private func agentRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var t = p + 1
        if spelling(s, p) == "runs" || spelling(s, p) == "mows" { if isWord(s, t, "over", "down") { t += 1 } }
        guard t < n && !boundaryAt(s, t) && (r9You(s, t) || isWord(s, t, "him", "her")) else { return }
        if isWord(s, t + 1, "well", "ok", "okay") || isWord(s, t + 1, "safe", "soon", "happy") || isWord(s, t + 1, "healthy", "good", "in") { return }
        var agent = -1, hope = -1
        var q = p - 1
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if agent < 0 && spelled(s, q, in: Self.r10Agent) { agent = q }
            if agent >= 0 && c & WordClass.hope != 0 { hope = q; break }
            q -= 1
        }
        if hope < 0 || gameClause(s, p) { return }
        span(s, 75_000_000 + Int64(p), 0.8, 3, hope, t)
    }

    /// Sending the chat against a person: "raid her chat with the copypasta", "chat lets all report her channel",
    /// "everyone go flood her youtube comments with quit", "chat remind him that nobody likes him",
    /// "chat copy this: UGLY FAT COW" — not "let's raid her channel, she's amazing", "spam her chat with hearts",
    /// "remind him to drink water", "report him if he posts spoilers".
    private func crowdRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        if negationBefore(s, p, 3) || conditionAfter(s, p) { return }
        let copy = w == "copy"
        var target = -1
        var r = p + 1
        while r < n && r <= p + 2 && !boundaryAt(s, r) {
            if copy ? isWord(s, r, "this", "that", "paste") : (isWord(s, r, "her", "his", "him") || isWord(s, r, "them", "their")
                || s.tokens[Int(s.seq[r])].flags & TokenFlag.mention != 0) { target = r; break }
            r += 1
        }
        // round 11: "chat everyone report this stream at once" — mass reporting a stream, not one message
        if target < 0 && (w == "report" || w == "reporting") && isWord(s, p + 1, "this", "your", "ur") && spelled(s, p + 2, in: Self.r10Venue) {
            var k = p + 3
            while k < n { if isWord(s, k, "once", "mass", "together") { target = p + 2; break }; k += 1 }
        }
        if target < 0 { return }
        // "raid", "chat" and the trigger itself are stream words here, not game talk (checked after the
        // cheap local reads above, which have no side effects)
        if otherGameWord(s, except: p) { return }
        var crowd = w.hasPrefix("raid") || w.hasPrefix("brigad") || w.hasPrefix("flood")
        var hostile = w.hasPrefix("report") || w.hasPrefix("brigad")
        for k in 0..<n {
            // "reporting them all" is one person at work, not a crowd called on
            if spelled(s, k, in: Self.r10Crowd) && !(k == target + 1 && isWord(s, k, "all")) { crowd = true }
            if k != p && spelled(s, k, in: Self.r10Hostile) { hostile = true }
            if isWord(s, k, "mass") { hostile = true }
        }
        if !crowd || !hostile { return }
        span(s, 76_000_000, 0.75, 4, p, target)
    }

    /// Ban evasion that boasts of persisting: "banning doesn't work on me", "you can't get rid of me",
    /// "blocked me on twitter so i'm here now, you can't hide", "account #14, still here, always will be" —
    /// not "got banned in ranked, still here though", "my old account got hacked, new acc".
    /// The words `persistRule` reads, by its switch's case (read by word id from `persistKindOf`):
    /// rid, hide/escape, work, still, miss, account/alt, stop, always, keep.
    static let persistKinds = kinds([
        ["rid"],  // 1
        ["hide", "hiding", "escape"],  // 2
        ["work", "works", "working"],  // 3
        ["still"],  // 4
        ["miss"],  // 5
        ["account", "acc", "alt", "accounts", "alts"],  // 6
        ["stop"],  // 7
        ["always"],  // 8
        ["keep", "keeep"],  // 9
    ])

    func persistRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if messageGame(s) { return }
        var strong = false, weak = false, missMe = false, account = false
        persistKindOf.withUnsafeBufferPointer { kinds in
            for k in 0..<n {
                let kind = entry(s, k, in: kinds)   // Self.persistKinds by word id
                switch kind {
                case 1: if isWord(s, k - 1, "get") && isWord(s, k + 1, "of") && isWord(s, k + 2, "me") { strong = true }
                case 2:
                    if k >= 2 && s.seqClasses[k - 1] & WordClass.neg != 0 && r9You(s, k - 2) { strong = true }
                    if k >= 3 && s.seqClasses[k - 2] & WordClass.neg != 0 && r9You(s, k - 3) { strong = true }
                case 3:
                    if (s.seqClasses[max(0, k - 1)] & WordClass.neg != 0 || s.seqClasses[max(0, k - 2)] & WordClass.neg != 0)
                        && isWord(s, k + 1, "on") && isWord(s, k + 2, "me") { strong = true }
                case 4: if isWord(s, k + 1, "here") { weak = true }
                // round 11: "here's my 6th account, miss me?", "mods can't stop me"
                case 5: if isWord(s, k + 1, "me") && !isWord(s, k - 1, "you", "u") && !isWord(s, k - 1, "will", "ll") { missMe = true }
                case 6: account = true
                case 7: if isWord(s, k + 1, "me") && k >= 1 && s.seqClasses[k - 1] & WordClass.neg != 0 { strong = true }
                case 8: if isWord(s, k + 1, "will", "be") && weak { strong = true }
                case 9: if isWord(s, k + 1, "making", "creating", "coming") || isWord(s, k + 2, "accounts", "alts") { strong = true }
                default: break
                }
            }
        }
        if missMe && account { strong = true }
        if !strong && !weak { return }
        span(s, 77_000_000, strong ? 0.75 : 0.45, 4, p, p)
    }

    /// Mocking someone's grief, loss or illness: "your miscarriage was probably for the best", "your mom died and
    /// she got lucky", "imagine crying about your dead dad for sympathy subs", "your chemo hair looks hilarious",
    /// "the wheelchair is the only thing carrying u", "your therapist must hate you too" — not "sorry about your
    /// dad, rip", "my therapist must hate me", "your chemo hair looks great".
    private func tragedyRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        var anchored = false
        if w == "dead" || w == "late" || w == "deceased" || w == "died" || w == "dies" {
            // someone's family: "your dead brother", "your mom died", "your grandma … she's dead"
            anchored = (r9Your(s, p - 1) && p + 1 < n && s.seqClasses[p + 1] & WordClass.kin != 0)
                || (s.seqClasses[max(0, p - 1)] & WordClass.kin != 0 && r9Your(s, p - 2)) || kinEarlier(s, p)
        } else {
            for k in 0..<n where r9You(s, k) || r9Your(s, k) || isWord(s, k, "imagine") { anchored = true; break }
            if !r9Your(s, p - 1) && isWord(s, p - 1, "my") { return }
        }
        if !anchored { return }
        var cue = -1
        for k in 0..<n {
            if spelled(s, k, in: Self.r9Respect) || isWord(s, k, "love", "proud", "hugs") { return }
            if k > 0 && s.seqClasses[k - 1] & WordClass.neg != 0 { continue }
            if spelled(s, k, in: Self.r10Callous) {
                if isWord(s, k, "hate") && !r9You(s, k + 1) { continue }
                cue = k
            }
            if isWord(s, k, "best") && isWord(s, k - 1, "the") && isWord(s, k - 2, "for") { cue = k }
            if isWord(s, k, "over") && isWord(s, k - 1, "get") && isWord(s, k + 1, "it") { cue = k }
        }
        if cue < 0 || messageGame(s) { return }
        span(s, 78_000_000, 0.75, 4, min(p, cue), max(p, cue))
    }

    /// "your dad left for a reason", "your wife left because of you" — not "your dad left you a message".
    private func leftRule(_ s: Scratch, _ p: Int) {
        guard p >= 2 && s.seqClasses[p - 1] & WordClass.kin != 0 && r9Your(s, p - 2) else { return }
        var k = p + 1
        if r9You(s, k) { k += 1 }
        let reason = isWord(s, k, "for") && isWord(s, k + 1, "a") && isWord(s, k + 2, "reason")
        let because = isWord(s, k, "because") && isWord(s, k + 1, "of") && r9You(s, k + 2)
        if !reason && !because { return }
        span(s, 79_000_000, 0.75, 4, p - 2, k + 2)
    }
}

// ---------------------------------------------------------------- round 11
/// Round 11 frames: a forecast or bet that someone gets hurt ("betting the streamer gets attacked before
/// christmas", "your mod is gonna get hurt if he keeps deleting my msgs", "prediction: you end up in the
/// hospital"), doxxing as possession by the speaker or a crowd ("everyone in my discord has your address",
/// "your address is in my notes app", "anyone got his ip?"), "choke on it and die", view bots sent at a
/// stream. Evidence keys 80_000_000 + rule × 1_000_000 + position.
extension CompiledLexicon {
    static let r11Bet: Set<String> = ["bet", "betting", "bets", "prediction", "predictions", "predict", "predicting", "calling", "odds",
                                      "guarantee", "guaranteed", "countdown", "wager", "gamble"]
    static let r11Crowd: Set<String> = ["everyone", "everybody", "anyone", "anybody", "someone", "chat", "half", "all", "guys", "discord",
                                        "server", "group", "friends", "boys", "homies", "crew"]
    static let r11Have: Set<String> = ["has", "have", "got", "gets", "get", "found", "find", "finding", "saved", "pulled", "know", "knows",
                                       "traced", "tracked", "grabbed", "bought", "sold", "sharing", "shared", "passed", "leaked"]
    static let r11Errand: Set<String> = ["giveaway", "shipping", "ship", "merch", "prize", "package", "order", "form", "mail", "paypal",
                                         "settings", "hide", "blur", "careful", "invoice", "card", "winner", "vpn", "router", "wifi", "update"]

    /// "betting 10k points streamer gets attacked before christmas", "your mod is gonna get hurt if he keeps
    /// deleting my msgs", "prediction: streamer ends up in the hospital this week" — not "he got attacked by a dog,
    /// hope he's ok", "you'll get hurt if you keep skating without pads", "i bet the boss gets stunned".
    func forecastRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // the verb chain before the harm: "gets", "gonna get", "will get", "ends up in the"
        var q = p - 1
        var chain = false
        while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if isWord(s, q, "get", "gets", "getting") || isWord(s, q, "end", "ends", "ending") || isWord(s, q, "wind", "winds", "land")
                || isWord(s, q, "lands", "be") { chain = true; q -= 1; continue }
            if c & WordClass.future != 0 || isWord(s, q, "up", "in", "the") || isWord(s, q, "a", "to", "going") || isWord(s, q, "is", "s", "re")
                || isWord(s, q, "finally", "probably", "definitely") { q -= 1; continue }
            break
        }
        guard chain && q >= 0 && !boundaryAt(s, q + 1) else { return }
        // the one it happens to
        let c = s.seqClasses[q]
        let target = (c & (WordClass.second | WordClass.third | WordClass.person3) != 0 && c & WordClass.possessive == 0)
            || c & WordClass.kin != 0 || isWord(s, q, "streamer", "mod", "mods") || isWord(s, q, "he", "she", "they")
            || s.tokens[Int(s.seq[q])].flags & TokenFlag.mention != 0
        if !target || (q > 0 && s.seqClasses[q - 1] & (WordClass.neg | WordClass.nobody) != 0) { return }
        if c & WordClass.first != 0 || gameClause(s, p) || messageGame(s) { return }
        // who forecasts it: a bet or a prediction, or a dare at the speaker's treatment after it
        var cue = -1
        for k in 0..<n where s.seqClasses2[k] & WordClass2.mSpell != 0 && spelled(s, k, in: Self.r11Bet) { cue = k; break }
        if cue < 0 {
            var k = p + 1
            var cond = false
            while k < n && k <= p + 10 {
                if isWord(s, k, "if", "unless") { cond = true }
                if cond && (spelled(s, k, in: Self.r10DareVerb) && !isWord(s, k, "me") || isWord(s, k, "timing", "kicking", "deleting")) { cue = k; break }
                k += 1
            }
        }
        if cue < 0 && hostileDare(s, p) { cue = 0 }
        if cue < 0 { return }
        span(s, 80_000_000 + Int64(p), 0.75, 3, min(q, cue), max(p, cue))
    }

    /// Whether the word at `q` names someone other than the speaker as an owner: a possessive
    /// that is not first person ("your", "ur"), "his", "her", "their", or a mention.
    private func otherOwner(_ s: Scratch, _ q: Int) -> Bool {
        let c = s.seqClasses[q]
        return (c & WordClass.possessive != 0 && c & WordClass.first == 0) || isWord(s, q, "his", "her", "their")
            || s.tokens[Int(s.seq[q])].flags & TokenFlag.mention != 0
    }

    /// Doxxing as possession: "everyone in my discord has your address now", "i paid someone to find your phone
    /// number", "your address is in my notes app", "anyone got his ip?", "your address is 20 minutes from me" —
    /// not "do you have your address on the form", "i have your address from the giveaway", "your ip is showing, hide it".
    func holdInfoRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if spelling(s, p) == "number" && !isWord(s, p - 1, "phone", "cell", "home") && !isWord(s, p - 1, "real") { return }
        // whose: "your", "his", "her", "their", a mention, within two words ("your home address", "your phone number")
        let owner = lastBefore(s, p, within: 3) { otherOwner(s, $0) }
        if owner < 0 { return }
        // asked for or kept for a purpose: "drop your address in my dms for the secret santa", "i have your ip for the whitelist"
        if isWord(s, owner - 1, "drop", "send", "put") || isWord(s, owner - 1, "dm", "type", "give") || isWord(s, owner - 1, "leave", "write", "add") { return }
        var f = p + 1
        while f < n && !boundaryAt(s, f) { if isWord(s, f, "for") { return }; f += 1 }
        for k in 0..<n where s.seqClasses2[k] & WordClass2.mSpell != 0 && spelled(s, k, in: Self.r11Errand) { return }
        // "server", "discord", "chat" are where the info goes, not a match
        if otherGameWord(s, except: -1, alsoNot: ["server", "servers"]) { return }
        // kept by the speaker: "… is in my notes app", "… is 20 minutes from me"
        var r = p + 1
        while r < n && r <= p + 6 && !boundaryAt(s, r) {
            if s.seqClasses[r] & WordClass.neg != 0 { break }
            if isWord(s, r, "in", "on") && isWord(s, r + 1, "my", "our") { span(s, 81_000_000 + Int64(p), 0.75, 4, owner, r + 1); return }
            if isWord(s, r, "from", "near") && isWord(s, r + 1, "me", "us") || isWord(s, r, "close") && isWord(s, r + 2, "me", "us") {
                span(s, 81_000_000 + Int64(p), 0.75, 3, owner, r + 1); return
            }
            r += 1
        }
        // held or found by the speaker or a crowd before it
        var have = -1
        var q = owner - 1
        while q >= 0 && q >= owner - 5 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.neg != 0 { return }
            if spelled(s, q, in: Self.r11Have) { have = q; break }
            q -= 1
        }
        if have < 0 { return }
        var who = -1
        q = have - 1
        while q >= 0 && q >= have - 6 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.neg | WordClass.nobody) != 0 { return }
            if c & WordClass.second != 0 && c & WordClass.possessive == 0 { return }   // "do you have your address"
            if c & (WordClass.first | WordClass.someone) != 0 || weWords.contains(s.tokens[Int(s.seq[q])].word) || spelled(s, q, in: Self.r11Crowd) { who = q; break }
            q -= 1
        }
        // "anyone got his ip?" opens the clause with the crowd; a bare "got your address" is not enough
        if who < 0 { return }
        if doneByAnother(s, have, owner: owner,
                         done: who == have - 1 && s.seqClasses[who] & WordClass.someone != 0 && spelling(s, have).hasSuffix("ed")) { return }
        span(s, 81_000_000 + Int64(p), 0.75, 4, who, p)
    }

    /// "choke on it and die", "hope you choke on your food and die" — not "i always choke on ranked and die first".
    func chokeDieRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard isWord(s, p + 1, "on") else { return }
        var k = p + 2
        var and = -1
        while k < n && k <= p + 8 {
            if s.tokens[Int(s.seq[k])].word == andWord { and = k; break }
            k += 1
        }
        guard and > 0 && (isWord(s, and + 1, "die", "rot", "drown") || isWord(s, and + 2, "die", "rot")) else { return }
        var q = p - 1
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 && !(q > 0 && s.tokens[Int(s.seq[q - 1])].word == whyWord) { return }
            if c & WordClass.first != 0 && c & WordClass.possessive == 0 { return }
            if c & (WordClass.third | WordClass.person3) != 0 && c & WordClass.possessive == 0 { return }
            q -= 1
        }
        if messageGame(s) { return }
        span(s, 82_000_000 + Int64(p), 0.85, 4, p, min(n - 1, and + 1))
    }

    /// "sending 500 bots to your next stream", "let's send viewbots at her channel" — not "there are bots in your chat",
    /// "someone is sending bots to your stream, be careful".
    func botsRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 1
        var target = -1
        if isWord(s, r, "to", "into", "at") || isWord(s, r, "on", "in") {
            r += 1
            while r < n && r <= p + 3 {
                if otherOwner(s, r) { target = r; break }
                r += 1
            }
        }
        if target < 0 { return }
        var send = -1
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.neg | WordClass.someone | WordClass.third | WordClass.person3) != 0 { return }
            if isWord(s, q, "sending", "send", "sent") || isWord(s, q, "dropping", "flooding", "flood") || isWord(s, q, "unleashing", "pointing", "buying") { send = q }
            q -= 1
        }
        if send < 0 { return }
        // "bot" itself is a game word ("the bot lane"): only the other words may make it a match
        if otherGameWord(s, except: p) { return }
        span(s, 83_000_000 + Int64(p), 0.75, 4, send, target)
    }
}

extension CompiledLexicon {
    static let r11Weak: Set<String> = ["alone", "outside", "door", "doors", "window", "windows", "lock", "locks", "unlocked", "fence",
                                       "camera", "cameras", "security", "backdoor", "night", "nights", "late", "shift", "route", "walk",
                                       "walks", "basement", "garage", "backyard", "street", "neighborhood", "neighbourhood"]
    static let r11Acquire: Set<String> = ["bought", "got", "sharpened", "sharpening", "loaded", "loading", "ordered", "picked", "packed",
                                          "cleaning", "cleaned", "bringing", "brought", "holding", "grabbed", "buying"]
    static let r11Mock: Set<String> = ["normal", "normally", "properly", "fake", "faking", "faker", "sympathy", "disgusting", "ill", "sick",
                                       "cringe", "gross", "spam", "imitate", "imitating", "unbearable", "painful", "pathetic", "hilarious",
                                       "retarded", "lmao", "lmaooo", "lmfao", "funniest", "stand", "walk"]
    static let r11Kind: Set<String> = ["nice", "respect", "support", "proud", "love", "sorry", "kind", "chill", "inspiring", "awesome",
                                       "captions", "subtitles", "accessibility", "same", "relatable", "therapy",
                                       // session 6: "the wheelchair ramp is actually sick, cool to see adaptive skaters",
                                       // "the lisp is charming honestly"
                                       "cool", "adaptive", "charming", "amazing", "brave", "talented", "sharpest"]

    /// An observed weakness, then "good to know" / "noted" / "risky": "your streaming room has one door. good to know",
    /// "you walk home alone after your shift? noted", "your cat goes outside a lot huh. risky" — not "good to know,
    /// thanks", "your house has solar panels? good to know", "i live alone, good to know the stream is on late".
    func noticedRule(_ s: Scratch, _ p: Int) {
        let w = spelling(s, p)
        if w == "know" && !(isWord(s, p - 1, "to") && isWord(s, p - 2, "good", "nice", "useful")) { return }
        var start = p
        if w == "know" { start = p - 2 }
        // the closer stands alone in its clause
        var k = p + 1
        while k < s.seqCount && !boundaryAt(s, k) { if s.seqClasses[k] & WordClass.interj == 0 { return }; k += 1 }
        var q = start - 1
        var you = -1, weak = -1
        while q >= 0 && q >= start - 16 {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 && q >= start - 3 { return }
            if c & WordClass.first != 0 { return }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { you = q }
            if spelled(s, q, in: Self.r11Weak) { weak = q }
            q -= 1
        }
        if you < 0 || weak < 0 || messageGame(s) { return }
        span(s, 84_000_000, 0.75, 3, min(you, weak), p)
    }

    /// "just bought a knife, thinking about you", "sharpening the machete, see you soon" — not "bought a knife set,
    /// thinking of you mom", "got a new knife skin".
    func weaponThoughtRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if isWord(s, p + 1, "set", "block", "skin") || isWord(s, p + 1, "sharpener", "collection") || messageGame(s) { return }
        // the nearest acquiring verb before the weapon; a negation met first vetoes
        let got = lastBefore(s, p, within: 4) { s.seqClasses[$0] & WordClass.neg != 0 || spelled(s, $0, in: Self.r11Acquire) }
        if got < 0 || s.seqClasses[got] & WordClass.neg != 0 { return }
        var k = p + 1
        while k < n && k <= p + 10 {
            // "thinking about you", "thought of you", "see you soon"
            if isWord(s, k, "thinking", "thought", "dreaming") && (isWord(s, k + 1, "about", "of") && r9You(s, k + 2)) {
                span(s, 85_000_000, 0.75, 3, got, k + 2); return
            }
            if isWord(s, k, "see") && r9You(s, k + 1) && isWord(s, k + 2, "soon", "tonight") { span(s, 85_000_000, 0.75, 3, got, k + 2); return }
            k += 1
        }
    }

    /// "if you don't unban my friend i'll come for you next", "i'm coming for you next, streamer" — not
    /// "i'll come for you at 8, be ready", "we're coming for you next round".
    func comeForRule(_ s: Scratch, _ p: Int) {
        let w = spelling(s, p)
        guard w == "coming" || w == "comin" || w == "come" else { return }
        guard isWord(s, p + 1, "for") && r9You(s, p + 2) else { return }
        let next = isWord(s, p + 3, "next")
        if !next && !hostileDare(s, p) { return }
        var q = p - 1
        var who = false
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.first != 0 || c & WordClass.future != 0 || weWords.contains(s.tokens[Int(s.seq[q])].word) { who = true }
            q -= 1
        }
        if !who || messageGame(s) || conditionAfter(s, p) && !next { return }
        span(s, 86_000_000, 0.75, 3, p, p + 3)
    }

    /// Mocking a disability: "he stutters so bad lmao chat spam it", "bro has that deaf voice, talk normal",
    /// "you have a lisp and it makes me physically ill", "the wheelchair is just for sympathy, stand up" —
    /// not "he stutters a bit when nervous, be nice chat", "deaf gamers use captions", "i have a lisp too lol".
    func mockDisabilityRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var cue = -1
        for k in 0..<n {
            if k == p { continue }
            if spelled(s, k, in: Self.r11Kind) { return }
            if s.seqClasses[k] & WordClass.first != 0 && k < p && k >= p - 3 && !isWord(s, k, "me") { return }   // "i have a lisp"
            if cue < 0 && spelled(s, k, in: Self.r11Mock) {
                if k > 0 && s.seqClasses[k - 1] & WordClass.neg != 0 { continue }
                let x = spelling(s, k)
                if x == "stand" && !isWord(s, k + 1, "up") { continue }
                if x == "walk" && !isWord(s, k - 1, "just", "can", "cant") { continue }
                // "makes me sick", "physically ill" — not "the ramp is actually sick" (slang for great)
                if (x == "sick" || x == "ill") && !isWord(s, k - 1, "me", "physically", "feel") && !isWord(s, k - 1, "so", "im", "feeling") { continue }
                cue = k
            }
        }
        if cue < 0 || messageGame(s) { return }
        span(s, 87_000_000, 0.75, 4, min(p, cue), max(p, cue))
    }
}
