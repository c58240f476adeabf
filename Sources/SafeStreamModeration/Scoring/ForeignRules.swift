/// Context rules of the foreign domain (Spanish, French, German, Portuguese),
/// over `WordClass2` roles (bits 40–59) declared below and assigned in
/// Lexicon/BuiltinLexicon+Foreign.swift. Each rule reads a kind, not a phrase:
///  - a swear used as an insult prefix: "ostie de cave", "maudit cave", "huere Siech", "sale chien";
///  - a word that is an insult only in one variant, said to someone: "t'es un épais", "du Koffer", "sos un forro";
///  - stalking by routine: "ya sé en qué colegio estudias", "on sait à quelle heure tu finis",
///    "ich weiß, welchen Bus du nimmst", "sei a que horas você sai";
///  - a veiled threat as a pity: "sería una pena que le pasara algo", "wär schade, wenn dir was zustößt";
///  - leaking photos or an address: "vou vazar suas fotos", "o le paso tus capturas a todos";
///  - family rejection without "you": "tes parents doivent le regretter";
///  - "not even your mother …": "nem a tua mãe te aguenta", "ni tu madre te quiere";
///  - an insult noun with a postposed adjective: "indio patético", "rata asquerosa", "chien galeux".
extension CompiledLexicon {
    func foreignRules(_ s: Scratch, _ p: Int, _ c2: UInt64) {
        let c3 = s.seqClasses3[p]
        if c3 & WordClass3.fForeignStart3 != 0 {
            if c3 & WordClass3.fShut != 0 { fermeLaRule(s, p) }
            if c3 & WordClass3.fEndState != 0 { endUpRule(s, p) }
            if c3 & WordClass3.fDePerson != 0 { deNounRule(s, p) }
            if c3 & WordClass3.fCmpHead != 0 { silllyCompareRule(s, p) }
            if c3 & WordClass3.fFace != 0 { faceCamRule(s, p) }
        }
        if c2 & WordClass2.fForeignStart == 0 { return }
        if c2 & WordClass2.fSwear != 0 { swearCompoundRule(s, p) }
        if c2 & WordClass2.fNoun != 0 { ambiguousNounRule(s, p) }
        if c2 & WordClass2.fKnow != 0 { knowRoutineRule(s, p) }
        if c2 & WordClass2.fPity != 0 { pityRule(s, p) }
        if c2 & (WordClass2.fLeak | WordClass2.fLeakWeak) != 0 { leakRule(s, p, strong: c2 & WordClass2.fLeak != 0) }
        if c2 & WordClass2.fPoss2 != 0 { possKinRule(s, p) }
        if c2 & WordClass2.fEven != 0 { evenKinRule(s, p) }
        if c2 & WordClass2.fPostAdj != 0 { postAdjRule(s, p) }
        if c2 & WordClass2.fFind != 0 { findWhereRule(s, p) }
        if c2 & WordClass2.fBlow != 0 { blowRule(s, p) }
    }

