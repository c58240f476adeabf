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
        if c2 & WordClass2.banter != 0 { banterRule(s, p); fondNameRule(s, p) }
        if c2 & WordClass2.asAdj != 0 { asRule(s, p) }
        if c2 & WordClass2.insTrig != 0 { triggerRule(s, p) }
        if c2 & WordClass2.negJ != 0 { howRule(s, p); verdictRule(s, p); soAreYouRule(s, p); soHyperboleRule(s, p) }
        if c2 & WordClass2.likeV != 0 { likeRule(s, p); likeClauseRule(s, p); ownedLikeRule(s, p) }
        if c2 & WordClass2.pNoun != 0 { whatThisRule(s, p) }
        let c3 = s.seqClasses3[p] & WordClass3.insultTriggers
        if c3 != 0 {
            if c3 & WordClass3.ruinV != 0 { ruinRule(s, p) }
            if c3 & WordClass3.iqW != 0 { iqRule(s, p) }
            if c3 & WordClass3.flawN != 0 { flawRule(s, p) }
            if c3 & WordClass3.ratioW != 0 { ratioRule(s, p) }
            if c3 & WordClass3.persona != 0 { personaRule(s, p) }
            if c3 & WordClass3.worstW != 0 { worstRule(s, p) }
            if c3 & WordClass3.assW != 0 { adjAssRule(s, p) }
        }
        if c2 & WordClass2.negJ != 0 || s.seqClasses[p] & WordClass.insAdj != 0 && c2 != 0 { adjPersonRule(s, p) }
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

    func hasBanter(_ s: Scratch) -> Bool { firstBanter(s) >= 0 }

    /// The first position where `banterAt` holds, or -1; read once per message (`Scratch.firstBanter`).
    /// `banterAt` reads only words, classes and boundaries, all fixed before any rule runs,
    /// never evidence, so the answer cannot change while rules add or scale evidence.
    private func firstBanter(_ s: Scratch) -> Int {
        if s.firstBanter != -2 { return s.firstBanter }
        var first = -1
        for q in 0..<s.seqCount where s.seqClasses2[q] & WordClass2.banter != 0 && banterAt(s, q) { first = q; break }
        s.firstBanter = first
        return first
    }

    /// Affection that marks teasing among friends: "love it", "love you", "love him", "ily", "jk", "just kidding",
    /// "(affectionate)", "why we're friends", "my bestie", "my duo", "my guy", "my favorite person", "you absolute
    /// legend", "i mean that in the nicest way", "i'm telling mom" — not negated or wished away
    /// ("i'm not kidding", "nobody will ever love you", "you have no friends", "your bestie is a clown").
    private func banterAt(_ s: Scratch, _ q: Int) -> Bool {
        let n = s.seqCount
        if s.seqClasses2[q] & WordClass2.banter == 0 { return false }
        // a negation, "nobody", a condition or "would/ever" in the clause before it
        var k = q - 1
        while k >= 0 && k >= q - 4 && !boundaryAt(s, k + 1) {
            let c = s.seqClasses[k]
            if c & (WordClass.neg | WordClass.nobody | WordClass.cond) != 0 { return false }
            if isWord(s, k, "ever") || isWord(s, k, "would") || isWord(s, k, "could") || isWord(s, k, "no") { return false }
            k -= 1
        }
        let prev = q > 0 && !boundaryAt(s, q) ? Int(word(s, q - 1)) : -1
        let prevText = prev >= 0 ? vocab.spelling(prev) : ""
        let w = Int(word(s, q))
        if w < 0 { return false }
        switch vocab.spelling(w) {
        case "love":
            if q + 1 >= n || boundaryAt(s, q + 1) { return false }
            let c = s.seqClasses[q + 1]
            if c & WordClass.second != 0 && c & WordClass.possessive == 0 { return true }
            // "love him", "love her", "love them" ending the clause (not "love her hair")
            if c & WordClass.person3 != 0 && c & WordClass.third != 0 && endsClause(s, q + 1)
                && (isWord(s, q + 1, "him") || isWord(s, q + 1, "her") || isWord(s, q + 1, "them")) { return true }
            return thingWord(c) && (q + 2 >= n || boundaryAt(s, q + 2) || endsClause(s, q + 1))
        case "friends", "friend":
            // "that's why we're friends", "we've been friends 10 years", "my best friend"
            if prevText == "best" || prevText == "bestest" { return q < 2 || boundaryAt(s, q - 1) || !(isWord(s, q - 2, "your") || isWord(s, q - 2, "ur")) }
            var r = q - 1
            while r >= 0 && r >= q - 3 && !boundaryAt(s, r + 1) {
                if isWord(s, r, "we") || isWord(s, r, "were") || isWord(s, r, "weve") || isWord(s, r, "still") { return vocab.spelling(w) == "friends" }
                r -= 1
            }
            return false
        case "duo", "guy", "favorite", "favourite", "homie", "bff", "bestie", "besties", "bffs":
            // "still my duo forever", "my guy", "my favorite person"; a bestie/bff of one's own
            if prevText == "my" || prevText == "our" { return true }
            return vocab.spelling(w) == "bestie" || vocab.spelling(w) == "bff" ? prevText != "your" && prevText != "ur" && prevText != "his" && prevText != "her" : false
        case "legend", "legendd":
            // "you absolute legend", "ok legend" said to the same person
            return prevText != "the" && prevText != "a" && prevText != "of"
        case "telling":
            // "I'm telling mom", "im telling on you"
            return q + 1 < n && !boundaryAt(s, q + 1) && (isWord(s, q + 1, "mom") || isWord(s, q + 1, "mum") || isWord(s, q + 1, "dad")
                || isWord(s, q + 1, "mommy") || isWord(s, q + 1, "mama") || isWord(s, q + 1, "on"))
                && (prevText == "im" || prevText == "i" || prevText == "am")
        case "nicest", "kindest":
            // "i mean that in the nicest way"
            return q + 1 < n && !boundaryAt(s, q + 1) && (isWord(s, q + 1, "way") || isWord(s, q + 1, "possible"))
        case "beautiful", "magnificent", "cheeky", "glorious", "lovely", "gorgeous", "brilliant", "wonderful", "adorable", "cute",
             "majestic", "precious", "handsome", "sweet", "marvelous", "marvellous", "fabulous", "talented", "lucky", "clever",
             "gifted", "amazing", "wholesome", "genius", "geniuses", "king", "queen", "angel", "gem", "hero", "champ",
             "sweetheart", "darling", "best":
            return warmBanterAt(s, q, vocab.spelling(w))
        case "behaviour", "behavior", "moment":
            return selfOwnedAt(s, q)
        default:
            return Self.r11FondNames.contains(vocab.spelling(w)) ? fondNameAt(s, q) : true
        }
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
            // "virgins simping for …", "a neckbeard virgin crying": a participle or a second insult noun may follow
            else if ca & (WordClass.interj | WordClass.second) == 0 && c2a & WordClass2.npEnd == 0
                        && !(endsIng(s, a) && ca == 0) && c2a & (WordClass2.slangHi | WordClass2.slangLo) == 0 { return 0 }
            // "a liability as a person"
            if c2a & WordClass2.npEnd != 0 && a + 2 < n && !boundaryAt(s, a + 2)
                && s.seqClasses[a + 1] & WordClass.det != 0 && s.seqClasses[a + 2] & WordClass.personN != 0 { intens = true }
        }
        // a name after a taunt, ending its clause: "keep crying snowflake", "sit down clown", "cope harder bozo"
        if p >= 2 && !boundaryAt(s, p) && endsClause(s, p) && s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore == 0 {
            let w = word(s, p - 1)
            if w >= 0 {
                switch vocab.spelling(Int(w)) {
                case "crying", "coping", "seething", "malding", "harder", "more", "down", "up", "bye", "cope", "seethe": return 0.7
                default: break
                }
            }
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
                if !likeSeen && w >= 0 && (vocab.spelling(w) == "hes" || vocab.spelling(w) == "shes" || vocab.spelling(w) == "theyre") { return 0.75 }
                return 0
            }
            if thingWord(c) {
                // "mute that whiny little rat", "ban this clown", "get a load of this greasy basement troll":
                // a chatter pointed at by a moderation verb (not "ban this bot")
                if q >= 1 && !boundaryAt(s, q) && s.tokens[Int(s.seq[q])].word != vocab.theWord && !isWord(s, p, "bot") && !isWord(s, p, "bots") {
                    let w = word(s, q - 1)
                    if w >= 0 {
                        switch vocab.spelling(Int(w)) {
                        case "mute", "ban", "kick", "block", "report", "timeout", "boot", "of", "let": return 0.8
                        default: break
                        }
                    }
                }
                // "look at this bozo", "that muppet again": a pointed-at person (only unambiguous slang)
                if q == p - 1 && c2p & WordClass2.slangHi != 0 && c2p & WordClass2.slangAmb == 0
                    && s.tokens[Int(s.seq[q])].word != vocab.theWord { return 0.75 }
                // "this loser still lives …": a pointed-at insult noun that is an insult on its own
                if q == p - 1 && s.tokens[Int(s.seq[q])].word != vocab.theWord && c & WordClass.third != 0 {
                    let w = Int(word(s, p))
                    if w >= 0 && vocab.flags[w] & TermFlag.scored != 0 && vocab.weight[w] >= 0.3
                        && !(p + 1 < n && s.seqClasses[p + 1] & WordClass.gameThing != 0) { return 0.75 }
                }
                // "get a load of this absolute simp", "that certified clown": a pointed-at person
                if intens && s.tokens[Int(s.seq[q])].word != vocab.theWord && c & WordClass.det == 0 { return 0.85 }
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
        var aim = slangFrame(s, p)
        if weSubjectBefore(s, p) {
            // the copula reading of "we're" aimed the word in the core: take that back too
            scaleEvidenceInside(s, p, p, 0.2, cats: 0b10, below: 0.7)
            return
        }
        if aim <= 0 { aim = pointedSubject(s, p) }
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
    private func comparisonSubject(_ s: Scratch, _ p: Int, _ window: Int, np: Int = -1) -> Double {
        var q = p - 1
        while q >= 0 && q >= p - window && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q], c2 = s.seqClasses2[q]
            if c & WordClass.neg != 0 { return 0 }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { return 1 }
            if c & WordClass.copula != 0 { return copulaSubject(s, q) }
            if c2 & WordClass2.subj != 0 || c & WordClass.person3 != 0 { return 0.8 }
            if c & WordClass.gameThing != 0 { return 0 }
            if thingWord(c) && q + 1 != np && !(q + 1 < s.seqCount && s.seqClasses2[q + 1] & (WordClass2.cmpHead | WordClass2.humanW) != 0) { return 0 }
            q -= 1
        }
        if q >= 0 && !boundaryAt(s, q + 1) { return 0 }
        return 0.7
    }

    /// "has the IQ of a wet sock", "the brain cells of a goldfish", "charisma of a doorknob",
    /// "the emotional range of a parking cone", "the personality of unseasoned boiled chicken"
    /// (not "the aim of a god", "the memory of an elephant", "this gun has the range of a shotgun").
    private func measureRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var of = p + 1
        if of < n && !boundaryAt(s, of) && s.seqClasses2[of] & WordClass2.npEnd == 0 { of += 1 }   // brain cells of
        if of + 1 >= n || boundaryAt(s, of) || boundaryAt(s, of + 1) { return }
        if s.seqClasses2[of] & WordClass2.npEnd == 0 { return }
        let co = s.seqClasses[of + 1]
        if co & WordClass.det == 0 {
            // "the personality of unseasoned chicken": "of" and a bare noun phrase, not "of you" / "of my dad"
            if co & (WordClass.second | WordClass.first | WordClass.third | WordClass.possessive) != 0 { return }
            if !isWord(s, of, "of") { return }
        }
        let w = isWord(s, p, "range") || isWord(s, p, "depth")
        if w && !(p > 0 && !boundaryAt(s, p) && isWord(s, p - 1, "emotional")) { return }   // "the range of a sniper"
        if niceAfter(s, of + 1) { return }
        // the noun phrase may have adjectives before the head: "the emotional range", "the reaction time"
        var np = p
        while np > 0 && np > p - 3 && !boundaryAt(s, np) && s.seqClasses[np - 1] == 0 && s.seqClasses2[np - 1] & ~WordClass2.cmpHead == 0 { np -= 1 }
        let aim = comparisonSubject(s, np, 5, np: np)
        if aim <= 0 { return }
        span(s, 22_000_000 + Int64(p), 0.75 * aim, 1, np, of + 1)
    }

    /// Whether a kind word ("god", "angel", "genius", "best", "friend") follows in the clause:
    /// the comparison is a compliment.
    private func niceAfter(_ s: Scratch, _ a: Int) -> Bool {
        var r = a
        while r < s.seqCount && r <= a + 10 && (r == a || !boundaryAt(s, r)) {
            if s.seqClasses2[r] & WordClass2.nice != 0 { return true }
            r += 1
        }
        return false
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
        let evenAfter = p + 3 < n && !boundaryAt(s, p + 3) && spelling(s, p + 3) == "even"
        if !endsClause(s, evenAfter ? p + 3 : p + 2) { return }
        var q = p - 1
        while q >= 0 && !boundaryAt(s, q + 1) {
            let cq = s.seqClasses[q]
            if cq & (WordClass.neg | WordClass.first) != 0 && cq & WordClass.second == 0 { return }
            q -= 1
        }
        span(s, 25_000_000 + Int64(p), 0.6, 4, p, p + 2)
    }

    /// Affection makes mild and medium teasing banter: "you're such a dork, I love it", "ur a clown jk",
    /// "haha you dork, that's exactly why we're friends", "this idiot (affectionate) forgot the cake".
    /// Halves the insult and profanity evidence below 0.7 already recorded, and weak harassment
    /// ("shut up" 0.3), once per message; slurs, threats, sexual evidence and strong words stay.
    /// (Rules of this file that run later halve themselves through `hasBanter`.)
    private func banterRule(_ s: Scratch, _ p: Int) {
        if firstBanter(s) != p { return }   // once: only at the message's first affectionate word
        halveTeasing(s)
    }

    /// Halves the mild and medium insult and profanity evidence (below 0.7) and weak harassment.
    func halveTeasing(_ s: Scratch) {
        for i in 0..<s.evCount {
            let c = s.evCategory[i], w = s.evWeight[i]
            if (c == 0 || c == 1) && w < 0.7 || c == 4 && w <= 0.45 { s.evWeight[i] = w * 0.5 }
        }
    }

    // MARK: round 6

    /// First-person or negated clause before `p` (scanning back to the clause start, at most `window`).
    private func selfOrNegBefore(_ s: Scratch, _ p: Int, _ window: Int) -> Bool {
        var q = p - 1
        while q >= 0 && q >= p - window && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.first | WordClass.neg) != 0 && c & WordClass.second == 0 { return true }
            q -= 1
        }
        return false
    }

    /// "you're as useful as a screen door on a submarine", "he's about as sharp as a marble",
    /// "as dumb as a rock" (not "this update is as useful as the last", "as smart as a genius").
    private func asRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p + 2 >= n || boundaryAt(s, p + 1) || boundaryAt(s, p + 2) { return }
        if p == 0 || boundaryAt(s, p) || !isWord(s, p - 1, "as") { bareAsRule(s, p); return }
        if !isWord(s, p + 1, "as") { return }
        let c = s.seqClasses[p + 2]
        if c & (WordClass.second | WordClass.first | WordClass.possessive) != 0 { return }   // "as smart as you", "as my dad"
        if c & WordClass.third != 0 && c & WordClass.det == 0 && !isWord(s, p + 2, "the") { return }   // "as useful as it gets"
        if niceAfter(s, p + 2) { return }
        var aim = comparisonSubject(s, p - 1, 5)
        if aim <= 0 { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 26_000_000 + Int64(p), 0.72 * aim, 1, p - 1, p + 2)
    }

    /// Words whose rule depends on the word itself (rare words, so a string check is cheap).
    /// `triggerRule`'s dispatch by spelling (read by word id from `triggerKindOf`,
    /// one byte instead of a string switch): the groups are its cases, in order.
    static let triggerKinds = kinds([
        ["personified", "incarnate", "embodied"],                                                       // 1
        ["form"],                                                                                       // 2
        ["instructions", "labels", "label", "warnings", "lifeguard", "manuals", "tutorials"],           // 3
        ["kind", "type", "sort"],                                                                       // 4
        ["imagine"],                                                                                    // 5
        ["least"],                                                                                      // 6
        ["why", "reason"],                                                                              // 7
        ["bitch", "cunt", "retard", "twat", "whore", "slut", "wanker", "dickhead", "asshole", "faggot", "nigger", "kike",
         "tranny", "spic", "chink", "gook", "paki"],                                                    // 8
        ["called", "calling", "calls", "call", "labeled", "labelled", "branded"],                       // 9
        ["dumbass", "dumbasses", "jackass", "smartass", "fatass", "dumbarse", "bastard", "prick", "douche", "douchebag",
         "scumbag", "moron", "imbecile", "cretin", "twit", "pillock", "plonker", "knobhead", "bellend"], // 10
        ["told", "tells", "telling"],                                                                   // 11
    ])

    private func triggerRule(_ s: Scratch, _ p: Int) {
        let w = word(s, p)
        if w < 0 { return }
        switch triggerKindOf[Int(w)] {
        case 1: personifiedRule(s, p, p - 1)   // personified, incarnate, embodied
        case 2:   // form
            // "stupidity in human form"
            if p >= 3 && !boundaryAt(s, p) && !boundaryAt(s, p - 1) && isWord(s, p - 1, "human") && isWord(s, p - 2, "in") {
                personifiedRule(s, p, p - 3)
            }
        case 3: reasonLabelRule(s, p)          // instructions, labels …
        case 4: kindOfRule(s, p)               // kind, type, sort
        case 5: imagineRule(s, p)
        case 6: leastRule(s, p)
        case 7: reasonWhyRule(s, p)            // why, reason
        case 8: subjectInsultRule(s, p)        // bitch, cunt, retard …
        case 9: reportedRule(s, p)             // called, calling …
        case 10: selfDeprecationRule(s, p)     // dumbass, jackass …
        case 11: toldToRule(s, p)              // told, tells, telling
        default: return
        }
    }

    /// Whether the word at `q` is an insult or a judgement: a scored insult word, a derogatory
    /// adjective, a slang insult, or the end of an insult phrase ("brain rot").
    private func insultAt(_ s: Scratch, _ q: Int) -> Bool {
        if q < 0 { return false }
        if s.seqClasses[q] & WordClass.insAdj != 0 || s.seqClasses2[q] & (WordClass2.negJ | WordClass2.slangHi | WordClass2.slangLo | WordClass2.slangAdj) != 0 { return true }
        let w = Int(word(s, q))
        if w >= 0 && vocab.flags[w] & TermFlag.scored != 0 && (vocab.category[w] == 1 || vocab.category[w] == 0) { return true }
        for h in 0..<s.hitCount where Int(s.hitEnd[h]) == q {
            let ph = automaton.phrases[Int(s.hitPhrase[h])]
            if ph.flags & TermFlag.exempt == 0 && ph.category == 1 { return true }
        }
        return false
    }

    /// "brain rot personified", "cringe incarnate", "stupidity in human form".
    private func personifiedRule(_ s: Scratch, _ p: Int, _ q: Int) {
        if q < 0 || boundaryAt(s, q + 1) || !insultAt(s, q) { return }
        if s.tokens[Int(s.seq[q])].flags & TokenFlag.exempt != 0 { return }
        if selfOrNegBefore(s, q, 5) { return }
        span(s, 27_000_000 + Int64(p), 0.65, 1, q, p)
    }

    /// "you're the reason shampoo bottles have instructions", "people like you are why
    /// they put warning labels on everything", "you're why the gene pool needs a lifeguard".
    private func reasonLabelRule(_ s: Scratch, _ p: Int) {
        var q = p - 1
        while q >= 1 && q >= p - 12 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.reason != 0 || isWord(s, q, "why") {
                var r = q - 1
                while r >= 0 && r >= q - 3 && !boundaryAt(s, r + 1) {
                    let c = s.seqClasses[r]
                    if c & WordClass.neg != 0 { return }
                    if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 {
                        span(s, 28_000_000 + Int64(p), 0.75, 1, r, p)
                        return
                    }
                    if c & WordClass.first != 0 { return }
                    // "congrats on being the reason …", "imagine being the reason …"; "he's the reason …"
                    if c & WordClass.be != 0 && !selfOrNegBefore(s, r, 4) {
                        span(s, 28_000_000 + Int64(p), 0.7, 1, r, p)
                        return
                    }
                    if (c & WordClass.person3 != 0 || s.seqClasses2[r] & WordClass2.subj != 0) && !selfOrNegBefore(s, r, 4) {
                        span(s, 28_000_000 + Int64(p), 0.65, 1, r, p)
                        return
                    }
                    r -= 1
                }
                return
            }
            q -= 1
        }
    }

    /// "you're the kind of guy who claps when the plane lands", "he's the type of person who …":
    /// mild alone (plenty of such sentences are praise), toxic with a mocking tail
    /// ("still", "thinks", "unironically", "probably", "calls it a personality").
    private func kindOfRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p < 2 || p + 3 >= n || boundaryAt(s, p) || boundaryAt(s, p + 1) || boundaryAt(s, p + 2) || boundaryAt(s, p + 3) { return }
        if !isWord(s, p - 1, "the") || !isWord(s, p + 1, "of") { return }
        let cn = s.seqClasses[p + 2], c2n = s.seqClasses2[p + 2]
        if cn & WordClass.personN == 0 && c2n & (WordClass2.pNoun | WordClass2.subj) == 0 { return }
        if isWord(s, p + 2, "thing") || isWord(s, p + 2, "one") || isWord(s, p + 2, "being") { return }
        if !(isWord(s, p + 3, "who") || isWord(s, p + 3, "that")) { return }
        // the subject: "you're the kind", "ur the type", "he's the sort"
        let cq = s.seqClasses[p - 2]
        var aim = 0.0
        if boundaryAt(s, p - 1) { return }
        if cq & WordClass.second != 0 && cq & WordClass.reflexive == 0 { aim = 1 }   // "ur/your the kind" is "you're"
        else if cq & WordClass.copula != 0 { aim = copulaSubject(s, p - 2) }
        else if cq & WordClass.person3 != 0 { aim = 0.8 }
        else if s.seqClasses2[p - 2] & WordClass2.likeV != 0 {
            // "you seem like the type of guy who …", "he sounds like the kind of person who …"
            var q = p - 3
            while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
                let c = s.seqClasses[q]
                if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 { aim = 1; break }
                if c & WordClass.person3 != 0 { aim = 0.8; break }
                if c & (WordClass.first | WordClass.neg) != 0 { return }
                q -= 1
            }
        }
        if aim <= 0 { return }
        var mocking = false
        var r = p + 4
        while r < n && r <= p + 16 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 || s.seqClasses2[r] & WordClass2.nice != 0 { return }
            let w = word(s, r)
            if w >= 0 {
                switch vocab.spelling(Int(w)) {
                case "still", "thinks", "unironically", "probably", "claps", "brags", "personality", "cries",
                     "argues", "smells", "peaked", "actually", "unwashed", "reposts", "simps": mocking = true
                default: break
                }
            }
            r += 1
        }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 29_000_000 + Int64(p), (mocking ? 0.6 : 0.35) * aim, 1, p - 1, p + 3)
    }

    /// "imagine being this bad at the game", "imagine being so washed", "imagine being that dumb".
    private func imagineRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p + 2 >= n || boundaryAt(s, p + 1) || s.seqClasses[p + 1] & WordClass.be == 0 { return }
        if negationBefore(s, p, 2) { return }
        var r = p + 2
        var intens = false
        while r < n && r <= p + 4 && !boundaryAt(s, r) {
            if isWord(s, r, "this") || isWord(s, r, "that") || isWord(s, r, "so") { intens = true; r += 1; continue }
            if intens && (s.seqClasses2[r] & WordClass2.negJ != 0 || s.seqClasses[r] & WordClass.insAdj != 0) {
                span(s, 30_000_000 + Int64(p), 0.6, 1, p, r)
                return
            }
            r += 1
        }
        imagineNounRule(s, p)
    }

    /// "least intelligent gamer alive", "the least talented streamer on the platform".
    private func leastRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p + 2 >= n || boundaryAt(s, p + 1) || boundaryAt(s, p + 2) || s.seqClasses2[p + 1] & WordClass2.asAdj == 0 { return }
        let c = s.seqClasses[p + 2], c2 = s.seqClasses2[p + 2]
        if c & WordClass.personN == 0 && c2 & (WordClass2.pNoun | WordClass2.subj) == 0 { return }
        if isWord(s, p + 2, "thing") || isWord(s, p + 2, "one") { return }
        if selfOrNegBefore(s, p, 5) { return }
        span(s, 31_000_000 + Int64(p), 0.6, 1, p, p + 2)
    }

    /// "how pathetic can one man be", "how washed is this guy" (not "how bad is this patch").
    private func howRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p == 0 || boundaryAt(s, p) || !isWord(s, p - 1, "how") { return }
        var r = p + 1
        var verb = false
        while r < n && r <= p + 4 && !boundaryAt(s, r) {
            let c = s.seqClasses[r], c2 = s.seqClasses2[r]
            if c & WordClass.gameThing != 0 || c & WordClass.first != 0 { return }
            if c & WordClass.copula != 0 || isWord(s, r, "can") { verb = true }
            else if verb && (c & WordClass.personN != 0 || c2 & (WordClass2.pNoun | WordClass2.subj) != 0)
                        && !isWord(s, r, "thing") && !isWord(s, r, "one") {
                span(s, 32_000_000 + Int64(p), 0.6, 1, p - 1, r)
                return
            }
            r += 1
        }
    }

    // MARK: round 8

    /// A verdict tacked on after a comma, ending the message: "bro streams to 4 viewers and acts like a
    /// celebrity, pathetic", "you begged for subs again, embarrassing" — said about a person named earlier
    /// (not "I died to the tutorial boss, pathetic", "the servers crashed again, pathetic", "so sad").
    private func verdictRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p < 3 || s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore == 0 || boundaryAt(s, p) { return }
        var k = p + 1
        while k < n { if s.seqClasses[k] & WordClass.interj == 0 { return }; k += 1 }   // the last word (but "lol")
        let w = Int(word(s, p))
        if w < 0 { return }
        switch vocab.spelling(w) {
        case "pathetic", "embarrassing", "cringe", "cringy", "cringey", "delusional", "insufferable", "unwatchable", "pitiful",
             "talentless", "worthless", "clueless", "braindead", "incompetent", "laughable", "shameful", "disgraceful": break
        default: return
        }
        var aim = 0.0
        for r in 0..<p {
            let c = s.seqClasses[r]
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return }
            if c & WordClass.neg != 0 && r + 1 < p && s.seqClasses[r + 1] & WordClass.copula == 0 && r > 0 && s.seqClasses[r - 1] & WordClass.copula != 0 { return }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { aim = 1 }
            else if s.seqClasses2[r] & WordClass2.subj != 0 || c & WordClass.person3 != 0 { aim = max(aim, 0.85) }
            else if isWord(s, r, "hes") || isWord(s, r, "shes") || isWord(s, r, "his") || isWord(s, r, "her") { aim = max(aim, 0.85) }
        }
        if aim <= 0 { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 44_000_000 + Int64(p), 0.6 * aim, 1, p, p)
    }

    /// An insult reported, not said: "the troll called her ugly", "someone keeps calling people idiots in
    /// general chat", "he called me a loser and left" — the insult after a call verb with a third-person,
    /// generic or first-person object counts 0.4× (not "i'd call you an idiot", "call him a clown, i dare you").
    private func reportedRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var o = p + 1
        if o >= n || boundaryAt(s, o) { return }
        let co = s.seqClasses[o]
        if co & WordClass.second != 0 { return }
        let generic = co & (WordClass.people | WordClass.everyone | WordClass.someone | WordClass.group) != 0
            || isWord(s, o, "people") || isWord(s, o, "everyone") || isWord(s, o, "others") || isWord(s, o, "chatters")
        let person = co & WordClass.person3 != 0 && co & WordClass.third != 0
            || isWord(s, o, "him") || isWord(s, o, "her") || isWord(s, o, "them") || isWord(s, o, "me") || isWord(s, o, "us")
        // the passive report: "she got called ugly in chat yesterday", "i was called a slur" (not "you got called …")
        let passive = p >= 2 && !boundaryAt(s, p) && !boundaryAt(s, p - 1) && (isWord(s, p - 1, "got", "gets", "get")
            || isWord(s, p - 1, "was", "were", "been") || isWord(s, p - 1, "getting", "being"))
            && s.seqClasses[p - 2] & WordClass.second == 0
        if passive { o = p }
        if !generic && !person && !passive { return }
        // an order or a wish to call is not a report: "call him a clown", "i'd call her ugly"
        if isWord(s, p, "call") && (p == 0 || boundaryAt(s, p) || s.seqClasses[p - 1] & (WordClass.first | WordClass.future | WordClass.should) != 0) { return }
        if s.seqClasses[0] & WordClass.second != 0 { return }   // "you called her ugly" is said to someone
        var end = o + 1
        while end < n && end <= o + 4 && !boundaryAt(s, end) { end += 1 }
        let a = s.tokens[Int(s.seq[o])].s1, b = s.tokens[Int(s.seq[end - 1])].s1
        for i in 0..<s.evCount where s.evS0[i] >= a && s.evS1[i] <= b {
            let c = s.evCategory[i]
            if (c == 0 || c == 1) && s.evWeight[i] < 0.7 { s.evWeight[i] *= 0.4 }
        }
    }

    /// Abuse reported to the mods: "user xx_troll told me to kys in dm, can you ban them", "someone keeps
    /// telling people to kill themselves" — what a third person told someone to do counts 0.35× (not
    /// "i told him to kys", "told you to kys", "you told me to …", nor an order: "tell him to kys").
    private func toldToRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p >= 1, p + 3 < n, !boundaryAt(s, p), !boundaryAt(s, p + 1), !boundaryAt(s, p + 2), isWord(s, p + 2, "to") else { return }
        let o = p + 1
        let co = s.seqClasses[o]
        if co & WordClass.second != 0 { return }
        guard isWord(s, o, "me", "him", "her") || isWord(s, o, "them", "us", "people") || isWord(s, o, "everyone", "someone", "ppl")
            || co & (WordClass.person3 | WordClass.everyone | WordClass.someone) != 0 else { return }
        // the teller: a third person, never the speaker or the one addressed
        var q = p - 1
        var teller = false
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.first | WordClass.second) != 0 && c & WordClass.possessive == 0 { return }
            if c & (WordClass.third | WordClass.person3 | WordClass.someone) != 0 || isWord(s, q, "user", "guy", "troll")
                || isWord(s, q, "keeps", "kept", "account") || s.tokens[Int(s.seq[q])].flags & TokenFlag.mention != 0 { teller = true }
            q -= 1
        }
        if !teller { return }
        var end = p + 3
        while end < n && end <= p + 8 && !boundaryAt(s, end) { end += 1 }
        let a = s.tokens[Int(s.seq[p + 3])].s0, b = s.tokens[Int(s.seq[end - 1])].s1
        for i in 0..<s.evCount where s.evS0[i] >= a && s.evS1[i] <= b && s.evCategory[i] != 2 { s.evWeight[i] *= 0.35 }
    }

    /// An adjective and "ass" ending the clause is a name: "annoying ass", "shut up you broke ass",
    /// "bye dumb ass" (not "my lazy ass", "kick his sorry ass", "ugly ass shoes", "a big ass pizza").
    private func adjAssRule(_ s: Scratch, _ p: Int) {
        if p < 1 || boundaryAt(s, p) || !endsClause(s, p) { return }
        if s.tokens[Int(s.seq[p])].flags & (TokenFlag.punctBefore | TokenFlag.exempt) != 0 { return }
        let a = p - 1
        let ca = s.seqClasses[a], c2a = s.seqClasses2[a]
        var adj = ca & WordClass.insAdj != 0 || c2a & (WordClass2.negJ | WordClass2.slangAdj) != 0
        if !adj {
            let wa = Int(word(s, a))
            switch wa >= 0 ? vocab.spelling(wa) : "" {
            case "dumb", "stupid", "annoying", "ugly", "broke", "weak", "fat", "sorry", "punk", "goofy", "clown", "bitch",
                 "lame", "dusty", "crusty", "musty", "bum", "cheap", "corny", "nerdy", "salty", "whiny", "needy", "thirsty",
                 "creepy", "weird", "bald", "lazy", "sad", "simp", "cringe", "irrelevant", "washed", "soft", "scary": adj = true
            default: break
            }
        }
        if !adj { return }
        // whose: "my lazy ass", "his sorry ass", "get your fat ass up" are bodies; "the/this ugly ass" a thing
        if a > 0 && !boundaryAt(s, a) && s.tokens[Int(s.seq[a])].flags & TokenFlag.punctBefore == 0 {
            let cb = s.seqClasses[a - 1]
            if cb & (WordClass.first | WordClass.possessive | WordClass.neg) != 0 || thingWord(cb)
                || isWord(s, a - 1, "his") || isWord(s, a - 1, "her") || isWord(s, a - 1, "their") { return }
            if cb & WordClass.det != 0 && a >= 2 && !boundaryAt(s, a - 1) && s.seqClasses[a - 2] & (WordClass.copula | WordClass.second) == 0
                && !isWord(s, a - 2, "what") && !isWord(s, a - 2, "hes") && !isWord(s, a - 2, "shes") { return }
        }
        var w = 0.55
        if hasBanter(s) { w *= 0.5 }
        span(s, 45_000_000 + Int64(p), w, 1, a, p)
    }

    /// Whether the word at `p` ends in "ing" ("talking", "chatting"; known or not).
    private func endsIng(_ s: Scratch, _ p: Int) -> Bool {
        let t = s.tokens[Int(s.seq[p])]
        let c1 = Int(t.c1)
        if c1 - Int(t.c0) < 5 { return false }
        // letters are stored as 0-25
        return s.kind[c1 - 1] == CharKind.letter && s.kind[c1 - 2] == CharKind.letter && s.kind[c1 - 3] == CharKind.letter
            && s.val[c1 - 3] == 8 && s.val[c1 - 2] == 13 && s.val[c1 - 1] == 6
    }

    /// "talking to you is like arguing with a pigeon", "watching you play is like …",
    /// "you smell like unwashed gym socks" (not "… is like talking to my best friend", "you smell like vanilla").
    private func likeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p < 2 || boundaryAt(s, p) || !isWord(s, p, "like") { return }
        if p + 1 >= n || boundaryAt(s, p + 1) { return }
        if s.seqClasses[p + 1] & (WordClass.second | WordClass.first) != 0 { return }   // "like you", "like me"
        let prev = p - 1
        let cp = s.seqClasses[prev]
        if isWord(s, prev, "smell") || isWord(s, prev, "smells") || isWord(s, prev, "stink") || isWord(s, prev, "stinks") {
            let aim = comparisonSubject(s, prev, 2)
            if aim <= 0 || niceAfter(s, p + 1) { return }
            span(s, 33_000_000 + Int64(p), 0.6 * aim, 1, prev, p + 1)
            return
        }
        if cp & WordClass.copula == 0 && !isWord(s, prev, "feels") { return }
        // "[talking to / arguing with / watching] you [play] is like"
        var q = prev - 1
        var you = -1
        while q >= 0 && q >= prev - 3 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { you = q; break }
            q -= 1
        }
        if you < 1 || boundaryAt(s, you) { return }
        var g = you - 1
        let tg = s.tokens[Int(s.seq[g])]
        if g >= 1 && !boundaryAt(s, g) && s.seqClasses[g] & (WordClass.first | WordClass.second) == 0 && tg.c1 - tg.c0 <= 4 { g -= 1 }   // "to", "with"
        if !endsIng(s, g) { return }
        if niceAfter(s, p + 1) { return }
        var r = p + 1
        while r < n && r <= p + 10 && !boundaryAt(s, r) {
            if s.seqClasses[r] & WordClass.first != 0 { return }    // "… like talking to my brother"
            r += 1
        }
        if selfOrNegBefore(s, g, 3) { return }
        span(s, 34_000_000 + Int64(p), hasBanter(s) ? 0.31 : 0.62, 1, g, p)
    }

    // MARK: round 7 (blind7's kinds)

    /// Who a verb at `v` is said about, scanning back at most `window` words: 1 you, 0.8 a person
    /// ("he", "streamer", "bro"), 0 a thing, oneself or a negation.
    private func verbSubject(_ s: Scratch, _ v: Int, _ window: Int) -> Double {
        var q = v - 1
        while q >= 0 && q >= v - window && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q], c2 = s.seqClasses2[q]
            if c & WordClass.neg != 0 { return 0 }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 {
                if c & WordClass.possessive != 0 && !possessiveIsYou(s, q) { return 0 }   // "your team plays like …"
                return 1
            }
            if c2 & WordClass2.subj != 0 || c & WordClass.person3 != 0 { return thingWord(c) ? 0 : 0.8 }
            if thingWord(c) || c & WordClass.gameThing != 0 { return 0 }
            q -= 1
        }
        return 0
    }

    /// "you play like your monitor is turned off", "you cook like someone described food to you over
    /// the phone", "he talks like he's never met a woman", "you aim like you're blindfolded"
    /// (not "you play like a pro", "you cook like my mom", "you look like you had fun").
    private func likeClauseRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p < 1 || boundaryAt(s, p) || !isWord(s, p, "like") || p + 1 >= n || boundaryAt(s, p + 1) { return }
        let v = p - 1
        if s.seqClasses2[v] & WordClass2.likeV == 0 || s.seqClasses[v] & WordClass.copula != 0 { return }
        if isWord(s, v, "like") || isWord(s, v, "feels") || isWord(s, v, "smell") || isWord(s, v, "smells") { return }
        var aim = verbSubject(s, v, 3)
        if aim <= 0 { return }
        var mock = false
        var r = p + 1
        while r < n && r <= p + 12 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return }   // "like my mom"
            // a kind ending ("like a pro", "like a machine"), unless it is itself mocked ("a dying cat")
            if s.seqClasses2[r] & WordClass2.nice != 0 && !(r > p + 1 && s.seqClasses3[r - 1] & WordClass3.likeTail != 0) { return }
            if s.seqClasses3[r] & WordClass3.likeTail != 0 { mock = true }
            else if insultAt(s, r) && s.tokens[Int(s.seq[r])].flags & TokenFlag.exempt == 0 { mock = true }
            else if (isWord(s, r, "never") || isWord(s, r, "first")) && r + 1 < n && !boundaryAt(s, r + 1) {
                // "like you've never held a controller", "like it's your first time touching a keyboard"
                var k = r + 1
                while k < n && k <= r + 3 && !boundaryAt(s, k) {
                    let w = word(s, k)
                    if w >= 0 {
                        switch vocab.spelling(Int(w)) {
                        case "played", "touched", "held", "seen", "used", "heard", "met", "tasted", "showered", "learned",
                             "pressed", "plugged", "opened", "spoken", "talked", "touching", "holding", "using", "playing": mock = true
                        default: break
                        }
                    }
                    k += 1
                }
            }
            r += 1
        }
        if !mock { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 35_000_000 + Int64(p), 0.65 * aim, 1, v, p)
    }

    /// The owner of a noun at `q` (the word before it): 1 your/ur, 0.8 his/her/their or a person's ("guy's"),
    /// 0 otherwise.
    private func ownerAim(_ s: Scratch, _ q: Int) -> Double {
        if q < 0 { return 0 }
        let c = s.seqClasses[q]
        if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
        if c & WordClass.possessive != 0 && c & WordClass.second != 0 { return 1 }
        if isWord(s, q, "his") || isWord(s, q, "her") || isWord(s, q, "their") { return 0.8 }
        if c & WordClass.person3 != 0 && c & WordClass.third == 0 || s.seqClasses2[q] & WordClass2.subj != 0 { return 0.8 }
        return 0
    }

    /// "your face could curdle milk", "his breath could strip paint", "your voice scares the dog"
    /// (not "your smile could light up a room", "this trap could kill you").
    private func ruinRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p < 2 || boundaryAt(s, p) { return }
        var part = p - 1
        if isWord(s, part, "could") || isWord(s, part, "would") || isWord(s, part, "can") || isWord(s, part, "might") {
            part -= 1
            if boundaryAt(s, part + 1) { return }
        }
        if part < 1 || s.seqClasses3[part] & WordClass3.partW == 0 || boundaryAt(s, part) { return }
        var aim = ownerAim(s, part - 1)
        if aim <= 0 && thingWord(s.seqClasses[part - 1]) && !isWord(s, part - 1, "the") && !isWord(s, part - 1, "it") { aim = 0.75 }
        if aim <= 0 || negationBefore(s, part, 3) || p + 1 >= n || boundaryAt(s, p + 1) || niceAfter(s, p + 1) { return }
        // break / crack / stop only with the classic objects: "crack a mirror", "stop a clock"
        if isWord(s, p, "break") || isWord(s, p, "breaks") || isWord(s, p, "crack") || isWord(s, p, "cracks")
            || isWord(s, p, "stop") || isWord(s, p, "stops") || isWord(s, p, "shatter") || isWord(s, p, "shatters") {
            var ok = false
            var r = p + 1
            while r < n && r <= p + 3 && !boundaryAt(s, r) {
                let w = word(s, r)
                if w >= 0 {
                    switch vocab.spelling(Int(w)) {
                    case "mirror", "mirrors", "clock", "clocks", "glass", "camera", "cameras", "lens", "webcam", "windows": ok = true
                    default: break
                    }
                }
                r += 1
            }
            if !ok { return }
        }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 36_000_000 + Int64(p), 0.65 * aim, 1, part, p + 1)
    }

    /// IQ jokes: "your IQ is lower than the room temp", "every word out of your mouth lowers the room's IQ",
    /// "his iq is in the single digits" (not "IQ 200 play", "my iq dropped", "high iq strat").
    private func iqRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p > 0 && !boundaryAt(s, p) {
            let c = s.seqClasses[p - 1]
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return }   // "my iq"
        }
        let a = clauseStart(s, p)
        var low = false
        var aim = 0.0
        var r = a
        while r < n && r <= a + 20 && (r == a || !boundaryAt(s, r)) {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            if s.seqClasses3[r] & WordClass3.lowW != 0 { low = true }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { aim = 1 }
            else if aim < 0.8 && r < p && (c & WordClass.person3 != 0 && c & WordClass.third == 0
                        || s.seqClasses2[r] & WordClass2.subj != 0 || isWord(s, r, "his") || isWord(s, r, "her")) { aim = 0.8 }
            r += 1
        }
        if !low || aim <= 0 { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 37_000_000 + Int64(p), 0.7 * aim, 1, p, p)
    }

    /// Who a noun phrase ending at `p` (starting after `start`) is said to: 1 "you're a …", the copula's
    /// subject ("bro is a …"), 0.85 "what a …", 0.7 a bare vocative ending its clause; 0 otherwise.
    private func npAim(_ s: Scratch, _ start: Int, _ p: Int) -> Double {
        var q = start - 1
        var det = false
        while q >= 0 && q >= start - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q], c2 = s.seqClasses2[q]
            if c & WordClass.neg != 0 { return 0 }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return 0 }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 {
                if c & WordClass.possessive != 0 && !possessiveIsYou(s, q) { return 0 }
                return 1
            }
            if c & WordClass.copula != 0 { return copulaSubject(s, q) }
            if isWord(s, q, "hes") || isWord(s, q, "shes") || isWord(s, q, "theyre") { return 0.75 }   // "he's a …"
            if isWord(s, q, "what") { return endsClause(s, p) ? 0.85 : 0 }
            if c & WordClass.det != 0 || c2 & WordClass2.intens != 0 { det = true }
            else if c & (WordClass.interj | WordClass.insAdj) == 0 && c2 & WordClass2.negJ == 0 { return 0 }
            q -= 1
        }
        if q >= 0 && !boundaryAt(s, q + 1) && s.tokens[Int(s.seq[q + 1])].flags & TokenFlag.punctBefore == 0 { return 0 }
        return det && endsClause(s, p) ? 0.7 : 0
    }

    /// "bro is a human typo", "you're a walking L", "what a living skill issue" (not "it was human error").
    private func flawRule(_ s: Scratch, _ p: Int) {
        if p < 1 || boundaryAt(s, p) { return }
        var h = p - 1
        if s.seqClasses2[h] & WordClass2.humanW == 0 {
            h -= 1
            if h < 0 || boundaryAt(s, h + 1) || s.seqClasses2[h] & WordClass2.humanW == 0 { return }
        }
        var aim = npAim(s, h, p + 1 < s.seqCount && !boundaryAt(s, p + 1) && s.seqClasses3[p + 1] == 0
                        && s.seqClasses2[p + 1] & WordClass2.npEnd == 0 && p + 1 == h + 3 ? p + 1 : p)
        if aim <= 0 { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 38_000_000 + Int64(p), 0.7 * aim, 1, h, p)
    }

    /// "ratio + you're balding + your vods get 12 views", "L + ratio + you fell off": "ratio" opening a
    /// clause as a taunt (not "the ratio of falls to deaths", "k/d ratio", "aspect ratio is 16:9").
    private func ratioRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let first = p == 0 || boundaryAt(s, p) || s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore != 0
            || isWord(s, p - 1, "l")
        if !first { return }
        if p + 1 < n && !boundaryAt(s, p + 1) {
            if isWord(s, p + 1, "of") || isWord(s, p + 1, "is") || isWord(s, p + 1, "was") || isWord(s, p + 1, "between")
                || isWord(s, p + 1, "for") || isWord(s, p + 1, "to") || isWord(s, p + 1, "on") { return }
        }
        var aim = 0.0
        for r in 0..<min(n, 40) {
            let c = s.seqClasses[r]
            if r > p && c & WordClass.neg != 0 && r == p + 1 { return }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return }   // "ratio me", "my ratio"
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { aim = 1 }
            if r != p && isWord(s, r, "l") { aim = max(aim, 0.8) }
        }
        span(s, 39_000_000 + Int64(p), aim > 0 ? 0.6 * aim : 0.3, 4, p, p)
    }

    /// "this guy's entire personality is a bad gaming chair", "your whole personality is being loud"
    /// (not "my whole personality is coffee", "her entire personality is sunshine").
    private func personaRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p < 2 || boundaryAt(s, p) || p + 1 >= n || boundaryAt(s, p + 1) { return }
        let whole = isWord(s, p - 1, "entire") || isWord(s, p - 1, "whole") || isWord(s, p - 1, "only")
        let ownerAt = whole ? p - 2 : p - 1
        if whole && boundaryAt(s, p - 1) { return }
        var aim = ownerAim(s, ownerAt)
        var v = p + 1   // "his only personality trait is …"
        if (isWord(s, v, "trait") || isWord(s, v, "traits")) && v + 1 < n && !boundaryAt(s, v + 1) { v += 1 }
        if aim <= 0 || s.seqClasses[v] & WordClass.copula == 0 && !isWord(s, v, "revolves") { return }
        if niceAfter(s, v + 1) || negationBefore(s, v + 2, 2) { return }
        if !whole {
            // "your personality is a wet napkin": only with an insult after it
            var bad = false
            var r = p + 2
            while r < n && r <= p + 6 && !boundaryAt(s, r) { if insultAt(s, r) { bad = true }; r += 1 }
            if !bad { return }
        }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 40_000_000 + Int64(p), 0.65 * aim, 1, ownerAt, p + 1)
    }

    /// "@jay worst player i've ever seen", "you're the worst teammate alive" (not "worst luck ever",
    /// "the worst player gets kicked", "i'm the worst support").
    private func worstRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 1
        var person = false
        while r < n && r <= p + 2 && !boundaryAt(s, r) {
            let c = s.seqClasses[r], c2 = s.seqClasses2[r]
            if (c & WordClass.personN != 0 || c2 & (WordClass2.pNoun | WordClass2.subj) != 0)
                && !isWord(s, r, "one") && !isWord(s, r, "thing") && !isWord(s, r, "being") && !isWord(s, r, "people") { person = true; break }
            r += 1
        }
        if !person { return }
        var aim = 0.0
        var q = p - 1
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & WordClass.neg != 0 { return }
            if c & WordClass.first != 0 && c & WordClass.second == 0 { return }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 {
                if c & WordClass.possessive != 0 && !possessiveIsYou(s, q) { return }   // "your worst teammate"
                aim = 1; break
            }
            if c & WordClass.copula != 0 { aim = copulaSubject(s, q); break }
            q -= 1
        }
        if aim <= 0 { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 41_000_000 + Int64(p), 0.6 * aim, 1, p, r)
    }

    /// "what a pathetic little man", "you sad little boy", "he's a miserable old man", and a judgement
    /// said as a name after a taunt: "sit down ugly", "shut up stupid" (not "the bad guy in this movie",
    /// "a sad story", "the textures are ugly").
    private func adjPersonRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if s.tokens[Int(s.seq[p])].flags & TokenFlag.exempt != 0 { return }
        let w = word(s, p)
        if w < 0 { return }
        let t = vocab.spelling(Int(w))
        if t == "bad" || t == "mid" || t == "slow" || t == "trash" || t == "garbage" || t == "little" || t == "old"
            || t == "total" || t == "absolute" || t == "complete" || t == "fucking" || t == "bloody" { return }
        // a vocative after a taunt: "sit down ugly", "shut up stupid", "bye ugly"
        if (t == "ugly" || t == "stupid" || t == "dumb") && p > 0 && !boundaryAt(s, p) && endsClause(s, p)
            && s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore == 0 {
            if isWord(s, p - 1, "up") || isWord(s, p - 1, "down") || isWord(s, p - 1, "bye") || isWord(s, p - 1, "hey")
                || isWord(s, p - 1, "off") || isWord(s, p - 1, "cope") || isWord(s, p - 1, "seethe") || isWord(s, p - 1, "cry") {
                span(s, 42_000_000 + Int64(p), 0.5, 1, p - 1, p)
                return
            }
        }
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            let c = s.seqClasses[r], c2 = s.seqClasses2[r]
            if c & WordClass.personN != 0 || c2 & WordClass2.subj != 0 {
                if isWord(s, r, "one") || isWord(s, r, "thing") || isWord(s, r, "being") || isWord(s, r, "people")
                    || isWord(s, r, "guys") || isWord(s, r, "players") || isWord(s, r, "mods") || isWord(s, r, "chat") { return }
                // the person noun ends its phrase: "man, crying", "boy who", "man lol"
                if r + 1 < n && !boundaryAt(s, r + 1) && s.tokens[Int(s.seq[r + 1])].flags & TokenFlag.punctBefore == 0
                    && s.seqClasses2[r + 1] & WordClass2.npEnd == 0 && s.seqClasses[r + 1] & (WordClass.interj | WordClass.second) == 0
                    && !endsIng(s, r + 1) { return }
                var aim = npAim(s, p, r)
                if aim <= 0 { return }
                if hasBanter(s) { aim *= 0.5 }
                span(s, 43_000_000 + Int64(p), 0.6 * aim, 1, p, r)
                return
            }
            if c & WordClass.insAdj == 0 && c2 & WordClass2.negJ == 0 { return }
            r += 1
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
    static let asAdj: UInt64 = 1 << 21      // useful, smart, sharp, dumb (as … as a …)
    static let insTrig: UInt64 = 1 << 23    // personified, instructions, kind/type, imagine, least: rules by word
    static let negJ: UInt64 = 1 << 24       // bad, washed, pathetic, cringe: judgements read in frames

    static let insultNames: [String: UInt64] = [
        "selfnoun": selfNoun, "slanghi": slangHi, "slanglo": slangLo, "npend": npEnd, "behav": behav,
        "cmphead": cmpHead, "cmpadj": cmpAdj, "than": than, "likev": likeV, "subj": subj, "intens": intens,
        "pnoun": pNoun, "slurattr": slurAttr, "banter": banter, "pointw": pointW, "slangadj": slangAdj,
        "humanw": humanW, "equiv": equiv, "nice": nice, "slangamb": slangAmb,
        "asadj": asAdj, "instrig": insTrig, "negj": negJ,
    ]
}

