/// Context rules of the insult domain, over `WordClass2` roles (see ContextScorer).
///
/// Round 5 (blind5's misses, by kind):
///  - slang insult nouns that are innocent alone ("the clown boss", "goblin
///    mode", "turn the knob") count only in a frame aimed at a person:
///    "you absolute dropkick", "what a tool.", "bro is a bot", "plays like an
///    npc", "imagine being this much of a crybaby", "simp mod";
///  - "[slang] behaviour/take/gameplay" ("npc behaviour", "incel take");
///  - comparisons without an insult word: "has the IQ of a wet sock",
///    "dumber than the bots", "the human equivalent of a participation trophy",
///    "what's the point of you";
///  - an insult or slur noun right before a person noun ("d!ckh3@d m0d",
///    "abo streamer") is aimed, even when the message also says "banned";
///  - affection ("I love it", "love you", "jk") halves mild teasing.
extension CompiledLexicon {
    func insultRules(_ s: Scratch, _ p: Int, _ c2: UInt64) {
        if c2 & (WordClass2.slangHi | WordClass2.slangLo) != 0 { slangRule(s, p, c2) }
        if c2 & WordClass2.behav != 0 { behaviourRule(s, p) }
        if c2 & WordClass2.pNoun != 0 { attributiveRule(s, p) }
        if c2 & WordClass2.cmpHead != 0 { measureRule(s, p) }
        if c2 & WordClass2.cmpAdj != 0 { dumberRule(s, p) }
        if c2 & WordClass2.equiv != 0 { equivalentRule(s, p) }
        if c2 & WordClass2.pointW != 0 { pointRule(s, p) }
        if c2 & WordClass2.banter != 0 { banterRule(s, p) }
    }

    @inline(__always)
    private func word(_ s: Scratch, _ p: Int) -> Int32 { s.tokens[Int(s.seq[p])].word }

    /// How much a slang word counts when aimed: its tier, or its own target weight if higher.
    private func slangTier(_ s: Scratch, _ p: Int) -> Double {
        let c2 = s.seqClasses2[p]
        var t = c2 & WordClass2.slangHi != 0 ? 0.75 : 0.6
        let w = Int(word(s, p))
        if w >= 0 && vocab.flags[w] & TermFlag.scored != 0 { t = max(t, vocab.targetWeight[w]) }
        return t
    }

    /// A third-person "thing" word: the, this, that, it (not he/she).
    @inline(__always)
    private func thingWord(_ c: UInt64) -> Bool {
        c & WordClass.third != 0 && c & (WordClass.person3 | WordClass.neg | WordClass.first) == 0
    }

    /// "you're", "ur a": a possessive that is really "you are" (followed by an article,
    /// an intensifier or a comparative), not an owner ("your viewers").
    private func possessiveIsYou(_ s: Scratch, _ q: Int) -> Bool {
        if q + 1 >= s.seqCount { return false }
        let c = s.seqClasses[q + 1], c2 = s.seqClasses2[q + 1]
        return c & (WordClass.det | WordClass.copula | WordClass.insAdj) != 0
            || c2 & (WordClass2.intens | WordClass2.cmpAdj) != 0
    }

    /// The subject right before a copula at `q`: 1 you, 0.85 bro/streamer/chat, 0.75 he/she, 0 otherwise.
    private func copulaSubject(_ s: Scratch, _ q: Int) -> Double {
        if q == 0 || boundaryAt(s, q) { return 0 }
        let c = s.seqClasses[q - 1], c2 = s.seqClasses2[q - 1]
        if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
        if q >= 2 && !boundaryAt(s, q - 1) && s.seqClasses[q - 2] & WordClass.first != 0
            && s.seqClasses[q - 2] & WordClass.second == 0 { return 0 }   // "my mate is a clown"
        if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { return 1 }
        if c2 & WordClass2.subj != 0 { return 0.85 }
        if c & WordClass.person3 != 0 { return 0.75 }
        return 0
    }