    /// "ferme-la", "ferme la, connard", "ferme-la toi": shut it, when "la" ends its clause. "ferme la
    /// porte", "ferme la map" close things; "je ferme la boutique", "ferme pas la" and "ferme-la mdr"
    /// (laughter: a friend) do not count.
    private func fermeLaRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p + 1 >= n || boundaryAt(s, p + 1) { return }
        let w = Int(s.tokens[Int(s.seq[p + 1])].word)
        if w < 0 || vocab.spelling(w) != "la" || !endsClause(s, p + 1) { return }
        if p + 2 < n && !boundaryAt(s, p + 2) && s.tokens[Int(s.seq[p + 2])].flags & TokenFlag.punctBefore == 0
            && s.seqClasses[p + 2] & WordClass.interj != 0 { return }
        if fSelfOrNeg(s, p, 3) || gameClause(s, p) { return }
        span(s, 95_000_000 + Int64(p), 0.65, 4, p, p + 1)
    }

    /// "you'll end up hanged / in hospital / under ground", said to you: "vas a terminar colgado de un
    /// árbol", "tu vas finir à l'hôpital", "du endest noch am Strick", "você vai acabar no caixão",
    /// "finirai in ospedale". Needs an end-up verb (terminar, finir, landen, acabar) and "you" (te, tu,
    /// du, vas, or the verb inflected for you) before the end state in its clause; not after a
    /// negation, a first- or third-person subject, in game talk or under a condition ("si sigues
    /// comiendo así vas a terminar en el hospital" is a worry); "muerto de risa" is laughter.
    private func endUpRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var land = false, you = false
        var q = p - 1
        while q >= 0 && q >= p - 7 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q], c3 = s.seqClasses3[q]
            let w = spelling(s, q)
            // Portuguese "no" and German "im" are "in the" ("acabar no hospital", "im Krankenhaus").
            if c & (WordClass.neg | WordClass.first | WordClass.person3) != 0 && c & WordClass.secondPre == 0
                && !((w == "no" || w == "im") && q >= p - 2) { return }
            if c3 & WordClass3.fEndUp != 0 {
                // "terminar el nivel": the verb has its own object, it finishes something.
                if q + 1 < p, ["el", "la", "los", "las", "le", "les", "lo", "den", "das", "die", "il", "o", "os", "as"]
                    .contains(spelling(s, q + 1)) { return }
                land = true
            }
            if c3 & WordClass3.fEndUp2 != 0 || w == "vai" || w == "vais" { you = true }
            if c & (WordClass.second | WordClass.secondVerb | WordClass.secondPre) != 0 && c & WordClass.possessive == 0 { you = true }
            q -= 1
        }
        // German puts the verb last: "du wirst im Krankenhaus landen".
        var r = p + 1
        while !land && r < n && r <= p + 2 && !boundaryAt(s, r) {
            if s.seqClasses3[r] & WordClass3.fEndUp != 0 { land = true }
            r += 1
        }
        if !land || !you || gameClause(s, p) { return }
        let word = vocab.spelling(Int(s.tokens[Int(s.seq[p])].word))
        if p + 1 < n && !boundaryAt(s, p + 1) && (word.hasPrefix("muert") || word.hasPrefix("mort") || word == "tot" || word == "dood") {
            let next = Int(s.tokens[Int(s.seq[p + 1])].word)
            if next >= 0 && ["de", "di", "vor", "van"].contains(vocab.spelling(next)) { return }   // "muerto de risa", "mort de fatigue"
        }
        var cond = false
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        var b = a
        while b < n && (b == a || !boundaryAt(s, b)) {
            let w = Int(s.tokens[Int(s.seq[b])].word)
            if w >= 0 && ["si", "if", "wenn", "falls", "se", "als"].contains(vocab.spelling(w)) { cond = true }
            b += 1
        }
        // Under a condition it may be a worry ("si sigues comiendo así vas a terminar en el hospital"): 0.45
        // stacks only with a dare ("si sigues hablando …") or another threat.
        span(s, 96_000_000 + Int64(p), cond ? 0.45 : 0.75, 3, max(0, q + 1), p)
    }

    /// An insult noun then "de" and a person: "enculé de modo", "connard d'arbitre", "pendejo de streamer",
    /// "Idiot von Schiri": a vocative aimed at that person (also when the message goes on about a ban).
    private func deNounRule(_ s: Scratch, _ p: Int) {
        if p < 2 || boundaryAt(s, p) || boundaryAt(s, p - 1) { return }
        let d = Int(s.tokens[Int(s.seq[p - 1])].word)
        if d < 0 || !["de", "d", "du", "von", "da", "do", "di"].contains(vocab.spelling(d)) { return }
        let noun = p - 2
        let w = Int(s.tokens[Int(s.seq[noun])].word)
        if w < 0 || exempt(s, noun) || vocab.flags[w] & TermFlag.noun == 0 || vocab.weight[w] + vocab.targetWeight[w] < 0.6 { return }
        if fSelfOrNeg(s, noun, 3) { return }
        span(s, 97_000_000 + Int64(p), 0.75, 1, noun, p)
    }

    /// Playing like, or as smart as, a silly thing: "juegas como si tuvieras las manos de manteca", "tu joues
    /// comme ma grand-mère sans lunettes", "du spielst wie ein Kühlschrank mit WLAN", "joga igual uma tartaruga
    /// com sono", "eres tan útil como un cenicero en una moto", "tão inteligente quanto uma porta". The head
    /// is a play verb inflected for you or a praise adjective after "tan/aussi/so/tão"; then a like-word and
    /// a silly noun (grandma, turtle, fridge, potato, door). Not "juego como una tortuga hoy jaja" (me), not
    /// after a negation, not a game thing compared ("el boss es tan listo como una piedra").
    private func silllyCompareRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let head = vocab.spelling(Int(s.tokens[Int(s.seq[p])].word))
        let play = head.hasPrefix("jueg") || head.hasPrefix("jug") || head.hasPrefix("jou") || head.hasPrefix("spiel")
            || head.hasPrefix("jog") || head.hasPrefix("gioc") || head.hasPrefix("speel")
        if !play {
            if p == 0 || boundaryAt(s, p) { return }
            if s.seqClasses3[p - 1] & WordClass3.fInt == 0 { return }
        }
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.first | WordClass.neg | WordClass.gameThing) != 0 && c & WordClass.secondPre == 0 { return }
            q -= 1
        }
        var like = -1
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) && like < 0 {
            if s.seqClasses3[r] & WordClass3.fThat != 0 { like = r }
            r += 1
        }
        if like < 0 { return }
        var k = like + 1
        while k < n && k <= like + 6 && !boundaryAt(s, k) {
            if s.seqClasses3[k] & WordClass3.fSilly != 0 {
                span(s, 98_000_000 + Int64(p), 0.6, 1, p, k)
                return
            }
            k += 1
        }
    }

    /// "con esa cara deberías streamear con la cámara apagada", "avec ta tête, la webcam devrait être
    /// interdite", "com essa cara era melhor fazer live só de áudio", "mit deinem Hirn könnte man nicht mal
    /// einen Toaster betreiben", "so hässlich, dass sogar die Webcam wegschauen will": your face or brain
    /// weighed against a camera, a mirror or a device. "con esa cara de felicidad" describes; "avec ta tête
    /// tu devrais faire médecine" (no camera) praises; "mi cara" is mine.
    private func faceCamRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let word = vocab.spelling(Int(s.tokens[Int(s.seq[p])].word))
        let ugly = ["hasslich", "feo", "fea", "moche", "laid", "laide", "feio", "feia", "brutto", "brutta", "lelijk"].contains(word)
        var from = p + 1
        if ugly {
            // "so hässlich, dass …", "tan feo que …": a consequence clause; not with a subject that is me or a thing.
            if p == 0 || boundaryAt(s, p) { return }
            if s.seqClasses3[p - 1] & WordClass3.fInt == 0 { return }
            var q = p - 2
            while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
                if s.seqClasses[q] & (WordClass.first | WordClass.neg | WordClass.gameThing | WordClass.third) != 0
                    && s.seqClasses[q] & WordClass.person3 == 0 { return }
                q -= 1
            }
            var r = p + 1
            var that = -1
            while r < n && r <= p + 2 && !boundaryAt(s, r) {
                if s.seqClasses3[r] & WordClass3.fThat != 0 { that = r; break }
                r += 1
            }
            if that < 0 { return }
            from = that + 1
        } else {
            if p < 2 || boundaryAt(s, p) || boundaryAt(s, p - 1) { return }
            let c1 = s.seqClasses[p - 1]
            if c1 & WordClass.first != 0 { return }
            if c1 & (WordClass.possessive | WordClass.second) == 0 && s.seqClasses3[p - 1] & WordClass3.fDem == 0 { return }
            let ww = Int(s.tokens[Int(s.seq[p - 2])].word)
            if ww < 0 || !["con", "avec", "mit", "com", "col", "met", "bei"].contains(vocab.spelling(ww)) { return }
            if p + 1 < n && !boundaryAt(s, p + 1) {
                let nx = Int(s.tokens[Int(s.seq[p + 1])].word)
                if nx >= 0 && ["de", "d", "du", "da", "di", "van"].contains(vocab.spelling(nx)) { return }   // "con esa cara de felicidad"
            }
        }
        var k = from
        var pause = false
        while k < n && k <= p + 14 && !boundaryAt(s, k) {
            if s.tokens[Int(s.seq[k])].flags & TokenFlag.punctBefore != 0 { pause = true }
            if s.seqClasses3[k] & WordClass3.fCam != 0 {
                // "mit deinem Gesicht in der Kamera", "tu cara en la cámara": the face is literally in the camera.
                if !ugly && !pause && k - p <= 3 { return }
                if negationBefore(s, p, 3) { return }
                span(s, 99_000_000 + Int64(p), 0.65, 1, p, k)
                return
            }
            k += 1
        }
    }

    /// "jsp où t'habites mais je vais trouver", "voy a averiguar dónde vives", "ich finde raus, wo du
    /// wohnst", "vou descobrir onde você mora": finding out where you live, said by me or us (a future or
    /// a first person before the verb). The verb must have no other object ("je vais trouver un cadeau
    /// pour toi" is shopping). 0.6 for where you live, 0.45 for "your address" (a parcel is possible).
    private func findWhereRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if negationBefore(s, p, 3) { return }
        var me = false
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.first | WordClass.future) != 0 && c & WordClass.neg == 0 { me = true }
            if c & (WordClass.second | WordClass.person3) != 0 && c & (WordClass.secondPre | WordClass.first) == 0 { return }
            q -= 1
        }
        if !me { return }
        // What follows the verb: nothing (the clause ends), where you live, or your address.
        var place = -1
        var nextIsWhere = false
        if p + 1 < n && !boundaryAt(s, p + 1) {
            let c = s.seqClasses[p + 1]
            if c & WordClass.whereW != 0 { nextIsWhere = true }
            else if c & WordClass.possessive != 0 && p + 2 < n && !boundaryAt(s, p + 2) && s.seqClasses[p + 2] & WordClass.place != 0 { place = p + 2 }
            else if s.seqClasses2[p + 1] & WordClass2.fFind == 0 && !endsClause(s, p)
                        && s.tokens[Int(s.seq[p + 1])].flags & TokenFlag.punctBefore == 0 { return }
        }
        // Where you live, anywhere in the sentence: "où t'habites", "dónde vives", "wo du wohnst".
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        var k = a
        var live = -1
        while k + 1 < n && (k == a || !boundaryAt(s, k)) && live < 0 {
            if s.seqClasses[k] & WordClass.whereW != 0 && !boundaryAt(s, k + 1) {
                let c1 = s.seqClasses[k + 1]
                if c1 & WordClass.liveV != 0 { live = k + 1 }
                else if c1 & (WordClass.second | WordClass.secondPre) != 0 && k + 2 < n && !boundaryAt(s, k + 2)
                            && s.seqClasses[k + 2] & WordClass.liveV != 0 { live = k + 2 }
            }
            k += 1
        }
        if live >= 0 && (nextIsWhere || place < 0) {
            span(s, 47_000_000 + Int64(p), 0.6, 3, min(p, live), max(p, live))
        } else if place >= 0 {
            span(s, 47_000_000 + Int64(p), 0.45, 3, p, place)
        }
    }

    /// A blow named by a noun, given to you: "j'te mettrais bien une patate", "te meto una hostia",
    /// "ich hau dir ne Schelle", "vou te dar um murro", "ti do uno schiaffo". The noun needs an
    /// article right before it ("te lo juro, hostia" is an exclamation) and "you" as object a few
    /// words before; not after a negation or a third-person subject ("ce jeu te met une claque"), not in game talk.
    private func blowRule(_ s: Scratch, _ p: Int) {
        if p < 2 || boundaryAt(s, p) { return }
        let art = s.seqClasses[p - 1] & WordClass.det != 0
        if !art {
            let w = Int(s.tokens[Int(s.seq[p - 1])].word)
            if w < 0 || vocab.spelling(w) != "ne" { return }
        }
        var you = -1
        var q = p - 2
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q]
            if c & (WordClass.secondPre | WordClass.second) != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 { you = q; break }
            q -= 1
        }
        if you < 0 || negationBefore(s, p - 1, 6) || blockedSubject(s, you) || gameClause(s, p) { return }
        // Said by me ("je vais t'en…", "ich hau dir…", "vou te dar…") or opening the clause ("te meto una…");
        // "ce jeu te met une claque" is a thing hitting hard.
        var byMe = true
        var k = you - 1
        while k >= 0 && k >= you - 4 && !boundaryAt(s, k + 1) && s.tokens[Int(s.seq[k + 1])].flags & TokenFlag.punctBefore == 0 {
            let c = s.seqClasses[k]
            if c & (WordClass.first | WordClass.future | WordClass.should) != 0 { byMe = true; break }
            if c & WordClass.interj == 0 { byMe = false }
            k -= 1
        }
        if !byMe { return }
        span(s, 48_000_000 + Int64(p), 0.75, 3, you, p)
    }

    /// "pass gut auf deine Kinder auf, wenn sie zur Schule gehen", "cuida a tus hijos a la salida del
    /// colegio", "fais attention à tes enfants quand ils sortent de l'école": a caution about your
    /// family with their school. Reads like advice without the school ("cuida a tus hijos del sol").
    private func kinSchoolRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var caution = false
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & WordClass.neg != 0 { return }
            if s.seqClasses2[q] & WordClass2.fCaution != 0 { caution = true }
            q -= 1
        }
        if !caution { return }
        var r = p + 2
        while r < n && r <= p + 12 && !boundaryAt(s, r) {
            if s.seqClasses2[r] & WordClass2.fSchool != 0 {
                span(s, 49_000_000 + Int64(p), 0.5, 3, p, r)
                return
            }
            r += 1
        }
    }

    /// An insult noun: the insNoun class, an ambiguous foreign noun, or a scored noun that insults when aimed.
    func fInsultNoun(_ s: Scratch, _ r: Int) -> Bool {
        if exempt(s, r) { return false }
        if s.seqClasses[r] & WordClass.insNoun != 0 || s.seqClasses2[r] & WordClass2.fNoun != 0 { return true }
        let w = Int(s.tokens[Int(s.seq[r])].word)
        return w >= 0 && vocab.flags[w] & TermFlag.noun != 0 && vocab.targetWeight[w] >= 0.45
    }

    /// A first-person subject or a negation in the few words before `p` (same clause).
    private func fSelfOrNeg(_ s: Scratch, _ p: Int, _ window: Int) -> Bool {
        var q = p - 1
        while q >= 0 && q >= p - window && !boundaryAt(s, q + 1) {
            if s.seqClasses[q] & (WordClass.first | WordClass.neg) != 0 { return true }
            q -= 1
        }
        return false
    }

    @inline(__always)
    private func fPunctBefore(_ s: Scratch, _ p: Int) -> Bool {
        p == 0 || boundaryAt(s, p) || s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore != 0
    }

    /// "ostie de cave", "crisse de tabarnak de con", "maudit cave", "du huere Siech", "sale chien", "grande idiota".
    private func swearCompoundRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            if fInsultNoun(s, r) {
                if fSelfOrNeg(s, p, 4) { return }
                if r + 1 < n && !boundaryAt(s, r + 1) && s.seqClasses[r + 1] & WordClass.gameThing != 0 { return }
                span(s, 40_000_000 + Int64(p), 0.7, 1, p, r)
                return
            }
            if s.seqClasses[r] & WordClass.det == 0 && s.seqClasses2[r] & WordClass2.fSwear == 0 { return }
            r += 1
        }
    }

    /// A noun that insults only in one language or variant ("cave", "épais", "Koffer", "Siech", "forro"),
    /// said to someone: "t'es juste un gros épais", "du Koffer", "sos un forro". Not owned ("ton cave",
    /// "dein Koffer"), not asked about ("hast du den Koffer?": an article that is not a det stops it).
    private func ambiguousNounRule(_ s: Scratch, _ p: Int) {
        var q = p - 1
        var hops = 0
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            let c = s.seqClasses[q], c2 = s.seqClasses2[q]
            if c & (WordClass.first | WordClass.neg) != 0 { return }
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 {
                if c & WordClass.possessive != 0 && hops == 0 { return }   // "tu forro", "ton cave": a thing
                span(s, 41_000_000 + Int64(p), 0.6, 1, q, p)
                return
            }
            if c & WordClass.secondVerb != 0 || c2 & WordClass2.fSwear != 0 {
                span(s, 41_000_000 + Int64(p), 0.6, 1, q, p)
                return
            }
            if c & (WordClass.det | WordClass.copula | WordClass.insAdj | WordClass.interj) == 0 { return }
            hops += 1
            q -= 1
        }
    }

    /// Stalking by routine: "ya sé en qué colegio estudias", "on sait à quelle heure tu finis le taf",
    /// "ich weiß, welchen Bus du nach der Schule nimmst", "sei a que horas você sai". 0.55 with a
    /// routine word (school, bus, hour), 0.45 with only "when/where" (stacks with "cuídate", "fais gaffe").
    private func knowRoutineRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let word = s.tokens[Int(s.seq[p])].word
        // "se" is mostly a reflexive: only "ya sé", "yo sé" or "sé …" opening the sentence count.
        if reflexiveWords.contains(word) {
            if p > 0 && !boundaryAt(s, p) && s.seqClasses[p - 1] & (WordClass.first | WordClass.second) == 0 { return }
        } else if p > 0 && !boundaryAt(s, p) {
            let c = s.seqClasses[p - 1]
            // "tu sais à quelle heure…?" asks; "il sait…" is about someone else ("ya sabemos" is Spanish "already").
            if c & (WordClass.second | WordClass.person3) != 0 && c & WordClass.first == 0
                && spelling(s, p - 1) != "ya" { return }
        }
        if fSelfOrNeg(s, p, 2) && s.seqClasses[max(0, p - 1)] & WordClass.neg != 0 { return }
        // "je sais pas où t'habites", "ich weiß nicht, wo du wohnst": not knowing.
        if p + 1 < n && !boundaryAt(s, p + 1) && s.seqClasses[p + 1] & WordClass.neg != 0 { return }
        var routine = false, which = -1
        var r = p + 1
        while r < n && r <= p + 3 && !boundaryAt(s, r) {
            let c2 = s.seqClasses2[r]
            if c2 & WordClass2.fWhich != 0 && r + 1 < n && !boundaryAt(s, r + 1) && s.seqClasses2[r + 1] & WordClass2.fRoutine != 0 {
                routine = true; which = r + 1; break
            }
            if s.seqClasses[r] & WordClass.whereW != 0 { which = r; break }
            r += 1
        }
        if which < 0 { return }
        var k = which + 1
        var hit = -1
        while k < n && k <= which + 5 && !boundaryAt(s, k) {
            let c = s.seqClasses[k]
            if (c & (WordClass.second | WordClass.secondVerb) != 0 && c & WordClass.reflexive == 0)
                || s.seqClasses2[k] & WordClass2.fVerb2 != 0 { hit = k; break }
            // "à quelle heure ta fille sort de l'école": your family as the subject.
            if c & WordClass.possessive != 0 && k + 1 < n && !boundaryAt(s, k + 1) && s.seqClasses[k + 1] & WordClass.kin != 0 { hit = k; break }
            k += 1
        }
        if hit < 0 { return }
        // "je sais à quelle heure tu lances le live": a fan, not a stalker.
        var a = p
        while a > 0 && !boundaryAt(s, a) { a -= 1 }
        var b = a
        while b < n && (b == a || !boundaryAt(s, b)) {
            if s.seqClasses2[b] & WordClass2.fStream != 0 { return }
            b += 1
        }
        // "on sait où tu habites", "ya sabemos dónde vives": the classic threat. A routine known by
        // "we" ("on sait à quelle heure tu finis") is one too; by "I" it may be a friend
        // ("je sais à quelle heure tu finis, je t'attends au café"): it needs a caution to count.
        let next = hit + 1 < n && !boundaryAt(s, hit + 1) ? s.seqClasses[hit + 1] : 0
        // "sé en qué colonia vives", "je sais dans quelle rue tu habites": a place and "you live" is where you live.
        var lives = !routine && (s.seqClasses[hit] | next) & WordClass.liveV != 0
        if routine {
            // A place plus a verb of dwelling ("en qué colonia vives", "dans quelle rue tu habites", "em que bairro
            // você mora"); "en qué colegio estudias" is a routine, not a home.
            let v = s.seqClasses[hit] & WordClass.second != 0 && hit + 1 < n && !boundaryAt(s, hit + 1) ? hit + 1 : hit
            let vw = Int(s.tokens[Int(s.seq[v])].word)
            lives = vw >= 0 && ["vives", "vivis", "habites", "habitez", "habitas", "wohnst", "lebst", "moras", "mora", "vivi", "abiti", "woont"].contains(vocab.spelling(vw))
        }
        // "sé en qué colegio estudia tu hermana", "ich weiß, wann deine Tochter aus der Schule kommt": your
        // family's routine (a school or a routine word in the sentence) is the threat to your family.
        if !lives && s.seqClasses[hit] & WordClass.possessive != 0 && hit + 1 < n && !boundaryAt(s, hit + 1)
            && s.seqClasses[hit + 1] & WordClass.kin != 0 {
            var school = routine
            var e = a
            while !school && e < n && (e == a || !boundaryAt(s, e)) {
                if s.seqClasses2[e] & (WordClass2.fSchool | WordClass2.fRoutine) != 0 { school = true }
                e += 1
            }
            if school { span(s, 42_000_000 + Int64(p), 0.6, 3, p, hit + 1); return }
        }
        let verb = vocab.spelling(Int(word))
        let we = (p > 0 && !boundaryAt(s, p) && weWords.contains(s.tokens[Int(s.seq[p - 1])].word))
            || verb.hasSuffix("mos") || verb.hasSuffix("ons") || verb.hasSuffix("en")
        span(s, 42_000_000 + Int64(p), lives ? 0.75 : routine && we ? 0.55 : 0.45, 3, p, hit)
    }

    /// A veiled threat phrased as a pity: "sería una pena que le pasara algo", "ce serait dommage
    /// qu'il arrive quelque chose à ton chat", "wär schade, wenn dir was zustößt", "seria uma pena
    /// se alguém descobrisse onde você trabalha". Needs the conditional and something/someone/you.
    private func pityRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var condl = false
        var q = p - 1
        while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
            if s.seqClasses2[q] & WordClass2.fCondl != 0 { condl = true }
            q -= 1
        }
        if !condl { return }
        var happen = -1, someone = false
        var r = p + 1
        while r < n && r <= p + 12 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if s.seqClasses2[r] & WordClass2.fHappen != 0 && happen < 0 { happen = r }
            // "algo", "quelque chose", "was", "alguém": not "te pasara lo mismo que a mí"
            if s.seqClasses2[r] & WordClass2.fSomething != 0 { someone = true }
            _ = c
            r += 1
        }
        if happen < 0 || !someone || gameClause(s, p) { return }
        span(s, 43_000_000 + Int64(p), 0.75, 3, max(0, q + 1), happen)
    }

    /// Leaking photos, screenshots or an address: "vou vazar suas fotos", "je vais balancer ton adresse";
    /// a plain send/post verb counts as an ultimatum only: "… o le paso tus capturas a todos tus seguidores".
    private func leakRule(_ s: Scratch, _ p: Int, strong: Bool) {
        let n = s.seqCount
        var obj = -1
        var r = p + 1
        while r < n && r <= p + 4 && !boundaryAt(s, r) {
            if s.seqClasses[r] & WordClass.possessive != 0 {
                var k = r + 1
                while k < n && k <= r + 2 && !boundaryAt(s, k) {
                    if s.seqClasses2[k] & WordClass2.fLeakObj != 0 { obj = k; break }
                    k += 1
                }
                break
            }
            r += 1
        }
        if obj < 0 || negationBefore(s, p, 3) || blockedSubject(s, p) { return }
        if !strong {
            var orElse = false
            var q = p - 1
            while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
                if s.seqClasses2[q] & WordClass2.fOrElse != 0 { orElse = true }
                q -= 1
            }
            var broadcast = false
            var k = obj + 1
            while k < n && k <= obj + 6 && !boundaryAt(s, k) {
                if s.seqClasses2[k] & WordClass2.fBroadcast != 0 { broadcast = true }
                k += 1
            }
            if !orElse || !broadcast { return }
        }
        span(s, 44_000_000 + Int64(p), 0.7, 3, p, obj)
    }

    /// Family rejection said about "your" family without "you" after it: "tes parents doivent le
    /// regretter chaque jour", "deine Eltern schämen sich", "tua mãe tem vergonha". Same key as the
    /// core kin rule, so the two never count twice.
    private func possKinRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        if p + 1 >= n || boundaryAt(s, p + 1) || s.seqClasses[p + 1] & WordClass.kin == 0 { return }
        kinSchoolRule(s, p)
        var r = p + 2
        while r < n && r <= p + 8 && !boundaryAt(s, r) {
            let c = s.seqClasses[r]
            if c & WordClass.neg != 0 { return }
            if c & (WordClass.reject | WordClass.hate) != 0 && !leaveWords.contains(s.tokens[Int(s.seq[r])].word) {
                var ok = endsClause(s, r)
                if !ok && r + 1 < n && !boundaryAt(s, r + 1) && s.seqClasses2[r + 1] & WordClass2.fObj != 0 { ok = true }
                if !ok && (s.seqClasses2[r - 1] & WordClass2.fObj != 0 || s.seqClasses2[max(p, r - 2)] & WordClass2.fObj != 0) { ok = true }
                var k = r + 1
                while !ok && k < n && k <= r + 4 && !boundaryAt(s, k) {
                    let ck = s.seqClasses[k]
                    if ck & (WordClass.second | WordClass.secondPre) != 0 && ck & WordClass.reflexive == 0 && ck & WordClass.possessive == 0 { ok = true }
                    k += 1
                }
                if ok { span(s, 12_000_000 + Int64(p), 0.7, 4, p, r) }
                return
            }
            r += 1
        }
    }

    /// "nem a tua mãe te aguenta", "ni tu madre te quiere", "même ta mère te supporte pas",
    /// "nicht mal deine Mutter mag dich".
    private func evenKinRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let kin = firstAfter(s, p, within: 3) { r in s.seqClasses[r] & WordClass.kin != 0 && s.seqClasses[r - 1] & WordClass.possessive != 0 }
        if kin < 0 { return }
        var you = false, verb = -1
        var k = kin + 1
        while k < n && k <= kin + 6 && !boundaryAt(s, k) {
            let c = s.seqClasses[k]
            if c & (WordClass.second | WordClass.secondPre) != 0 && c & (WordClass.reflexive | WordClass.possessive) == 0 { you = true }
            if c & (WordClass.affect | WordClass.hate) != 0 || (c & WordClass.reject != 0 && !leaveWords.contains(s.tokens[Int(s.seq[k])].word)) {
                verb = k
            }
            if you && verb >= 0 {
                // "nem a tua mãe te ama tanto quanto eu": a comparison with me is a compliment.
                var e = max(k, verb) + 1
                while e < n && !boundaryAt(s, e) {
                    if s.seqClasses[e] & WordClass.first != 0 || compareWords.contains(s.tokens[Int(s.seq[e])].word) { return }
                    e += 1
                }
                span(s, 45_000_000 + Int64(p), 0.8, 4, p, max(k, verb))
                return
            }
            k += 1
        }
    }

    /// An insult noun with a postposed adjective, said as a vocative or to someone:
    /// "indio patético", "rata asquerosa", "viado nojento", "chien galeux", "eres un payaso patético".
    private func postAdjRule(_ s: Scratch, _ p: Int) {
        if p == 0 || boundaryAt(s, p) || s.tokens[Int(s.seq[p])].flags & TokenFlag.punctBefore != 0 { return }
        let noun = p - 1
        if !fInsultNoun(s, noun) { return }
        var q = noun - 1
        // A vocative ends its clause ("rata asquerosa, vete"); "una rata asquerosa salió del sótano" is a rat.
        let ends = p + 1 >= s.seqCount || boundaryAt(s, p + 1) || s.tokens[Int(s.seq[p + 1])].flags & TokenFlag.punctBefore != 0
            || endsClause(s, p)
        var aimedAt = fPunctBefore(s, noun) && ends
        while !aimedAt && q >= 0 && q >= noun - 5 {
            let c = s.seqClasses[q]
            if c & (WordClass.first | WordClass.neg) != 0 { return }
            if c & WordClass.possessive != 0 && q == noun - 1 { return }    // "tu perro sarnoso": a pet
            if c & (WordClass.second | WordClass.secondVerb | WordClass.person3) != 0 && c & WordClass.reflexive == 0 { aimedAt = true; break }
            if c & (WordClass.det | WordClass.interj) == 0 { return }
            if fPunctBefore(s, q) { if !ends { return }; aimedAt = true; break }
            q -= 1
        }
        if !aimedAt && q < 0 && ends { aimedAt = true }
        if !aimedAt { return }
        span(s, 46_000_000 + Int64(p), 0.6, 1, noun, p)
    }
}