extension WordClass3 {
    static let partW: UInt64 = 1 << 32      // face, breath, voice, laugh (your … could curdle milk)
    static let ruinV: UInt64 = 1 << 33      // curdle, sour, scare, strip, crack (… milk / paint / a mirror)
    static let likeTail: UInt64 = 1 << 34   // blindfolded, asleep, described, toddler: an absurd "like …" tail
    static let iqW: UInt64 = 1 << 35        // iq
    static let lowW: UInt64 = 1 << 36       // lower, drops, negative, single, temp (an IQ joke)
    static let flawN: UInt64 = 1 << 37      // typo, error, L, glitch, trainwreck (after human/walking/living)
    static let ratioW: UInt64 = 1 << 38     // ratio (stacked mockery)
    static let persona: UInt64 = 1 << 39    // personality (your entire personality is …)
    static let worstW: UInt64 = 1 << 40     // worst (+ a person noun, aimed)
    /// The bits that start a rule (the others are only read).
    static let assW: UInt64 = 1 << 41       // ass, arse (an adjective + "ass" ending its clause is a name)
    static let insultTriggers: UInt64 = ruinV | iqW | flawN | ratioW | persona | worstW | assW

    /// This domain's roles on the third class word (bits 32–41); the rules read `s.seqClasses3[p]`.
    static let insultNames3: [String: UInt64] = [
        "partw": partW, "ruinv": ruinV, "liketail": likeTail, "iqw": iqW, "loww": lowW, "flawn": flawN,
        "ratiow": ratioW, "persona": persona, "worstw": worstW, "assw": assW,
    ]
}