    private func hasBanter(_ s: Scratch) -> Bool {
        for q in 0..<s.seqCount where s.seqClasses2[q] & WordClass2.banter != 0 && banterAt(s, q) { return true }
        return false
    }

    /// "love it", "love you", "ily", "jk", "just kidding".
    private func banterAt(_ s: Scratch, _ q: Int) -> Bool {
        let n = s.seqCount
        if s.seqClasses2[q] & WordClass2.banter == 0 { return false }
        let w = Int(word(s, q))
        if w >= 0 && vocab.words[w] == "love" {
            if q + 1 >= n || boundaryAt(s, q + 1) { return false }
            let c = s.seqClasses[q + 1]
            if c & WordClass.second != 0 && c & WordClass.possessive == 0 { return true }
            return thingWord(c) && (q + 2 >= n || boundaryAt(s, q + 2) || endsClause(s, q + 1))
        }
        return true
    }

    /// How much the slang noun at `p` is aimed at a person (0 = not).
    private func slangFrame(_ s: Scratch, _ p: Int) -> Double {
        let n = s.seqCount
        let c2p = s.seqClasses2[p]
        // What follows must end the noun phrase: "you clown, …", "a goblin who …", "simp mod".
        var attributive = false
        var intens = false
        let a = p + 1
        if a < n && !boundaryAt(s, a) && s.tokens[Int(s.seq[a])].flags & TokenFlag.punctBefore == 0 {
            let ca = s.seqClasses[a], c2a = s.seqClasses2[a]
            if c2a & WordClass2.pNoun != 0 { attributive = true }
            else if ca & (WordClass.interj | WordClass.second) == 0 && c2a & WordClass2.npEnd == 0 { return 0 }
            // "a liability as a person"
            if c2a & WordClass2.npEnd != 0 && a + 2 < n && !boundaryAt(s, a + 2)
                && s.seqClasses[a + 1] & WordClass.det != 0 && s.seqClasses[a + 2] & WordClass.personN != 0 { intens = true }
        }
        // "imagine being this much of a crybaby", "stop being a clown"
        var q = p - 1
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.be != 0 && c & WordClass.neg == 0 { return 1 }
            if c & WordClass.neg != 0 { break }
            q -= 1
        }
        var closed = false      // passed the article or intensifier of the noun phrase
        var likeSeen = false, likeVerb = false
        var unknown = 0
        q = p - 1
        // a comma before the noun phrase's article starts its frame: "support main, honestly a liability"
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1)
                && !(closed && s.tokens[Int(s.seq[q + 1])].flags & TokenFlag.punctBefore != 0) {
            let c = s.seqClasses[q], cc2 = s.seqClasses2[q]
            if c & WordClass.neg != 0 { return 0 }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 {
                if c & WordClass.possessive != 0 && !possessiveIsYou(s, q) { return 0 }
                return 1
            }
            if c & WordClass.secondVerb != 0 { return 1 }
            if c & WordClass.copula != 0 { return likeSeen ? 0 : copulaSubject(s, q) }
            if cc2 & WordClass2.likeV != 0 {
                if likeSeen { likeVerb = true } else { likeSeen = true; closed = true }
                q -= 1; continue
            }
            if cc2 & WordClass2.subj != 0 || c & WordClass.person3 != 0 {
                if likeVerb { return 0.9 }
                // "he's a proper knob", "she's such a weirdo": the pronoun carries the copula
                let w = Int(word(s, q))
                if !likeSeen && w >= 0 && (vocab.words[w] == "hes" || vocab.words[w] == "shes" || vocab.words[w] == "theyre") { return 0.75 }
                return 0
            }
            if thingWord(c) {
                // "look at this bozo", "that muppet again": a pointed-at person (only unambiguous slang)
                if q == p - 1 && c2p & WordClass2.slangHi != 0 && c2p & WordClass2.slangAmb == 0
                    && s.tokens[Int(s.seq[q])].word != vocab.theWord { return 0.75 }
                // "you're the biggest clown" is a predicate; "killed the goblin" is a thing
                if q > 0 && !boundaryAt(s, q) && s.seqClasses[q - 1] & (WordClass.copula | WordClass.second) != 0
                    && s.seqClasses[q - 1] & WordClass.possessive == 0 { q -= 1; continue }
                return 0
            }
            if cc2 & WordClass2.intens != 0 { intens = true; closed = true }
            else if c & WordClass.det != 0 { closed = true }
            else if c & (WordClass.interj | WordClass.insAdj) != 0 || cc2 & WordClass2.slangAdj != 0 {}
            else if cc2 & WordClass2.npEnd != 0 && closed {}
            else {
                // a verb before the noun phrase ("you killed a goblin") is not a frame
                if closed && !likeSeen { return 0 }
                unknown += 1
                if unknown > 2 { return 0 }
            }
            q -= 1
        }
        if q >= 0 && !boundaryAt(s, q + 1) && !(closed && s.tokens[Int(s.seq[q + 1])].flags & TokenFlag.punctBefore != 0) {
            return 0   // ran out of window
        }
        if likeVerb { return 0.85 }                        // "sounds like a goblin who …"
        if likeSeen { return 0 }
        if intens { return 1 }                             // "what an absolute melt", "certified donkey"
        if attributive { return 0.85 }                     // "simp mod defending her"
        // a bare noun opening the clause: "drongo can't even read", "bozo."
        if c2p & WordClass2.slangHi != 0 && c2p & WordClass2.slangAmb == 0 && unknown == 0 { return 0.7 }
        return 0
    }

    private func slangRule(_ s: Scratch, _ p: Int, _ c2: UInt64) {
        if s.tokens[Int(s.seq[p])].flags & TokenFlag.exempt != 0 { return }
        let aim = slangFrame(s, p)
        if aim <= 0 { return }
        // aimed evidence, so talk about moderation does not discount it (as in ContextScorer)
        var w = slangTier(s, p) * aim
        if hasBanter(s) { w *= 0.5 }
        let canon = Int64(vocab.canonical[Int(word(s, p))])
        span(s, 500_000 + canon, w, 1, p, p)
    }

    /// "npc behaviour", "absolute bozo behaviour", "typical incel take", "braindead gameplay".
    private func behaviourRule(_ s: Scratch, _ p: Int) {
        if p == 0 || boundaryAt(s, p) { return }
        let q = p - 1
        let cq = s.seqClasses2[q]
        if cq & (WordClass2.slangHi | WordClass2.slangLo | WordClass2.slangAdj) == 0 { return }
        if q > 0 && !boundaryAt(s, q) {
            let c = s.seqClasses[q - 1]
            if thingWord(c) || c & (WordClass.first | WordClass.possessive) != 0 { return }
        }
        // not about oneself: "braindead gameplay from me today"
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        var b = a
        while b < s.seqCount && (b == a || !boundaryAt(s, b)) {
            let c = s.seqClasses[b]
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return }
            if c & WordClass.neg != 0 { return }
            b += 1
        }
        var w = (cq & WordClass2.slangHi != 0 ? 0.75 : 0.6) * 0.85
        if hasBanter(s) { w *= 0.5 }
        let canon = Int64(vocab.canonical[Int(word(s, q))])
        span(s, 500_000 + canon, w, 1, q, p)
    }

    /// An insult or slur noun right before a person noun: "d!ckh3@d m0d", "retard streamer",
    /// "abo streamer". The person is the target, so talk about moderation does not discount it.
    private func attributiveRule(_ s: Scratch, _ p: Int) {
        if p == 0 || boundaryAt(s, p) || s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore != 0 { return }
        let q = p - 1
        if s.tokens[Int(s.seq[q])].flags & TokenFlag.exempt != 0 { return }
        if negationBefore(s, q, 2) { return }
        if s.seqClasses2[q] & WordClass2.slurAttr != 0 {
            span(s, 21_000_000 + Int64(q), 0.85, 2, q, p)
            return
        }
        let w = Int(word(s, q))
        if w < 0 || vocab.flags[w] & (TermFlag.noun | TermFlag.scored) != (TermFlag.noun | TermFlag.scored) { return }
        let cat = vocab.category[w]
        if cat != 1 && cat != 2 { return }
        if vocab.weight[w] < 0.3 { return }
        let canon = Int64(vocab.canonical[w])
        span(s, canon, vocab.weight[w], cat, q, q)
        span(s, 500_000 + canon, max(vocab.targetWeight[w], 0.2) * 0.75, cat, q, p)
    }

    /// Who a comparison is about, scanning back from `p`: 1 you, 0.8 a person, 0.7 nobody named
    /// (a clause of its own), 0 yourself, a negation or a thing.
    private func comparisonSubject(_ s: Scratch, _ p: Int, _ window: Int) -> Double {
        var q = p - 1
        while q >= 0 && q >= p - window && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q], c2 = s.seqClasses2[q]
            if c & WordClass.neg != 0 { return 0 }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { return 1 }
            if c & WordClass.copula != 0 { return copulaSubject(s, q) }
            if c2 & WordClass2.subj != 0 || c & WordClass.person3 != 0 { return 0.8 }
            if c & WordClass.gameThing != 0 { return 0 }
            if thingWord(c) && !(q + 1 < s.seqCount && s.seqClasses2[q + 1] & (WordClass2.cmpHead | WordClass2.humanW) != 0) { return 0 }
            q -= 1
        }
        if q >= 0 && !boundaryAt(s, q + 1) { return 0 }
        return 0.7
    }

    /// "has the IQ of a wet sock", "the brain cells of a goldfish", "charisma of a doorknob".
    private func measureRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var of = p + 1
        if of < n && !boundaryAt(s, of) && s.seqClasses2[of] & WordClass2.npEnd == 0 { of += 1 }   // brain cells of
        if of + 1 >= n || boundaryAt(s, of) || boundaryAt(s, of + 1) { return }
        if s.seqClasses2[of] & WordClass2.npEnd == 0 || s.seqClasses[of + 1] & WordClass.det == 0 { return }
        let aim = comparisonSubject(s, p, 5)
        if aim <= 0 { return }
        span(s, 22_000_000 + Int64(p), 0.75 * aim, 1, p, of + 1)
    }

    /// "you're dumber than the AI teammates", "he's uglier than …".
    private func dumberRule(_ s: Scratch, _ p: Int) {
        if p + 1 >= s.seqCount || boundaryAt(s, p + 1) || s.seqClasses2[p + 1] & WordClass2.than == 0 { return }
        var aim = 0.0
        if p > 0 && !boundaryAt(s, p) && s.seqClasses[p - 1] & WordClass.second != 0
            && s.seqClasses[p - 1] & WordClass.reflexive == 0 { aim = 1 }    // "ur dumber than"
        else { aim = comparisonSubject(s, p, 4) }
        if aim < 0.75 { return }
        span(s, 23_000_000 + Int64(p), 0.7 * aim, 1, p, p + 1)
    }

    /// "the human equivalent of a participation trophy" (not "… of a golden retriever").
    private func equivalentRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p == 0 || boundaryAt(s, p) || s.seqClasses2[p - 1] & WordClass2.humanW == 0 { return }
        if p + 1 >= n || boundaryAt(s, p + 1) || s.seqClasses2[p + 1] & WordClass2.npEnd == 0 { return }
        var r = p + 2
        while r < n && r <= p + 7 && !boundaryAt(s, r) {
            if s.seqClasses2[r] & WordClass2.nice != 0 { return }
            r += 1
        }
        var aim = comparisonSubject(s, p - 1, 5)
        if aim <= 0 { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 24_000_000 + Int64(p), 0.7 * aim, 1, p - 1, p + 1)
    }

    /// "what's the point of you", "what exactly is the point of u" (not "… of you doing that").
    private func pointRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p + 2 >= n || boundaryAt(s, p + 1) || boundaryAt(s, p + 2) { return }
        if s.seqClasses2[p + 1] & WordClass2.npEnd == 0 { return }
        let c = s.seqClasses[p + 2]
        if c & WordClass.second == 0 || c & (WordClass.possessive | WordClass.reflexive) != 0 { return }
        // "… of you", "… of you even", not "… of you doing that"
        let evenAfter = p + 3 < n && !boundaryAt(s, p + 3) && s.tokens[Int(s.seq[p + 3])].word >= 0
            && vocab.words[Int(s.tokens[Int(s.seq[p + 3])].word)] == "even"
        if !endsClause(s, evenAfter ? p + 3 : p + 2) { return }
        var q = p - 1
        while q >= 0 && !boundaryAt(s, q + 1) {
            let cq = s.seqClasses[q]
            if cq & (WordClass.neg | WordClass.first) != 0 && cq & WordClass.second == 0 { return }
            q -= 1
        }
        span(s, 25_000_000 + Int64(p), 0.6, 4, p, p + 2)
    }

    /// Affection makes mild teasing banter: "you're such a dork, I love it", "ur a clown jk".
    /// Halves the evidence of mild insult words (weight < 0.3) already recorded.
    private func banterRule(_ s: Scratch, _ p: Int) {
        if !banterAt(s, p) { return }
        for i in 0..<s.evCount where s.evCategory[i] == 1 && s.evKey[i] >= 0 && s.evKey[i] < 1_000_000 {
            let canon = Int(s.evKey[i] % 500_000)
            if canon < vocab.weight.count && vocab.weight[canon] < 0.3 { s.evWeight[i] *= 0.5 }
        }
    }
}