extension WordClass2 {
    static let fSwear: UInt64 = 1 << 40      // ostie, tabarnak, maudit, huere, pinche, sale … (+ de + noun)
    static let fNoun: UInt64 = 1 << 41       // cave, épais, Koffer, Siech, forro: insults only when aimed
    static let fKnow: UInt64 = 1 << 42       // sé, sais, weiß, sei, sabemos (first-person "know")
    static let fWhich: UInt64 = 1 << 43      // qué, quelle, welchen, que (before a routine word)
    static let fRoutine: UInt64 = 1 << 44    // colegio, bus, heure, Schule, escola, rua
    static let fVerb2: UInt64 = 1 << 45      // estudias, finis, nimmst, sais (verbs inflected for "you")
    static let fStream: UInt64 = 1 << 46     // stream, live, directo: a fan knows the schedule
    static let fPity: UInt64 = 1 << 47       // pena, lástima, dommage, schade
    static let fCondl: UInt64 = 1 << 48      // sería, serait, wär, seria
    static let fHappen: UInt64 = 1 << 49     // pasara, arrive, zustößt, acontecesse, descobrisse
    static let fSomething: UInt64 = 1 << 50  // algo, quelque, was, alguém
    static let fLeak: UInt64 = 1 << 51       // filtrar, vazar, balancer, leaken
    static let fLeakWeak: UInt64 = 1 << 52   // paso, mando, envoie, schicke (only as an ultimatum)
    static let fLeakObj: UInt64 = 1 << 53    // fotos, capturas, adresse, nudes, endereço
    static let fOrElse: UInt64 = 1 << 54     // o, ou, sonst, sinon, senão
    static let fBroadcast: UInt64 = 1 << 55  // todos, tout, alle, seguidores, discord, família
    static let fPoss2: UInt64 = 1 << 56      // tes, ta, tu, tus, deine, tua, sua (+ kin)
    static let fObj: UInt64 = 1 << 57        // le, lo, es, isso, chaque, cada (regret it, every day)
    static let fEven: UInt64 = 1 << 58       // ni, nem, même, mal, sogar (not even your mother …)
    static let fPostAdj: UInt64 = 1 << 59    // patético, asquerosa, nojento, galeux (after an insult noun)
    // Round 6 (bits 60–63):
    static let fFind: UInt64 = 1 << 60       // trouver, averiguar, rausfinden, descobrir (… where you live)
    static let fCaution: UInt64 = 1 << 61    // cuida, attention, gaffe, pass (auf), cuidado (… your kids)
    static let fSchool: UInt64 = 1 << 62     // colegio, école, Schule, escola, scuola, Kita
    static let fBlow: UInt64 = 1 << 63       // patate, baffe, hostia, Schelle, murro, schiaffo (a blow given to you)
    /// Classes that start a foreign rule (the others are only read by them).
    static let fForeignStart: UInt64 = fSwear | fNoun | fKnow | fPity | fLeak | fLeakWeak | fPoss2 | fEven | fPostAdj | fFind | fBlow