extension WordClass2 {
    /// The bits `insultRules` dispatches on; words with only other bits start no insult rule.
    static let insultStarts: UInt64 = slangHi | slangLo | behav | pNoun | cmpHead | cmpAdj | equiv | pointW
        | banter | asAdj | insTrig | negJ | likeV
}

// MARK: round 9 (blind9's kinds)

extension CompiledLexicon {
    private static let animalSlang: [String] = ["pig", "pigs", "cow", "cows", "roach", "roaches", "slug", "slugs", "toad", "toads", "weasel",
        "weasels", "rodent", "rodents", "swine", "hog", "hogs", "mutt", "mutts", "baboon", "baboons", "ape", "apes", "chimp", "chimps",
        "hyena", "hyenas", "vulture", "vultures", "walrus", "hippo", "monkey", "monkeys", "hamster", "sheep", "lemming", "lemmings", "cat", "dog",
        "donkey", "donkeys", "rat", "snake", "worm", "leech", "leeches", "dinosaur", "goat", "whale", "potato"]
    private static let gameSlang: [String] = ["bot", "bots", "npc", "npcs", "goblin", "goblins", "gremlin", "gremlins", "troll"]
    /// What only a person does (an animal or a thing "trying to talk" is a person called an animal).
    private static let personActs: [String] = ["talk", "talking", "speak", "speaking", "read", "reading", "think", "thinking", "type",
        "typing", "spell", "spelling", "stream", "streaming", "rap", "rapping", "argue", "arguing", "explain", "write", "writing",
        "mix", "count", "counting"]
    private static let personActs2: [String] = ["aim", "aiming", "play", "playing", "hear", "sing", "cook", "drive", "driving", "thinks"]