extension WordClass2 {
    static let selfNoun: UInt64 = 1 << 0    // esteem, worth, care: "your self-esteem" is no reflexive
    static let slangHi: UInt64 = 1 << 1     // bozo, muppet, dropkick, drongo, neckbeard (0.75 when aimed)
    static let slangLo: UInt64 = 1 << 2     // clown, npc, goblin, melt, donkey, bot, simp (0.6 when aimed)
    static let npEnd: UInt64 = 1 << 3       // and, who, with, of, irl: may follow an aimed noun
    static let behav: UInt64 = 1 << 4       // behaviour, take, gameplay, mentality
    static let cmpHead: UInt64 = 1 << 5     // iq, brain cells, charisma (… of a …)
    static let cmpAdj: UInt64 = 1 << 6      // dumber, uglier, stupider (… than)
    static let than: UInt64 = 1 << 7
    static let likeV: UInt64 = 1 << 8       // like; look, sound, play, act (… like a …)
    static let subj: UInt64 = 1 << 9       // bro, dude, chat, streamer: a person as subject
    static let intens: UInt64 = 1 << 10     // absolute, certified, what, such, proper, biggest
    static let pNoun: UInt64 = 1 << 11      // streamer, mod, ref, player: "simp mod", "abo streamer"
    static let slurAttr: UInt64 = 1 << 12   // abo: a slur only before a person noun
    static let banter: UInt64 = 1 << 13     // love (it/you), jk, kidding
    static let pointW: UInt64 = 1 << 14     // point (of you)
    static let slangAdj: UInt64 = 1 << 15   // braindead, clueless, cringe (… gameplay)
    static let humanW: UInt64 = 1 << 16     // human, living, walking (… equivalent of)
    static let equiv: UInt64 = 1 << 17      // equivalent, version, embodiment
    static let nice: UInt64 = 1 << 18       // retriever, sunshine, hug: a kind comparison
    static let slangAmb: UInt64 = 1 << 19   // tool, knob, fraud: common nouns, need a clear frame

    static let insultNames: [String: UInt64] = [
        "selfnoun": selfNoun, "slanghi": slangHi, "slanglo": slangLo, "npend": npEnd, "behav": behav,
        "cmphead": cmpHead, "cmpadj": cmpAdj, "than": than, "likev": likeV, "subj": subj, "intens": intens,
        "pnoun": pNoun, "slurattr": slurAttr, "banter": banter, "pointw": pointW, "slangadj": slangAdj,
        "humanw": humanW, "equiv": equiv, "nice": nice, "slangamb": slangAmb,
    ]
}