    static let foreignNames: [String: UInt64] = [
        "fswear": fSwear, "fnoun": fNoun, "fknow": fKnow, "fwhich": fWhich, "froutine": fRoutine,
        "fverb2": fVerb2, "fstream": fStream, "fpity": fPity, "fcondl": fCondl, "fhappen": fHappen,
        "fsomething": fSomething, "fleak": fLeak, "fleakweak": fLeakWeak, "fleakobj": fLeakObj,
        "forelse": fOrElse, "fbroadcast": fBroadcast, "fposs2": fPoss2, "fobj": fObj, "feven": fEven,
        "fpostadj": fPostAdj, "ffind": fFind, "fcaution": fCaution, "fschool": fSchool, "fblow": fBlow,
    ]
}

extension WordClass3 {
    /// This domain's roles on the third class word (bits 52–63); the rules read `s.seqClasses3[p]`.
    static let fShut: UInt64 = 1 << 52       // ferme, fermez (… "la" ending its clause: "ferme-la")
    static let fEndUp: UInt64 = 1 << 53      // terminar, acabar, finir, landen, enden, acabar, finire (… you end up)
    static let fEndUp2: UInt64 = 1 << 54     // terminarás, finiras, endest, landest, finirai (inflected for you)
    static let fEndState: UInt64 = 1 << 55   // colgado, pendu, Strick, enforcado, hospital, Sarg, caixão (where you end up)
    /// Third-word classes that start a foreign rule.
    // Round 8:
    static let fDePerson: UInt64 = 1 << 56   // modo, streamer, arbitre, Schiri (after "insult de …": "enculé de modo")
    static let fCmpHead: UInt64 = 1 << 57    // juegas, joues, spielst, joga; útil, inteligente, schlau (… como/wie a silly thing)
    static let fSilly: UInt64 = 1 << 58      // abuela, grand-mère, tortuga, Kühlschrank, porta, cenicero, manteca (a silly comparison)
    static let fFace: UInt64 = 1 << 59       // cara, tête, gueule, Gesicht, Hirn, cerebro; hässlich, feo, moche (… vs a camera)
    static let fCam: UInt64 = 1 << 60        // cámara, webcam, Kamera, áudio, espejo, miroir, Toaster (what a face or brain is weighed against)
    static let fDem: UInt64 = 1 << 61        // esa, ese, cette, dem, essa (… cara: "con esa cara")
    static let fThat: UInt64 = 1 << 62       // como, comme, wie, igual, quanto; dass, que, che (a like-word or "so … that")
    static let fInt: UInt64 = 1 << 63        // tan, tão, aussi, si, so, tellement (… útil como, … hässlich dass)
    static let fForeignStart3: UInt64 = fShut | fEndState | fDePerson | fCmpHead | fFace
    static let foreignNames3: [String: UInt64] = [
        "fshut": fShut, "fendup": fEndUp, "fendup2": fEndUp2, "fendstate": fEndState,
        "fdeperson": fDePerson, "fcmphead": fCmpHead, "fsilly": fSilly, "fface": fFace, "fcam": fCam,
        "fdem": fDem, "fthat": fThat, "fint": fInt,
    ]
}