    /// "this clown can't even hear his kick is off", "look at this monkey trying to talk", "that nerd still thinks …":
    /// a pointed-at slang name as the subject of something only a person does (not "this goblin can't even
    /// move", "this bot can't even aim", "the monkey level").
    func pointedSubject(_ s: Scratch, _ p: Int) -> Double {
        let n = s.seqCount
        if p < 1 || boundaryAt(s, p) || !spelled(s, p - 1, in: ["this", "that"]) { return 0 }
        if spelled(s, p, in: Self.gameSlang) || s.seqClasses2[p] & WordClass2.slangAmb != 0 { return 0 }
        if negationBefore(s, p - 1, 3) { return 0 }
        let animal = spelled(s, p, in: Self.animalSlang)
        var r = p + 1
        while r < n && r <= p + 5 && !boundaryAt(s, r) {
            if s.seqClasses[r] & WordClass.gameThing != 0 { return 0 }
            if spelled(s, r, in: Self.personActs) || !animal && spelled(s, r, in: Self.personActs2) {
                // only through "can't (even)", "trying to", "still", or the verb right after the noun
                var k = p + 1
                var ok = r == p + 1
                while k < r {
                    if spelled(s, k, in: ["cant", "cannot", "couldnt", "even", "trying", "tries", "try", "still", "keeps", "actually", "literally", "really", "to"])
                        || s.seqClasses[k] & WordClass.neg != 0 { ok = true } else { ok = false; break }
                    k += 1
                }
                return ok ? (spelled(s, r, in: Self.personActs) ? 0.9 : 0.8) : 0
            }
            r += 1
        }
        return 0
    }

    /// "your beats are mid and so are you", "trash take, just like you": a judgement passed on to the person.
    func soAreYouRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 1
        if r < n && spelled(s, r, in: ["and"]) { r += 1 }
        guard r + 2 < n, spelled(s, r, in: ["so"]), spelled(s, r + 1, in: ["are", "r", "is", "were"]) else { return }
        let c = s.seqClasses[r + 2]
        if c & WordClass.second == 0 || c & (WordClass.possessive | WordClass.reflexive) != 0 { return }
        if negationBefore(s, p, 3) { return }
        span(s, 46_000_000 + Int64(p), 0.65, 1, p, r + 2)
    }

    /// "imagine being 35 and this much of a failure", "imagine being a grown man and such a loser":
    /// an insult noun after "a/an" within the "imagine being" clause (not "imagine being this good at 35").
    func imagineNounRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 2
        while r < n && r <= p + 10 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & (WordClass.neg | WordClass.first) != 0 && c & WordClass.second == 0 { return }
            if s.seqClasses2[r] & WordClass2.nice != 0 { return }
            if r > p + 2 && spelled(s, r - 1, in: ["a", "an"]) && s.tokens[Int(s.seq[r])].flags & TokenFlag.exempt == 0 {
                let w = Int(word(s, r))
                let noun = w >= 0 && vocab.flags[w] & (TermFlag.noun | TermFlag.scored) == (TermFlag.noun | TermFlag.scored)
                    && (vocab.category[w] == 1 || vocab.category[w] == 2)
                if noun || s.seqClasses2[r] & (WordClass2.slangHi | WordClass2.slangLo | WordClass2.negJ) != 0 {
                    if r + 1 < n && !boundaryAt(s, r + 1) && s.seqClasses[r + 1] & WordClass.gameThing != 0 { return }
                    span(s, 30_000_000 + Int64(p), 0.6, 1, p, r)
                    return
                }
            }
            r += 1
        }
    }

    private static let bareAsAdj: [String] = ["dumb", "stupid", "thick", "dense", "dull", "boring", "ugly", "useless", "annoying"]

    /// "…, dense as a brick", "dumb as a rock honestly": the comparison without its first "as"
    /// (mild unless aimed: "slow as a snail today" is about anything).
    func bareAsRule(_ s: Scratch, _ p: Int) {
        if !spelled(s, p, in: Self.bareAsAdj) || !spelled(s, p + 1, in: ["as"]) || !spelled(s, p + 2, in: ["a", "an", "two", "rocks", "bricks"]) { return }
        if negationBefore(s, p, 3) || niceAfter(s, p + 2) { return }
        // after a comma or opening the clause: said of the person just named
        let opens = p == 0 || boundaryAt(s, p) || s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore != 0
        var aim = opens ? 0.62 : comparisonSubject(s, p, 5)
        if aim <= 0 { return }
        if aim < 0.7 && !opens { return }
        if hasBanter(s) { aim *= 0.5 }
        span(s, 47_000_000 + Int64(p), 0.72 * aim, 1, p, p + 2)
    }

    private static let declineW: [String] = ["dying", "dies", "died", "dead", "ruined", "ruins", "ruining", "sucks", "toxic", "unwatchable",
        "declining", "downhill", "failing", "worse", "quit", "quits", "quitting", "left", "leaving", "hate", "hates", "trash", "garbage", "cringe"]

    /// "people like you are why this community is dying", "you're the reason chat is unwatchable", "guys like
    /// you are why we can't have nice things" (not "people like you are why I stream", "you're the reason it works").
    func reasonWhyRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // the subject: "you are (the reason) why", "ur why", "people like you are why"
        var q = p - 1
        if spelled(s, q, in: ["the"]) { q -= 1 }
        if q < 0 || boundaryAt(s, q + 1) { return }
        var aim = 0.0
        if s.seqClasses[q] & WordClass.second != 0 && s.seqClasses[q] & (WordClass.reflexive) == 0 { aim = 1 }   // "youre why", "ur the reason"
        else if s.seqClasses[q] & WordClass.copula != 0 && q >= 1 && !boundaryAt(s, q) {
            let c = s.seqClasses[q - 1]
            if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 { aim = 1 }
            else if c & WordClass.person3 != 0 && c & WordClass.third == 0 || s.seqClasses2[q - 1] & WordClass2.subj != 0 { aim = 0.85 }
        }
        if aim <= 0 { return }
        var r = p + 1
        while r < n && r <= p + 9 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.first != 0 && c & WordClass.second == 0 && !spelled(s, r, in: ["we"]) { return }   // "… why I stream"
            if s.seqClasses2[r] & WordClass2.nice != 0 { return }
            if spelled(s, r, in: Self.declineW) || spelled(s, r, in: ["nice"]) && spelled(s, r + 1, in: ["things"]) {
                if negationBefore(s, r, 2) && !spelled(s, r, in: ["nice"]) { return }
                span(s, 48_000_000 + Int64(p), 0.6 * aim, 4, max(0, q - 1), r)
                return
            }
            r += 1
        }
    }

    private static let ownedWork: [String] = ["mixes", "mix", "beats", "beat", "music", "songs", "song", "tracks", "track", "art",
        "drawings", "drawing", "content", "vods", "voice", "singing", "rapping", "raps", "lyrics", "edits", "videos", "face", "hair",
        "haircut", "outfit", "cooking", "food", "jokes", "takes", "streams", "laugh"]
    private static let junkW: [String] = ["microwave", "microwaves", "blender", "forks", "dumpster", "toilet", "toilets", "fart", "farts",
        "garbage", "trash", "landfill", "sewer", "nails", "chalkboard", "goat", "goats", "printer", "modem", "fax", "dialup", "vacuum",
        "alarm", "screaming", "dying", "drowning", "stairs", "falling", "crash", "crashing"]

    /// "your mixes sound like a microwave full of forks", "his voice sounds like a dying goat", "your haircut
    /// looks like a dumpster fire" (not "your mixes sound like a dream", "your mic sounds like it's in a tin can").
    func ownedLikeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard spelled(s, p, in: ["like"]), p >= 2, !boundaryAt(s, p) else { return }
        let v = p - 1
        guard spelled(s, v, in: ["sound", "sounds", "look", "looks", "smell", "smells", "taste", "tastes", "sounded", "looked"]) else { return }
        var o = v - 1
        if !spelled(s, o, in: Self.ownedWork) { o -= 1 }
        guard o >= 1, !boundaryAt(s, o + 1), spelled(s, o, in: Self.ownedWork) else { return }
        let aim = ownerAim(s, o - 1)
        if aim <= 0 || negationBefore(s, o, 3) { return }
        var r = p + 1
        while r < n && r <= p + 8 && !boundaryAt(s, r) {
            if s.seqClasses2[r] & WordClass2.nice != 0 { return }   // "like a dream", "like an angel" (but "a fax machine")
            if spelled(s, r, in: Self.junkW) || s.seqClasses3[r] & WordClass3.likeTail != 0 {
                span(s, 49_000_000 + Int64(p), 0.55 * aim, 1, o - 1, r)
                return
            }
            r += 1
        }
    }

    /// "what a useless waste of oxygen this streamer is", "what a clown this guy is": an exclamation about the
    /// person pointed at, with an insult in it (not "what a legend this streamer is").
    func whatThisRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p >= 3, !boundaryAt(s, p), spelled(s, p - 1, in: ["this", "that"]), p + 1 < n, !boundaryAt(s, p + 1),
              s.seqClasses[p + 1] & WordClass.copula != 0, endsClause(s, p + 1) else { return }
        let a = clauseStart(s, p)
        guard spelled(s, a, in: ["what"]) || spelled(s, a, in: ["such"]) else { return }
        var bad = false
        var k = a + 1
        while k < p - 1 {
            if s.seqClasses2[k] & WordClass2.nice != 0 { return }
            if insultAt(s, k) && s.tokens[Int(s.seq[k])].flags & TokenFlag.exempt == 0 { bad = true }
            k += 1
        }
        if !bad { return }
        var w = 0.6
        if hasBanter(s) { w *= 0.5 }
        span(s, 50_000_000 + Int64(p), w, 1, a, p + 1)
    }

    private static let afterSubject: [String] = ["cant", "cannot", "couldnt", "wont", "doesnt", "didnt", "can", "will", "keeps", "still",
        "just", "always", "never", "really", "actually", "literally", "thinks", "blocked", "banned", "muted", "kicked", "reported",
        "deleted", "timed", "blocking", "banning", "is", "has"]

    /// A strong insult noun that did something ("bitch blocked me", "retard can't read the chat rules") or
    /// named a deed ("what a cunt move"): said of a person even when the message talks about bans.
    func subjectInsultRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let t = s.tokens[Int(s.seq[p])]
        if t.flags & (TokenFlag.quoted | TokenFlag.exempt) != 0 { return }
        let w = Int(t.word)
        if w < 0 || vocab.weight[w] < 0.6 { return }
        let cat = vocab.category[w]
        // "what a cunt move", "such a bitch thing to do"
        if p >= 2 && !boundaryAt(s, p) && !boundaryAt(s, p - 1) && spelled(s, p - 1, in: ["a", "an"]) && spelled(s, p - 2, in: ["what", "such"])
            && spelled(s, p + 1, in: ["move", "thing", "play", "take", "comment", "post", "decision"]) {
            span(s, 51_000_000 + Int64(p), vocab.weight[w] * 0.85, cat, p - 2, p + 1)
            return
        }
        // opening its clause (after "the", "this", "that" at most) and doing something
        var q = p - 1
        if q >= 0 && !boundaryAt(s, q + 1) && spelled(s, q, in: ["the", "this", "that", "some"]) { q -= 1 }
        if q >= 0 && !boundaryAt(s, q + 1) && !(s.seqClasses[q] & WordClass.interj != 0 && (q == 0 || boundaryAt(s, q))) { return }
        guard p + 1 < n, !boundaryAt(s, p + 1), s.tokens[Int(s.seq[p + 1])].flags & TokenFlag.punctBefore == 0 else { return }
        if !spelled(s, p + 1, in: Self.afterSubject) { return }
        // "retard is a banned word", "bitch is what he called me": the word mentioned, not used
        if spelled(s, p + 1, in: ["is", "has"]) { return }
        var k = p + 1
        while k < n && k <= p + 6 && !boundaryAt(s, k) {
            if spelled(s, k, in: ["word", "words", "slur", "term", "said", "called", "means", "say"]) { return }
            k += 1
        }
        span(s, 51_000_000 + Int64(p), vocab.weight[w] * 0.85, cat, p, p + 1)
    }
}