// MARK: round 10 (blind10's false positives, by kind)

extension CompiledLexicon {
    static let r10MatteBefore: Set<String> = ["negro", "negra", "negros", "negras", "blanco", "blanca", "blancos", "blancas", "gris", "azul",
                                              "rojo", "roja", "verde", "dorado", "dorada", "plateado", "plateada", "rosa", "beige", "marron",
                                              "morado", "amarillo", "acabado", "color", "colores", "tono", "preto", "preta", "branco", "branca",
                                              "cinza", "noir", "blanc", "black", "white", "grey", "gray", "en", "el", "un", "del", "al", "mi",
                                              "su", "este", "ese", "buen", "rico", "esmalte", "pintura", "barniz", "papel", "vidrio", "y", "o",
                                              "acabamento", "textura", "superficie", "tomar", "tomando", "tomo", "cebar", "cebo", "taza"]
    static let r10MatteAfter: Set<String> = ["ve", "ven", "veia", "nota", "notan", "siente", "enfrio", "enfria", "queda", "quedo", "vea"]

    /// Spanish "mate" is also matte and the drink: after a colour or finish word, an article or a
    /// possessive ("negro mate", "acabado en mate", "el mate se enfrió"), or before "se ve/nota/siente",
    /// it is no threat and no self-harm order. "mate" with an object pronoun stays a threat
    /// ("te mate", "que lo mate", "ojalá alguien te mate"), and so does the Portuguese "mate-se".
    func mateAdjectiveRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let before = p > 0 && !boundaryAt(s, p) ? spelling(s, p - 1) : ""
        let matte = Self.r10MatteBefore.contains(before)
            || (p + 2 < n && !boundaryAt(s, p + 1) && !boundaryAt(s, p + 2) && spelling(s, p + 1) == "se"
                && Self.r10MatteAfter.contains(spelling(s, p + 2)))
        if !matte { return }
        var b = p
        while b + 1 < n && b < p + 2 && !boundaryAt(s, b + 1) { b += 1 }
        scaleEvidenceInside(s, p, b, 0, cats: 0b11000)
    }
}