// MARK: round 10 (blind10's false positives, by kind)

extension CompiledLexicon {
    /// Scales the evidence recorded entirely inside sequence positions `a…b` (its byte span within
    /// theirs) whose category is in `cats` (a bit per category) and whose weight is below `below`.
    /// Rule evidence that reaches outside the range ("kill all faggots" spans the verb) is left alone.
    func scaleEvidenceInside(_ s: Scratch, _ a: Int, _ b: Int, _ factor: Double, cats: UInt8, below: Double = 2) {
        let n = s.seqCount
        if a < 0 || b >= n || a > b { return }
        let s0 = s.tokens[Int(s.seq[a])].s0, s1 = s.tokens[Int(s.seq[b])].s1
        for i in 0..<s.evCount where s.evS0[i] >= s0 && s.evS1[i] <= s1 && s.evS1[i] > s.evS0[i] {
            let c = s.evCategory[i]
            if c < 8 && cats & (1 << c) != 0 && s.evWeight[i] < below { s.evWeight[i] *= factor }
        }
    }

    /// Whether some word of the message is "you" said to someone (not the possessive "your"
    /// before a noun: "your dog"), or a mention.
    func secondPersonInMessage(_ s: Scratch) -> Bool {
        for q in 0..<s.seqCount {
            let c = s.seqClasses[q]
            if c & WordClass.second == 0 || c & WordClass.reflexive != 0 { continue }
            if c & WordClass.possessive != 0 && q + 1 < s.seqCount && !boundaryAt(s, q + 1)
                && s.seqClasses[q + 1] & (WordClass.det | WordClass.copula) == 0 { continue }
            return true
        }
        return false
    }

    /// An insult noun or name at `q`: a scored insult or profanity noun, a weak insult noun
    /// ("nerd", "coward") or a slang name ("weirdo", "muppet").
    func insultNounAt(_ s: Scratch, _ q: Int) -> Bool {
        if q < 0 || q >= s.seqCount { return false }
        if s.seqClasses[q] & WordClass.insNoun != 0 { return true }
        if s.seqClasses2[q] & (WordClass2.slangHi | WordClass2.slangLo) != 0 { return true }
        let w = Int(s.tokens[Int(s.seq[q])].word)
        return w >= 0 && vocab.flags[w] & TermFlag.scored != 0 && vocab.flags[w] & TermFlag.noun != 0
            && (vocab.category[w] == 1 || vocab.category[w] == 0) && vocab.weight[w] < 0.9
    }

    static let r10WarmAdj: Set<String> = ["beautiful", "magnificent", "cheeky", "glorious", "lovely", "gorgeous", "brilliant",
                                          "wonderful", "adorable", "cute", "majestic", "precious", "handsome", "sweet", "marvelous",
                                          "marvellous", "fabulous", "talented", "lucky", "clever", "gifted", "amazing", "wholesome"]
    static let r10WarmNoun: Set<String> = ["genius", "geniuses", "king", "queen", "angel", "gem", "hero", "champ", "sweetheart", "darling"]
    static let r10TeaseAdj: Set<String> = ["dumb", "stupid", "silly", "crazy", "mad", "absolute", "ridiculous", "insane", "beautiful", "magnificent", "cheeky"]

    /// Round-10 affection markers (called from `banterAt`): a warm adjective before an insult
    /// name said to someone ("you beautiful nerd", "you cheeky bastard", "you magnificent weirdo"),
    /// a teasing adjective before a warm noun ("you dumb genius"), and "you're the best".
    /// Not "you stupid bastard" (no warm word), "your beautiful face" (an owner, no name).
    func warmBanterAt(_ s: Scratch, _ q: Int, _ word: String) -> Bool {
        let n = s.seqCount
        func youAt(_ k: Int) -> Bool {
            if k < 0 || k >= n { return false }
            let c = s.seqClasses[k]
            if c & WordClass.second == 0 || c & WordClass.reflexive != 0 { return false }
            let w = spelling(s, k)
            return w != "your" && w != "yer" && w != "yor"
        }
        if Self.r10WarmAdj.contains(word) && warmVerdictAt(s, q) { return true }
        if Self.r10WarmAdj.contains(word) {
            guard q >= 1, !boundaryAt(s, q), youAt(q - 1), q + 1 < n, !boundaryAt(s, q + 1) else { return false }
            if insultNounAt(s, q + 1) { return true }
            let mid = spelling(s, q + 1)
            return (mid == "little" || mid == "lil" || mid == "old") && q + 2 < n && !boundaryAt(s, q + 2) && insultNounAt(s, q + 2)
        }
        if Self.r10WarmNoun.contains(word) {
            guard q >= 2, !boundaryAt(s, q), !boundaryAt(s, q - 1), youAt(q - 2) else { return false }
            return Self.r10TeaseAdj.contains(spelling(s, q - 1)) || s.seqClasses[q - 1] & WordClass.insAdj != 0
        }
        if word == "best" {
            // "you're the best (and you know it)", "ur the best", "you are the best" (not "you're the best at losing")
            guard q >= 2, !boundaryAt(s, q), !boundaryAt(s, q - 1), spelling(s, q - 1) == "the" else { return false }
            let subj = spelling(s, q - 2)
            let isYou = subj == "youre" || subj == "ur" || subj == "ure"
                || ((subj == "are" || subj == "r") && q >= 3 && !boundaryAt(s, q - 2) && youAt(q - 3))
            if !isYou { return false }
            if q + 1 >= n || boundaryAt(s, q + 1) || endsClause(s, q) { return true }
            let next = spelling(s, q + 1)
            return next == "and" || next == "ever" || next == "fr" || next == "lol" || next == "bro" || next == "man"
        }
        return false
    }

    /// "i'm a dumbass, i subbed twice", "im such a bastard lol": a crude insult noun said of
    /// oneself (a first-person copula before it) counts 0.4× — unless someone else is called
    /// a name in the same message ("i'm a moron but you're a bigger moron").
    func selfDeprecationRule(_ s: Scratch, _ p: Int) {
        var q = p - 1
        var first = false
        while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            let w = spelling(s, q)
            if w == "im" || (w == "am" || w == "was") && q >= 1 && spelling(s, q - 1) == "i" { first = true; break }
            if c & (WordClass.det | WordClass.insAdj) != 0 || s.seqClasses2[q] & WordClass2.intens != 0
                || w == "such" || w == "the" || w == "biggest" || w == "a" || w == "an" || w == "lazy" || w == "dumb"
                || w == "stupid" || w == "forgetful" || w == "clumsy" { q -= 1; continue }
            return
        }
        if !first { return }
        if q >= 1 && s.seqClasses[q - 1] & WordClass.neg != 0 { return }
        for i in 0..<s.evCount where s.evKey[i] >= 500_000 && s.evKey[i] < 1_000_000 && s.evWeight[i] >= 0.2 { return }
        scaleEvidenceInside(s, p, p, 0.4, cats: 0b11, below: 0.7)
    }
}

// MARK: round 11 (blind11's false positives, by kind)

extension CompiledLexicon {
    static let r11FondAdj: Set<String> = ["big", "little", "lil", "silly", "adorable", "cute", "sweet", "lovable", "loveable",
                                          "beautiful", "precious", "goofy", "absolute"]
    /// Names that are fond when said straight to someone (`fondNameAt`); each also carries the
    /// banter class (BuiltinLexicon+Insults, "fond names").
    static let r11FondNames: Set<String> = ["goof", "goofs", "dork", "dorks", "goober", "goobers", "goofball", "goofballs", "dummy",
                                            "dummies", "gremlin", "gremlins", "nerd", "nerds", "doofus", "dingus", "nugget", "dweeb",
                                            "dweebs", "weirdo", "weirdos", "goblin", "goblins", "muppet", "muppets", "clown", "clowns",
                                            "numpty", "numpties"]
    /// Fond only with a laugh or a heart in the message ("you absolute muppet, that was hilarious",
    /// "@spindle you clown, i was about to say that 😭"): said flat ("you absolute muppet, how do
    /// you miss that") they are the insult the sets mostly label them.
    static let r11ScornNames: Set<String> = ["muppet", "muppets", "clown", "clowns", "numpty", "numpties"]
    static let r11Titles: Set<String> = ["certified", "resident", "local", "official", "professional"]
    static let r11LaughWords: Set<String> = ["lol", "lmao", "lmfao", "haha", "hahaha", "hilarious", "funniest", "funny", "rofl"]
    static let r11Degree: Set<String> = ["so", "too", "really", "very", "kinda", "soo", "sooo", "just", "actually", "literally"]
    static let r11Pretend: Set<String> = ["think", "thinks", "thought", "pretend", "pretending", "act", "acting", "acts", "believe"]

    /// A fond name said straight to someone: "you dork, that's the third wall", "shut up you goof",
    /// "you big dummy, the door was open", "@mika you gremlin, go to sleep" — "you" (an optional
    /// "big/little/silly") right before the name, the name ending its clause, and nothing else in the
    /// message that insults: no other insult noun, judgement or strong word ("you dork, you're
    /// worthless", "you nerd, go die" stay). "look at this dork", "certified goofball" are not said to anyone.
    func fondNameAt(_ s: Scratch, _ q: Int) -> Bool {
        let n = s.seqCount
        if q < 0 || q >= n || q >= 1 && boundaryAt(s, q) { return false }
        let laughing = s.laughs || s.hearts || (0..<n).contains(where: { spelled(s, $0, in: Self.r11LaughWords) })
        if spelled(s, q, in: Self.r11ScornNames) && !laughing { return false }
        var k = q - 1
        var adj = -1
        if k >= 0 && spelled(s, k, in: Self.r11FondAdj) {
            if k >= 1 && boundaryAt(s, k) { return false }
            adj = k
            k -= 1
        }
        // A title the chat gives a regular: "certified chalk goblin 🐸", "resident gym gremlin", "local cricket nerd"
        // (one word may come between); the scornful names need a laugh here too.
        // Not when a description follows: "certified goofball with a 3rd grade reading level".
        for t in max(0, q - 2)..<q where spelled(s, t, in: Self.r11Titles) && (t + 1 == q || !boundaryAt(s, q)) {
            let described = q + 1 < n && !boundaryAt(s, q + 1) && (isWord(s, q + 1, "with", "who", "that") || isWord(s, q + 1, "whose", "than"))
            return !described && !otherInsultInMessage(s, q, t + 1 < q ? t + 1 : adj)
        }
        // Opening the message, with a laugh or a heart: "absolute muppet, you walked into the spikes 🤣",
        // "dummy you put the needle in backwards again 😭". Said flat ("dork, nobody asked") it stays, and so
        // does a name for someone else ("goblin-looking cosplayer thinks she's an elf princess lmfao").
        if k < 0 {
            return laughing && fondNameEndsItsClause(s, q) && !otherInsultInMessage(s, q, adj)
                && !(0..<n).contains(where: { s.seqClasses[$0] & WordClass.person3 != 0 })
        }
        // "you're such a dork", "ur a total goof", "you are such a weirdo": the name as what you are.
        var copular = false
        if k >= 1 && !boundaryAt(s, k) && (isWord(s, k, "a") || isWord(s, k, "an")) {
            var j = k - 1
            if j >= 1 && !boundaryAt(s, j + 1) && (isWord(s, j, "such") || isWord(s, j, "total") || isWord(s, j, "real")) { j -= 1 }
            if j >= 0 && (isWord(s, j, "youre") || isWord(s, j, "ur") || isWord(s, j, "are") && j >= 1 && !boundaryAt(s, j)
                && (isWord(s, j - 1, "you") || isWord(s, j - 1, "u"))) {
                copular = true
                k = isWord(s, j, "are") ? j - 1 : j
            }
        }
        let c = s.seqClasses[k]
        if !copular {
            if c & WordClass.second == 0 || c & (WordClass.reflexive | WordClass.possessive) != 0 { return false }
            let you = spelling(s, k)
            if you == "your" || you == "yer" || you == "yor" || you == "ur" { return false }
        }
        // With a laugh, what follows may run on: "you dummy the bus depot has no exit 😂"
        // (not into a description: "you goober with no brain 😂").
        let runsOn = laughing && !(q + 1 < n && isWord(s, q + 1, "with"))
        return (runsOn || fondNameEndsItsClause(s, q)) && !otherInsultInMessage(s, q, adj)
    }

    /// The name ends its clause, or a new clause starts right after it: "@rob you dork that was the wrong sheet".
    /// "u goober you just pulled the same card twice": a clause to the same person starts after it.
    private func fondNameEndsItsClause(_ s: Scratch, _ q: Int) -> Bool {
        endsClause(s, q) || q + 1 < s.seqCount && (isWord(s, q + 1, "that") || isWord(s, q + 1, "who") || isWord(s, q + 1, "for")
            || isWord(s, q + 1, "lol") || isWord(s, q + 1, "lmao") || isWord(s, q + 1, "you", "u")
            // "you're a goober and i'm proud of you": the speaker's own clause follows
            || isWord(s, q + 1, "and") && q + 2 < s.seqCount && s.seqClasses[q + 2] & WordClass.first != 0)
    }

    /// Anything else in the message that insults (besides the name at `q` and its adjective at `adj`): another
    /// insult noun, judgement or strong word ("you dork, you're worthless", "you nerd, go die").
    private func otherInsultInMessage(_ s: Scratch, _ q: Int, _ adj: Int) -> Bool {
        for r in 0..<s.seqCount where r != q && r != adj {
            if s.seqClasses2[r] & WordClass2.banter != 0 { continue }   // affection, or another fond name
            // a past verb after "you" is what they did: "you dingus, you spoiled the ending 😂"
            if r > 0 && isWord(s, r - 1, "you", "u") && spelling(s, r).hasSuffix("ed") { continue }
            if insultNounAt(s, r) || s.seqClasses[r] & WordClass.insAdj != 0 || s.seqClasses2[r] & WordClass2.negJ != 0 { return true }
            let w = Int(s.tokens[Int(s.seq[r])].word)
            if w >= 0 && vocab.flags[w] & TermFlag.scored != 0 && vocab.weight[w] >= 0.3 { return true }
        }
        return false
    }

    /// The fond name itself counts a quarter when said in that frame (its aimed evidence, halved
    /// again after the banter guard): "you goober, you forgot to save again" is teasing.
    func fondNameRule(_ s: Scratch, _ p: Int) {
        if spelled(s, p, in: Self.r11FondNames) && fondNameAt(s, p) { scaleEvidenceInside(s, p, p, 0.5, cats: 0b11) }
    }

    /// Self-owning: "clown behaviour from me tonight", "idiot moment by me", "bot behavior on my part" —
    /// said of oneself, with nobody addressed ("clown behaviour from you" stays).
    func selfOwnedAt(_ s: Scratch, _ q: Int) -> Bool {
        let n = s.seqCount
        guard q + 2 < n, !boundaryAt(s, q + 1), !boundaryAt(s, q + 2) else { return false }
        let a = spelling(s, q + 1), b = spelling(s, q + 2)
        let mine = (a == "from" || a == "by") && (b == "me" || b == "us" || b == "myself") || a == "on" && b == "my"
        return mine && !secondPersonInMessage(s)
    }

    /// A warm verdict said to someone, ending its clause: "you're cute", "you're lucky you're cute",
    /// "ur so sweet", "you are too precious" — not "you think you're cute" (mockery).
    func warmVerdictAt(_ s: Scratch, _ q: Int) -> Bool {
        if q < 1 || boundaryAt(s, q) || !endsClause(s, q) { return false }
        var k = q - 1
        if spelled(s, k, in: Self.r11Degree) {
            if k < 1 || boundaryAt(s, k) { return false }
            k -= 1
        }
        let sub = spelling(s, k)
        var subject = -1
        if sub == "youre" || sub == "ure" { subject = k }
        else if (sub == "are" || sub == "r") && k >= 1 && !boundaryAt(s, k) {
            let c = s.seqClasses[k - 1]
            if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 { subject = k - 1 }
        }
        if subject < 0 { return false }
        return !(subject >= 1 && !boundaryAt(s, subject) && spelled(s, subject - 1, in: Self.r11Pretend))
    }

    /// "chat we're all clowns here", "we were such bozos that round": the speaker is among those
    /// named (a "we" subject before the name in its clause, before any "you"). "were" reads as
    /// "we're" only opening its clause or after a vocative ("chat", "guys") or an interjection.
    func weSubjectBefore(_ s: Scratch, _ p: Int) -> Bool {
        var k = p - 1
        while k >= 0 && k >= p - 6 && !boundaryAt(s, k + 1) {
            let c = s.seqClasses[k]
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 { return false }
            let id = s.tokens[Int(s.seq[k])].word
            if id < 0 || !(weWords.contains(id) || c & WordClass.first != 0) { k -= 1; continue }   // word ids first, spellings after
            switch spelling(s, k) {
            case "we", "weve", "us": return true
            case "were":
                if k == 0 || boundaryAt(s, k) { return true }
                return s.seqClasses2[k - 1] & WordClass2.subj != 0 || s.seqClasses[k - 1] & WordClass.interj != 0
            default: break
            }
            k -= 1
        }
        return false
    }

    static let r11HyperAdj: Set<String> = ["ugly", "dumb", "stupid", "dense", "thick", "clueless", "braindead", "pathetic", "cringe",
                                           "cringy", "cringey", "delusional", "talentless", "insufferable", "obnoxious", "unwatchable"]

    /// A subject-less hyperbole about a person: "so ugly the webcam cracked", "so dumb even the bots
    /// feel smart", "so cringe my screen turned off" — "so" + a judgement opening its clause, then a
    /// clause of its own (an article, a pronoun, "even"). "this skin is so ugly the devs should fix it"
    /// has a subject; "so ugly lol" has no second clause.
    func soHyperboleRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p >= 1, p + 1 < n, !boundaryAt(s, p), !boundaryAt(s, p + 1) else { return }
        let so = spelling(s, p - 1)
        if so != "so" && so != "soo" && so != "sooo" { return }
        let q = p - 1
        if q > 0 && !boundaryAt(s, q) {
            // only an interjection or a vocative may come before ("lmao so ugly the …", "bro so dumb …")
            if q > 1 && !boundaryAt(s, q - 1) { return }
            if s.seqClasses[q - 1] & WordClass.interj == 0 && s.seqClasses2[q - 1] & WordClass2.subj == 0 { return }
        }
        if !spelled(s, p, in: Self.r11HyperAdj) { return }
        if s.tokens[Int(s.seq[p + 1])].flags & TokenFlag.punctBefore != 0 { return }
        let c = s.seqClasses[p + 1]
        if c & (WordClass.det | WordClass.third | WordClass.first | WordClass.possessive) == 0 && spelling(s, p + 1) != "even" { return }
        var w = 0.62
        if hasBanter(s) { w *= 0.5 }
        span(s, 88_100_000 + Int64(p), w, 1, q, p + 1)
    }
}
