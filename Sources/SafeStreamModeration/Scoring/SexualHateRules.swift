/// Context rules for sexual harassment and group hate, over `WordClass3` roles (see ContextScorer).
///
/// Hate: a group (a listed group, "[adjective] people", or a singular demonym)
/// with a predicate that dehumanizes, excludes or wants it harmed — punished
/// ("should be thrown off roofs"), only good for chores, a burden, in need of
/// a cure, never invented anything, invading, smelling; women sent back to the
/// kitchen; a slur or group word made filthy ("filthy kikes", "dreckiger
/// Zigeuner"); approval of the Holocaust. Sexual: acts aimed at you (lick your
/// neck, rail you, ruin you alone), undressing and exposure (take the top off,
/// see you without clothes / in a bikini), contact requests with a come-on,
/// leaks of explicit material, "daddy likes it", "wrapped around my".
/// Each rule starts at its own word, reads its clause and allocates nothing.
/// Evidence keys 81_000_000 + rule × 100_000 + position.
extension CompiledLexicon {
    func sexualHateRules(_ s: Scratch, _ p: Int, _ c3: UInt64) {
        typealias C = WordClass3
        if c3 & C.hPunish != 0 { punishRule(s, p) }
        if c3 & C.hOnlyGood != 0 { onlyGoodRule(s, p) }
        if c3 & C.hBurden != 0 { burdenRule(s, p) }
        if c3 & (C.hFix | C.hMan) != 0 { fixRule(s, p, c3) }
        if c3 & C.hAchieve != 0 { achieveRule(s, p) }
        if c3 & C.hInvade != 0 { invadeRule(s, p) }
        if c3 & C.hNazi != 0 { naziRule(s, p) }
        if c3 & C.hSolution != 0 {
            if Self.shSolutionOld.contains(spelling(s, p)) { solutionRule(s, p) }
            cageRule(s, p)
        }
        if c3 & C.hSlurAdj != 0 { slurAdjRule(s, p) }
        if c3 & C.hChore != 0 { choreRule(s, p) }
        if c3 & C.hBelong != 0 { belongRule(s, p) }
        if c3 & C.hWoman != 0 { abilityRule(s, p) }
        if c3 & C.hSmell != 0 { smellRule(s, p) }
        if c3 & C.hStrong != 0 { theyRule(s, p) }
        if c3 & C.sLick != 0 { lickRule(s, p) }
        if c3 & C.sRail != 0 { railRule(s, p) }
        if c3 & C.sRuin != 0 { ruinRule(s, p) }
        if c3 & C.sStrip != 0 { stripRule(s, p); takeOffRule(s, p) }
        if c3 & C.sWithout != 0 { withoutRule(s, p) }
        if c3 & C.sBikini != 0 { bikiniRule(s, p); sizeRule(s, p) }
        if c3 & C.sContact != 0 { contactRule(s, p) }
        if c3 & C.sLeak != 0 { leakRule(s, p) }
        if c3 & C.sMisc != 0 {
            // three small families share one bit; the word says which
            // (`Self.sexMiscKinds`, read by word id)
            switch sexMiscKindOf.withUnsafeBufferPointer({ entry(s, p, in: $0) }) {
            case 1: daddyRule(s, p)
            case 2: wrapRule(s, p)
            case 3: villageNameRule(s, p)
            case 4: femaleDogRule(s, p)
            case 5: britishFoodRule(s, p)
            case 6: mateAdjectiveRule(s, p)
            case 7: catRule(s, p)
            case 8: roosterRule(s, p)
            case 9: seaDykeRule(s, p)
            case 10: gardenHoeRule(s, p)
            case 11: nameDickRule(s, p)
            default: restRule(s, p); underThinkRule(s, p)
            }
        }
        if c3 & C.hPred != 0 { predRule(s, p) }
        if c3 & C.hStereo != 0 { stereoRule(s, p) }
        if c3 & C.sAct != 0 {
            actRule(s, p)
            // the topic may be a game ("… than talking about chess"): read before the game guard
            if isWord(s, p, "mouth", "lips", "tongue") { mouthUseRule(s, p) }
        }
    }

    /// Which family of the shared `sMisc` bit a word starts (the cases of the
    /// switch in `sexualHateRules`, in order).
    static let sexMiscKinds = kinds([
        ["daddy", "papi", "papito"],                                                                    // 1
        ["wrapped", "wrap", "wrapping"],                                                                // 2
        ["village", "villages", "town", "towns", "city", "lake", "island", "county", "street", "river", "hamlets", "austria",
         "austrian", "renamed", "rename", "fugging", "osterreich", "dorf", "hamlet"],                   // 3: villageNameRule
        Array(r10DogWords) + ["bitches", "bitch"],                                                      // 4: femaleDogRule
        Array(r10FoodWords) + ["faggots", "faggot"],                                                    // 5: britishFoodRule
        ["mate"],                                                                                       // 6
        Array(r15CatWords) + ["pussy", "pussies"],                                                      // 7: catRule
        Array(r15FarmWords) + ["cock", "cocks"],                                                        // 8: roosterRule
        Array(r15WaterWords) + ["dyke", "dykes"],                                                       // 9: seaDykeRule
        Array(r15GardenWords) + ["hoe", "hoes"],                                                        // 10: gardenHoeRule
        Array(r15NameWords) + ["dick"],                                                                 // 11: nameDickRule
    ])

    // MARK: helpers (spelling is read only after a rule's own word fired)

    @inline(__always)
    private func c3(_ s: Scratch, _ p: Int) -> UInt64 { s.seqClasses3[p] }

    @inline(__always)
    private func cls(_ s: Scratch, _ p: Int) -> UInt64 { s.seqClasses[p] }

    /// A group of people, or a singular demonym ("another Indian", "du Zigeuner").
    private func anyGroup(_ s: Scratch, _ p: Int) -> Bool {
        isGroup(s, p) || s.seqClasses3[p] & WordClass3.hDemonym != 0
    }

    /// The nearest group word before `p` in its clause (up to `window` words), or −1;
    /// −2 when a negation comes between it and `p` (unless `allowNeg`).
    private func groupBefore(_ s: Scratch, _ p: Int, _ window: Int, allowNeg: Bool = false) -> Int {
        var neg = false
        var q = p - 1
        while q >= 0 && q >= p - window && !boundaryAt(s, q + 1) {
            if anyGroup(s, q) { return neg && !allowNeg ? -2 : q }
            if cls(s, q) & WordClass.neg != 0 { neg = true }
            // "I think", "my friend": someone speaking about themselves or their own people is no group statement
            q -= 1
        }
        return -1
    }

    private func emit(_ s: Scratch, _ rule: Int, _ key: Int, _ w: Double, _ cat: UInt8, _ a: Int, _ b: Int) {
        span(s, 81_000_000 + Int64(rule) * 100_000 + Int64(key), w, cat, min(a, b), max(a, b))
    }

    static let shPassive: Set<String> = ["be", "been", "get", "got", "getting", "all", "ser", "sean", "sejam", "serem", "etre", "soient", "sein", "werden", "worden", "em", "just", "simply"]
    static let shWant: Set<String> = ["need", "needs", "should", "shud", "must", "ought", "deserve", "deserves", "shouldve", "shoulda",
                                      "deberian", "deben", "necesitan", "merecen", "devraient", "doivent", "meritent", "sollten",
                                      "mussen", "muessen", "gehoren", "gehort", "verdienen", "brauchen", "deveriam", "devem",
                                      "precisam", "merecem", "have", "hay", "faut", "muss", "tem", "temos", "tienen", "ils", "gotta"]
    static let shOnly: Set<String> = ["only", "just", "solo", "nomas", "nur", "so", "apenas", "que", "qu", "rien", "nada", "nichts", "nothing", "good"]
    static let shFor: Set<String> = ["for", "para", "pra", "zum", "zur", "fur", "a", "pour"]
    static let shDead: Set<String> = ["dead", "muerto", "morto", "mort", "tot", "toter", "totes"]
    static let shThem: Set<String> = ["them", "themselves", "las", "los", "les", "sie", "elas", "eles", "they"]
    static let shActiveFix: Set<String> = ["fix", "fixing", "fixes", "cure", "curing", "corregir", "curar", "arreglar", "guerir", "soigner", "heilen", "kurieren", "umpolen", "consertar"]
    static let shReal: Set<String> = ["real", "right", "good", "proper", "verdadero", "buen", "vrai", "bon", "echten", "echter", "richtigen", "richtiger", "verdade", "bom"]
    static let shRight: Set<String> = ["right", "razon", "raison", "recht", "certo", "razao", "point", "hero", "idea"]
    static let shRightBefore: Set<String> = ["was", "is", "had", "the", "it", "got", "a", "hatte", "hat", "tenia", "tiene", "avait", "tinha", "tem", "estava", "esta", "la", "right", "good", "great", "nice"]
    static let shPast: Set<String> = ["fruher", "frueher", "damals", "back", "antes", "avant", "autrefois", "final", "finale", "endlosung", "old", "40s", "1940"]
    static let shHard: Set<String> = ["ovens", "gaskammer", "gaskammern", "kz"]
    static let shReport: Set<String> = ["called", "calling", "call", "calls", "said", "say", "says", "saying", "word", "words", "slur", "slurs", "means", "typed", "wrote", "yelled"]
    static let shGo: Set<String> = ["go", "get", "back", "vete", "anda", "ve", "vai", "volta", "vuelve", "va", "vas", "retourne", "retournez", "zuruck", "zurueck", "ab", "belong", "belongs", "lugar", "place", "faire", "lavar", "fregar", "lava", "spulen", "putzen", "kochen", "cocinar", "cozinhar", "wash", "do", "gehoren", "gehort"]
    static let shAble: Set<String> = ["sabe", "saben", "sabem", "can", "cant", "know", "savent", "sait", "konnen", "koennen", "kann", "pueden", "podem", "conseguem"]
    static let shPlay: Set<String> = ["jogar", "jugar", "jouer", "spielen", "zocken", "play", "game", "aim", "drive", "dirigir", "conduire", "fahren", "stream", "streamen", "code", "think", "pensar", "penser", "denken"]
    static let shFood: Set<String> = ["food", "restaurant", "dish", "dishes", "cuisine", "takeout", "place", "spot", "buffet", "comida", "bouffe", "essen", "recipe"]
    static let shStereo: Set<String> = ["curry", "tacos", "taco", "kebab", "kebap", "garlic", "fish", "onions", "screen", "through", "here"]
    static let shSecondPoss: Set<String> = ["your", "ur", "yer", "yor", "tu", "tus", "ta", "ton", "tes", "dein", "deine", "deinen", "deinem", "teu", "tua", "seu", "sua", "her"]
    static let shLet: Set<String> = ["let", "lemme", "deja", "dejame", "laisse", "lass", "deixa"]
    static let shPrepIn: Set<String> = ["the", "in", "en", "im", "de", "em", "dans", "na", "no", "a", "an", "your", "ur", "that", "those", "some", "tiny", "little", "sexy", "ta", "tu", "dein", "deinem", "deiner", "sua", "teu", "tua"]
    static let shWear: Set<String> = ["wearing", "wear", "got", "have", "llevas", "traes", "usas", "portes", "tragst", "usando", "vestindo"]
    static let shAsk: Set<String> = ["dm", "send", "drop", "give", "gimme", "pasame", "pasa", "passa", "passe", "manda", "mandame", "dame", "me", "add", "whats", "what", "text", "donne", "gib", "schick", "envia"]
    static let shExplicit: Set<String> = ["onlyfans", "nudes", "nude", "sextape", "desnudos", "desnudas", "nacktbilder", "nacktfotos", "intimes", "nudez", "nuds", "fansly", "pack"]
    static let shPics: Set<String> = ["pics", "pictures", "photos", "fotos", "videos", "vids", "tape", "content"]
    static let shPerson: Set<String> = ["her", "his", "your", "ur", "their", "su", "sa", "son", "ihre", "seine", "dela", "dele"]
    static let shDaddyNext: Set<String> = ["likes", "like", "loves", "wants", "approves", "needs", "is", "gonna", "will"]
    static let shMyOwn: Set<String> = ["my", "your", "ur", "his", "her", "their", "mi", "tu", "su", "mon", "ton", "mein", "dein", "meu", "teu", "seu", "who", "whos"]
    static let shUnderPrev: Set<String> = ["whats", "what"]
    static let shCover: Set<String> = ["hoodie", "sweater", "jumper", "jacket", "towel", "blanket", "robe", "skirt", "dress", "shirt", "top", "desk", "table"]
    static let shThink: Set<String> = ["thinking", "think", "wonder", "wondering", "imagine", "imagining", "curious", "dreaming", "fantasizing", "stop", "see", "know"]
    static let shStripOff: Set<String> = ["off", "aus"]
    static let shDown: Set<String> = ["down", "up", "lower", "higher"]
    static let shMore: Set<String> = ["more", "bit", "lower", "higher", "for", "a", "little", "lil", "again", "please", "pls", "chat", "us", "me"]
    static let shTops: Set<String> = ["shirt", "top", "tshirt", "dress", "skirt", "bra", "blouse", "towel", "neckline", "hoodie", "tank", "camiseta", "falda", "jupe", "rock", "saia", "blusa"]
    static let shArticle: Set<String> = ["the", "that", "this", "your", "ur", "ya", "those", "these", "ta", "ton", "tu", "la", "el", "dein", "deine", "deinen", "sua", "teu", "a"]
    static let shNothing: Set<String> = ["rien", "nada", "nichts", "nothing", "anything", "ropa", "roupa", "clothes", "klamotten", "kleidung", "vetements", "fringues", "roupas"]
    static let shAround: Set<String> = ["around", "round"]
    static let shMine: Set<String> = ["my", "mine", "me"]
    static let shRestOf: Set<String> = ["of"]
    static let shYouBody: Set<String> = ["you", "u", "ya", "yourself", "urself", "your", "ur"]
    static let shTheyW: Set<String> = ["they", "theyre", "them", "those", "ils", "elles", "ellos", "ellas", "sie", "eles", "elas"]
    static let shRestCue: Set<String> = ["let", "lemme", "show", "stand", "turn", "get", "come", "move", "zoom", "want", "wanna"]

    /// Whether the message has a reporting word (someone quoting what was said).
    private func reporting(_ s: Scratch) -> Bool {
        for q in 0..<s.seqCount where s.seqClasses[q] & WordClass.meta != 0 && spelled(s, q, in: Self.shReport) { return true }
        return false
    }

    /// Who speaks before `p`: 2 first person, 1 nobody, 0 "you" or a third person as subject, −1 a negation.
    private func sexSpeaker(_ s: Scratch, _ p: Int) -> Int {
        var q = p - 1
        while q >= 0 && q >= p - 7 && !boundaryAt(s, q + 1) {
            let c = cls(s, q)
            if c & WordClass.neg != 0 {
                // "can't wait to see you in …", "can't stop thinking about …"
                if q + 1 < s.seqCount && spelled(s, q + 1, in: ["wait", "stop"]) { q -= 1; continue }
                if spelled(s, q, in: ["stop"]) && q > 0 && cls(s, q - 1) & WordClass.neg != 0 { q -= 2; continue }
                return -1
            }
            if c & WordClass.first != 0 || spelled(s, q, in: Self.shLet) { return 2 }
            if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive | WordClass.secondPre) == 0 { return 0 }
            if c & WordClass.person3 != 0 && c & WordClass.secondPre == 0 { return 0 }
            q -= 1
        }
        return 1
    }

    // MARK: group hate

    /// "the gays should be thrown off roofs", "muslims deserve to be shot", "trans people should be locked up",
    /// "los gitanos deberían ser quemados", "die sollten alle vergast werden".
    private func punishRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var p = p
        switch spelling(s, p) {
        case "put":   // "need to be put down", "should be put away", not "put in charge"
            if !spelled(s, p + 1, in: ["down", "away"]) && !(spelled(s, p + 1, in: ["to"]) && spelled(s, p + 2, in: ["sleep"])) { return }
        case "lined":   // "should be lined up and shot"
            if !(spelled(s, p + 1, in: ["up"]) && (spelled(s, p + 3, in: ["shot"]) || spelled(s, p + 2, in: ["against"]))) { return }
        default:
            // "be lined up and shot": the passive sits before the first verb
            if spelled(s, p - 1, in: ["and"]) && spelled(s, p - 2, in: ["up"]) && spelled(s, p - 3, in: ["lined", "rounded"]) { p -= 3 }
        }
        let passive = spelled(s, p - 1, in: Self.shPassive) || (p > 0 && cls(s, p - 1) & (WordClass.copula | WordClass.be) != 0)
            || spelled(s, p + 1, in: ["werden", "worden", "sein"]) || spelled(s, p - 2, in: Self.shPassive)
        if !passive { return }
        if spelled(s, p, in: ["shot"]) && spelled(s, p + 1, in: ["at"]) { return }   // "a shot at the title"
        var want = false
        var g = -1
        var q = p - 1
        while q >= 0 && q >= p - 10 && !boundaryAt(s, q + 1) {
            let c = cls(s, q)
            if c & WordClass.neg != 0 { return }
            if c & WordClass.should != 0 || spelled(s, q, in: Self.shWant) { want = true }
            if anyGroup(s, q) { g = q; break }
            if c & (WordClass.first | WordClass.second) != 0 && c & WordClass.possessive == 0 { return }
            q -= 1
        }
        if g < 0 || !want || p + 1 < n && gameClause(s, p) { return }
        emit(s, 0, g, 0.85, 3, g, min(p + 1, n - 1))
    }

    /// "polish people are only good for cleaning toilets", "women are only useful for one thing",
    /// "los moros solo sirven para robar", "ils ne servent qu'à rien", "die taugen nur zum Putzen", "só servem pra isso".
    private func onlyGoodRule(_ s: Scratch, _ p: Int) {
        let w = spelling(s, p)
        if w == "good" && onlyGoodDead(s, p) { return }
        if w == "good" && spelled(s, p + 1, in: ["for"]) && spelled(s, p + 2, in: ["something", "one", "more", "other", "smth"]) {
            // "bet your mouth is good for something other than talking"
            var q = p - 1
            while q >= 1 && q >= p - 4 && !boundaryAt(s, q + 1) {
                if spelled(s, q, in: ["mouth", "lips", "tongue", "throat", "body"]) && spelled(s, q - 1, in: Self.shPossHer) {
                    if negationBefore(s, q, 3) { return }
                    emit(s, 52, p, 0.7, 5, q - 1, p + 2)
                    return
                }
                q -= 1
            }
        }
        if w == "good" || w == "useful" {
            // "only good for", "good for nothing"
            let only = spelled(s, p - 1, in: ["only", "just"]) || spelled(s, p - 2, in: ["only", "just"])
            let nothing = spelled(s, p + 1, in: ["for"]) && spelled(s, p + 2, in: ["nothing"])
            if !(only && spelled(s, p + 1, in: ["for"])) && !nothing { return }
        } else {
            var only = false
            for k in max(0, p - 2)...min(s.seqCount - 1, p + 2) where k != p && spelled(s, k, in: Self.shOnly) { only = true }
            if !only { return }
        }
        let g = groupBefore(s, p, 6, allowNeg: w == "servent" || w == "sert")
        if g < 0 { return }
        emit(s, 1, g, 0.8, 4, g, p)
    }

    /// "the only good immigrant is a deported one", "the only good jew is a dead one".
    private func onlyGoodDead(_ s: Scratch, _ p: Int) -> Bool {
        guard spelled(s, p - 1, in: ["only"]), p + 1 < s.seqCount, groupAt(s, p + 1) else { return false }
        var r = p + 2
        while r < s.seqCount && r <= p + 6 && !boundaryAt(s, r) {
            if spelled(s, r, in: Self.shDead) || c3(s, r) & WordClass3.hPunish != 0 || spelled(s, r, in: ["deported"]) {
                emit(s, 53, p + 1, 0.85, 4, p - 1, r)
                return true
            }
            r += 1
        }
        return false
    }

    /// "wheelchair users are just dead weight", "immigrants are a burden", "las mujeres son una carga".
    private func burdenRule(_ s: Scratch, _ p: Int) {
        let w = spelling(s, p)
        if w == "weight" || w == "peso" {
            if !spelled(s, p - 1, in: Self.shDead) && !spelled(s, p + 1, in: Self.shDead) { return }
        }
        var copula = false
        var g = -1
        var q = p - 1
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
            let c = cls(s, q)
            if c & WordClass.neg != 0 { return }
            if c & WordClass.copula != 0 { copula = true }
            if anyGroup(s, q) { g = q; break }
            if c & (WordClass.first | WordClass.second) != 0 && c & WordClass.possessive == 0 { return }
            q -= 1
        }
        if g < 0 || !copula { return }
        emit(s, 2, g, 0.8, 4, g, p)
    }

    /// "lesbians just need a real man to fix them", "gays need to be cured", "trans people need therapy".
    private func fixRule(_ s: Scratch, _ p: Int, _ c: UInt64) {
        if c & WordClass3.hMan != 0 && c & WordClass3.hFix == 0 {
            if !spelled(s, p - 1, in: Self.shReal) { return }
        } else if Self.shActiveFix.contains(spelling(s, p)) {
            if !(spelled(s, p + 1, in: Self.shThem) || spelled(s, p + 2, in: Self.shThem) || spelled(s, p - 1, in: Self.shThem)) { return }
        }
        var want = false
        var g = -1
        var q = p - 1
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
            let cq = cls(s, q)
            if cq & WordClass.neg != 0 { return }
            if cq & WordClass.should != 0 || spelled(s, q, in: Self.shWant) { want = true }
            if anyGroup(s, q) { g = q; break }
            if cq & (WordClass.first | WordClass.second) != 0 && cq & WordClass.possessive == 0 { return }
            q -= 1
        }
        if g < 0 || !want { return }
        emit(s, 3, g, 0.8, 4, g, p)
    }

    /// "Africans never invented anything", "women never contributed anything", "die haben nie was erfunden".
    private func achieveRule(_ s: Scratch, _ p: Int) {
        let neg = lastBefore(s, p, within: 4) { q in cls(s, q) & WordClass.neg != 0 }
        // "nichts erfunden", "rien inventé", "nothing": the negation may follow
        if neg < 0 && !(spelled(s, p - 1, in: ["nichts", "nada", "rien", "nothing"])) { return }
        let from = neg >= 0 ? neg : p - 1
        var g = -1
        var q = from - 1
        while q >= 0 && q >= from - 5 && !boundaryAt(s, q + 1) {
            if anyGroup(s, q) { g = q; break }
            if cls(s, q) & (WordClass.first | WordClass.second) != 0 && cls(s, q) & WordClass.possessive == 0 { return }
            q -= 1
        }
        if g < 0 { return }
        emit(s, 4, g, 0.75, 4, g, p)
    }

    /// "los moros nos están invadiendo", "immigrants are invading", "ils envahissent", "die überfluten uns".
    private func invadeRule(_ s: Scratch, _ p: Int) {
        var g = groupBefore(s, p, 7)
        if g == -2 { return }
        if g < 0 {
            // "the invasion of the mexicans"
            var r = p + 1
            while r < s.seqCount && r <= p + 3 && !boundaryAt(s, r) {
                if anyGroup(s, r) { g = r; break }
                r += 1
            }
        }
        if g < 0 { return }   // "invading the server" is still about people
        emit(s, 5, g, 0.75, 4, g, p)
    }

    /// "hitler had the right idea", "hitler was right", "hitler hatte recht", "the holocaust didn't happen but it should have".
    private func naziRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var r = p + 1
        while r < n && r <= p + 9 && !boundaryAt(s, r) {
            let c = cls(s, r)
            if r <= p + 5 && spelled(s, r, in: Self.shRight) && spelled(s, r - 1, in: Self.shRightBefore) {
                var k = p + 1
                while k < r { if cls(s, k) & WordClass.neg != 0 || spelled(s, k, in: ["wrong", "evil"]) { return }; k += 1 }
                if spelled(s, r + 1, in: ["wrong"]) { return }
                emit(s, 6, p, 0.85, 4, p, r)
                return
            }
            if c & WordClass.should != 0 || spelled(s, r, in: ["shouldve", "shoulda"]) {
                let have = spelled(s, r + 1, in: ["have", "of", "ve"])
                let end = have ? r + 1 : r
                if !(have || spelled(s, r, in: ["shouldve", "shoulda"])) { return }
                if endsClause(s, end) || spelled(s, end + 1, in: ["happened", "finished", "worked", "won", "succeeded", "continued"]) {
                    emit(s, 6, p, 0.85, 4, p, end)
                }
                return
            }
            r += 1
        }
    }

    /// "für Leute wie dich hatte man früher ne Lösung", "back then they had a solution for people like you",
    /// "people like you belong in the ovens".
    private func solutionRule(_ s: Scratch, _ p: Int) {
        let hard = spelled(s, p, in: Self.shHard)
        var like = false, past = hard
        let a = clauseStart(s, p)
        var b = a
        while b < s.seqCount && (b == a || !boundaryAt(s, b)) {
            if compareWords.contains(s.tokens[Int(s.seq[b])].word) && b + 1 < s.seqCount && cls(s, b + 1) & WordClass.second != 0 { like = true }
            if anyGroup(s, b) { like = true }
            if spelled(s, b, in: Self.shPast) { past = true }
            if cls(s, b) & WordClass.neg != 0 && !spelled(s, b, in: ["ne"]) { return }
            b += 1
        }
        if !like || !past { return }
        emit(s, 7, p, 0.8, 4, a, p)
    }

    /// "filthy kikes", "du dreckiger Zigeuner", "sale arabe", "moro sucio", "nordestino burro", "judeu imundo".
    private func slurAdjRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var g = -1
        if p + 1 < n && !boundaryAt(s, p + 1) && anyGroup(s, p + 1) { g = p + 1 }
        else if p > 0 && !boundaryAt(s, p) && anyGroup(s, p - 1) { g = p - 1 }
        if g < 0 { return }
        // "dirty indian food", "a filthy mexican restaurant": a thing, not people
        if g > p && spelled(s, g + 1, in: Self.shFood) { return }
        if reporting(s) { return }
        emit(s, 8, g, 0.85, 2, p, g)
    }

    /// "anda a lavar platos mujer", "mulher, vai lavar louça", "zurück an den Herd, Weiber", "go do the dishes woman".
    private func choreRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var woman = -1
        var k = max(0, p - 10)
        while k < n && k <= p + 10 {
            if c3(s, k) & WordClass3.hWoman != 0 && !spelled(s, k - 1, in: Self.shMyOwn) { woman = k; break }
            k += 1
        }
        if woman < 0 { return }
        var go = false
        let a = clauseStart(s, p)
        var q = a
        while q <= p {
            if cls(s, q) & WordClass.first != 0 && q < p { return }   // "I'm doing the dishes"
            if spelled(s, q, in: Self.shGo) || cls(s, q) & WordClass.should != 0 && spelled(s, q + 1, in: ["be"]) { go = true }
            q += 1
        }
        if !go { return }
        emit(s, 9, woman, 0.75, 4, min(woman, p), max(woman, p))
    }

    /// "Weiber gehören nicht ins Internet", "las mujeres no pertenecen aquí", "women don't belong in esports".
    private func belongRule(_ s: Scratch, _ p: Int) {
        var neg = false
        var g = -1
        var q = p - 1
        while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
            if cls(s, q) & WordClass.neg != 0 { neg = true }
            if anyGroup(s, q) { g = q; break }
            q -= 1
        }
        if g < 0 { return }
        if !neg && !(spelled(s, p + 1, in: ["nicht", "not", "no"]) || spelled(s, p + 2, in: ["nicht"])) {
            // "women belong in the kitchen" (the English phrase exists); "gehören an den Herd"
            var r = p + 1
            var chore = false
            while r < s.seqCount && r <= p + 4 && !boundaryAt(s, r) { if c3(s, r) & WordClass3.hChore != 0 { chore = true }; r += 1 }
            if !chore { return }
        }
        emit(s, 10, g, 0.75, 4, g, p)
    }

    /// "mulher não sabe jogar", "women can't play", "las mujeres no saben jugar", "Frauen können nicht zocken".
    private func abilityRule(_ s: Scratch, _ p: Int) {
        if spelled(s, p - 1, in: Self.shMyOwn) || spelled(s, p - 1, in: Self.shNotGeneric) { return }
        let n = s.seqCount
        var neg = false, able = false
        var r = p + 1
        while r < n && r <= p + 5 && !boundaryAt(s, r) {
            let c = cls(s, r)
            if c & WordClass.neg != 0 { neg = true }
            if spelled(s, r, in: Self.shAble) { able = true; if spelling(s, r) == "cant" { neg = true } }
            if neg && able && spelled(s, r, in: Self.shPlay) {
                // "women can't play in the men's league because …": a reason given is a fact, not contempt
                var k = r + 1
                while k < n && !boundaryAt(s, k) { if spelled(s, k, in: ["because", "porque", "parce", "weil", "since", "until"]) || spelled(s, k, in: Self.shWhen) { return }; k += 1 }
                emit(s, 11, p, 0.7, 4, p, r)
                return
            }
            r += 1
        }
    }

    /// "indians smell", "gypsies stink", "another Indian in chat, I can smell the curry through the screen".
    private func smellRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // a plural group with the verb
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            if cls(s, q) & WordClass.neg != 0 { return }
            if isGroup(s, q) { emit(s, 12, q, 0.75, 4, q, p); return }
            q -= 1
        }
        // a person named by a demonym and a stereotype smelled
        var stereo = false
        var r = p + 1
        while r < n && r <= p + 6 && !boundaryAt(s, r) { if spelled(s, r, in: Self.shStereo) { stereo = true }; r += 1 }
        if !stereo { return }
        for k in 0..<n where k != p && c3(s, k) & WordClass3.hDemonym != 0 {
            if spelled(s, k + 1, in: Self.shFood) { return }
            emit(s, 12, k, 0.75, 4, min(k, p), max(k, p))
            return
        }
    }

    /// "Africans never invented anything, they're subhuman": a group named, then "they are vermin".
    private func theyRule(_ s: Scratch, _ p: Int) {
        var they = -1
        var q = p - 1
        while q >= 0 && q >= p - 4 {
            let c = cls(s, q)
            if c & WordClass.neg != 0 { return }
            if spelled(s, q, in: Self.shTheyW) { they = q; break }
            q -= 1
        }
        if they < 0 { return }
        for k in 0..<they where anyGroup(s, k) {
            emit(s, 13, p, 0.85, 4, they, p)
            return
        }
    }

    // MARK: sexual harassment

    /// "I'd lick the sweat off your neck", "let me smell your chair", "wanna kiss your thighs", "j'aimerais lécher ton cou".
    private func lickRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // "lick the spoon slower", "suck on it slowly for us": the pace asked for is the innuendo
        if incitement(s, p) {
            var r = p + 1
            while r < n && r <= p + 4 && !boundaryAt(s, r) {
                if spelled(s, r, in: Self.shSlow) { emit(s, 14, p, 0.7, 5, p, r); return }
                r += 1
            }
        }
        var poss = false, body = -1
        var r = p + 1
        while r < n && r <= p + 5 && !boundaryAt(s, r) {
            if cls(s, r) & WordClass.second != 0 && cls(s, r) & WordClass.reflexive == 0 || spelled(s, r, in: ["her"]) { poss = true }
            if poss && c3(s, r) & WordClass3.sBodyX != 0 { body = r; break }
            if cls(s, r) & WordClass.neg != 0 { return }
            r += 1
        }
        if body < 0 || sexSpeaker(s, p) != 2 || gameClause(s, p) { return }
        emit(s, 14, p, 0.75, 5, p, body)
    }

    /// "she's only here to get railed", "I'd rail you", "gonna breed her", "pound you".
    private func railRule(_ s: Scratch, _ p: Int) {
        var aimed = firstAfter(s, p, within: 2) { r in cls(s, r) & (WordClass.second | WordClass.person3) != 0 && cls(s, r) & WordClass.possessive == 0 || spelled(s, r, in: ["by"]) }
        if aimed < 0 && spelled(s, p - 1, in: ["get", "got", "getting", "gets"]) { aimed = p - 1 }
        if aimed < 0 || sexSpeaker(s, p) < 0 || gameClause(s, p) { return }
        emit(s, 15, p, 0.75, 5, p, aimed)
    }

    /// "I'd ruin you if I got you alone", "wreck you in bed", "I'd destroy you in the bedroom".
    private func ruinRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // "I want to ruin that pretty little mouth", "wreck that tight ass"
        if spelled(s, p + 1, in: ["that", "your", "ur", "her", "those"]) {
            var r = p + 2
            while r < n && r <= p + 4 && spelled(s, r, in: ["pretty", "little", "tight", "cute", "lil", "sweet", "perfect", "fat", "juicy"]) { r += 1 }
            if r > p + 2 && spelled(s, r, in: ["mouth", "lips", "throat", "ass", "pussy", "body", "face"]) || spelled(s, r, in: ["throat", "pussy"]) {
                if sexSpeaker(s, p) == 2 && !gameClause(s, p) { emit(s, 16, p, 0.75, 5, p, r) }
                return
            }
        }
        guard p + 1 < n && !boundaryAt(s, p + 1), cls(s, p + 1) & WordClass.second != 0 || spelled(s, p + 1, in: ["her"]) else { return }
        var bed = -1
        var r = p + 2
        while r < n && r <= p + 8 && !boundaryAt(s, r) {
            if c3(s, r) & WordClass3.sBed != 0 { bed = r; break }
            r += 1
        }
        if bed < 0 || sexSpeaker(s, p) != 2 || gameClause(s, p) { return }
        emit(s, 16, p, 0.7, 5, p, bed)
    }

    /// "take the top off", "take that shirt off", "pull your shirt down a bit more", "lift your skirt up".
    private func stripRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard spelled(s, p + 1, in: Self.shArticle), p + 2 < n, !boundaryAt(s, p + 1), !boundaryAt(s, p + 2) else { return }
        let cloth = p + 2
        let isCloth = cls(s, cloth) & WordClass.clothes != 0 || c3(s, cloth) & WordClass3.sBikini != 0 || spelled(s, cloth, in: Self.shTops)
        guard isCloth, cloth + 1 < n, !boundaryAt(s, cloth + 1) else { return }
        let w = spelling(s, p)
        if spelled(s, cloth + 1, in: Self.shStripOff) && (w == "take" || w == "pull" || w == "rip" || w == "yank") {
            if !endsClause(s, cloth + 1) && !spelled(s, cloth + 2, in: Self.shMore) { return }   // "take the top off the blender"
        } else if spelled(s, cloth + 1, in: Self.shDown) && spelled(s, cloth, in: Self.shTops) {
            // "pull your shirt down a bit more", not "pull your shirt down, it's inside out"
            if !spelled(s, cloth + 2, in: Self.shMore) || boundaryAt(s, cloth + 2)
                || s.tokens[Int(s.seq[cloth + 2])].flags & TokenFlag.punctBefore != 0 { return }
        } else { return }
        if !incitement(s, p) { return }
        emit(s, 17, p, 0.75, 5, p, cloth + 1)
    }

    /// "quero ver vc sem roupa", "je veux te voir sans rien", "I'd love to see you without clothes", "verte sin ropa".
    private func withoutRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var nothing = false
        var r = p + 1
        while r < n && r <= p + 2 {
            if cls(s, r) & WordClass.clothes != 0 || spelled(s, r, in: Self.shNothing) { nothing = true; break }
            r += 1
        }
        if !nothing { return }
        // a seeing verb with "you" before, possibly in the previous clause ("te voir sans webcam… et sans rien")
        var see = -1
        var q = p - 1
        while q >= 0 && q >= p - 8 {
            if cls(s, q) & WordClass.neg != 0 && !spelled(s, q + 1, in: ["wait"]) { return }
            if c3(s, q) & WordClass3.sSee != 0 || cls(s, q) & WordClass.sexVerb != 0 { see = q; break }
            q -= 1
        }
        if see < 0 {
            // the verb may come last: "ich will dich ohne Klamotten sehen"
            var k = r + 1
            while k < n && k <= r + 2 && !boundaryAt(s, k) {
                if c3(s, k) & WordClass3.sSee != 0 { see = k; break }
                k += 1
            }
            if see < 0 { return }
            var q2 = p - 1
            var you2 = false
            while q2 >= 0 && q2 >= p - 3 && !boundaryAt(s, q2 + 1) {
                if cls(s, q2) & (WordClass.second | WordClass.secondPre) != 0 && cls(s, q2) & WordClass.reflexive == 0 { you2 = true }
                q2 -= 1
            }
            if !you2 || sexSpeaker(s, p) == 0 { return }
            emit(s, 18, p, 0.8, 5, p, see)
            return
        }
        var you = false
        for k in max(0, see - 2)...min(n - 1, see + 2) where k != see {
            let c = cls(s, k)
            if c & (WordClass.second | WordClass.secondPre) != 0 && c & WordClass.reflexive == 0 { you = true }
            if spelled(s, k, in: ["verte", "her"]) { you = true }
        }
        if spelled(s, see, in: ["verte"]) { you = true }
        if !you || sexSpeaker(s, see) == 0 { return }
        emit(s, 18, p, 0.8, 5, see, r)
    }

    /// "I'd love to see you in a bikini", "send pics in your underwear", "what color panties are you wearing".
    private func bikiniRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // the garment asked about: "what colour panties are you wearing today", "do you wear a thong"
        var r = p + 1
        var youAt = -1
        while r < n && r <= p + 4 && !boundaryAt(s, r) {
            let c = cls(s, r)
            if c & WordClass.second != 0 && c & (WordClass.possessive | WordClass.reflexive) == 0 { youAt = r }
            if youAt >= 0 && spelled(s, r, in: Self.shWear) {
                if sexSpeaker(s, p) < 0 || gameClause(s, p) { return }
                emit(s, 19, p, 0.7, 5, p, r)
                return
            }
            r += 1
        }
        // asked about: "what bra size are you", "what color panties today", "which thong rn"
        var q0 = p - 1
        while q0 >= 0 && q0 >= p - 3 && !boundaryAt(s, q0 + 1) {
            if spelled(s, q0, in: ["what", "which", "whats", "wat"]) {
                var k = clauseStart(s, p)
                while k < n && (k == clauseStart(s, p) || !boundaryAt(s, k)) { if cls(s, k) & (WordClass.first | WordClass.neg) != 0 || spelled(s, k, in: ["buy", "store", "shop", "sale", "brand", "skin"]) { return }; k += 1 }
                emit(s, 19, p, 0.75, 5, q0, p)
                return
            }
            if !spelled(s, q0, in: ["color", "colour", "size", "kind", "type", "cup", "style"]) { break }
            q0 -= 1
        }
        // seen or sent in it: "see you in a bikini", "verte en lencería", "pics in your underwear"
        if !(spelled(s, p - 1, in: Self.shPrepIn) && (spelled(s, p - 2, in: ["in", "en", "im", "de", "em", "dans", "na"]) || spelled(s, p - 1, in: ["in", "en", "im", "de", "em", "dans", "na"]))) { return }
        if !endsClause(s, p) && !(p + 1 < n && c3(s, p + 1) & WordClass3.sFlirt != 0) && !spelled(s, p + 1, in: ["for", "pls", "please", "rn", "now", "tonight"]) { return }
        var q = p - 2
        var see = -1
        while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
            if c3(s, q) & WordClass3.sSee != 0 || cls(s, q) & WordClass.sexVerb != 0 || spelled(s, q, in: ["pics", "pic", "photos", "fotos"]) { see = q; break }
            q -= 1
        }
        if see < 0 { return }
        var you = spelled(s, see, in: ["verte"])
        for k in see...p where cls(s, k) & (WordClass.second | WordClass.secondPre) != 0 && cls(s, k) & WordClass.reflexive == 0 { you = true }
        if !you || sexSpeaker(s, see) == 0 || gameClause(s, p) { return }
        emit(s, 19, p, 0.75, 5, see, p)
    }

    /// "hey baby DM me your snap", "mamita pásame tu wsp", "gostosa, me passa teu zap": a contact asked with a come-on.
    private func contactRule(_ s: Scratch, _ p: Int) {
        var ask = -1
        var q = p - 1
        while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
            if cls(s, q) & WordClass.sexVerb != 0 || spelled(s, q, in: Self.shAsk) { ask = q }
            q -= 1
        }
        if ask < 0 || !(spelled(s, p - 1, in: Self.shSecondPoss) || spelled(s, p - 2, in: Self.shSecondPoss)) { return }
        for k in 0..<s.seqCount where c3(s, k) & WordClass3.sFlirt != 0 {
            if cls(s, max(0, k - 1)) & WordClass.first != 0 && k > 0 { continue }   // "my baby"
            if k + 1 < s.seqCount && cls(s, k + 1) & WordClass.kin != 0 { continue }  // "baby brother"
            emit(s, 20, p, 0.7, 5, min(k, ask), max(k, p))
            return
        }
    }

    /// "anyone got her OF leaks?", "leaked nudes", "her onlyfans leaked", "fotos filtradas de ella".
    private func leakRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        for k in max(0, p - 3)...min(n - 1, p + 3) where k != p {
            let w = spelling(s, k)
            if Self.shExplicit.contains(w)
                || (w == "of" && k == p - 1 && spelled(s, k - 1, in: Self.shPerson))
                || (Self.shPics.contains(w) && (spelled(s, k - 1, in: Self.shPerson) || spelled(s, k + 1, in: ["of"]) && spelled(s, k + 2, in: ["her", "him", "ella", "elle", "ihr", "ela"]))) {
                emit(s, 21, p, 0.75, 5, min(k, p), max(k, p))
                return
            }
        }
    }

    /// "daddy likes it", "come to daddy", "be a good girl for daddy".
    private func daddyRule(_ s: Scratch, _ p: Int) {
        if spelled(s, p - 1, in: Self.shMyOwn) || spelled(s, p - 1, in: ["big", "sugar"]) && spelled(s, p - 2, in: Self.shMyOwn) { return }
        let next = spelled(s, p + 1, in: Self.shDaddyNext) && !(p + 1 < s.seqCount && boundaryAt(s, p + 1))
        let to = spelled(s, p - 1, in: ["to", "for"]) && endsClause(s, p)
        if !next && !to { return }
        if next && spelling(s, p + 1) == "is" && !spelled(s, p + 2, in: ["proud", "watching", "here", "pleased", "happy"]) { return }
        if gameClause(s, p) { return }
        emit(s, 22, p, 0.6, 5, p, min(p + 1, s.seqCount - 1))
    }

    /// "bet they'd look better wrapped around my …", "lips wrapped around my dick".
    private func wrapRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        // "your lips would look better wrapped around something else", "wrap those lips around this"
        var p = p
        if spelled(s, p + 1, in: Self.shPossHer) && spelled(s, p + 2, in: ["lips", "mouth", "tongue"]) { p += 2 }
        if spelled(s, p + 1, in: Self.shAround) && spelled(s, p + 2, in: ["something", "smth", "this", "it"]) && (endsClause(s, p + 2) || spelled(s, p + 3, in: ["else"])) {
            for k in 1..<n where spelled(s, k, in: ["lips", "mouth", "tongue"]) && spelled(s, k - 1, in: Self.shPossHer) {
                if negationBefore(s, k, 3) { return }
                emit(s, 23, p, 0.75, 5, min(k, p), p + 2)
                return
            }
        }
        guard spelled(s, p + 1, in: Self.shAround), spelled(s, p + 2, in: Self.shMine) else { return }
        if !(endsClause(s, p + 2) || p + 3 < n && cls(s, p + 3) & WordClass.sexBody != 0) { return }
        emit(s, 23, p, 0.75, 5, p, p + 2)
    }

    /// "stand up and let us see the rest of you", "show us the rest of your body".
    private func restRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard spelled(s, p - 1, in: ["the"]), spelled(s, p + 1, in: Self.shRestOf), p + 2 < n else { return }
        if !spelled(s, p + 2, in: Self.shYouBody) { return }
        let end = spelled(s, p + 3, in: ["body"]) ? p + 3 : p + 2
        if !endsClause(s, end) { return }
        var cue = false
        var q = p - 2
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            if cls(s, q) & WordClass.neg != 0 { return }
            if spelled(s, q, in: Self.shRestCue) { cue = true }
            q -= 1
        }
        if !cue { return }
        emit(s, 24, p, 0.7, 5, max(0, p - 2), end)
    }

    // MARK: round 7 — kinds, not phrases

    static let shGroupNoun: Set<String> = ["players", "gamers", "streamers", "guys", "kids", "men", "women", "girls", "dudes", "freaks", "folks"]
    static let shNotGeneric: Set<String> = ["the", "my", "our", "your", "ur", "his", "her", "these", "those", "some", "two", "three", "few", "mis", "mes", "meine", "meus", "minhas", "nos", "unsere"]
    static let shFiller: Set<String> = ["all", "just", "only", "literally", "basically", "nothing", "but", "such", "so", "bunch", "of", "a", "an", "total", "complete", "fucking", "filthy", "dirty", "dumb", "stupid", "brainwashed", "lazy", "todos", "todas", "tous", "toutes", "alle", "que", "des", "une", "un", "unos", "unas", "uns", "umas", "solo", "nur", "so", "bien", "muy", "tan", "tres", "voll", "nada", "mas", "rien", "never", "always", "like"]
    static let shBelief: Set<String> = ["think", "thinks", "believe", "believes", "assume", "assumes", "claim", "claims", "pretend", "say", "says", "saying", "myth", "stereotype", "stereotypes", "racist", "racism", "lie", "lies"]
    static let shSkill: Set<String> = ["play", "drive", "aim", "code", "think", "read", "swim", "fight", "lead", "stream", "commentate", "cast", "shoot", "jogar", "jugar", "jouer", "spielen", "zocken", "manejar", "conducir", "conduire", "fahren", "dirigir", "pensar", "penser", "denken", "programar", "coder", "programmieren", "lire", "leer", "ler", "lesen", "nadar", "nager", "schwimmen"]
    static let shWhen: Set<String> = ["tonight", "today", "tomorrow", "anymore", "now", "rn", "yet", "because", "bc", "cuz", "cause", "since", "until", "without", "week", "weekend", "season"]
    static let shStealObj: Set<String> = ["show", "spotlight", "hearts", "ball", "base", "bases", "points", "kill", "kills", "scene"]
    static let shRunObj: Set<String> = ["twitch", "media", "hollywood", "world", "banks", "government", "youtube", "internet", "platform", "industry", "country", "everything", "finance", "news"]
    static let shTheir: Set<String> = ["their", "su", "sus", "leur", "leurs", "ihrem", "ihren", "deles", "delas"]
    static let shTypicalNext: Set<String> = ["always", "behavior", "behaviour", "move", "logic", "mentality", "shit", "things", "thing", "again", "stuff", "attitude", "lol", "lmao"]
    static let shRace: Set<String> = ["black", "jewish", "asian", "mexican", "gay", "trans", "muslim", "chinese", "arab", "indian", "lesbian", "woman", "girl", "female", "jew"]
    static let shPlaceVerb: Set<String> = ["belong", "belongs", "send", "sent", "put", "lock", "locked", "ship", "shipped", "throw", "thrown", "keep", "kept", "herd", "mandar", "manden", "meter", "metan", "encerrar", "enviar", "envoyer", "envoyez", "mettre", "mettez", "enfermer", "schicken", "schickt", "stecken", "steckt", "sperren", "sperrt", "einsperren", "colocar", "enfiar", "trancar", "prender", "mandem", "gehoren", "gehort", "pertenecen", "pertencem"]
    static let shPlacePrep: Set<String> = ["in", "into", "to", "behind", "inside", "back", "en", "a", "al", "dans", "aux", "au", "ins", "hinter", "na", "no", "nos", "nas", "em", "pra", "para", "the", "a", "los", "las", "les", "die", "den", "os", "as", "de"]
    static let shWishLead: Set<String> = ["lets", "let", "just", "we", "should", "need", "must", "gotta", "hope", "wish", "ill", "id", "imma"]
    static let shSolutionOld: Set<String> = ["losung", "loesung", "solution", "solucion", "solucao", "camps", "lager", "ovens", "gaskammer", "gaskammern", "showers", "chambers", "kz"]
    static let shRegion: Set<String> = ["cleavage", "chest", "tits", "boobs", "boobies", "titties", "ass", "butt", "booty", "thighs", "rack", "crotch", "bulge", "nipples", "cameltoe", "pussy", "dick", "cock", "cheeks"]
    static let shSitOn: Set<String> = ["face", "lap", "dick", "cock", "cara", "visage", "gesicht", "colo", "me", "it"]
    static let shOnPrep: Set<String> = ["on", "onto", "en", "sur", "auf", "na", "em", "encima"]
    static let shMyW: Set<String> = ["my", "mi", "mon", "ma", "mein", "meine", "meinem", "minha", "meu"]
    static let shForWhom: Set<String> = ["us", "me", "chat", "daddy", "everyone", "cam", "camera"]
    static let shFitness: Set<String> = ["apart", "width", "shoulder", "stance", "stretch", "squat", "wide", "yoga", "gym", "hip", "feet"]
    static let shYum: Set<String> = ["good", "amazing", "sweet", "delicious", "nice", "great", "so"]
    static let shComplain: Set<String> = ["about", "at", "over", "that", "because", "on", "when", "like"]
    static let shWhine: Set<String> = ["stop", "quit", "always", "keep", "keeps", "constantly", "constant", "all"]
    static let shMoanCue: Set<String> = ["hear", "make", "bet", "sound", "sounds", "have", "want", "wanna", "love", "imagine", "like", "name"]
    static let shJerkOff: Set<String> = ["off", "it", "one"]
    static let shSlow: Set<String> = ["slower", "slowly", "slow", "lento", "despacito", "lentement", "langsamer", "devagar"]
    static let shPossHer: Set<String> = ["your", "ur", "her", "those", "that", "ya", "tu", "ta", "tes", "dein", "deine", "deinen", "tua", "teu", "sua"]
    static let shTakeover: Set<String> = ["ill", "sick", "unstable", "deranged", "disturbed"]

    /// A group of people for the round-7 rules: a listed group, a demonym, or
    /// "[black/trans/deaf …] players/guys/girls" (not "those guys", which is no group).
    private func groupAt(_ s: Scratch, _ p: Int) -> Bool {
        if anyGroup(s, p) || kindGroup(s, p) { return true }
        return p > 0 && !boundaryAt(s, p) && cls(s, p - 1) & WordClass.groupMod != 0
            && !spelled(s, p - 1, in: ["those", "these", "the"]) && spelled(s, p, in: Self.shGroupNoun)
    }

    /// Whether the clause before `g` reports someone else's belief ("people think …", "the myth that …").
    private func reportedBelief(_ s: Scratch, _ g: Int) -> Bool {
        var q = g - 1
        while q >= 0 && !boundaryAt(s, q + 1) {
            if spelled(s, q, in: Self.shBelief) { return !(q > 0 && cls(s, q - 1) & WordClass.first != 0) }
            q -= 1
        }
        return false
    }

    /// "chinese people are just bugs", "christians are brainwashed sheep", "all indians are scammers",
    /// "los gitanos son todos ladrones", "les arabes sont des voleurs", "Ausländer sind alle Verbrecher", "são todos bandidos".
    private func predRule(_ s: Scratch, _ p: Int) {
        if spelled(s, p, in: ["mentally"]) && !spelled(s, p + 1, in: Self.shTakeover) { return }
        // metaphors only as a predicate noun: "are a disease on this country", not "are disease researchers"
        if spelled(s, p, in: Self.shMetaphor) && !(spelled(s, p - 1, in: ["a", "an", "the", "like"]) && (endsClause(s, p) || spelled(s, p + 1, in: ["on", "to", "in", "for", "of", "upon"]))) { return }
        var cop = -1
        var q = p - 1
        while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
            let c = cls(s, q)
            if c & WordClass.neg != 0 { return }
            if c & WordClass.copula != 0 { cop = q; break }
            if !spelled(s, q, in: Self.shFiller) && c & (WordClass.det | WordClass.interj) == 0 && c3(s, q) & WordClass3.hPred == 0 && q != p - 1 { return }
            q -= 1
        }
        if cop < 0 { return }
        var g = -1
        q = cop - 1
        while q >= 0 && q >= cop - 3 && !boundaryAt(s, q + 1) {
            let c = cls(s, q)
            if c & WordClass.neg != 0 { return }
            if groupAt(s, q) { g = q; break }
            if spelled(s, q, in: Self.shTheyW) {
                // "they're all thieves" after a group named before
                for k in 0..<q where groupAt(s, k) { g = q; break }
                break
            }
            if c & (WordClass.first | WordClass.second) != 0 { return }
            q -= 1
        }
        if g < 0 || negationBefore(s, g, 3) || reportedBelief(s, g) || reporting(s) { return }
        if spelled(s, g - 1, in: Self.shMyOwn) && !kindGroup(s, g) { return }
        emit(s, 26, g, 0.8, 4, g, p)
    }

    /// Stereotypes stated of a group: "asians can't drive", "gypsies steal everything", "jews run twitch",
    /// "it's in their blood", "typical jew", "of course the ref is black, explains everything", "homos get out".
    /// A group named in the message and a stereotype cue that needs no predicate of its own:
    /// "a woman shotcalling, what did you expect", "jewish streamer asking for donations, shocker",
    /// "muslims in the lobby? check for backpacks", "gypsies on the server, lock your inventory",
    /// "mexicans? thought they'd be jumping fences", "black players and teamwork, pick one".
    private func groupCueRule(_ s: Scratch, _ p: Int, _ w: String) {
        let n = s.seqCount
        switch w {
        case "expect", "expected":
            // "what did you expect", "what do you expect from …"
            guard spelled(s, p - 1, in: ["you", "u", "ya"]), spelled(s, p - 2, in: ["did", "do", "else"]) || spelled(s, p - 3, in: ["what"]) else { return }
        case "shocker", "shocking", "surprise":
            // closing sarcasm: "…, shocker" / "what a surprise" ending the message
            guard p == n - 1 || endsClause(s, p) && p >= n - 2, !negationBefore(s, p, 2) else { return }
            if w == "surprise" && !spelled(s, p - 1, in: ["a", "big", "huge", "no"]) { return }
        case "pick":
            // "X and Y, pick one"
            guard spelled(s, p + 1, in: ["one"]) else { return }
            var and = false
            for k in 0..<p where spelled(s, k, in: ["and", "or"]) { and = true; break }
            if !and { return }
        case "fences", "fence", "border":
            guard spelled(s, p - 1, in: ["jumping", "jump", "jumped", "climbing", "hopping", "the"]) || spelled(s, p - 2, in: ["jumping", "jump", "climbing", "hopping", "crossing", "of"]) else { return }
        default:
            // theft and bomb cues: "check for backpacks", "lock your inventory", "hold your wallets"
            guard spelled(s, p - 1, in: ["your", "ur", "for", "my", "the", "their", "our", "his"]),
                  spelled(s, p - 2, in: ["check", "checking", "lock", "locking", "hide", "hold", "watch", "clutch", "clutching", "guard", "secure", "grab", "for", "on", "up"]) else { return }
        }
        if reporting(s) { return }
        var g = -1
        for k in 0..<n where k != p && (groupAt(s, k) || c3(s, k) & WordClass3.hWoman != 0 && w.hasPrefix("expect")) {
            if spelled(s, k - 1, in: Self.shMyOwn) || spelled(s, k - 1, in: Self.shNotGeneric) { continue }
            g = k; break
        }
        if g < 0 { return }
        emit(s, 36, g, 0.55, 4, min(g, p), max(g, p))
    }

    private func stereoRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        switch w {
        case "blood", "dna", "genes", "genetics", "sangre", "sang", "blut", "sangue":
            guard spelled(s, p - 1, in: Self.shTheir) || spelled(s, p + 1, in: ["deles", "delas"]) || spelled(s, p - 1, in: ["im"]) else { return }
            if negationBefore(s, p, 4) { return }
            for k in 0..<n where groupAt(s, k) {
                emit(s, 27, p, 0.7, 4, min(k, p), max(k, p))
                return
            }
        case "expect", "expected", "shocker", "shocking", "surprise", "backpacks", "backpack", "inventory", "inventories", "wallet", "wallets", "purse", "fences", "fence", "border", "pick":
            groupCueRule(s, p, w)
        case "typical", "typisch", "tipico", "tipica", "typique", "classic":
            var g = -1
            for k in stride(from: p + 1, through: min(n - 1, p + 2), by: 1) where groupAt(s, k) && !boundaryAt(s, k) { g = k; break }
            if g < 0 || spelled(s, g + 1, in: Self.shFood) { return }
            if !(endsClause(s, g) || spelled(s, g + 1, in: Self.shTypicalNext)) { return }
            emit(s, 28, g, 0.65, 4, p, g)
        case "explains", "figures", "ofc", "course", "wonder", "obviously":
            if w == "course" && !spelled(s, p - 1, in: ["of"]) { return }
            if w == "wonder" && !spelled(s, p - 1, in: ["no"]) { return }
            if w == "explains" && !spelled(s, p + 1, in: ["everything", "a", "it", "that"]) { return }
            // "[he/the ref] is [black / a woman]" ending its clause
            for k in 1..<n where spelled(s, k, in: Self.shRace) && endsClause(s, k) {
                var j = k - 1
                if spelled(s, j, in: ["a"]) { j -= 1 }
                guard j >= 1, cls(s, j) & WordClass.copula != 0 || spelled(s, j, in: ["hes", "shes"]) else { continue }
                let subj = spelled(s, j, in: ["hes", "shes"]) ? j : j - 1
                if cls(s, subj) & WordClass.person3 == 0 && !spelled(s, subj, in: ["hes", "shes"]) { continue }
                if negationBefore(s, k, 3) { return }
                emit(s, 29, k, 0.7, 4, min(p, subj), max(p, k))
                return
            }
        case "allowed", "exist":
            // "faggots like you shouldn't be allowed on the internet", "people like him shouldn't exist"
            guard spelled(s, p - 1, in: ["be"]) || w == "exist" else { return }
            var negShould = false, like = -1
            var q = p - 1
            while q >= 0 && q >= p - 8 && !boundaryAt(s, q + 1) {
                if cls(s, q) & WordClass.neg != 0 && (cls(s, q) & WordClass.should != 0 || spelled(s, q, in: ["shouldnt", "shouldn"]) || cls(s, max(0, q - 1)) & WordClass.should != 0) { negShould = true }
                if compareWords.contains(s.tokens[Int(s.seq[q])].word) && cls(s, q + 1) & (WordClass.second | WordClass.person3) != 0 { like = q }
                q -= 1
            }
            if negShould && like < 0 {
                // "your kind shouldn't be allowed to breed", "you people shouldn't exist"
                let k = lastBefore(s, p, within: 8) { kindGroup(s, $0) }   // kindGroup is false at 0
                if k >= 0 { emit(s, 34, k, 0.8, 4, k - 1, p); return }
            }
            guard negShould, like > 0 else { return }
            let g = like - 1
            let tw = Int(s.tokens[Int(s.seq[g])].word)
            if !(groupAt(s, g) || tw >= 0 && vocab.category[tw] == 2 && vocab.weight[tw] >= 0.5) { return }
            emit(s, 34, g, 0.75, 4, g, p)
        case "out", "raus", "fuera", "dehors":
            if w == "out" && !(spelled(s, p - 1, in: ["get"]) || p > 0 && groupAt(s, p - 1)) { return }
            var g = -1
            var q = p - 1
            while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
                let c = cls(s, q)
                if c & (WordClass.neg | WordClass.first | WordClass.second) != 0 { return }
                if groupAt(s, q) { g = q; break }
                q -= 1
            }
            if g < 0 || spelled(s, g - 1, in: Self.shMyOwn) { return }
            emit(s, 30, g, 0.75, 4, g, p)
        case "run", "steal", "steals", "stealing", "rob", "robs", "robbing", "scam", "scams", "scamming", "beg", "begs", "begging",
             "nicking", "nick", "nicks", "nicked", "thieving", "pinching", "looting", "shoplifting", "stole", "robbed", "scammed",
             "ruin", "ruins", "ruining", "roban", "robando", "estafan", "volent", "volant", "klauen", "klaut", "stehlen", "roubam", "roubando":
            if w == "run" && !(spelled(s, p + 1, in: Self.shRunObj) || spelled(s, p + 1, in: ["the", "this", "our", "these", "all", "every"]) && spelled(s, p + 2, in: Self.shRunObj)) { return }
            if spelled(s, p + 1, in: Self.shStealObj) || spelled(s, p + 2, in: Self.shStealObj) { return }
            var g = -1
            var q = p - 1
            while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
                let c = cls(s, q)
                if c & (WordClass.neg | WordClass.first | WordClass.second) != 0 { return }
                if groupAt(s, q) { g = q; break }
                if !spelled(s, q, in: ["always", "all", "just", "only", "literally", "basically", "really", "again", "siempre", "toujours", "immer", "sempre", "nur", "solo", "only"]) { return }
                q -= 1
            }
            if g < 0 || spelled(s, g - 1, in: Self.shNotGeneric) || reportedBelief(s, g) || gameClause(s, p) && w == "run" { return }
            if w == "run" && c3(s, g) & WordClass3.hWoman != 0 { return }   // "women run the world" is a slogan
            // "typical jew, always begging" keeps its singular: a demonym before a comma counts only with "always"
            emit(s, 31, g, 0.7, 4, g, p)
        default:
            // inability: "asians can't drive", "les noirs savent pas jouer", "mulher não sabe dirigir"
            var neg = w == "cant" || w == "cannot"
            var skill = -1
            var r = p + 1
            while r < n && r <= p + 4 && !boundaryAt(s, r) {
                if cls(s, r) & WordClass.neg != 0 { neg = true }
                if spelled(s, r, in: Self.shSkill) { skill = r; break }
                r += 1
            }
            if spelled(s, p - 1, in: ["nicht", "no", "nao", "pas", "ne"]) || p > 0 && cls(s, p - 1) & WordClass.neg != 0 { neg = true }
            if skill < 0 || !neg { return }
            var g = -1
            var q = p - 1
            while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
                if groupAt(s, q) { g = q; break }
                if cls(s, q) & (WordClass.first | WordClass.second) != 0 { return }
                q -= 1
            }
            if g < 0 || spelled(s, g - 1, in: Self.shNotGeneric) || reportedBelief(s, g) { return }
            var k = skill + 1
            while k < n && !boundaryAt(s, k) { if spelled(s, k, in: Self.shWhen) { return }; k += 1 }
            emit(s, 32, g, 0.7, 4, g, skill)
        }
    }

    /// "black people belong in cages", "send all the gays to camps", "put immigrants in cages",
    /// "Mexicans belong behind the wall", "metan a los gitanos en jaulas", "ab in den Knast mit denen".
    private func cageRule(_ s: Scratch, _ p: Int) {
        // a preposition right before (articles allowed): "in cages", "behind the wall", "to the camps"
        var prep = -1
        var q = p - 1
        while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
            if spelled(s, q, in: ["in", "into", "to", "behind", "inside", "en", "dans", "aux", "au", "ins", "hinter", "na", "no", "nos", "nas", "em", "pra", "para", "al", "a"]) { prep = q; break }
            if !spelled(s, q, in: Self.shPlacePrep) && cls(s, q) & WordClass.det == 0 { return }
            q -= 1
        }
        if prep < 0 { return }
        var verb = -1, g = -1, wish = false
        q = prep - 1
        while q >= 0 && q >= prep - 8 && !boundaryAt(s, q + 1) {
            let c = cls(s, q)
            if c & WordClass.neg != 0 { return }
            if verb < 0 && spelled(s, q, in: Self.shPlaceVerb) { verb = q }
            if groupAt(s, q) { g = q }
            if c & WordClass.should != 0 || spelled(s, q, in: Self.shWishLead) { wish = true }
            if c & WordClass.second != 0 && c & WordClass.possessive == 0 { return }
            if verb >= 0 && g >= 0 && g < verb { break }
            q -= 1
        }
        if verb < 0 || g < 0 { return }
        let belong = spelled(s, verb, in: ["belong", "belongs", "gehoren", "gehort", "pertenecen", "pertencem"])
        // an order: the verb opens its clause ("send them all to camps")
        if verb == 0 || boundaryAt(s, verb) || spelled(s, verb - 1, in: ["just", "lets", "pls", "please"]) { wish = true }
        if !(belong || wish) || spelled(s, g - 1, in: Self.shMyOwn) || gameClause(s, p) { return }
        emit(s, 33, g, 0.85, 4, min(g, verb), p)
    }

    /// Sexual acts and body regions said to someone: "ride me", "sit on my face", "bend over for us",
    /// "spread those cheeks", "flash us for 500 bits", "bet you taste amazing down there", "wanna hear you moan",
    /// "i jerked off to your vod", "twerk for chat", "staring at your cleavage".
    private func actRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        if gameClause(s, p) { return }
        func you(_ k: Int) -> Bool {
            k >= 0 && k < n && !boundaryAt(s, k) && (cls(s, k) & (WordClass.second | WordClass.secondPre) != 0 && cls(s, k) & WordClass.reflexive == 0 || spelled(s, k, in: ["her"]))
        }
        func fire(_ rule: Int, _ wt: Double, _ b: Int) {
            if sexSpeaker(s, p) < 0 || negationBefore(s, p, 3) && !spelled(s, p - 1, in: ["stop"]) { return }
            emit(s, rule, p, wt, 5, p, min(max(b, 0), n - 1))
        }
        switch w {
        case "ride", "riding", "montarte", "montame", "cabalgarte":
            if w != "ride" && w != "riding" { fire(40, 0.75, p); return }
            if spelled(s, p + 1, in: ["me", "you", "u", "ya", "her"]) && (endsClause(s, p + 1) || spelled(s, p + 2, in: ["hard", "all", "till", "until", "like", "so", "daddy", "baby"])) { fire(40, 0.75, p + 1) }
            else if spelled(s, p + 1, in: Self.shMyW) && (spelled(s, p + 2, in: Self.shSitOn) || p + 2 < n && cls(s, p + 2) & WordClass.sexBody != 0) { fire(40, 0.8, p + 2) }
            else if spelled(s, p + 1, in: Self.shPossHer) && spelled(s, p + 2, in: ["face", "dick", "cock"]) && sexSpeaker(s, p) == 2 { fire(40, 0.8, p + 2) }
        case "sit", "sentar", "senta", "sientate", "assieds", "setz":
            var r = p + 1
            if spelled(s, r, in: ["dich", "toi", "te"]) { r += 1 }
            guard spelled(s, r, in: Self.shOnPrep) else { return }
            if spelled(s, r + 1, in: ["me", "mim"]) && endsClause(s, r + 1) { fire(41, 0.75, r + 1); return }
            if spelled(s, r + 1, in: Self.shMyW) && (spelled(s, r + 2, in: Self.shSitOn) || r + 2 < n && cls(s, r + 2) & WordClass.sexBody != 0) {
                if spelled(s, r + 2, in: ["lap"]) && !endsClause(s, r + 2) { return }
                if !incitement(s, p) && sexSpeaker(s, p) != 2 { return }
                fire(41, 0.8, r + 2)
            }
        case "bend":
            if you(p + 1) && spelled(s, p + 2, in: ["over"]) { if sexSpeaker(s, p) >= 1 { fire(42, 0.8, p + 2) }; return }
            guard spelled(s, p + 1, in: ["over", "down"]) else { return }
            if spelled(s, p + 2, in: ["backwards", "the", "a", "to", "and"]) { return }
            var cue = -1
            var r = p + 2
            while r < n && r <= p + 6 && !boundaryAt(s, r) {
                if spelled(s, r, in: Self.shForWhom) && spelled(s, r - 1, in: ["for"]) || spelled(s, r, in: ["again", "pls", "please", "slowly", "more"]) || spelled(s, r, in: ["so"]) && spelled(s, r + 1, in: ["we", "i", "chat"]) { cue = r; break }
                r += 1
            }
            if cue < 0 { return }
            fire(42, 0.75, cue)
        case "spread":
            var r = p + 1
            if spelled(s, r, in: Self.shPossHer) || spelled(s, r, in: ["them", "em", "those"]) { r += 1 }
            if spelled(s, r, in: ["legs", "cheeks", "thighs", "pussy", "ass"]) {
                var k = r + 1
                while k < n && !boundaryAt(s, k) { if spelled(s, k, in: Self.shFitness) { return }; k += 1 }
                if r == p + 1 && !spelled(s, r, in: ["cheeks", "pussy"]) { return }
                fire(43, 0.8, r)
            } else if spelled(s, p + 1, in: ["for"]) && spelled(s, p + 2, in: Self.shForWhom) { fire(43, 0.8, p + 2) }
        case "flash":
            if spelled(s, p + 1, in: ["us", "chat", "everyone"]) && !spelled(s, p + 2, in: ["in", "into", "through", "out", "over", "on", "when", "before", "after", "then", "a", "b", "mid"]) { fire(44, 0.75, p + 1) }
            else if spelled(s, p + 1, in: Self.shPossHer) && spelled(s, p + 2, in: Self.shRegion) { fire(44, 0.8, p + 2) }
            else if spelled(s, p + 1, in: ["me", "the"]) && spelled(s, p + 2, in: ["for"]) && spelled(s, p + 4, in: ["bits", "subs", "money", "cash", "dollars", "bucks"]) { fire(44, 0.75, p + 4) }
            else if spelled(s, p + 1, in: ["for"]) && spelled(s, p + 3, in: ["bits", "subs", "dollars", "bucks"]) && incitement(s, p) { fire(44, 0.75, p + 3) }
        case "taste":
            // "bet you taste amazing (down there)", "i wanna taste you", "you'd taste so good"
            if you(p + 1) && endsClause(s, p + 1) && sexSpeaker(s, p) == 2 { fire(45, 0.75, p + 1); return }
            if you(p - 1) || spelled(s, p - 1, in: ["youd", "shed", "bet"]) && you(p - 2) {
                if spelled(s, p + 1, in: Self.shYum) && (spelled(s, p + 2, in: ["down"]) && spelled(s, p + 3, in: ["there"]) || spelled(s, p - 2, in: ["bet"]) || spelled(s, p - 1, in: ["youd", "shed"])) {
                    emit(s, 45, p, 0.75, 5, p - 1, p + 1)
                }
            }
        case "moan", "moaning", "moans", "gemir", "gimiendo", "gemis", "stohnen", "stohnst", "gemendo", "gemer":
            if spelled(s, p + 1, in: Self.shComplain) || spelled(s, p - 1, in: Self.shWhine) { return }
            var cue = false, aimed = false
            var q = p - 1
            while q >= 0 && q >= p - 5 && !boundaryAt(s, q + 1) {
                if spelled(s, q, in: Self.shMoanCue) { cue = true }
                if you(q) { aimed = true }
                if cls(s, q) & WordClass.neg != 0 { return }
                q -= 1
            }
            if spelled(s, p + 1, in: ["my"]) && spelled(s, p + 2, in: ["name"]) { cue = true }
            if cue && aimed { emit(s, 46, p, 0.7, 5, max(0, q + 1), p) }
        case "cleavage", "cameltoe":
            if spelled(s, p - 1, in: Self.shPossHer) || spelled(s, p - 1, in: ["nice", "hot", "great", "sexy"]) || spelled(s, p - 1, in: ["the"]) && spelled(s, p - 2, in: ["at", "on"]) {
                fire(47, 0.75, p)
            }
        case "stare", "staring", "stared", "ogling", "ogle", "zoom":
            var r = p + 1
            if spelled(s, r, in: ["in"]) { r += 1 }
            guard spelled(s, r, in: ["at", "on"]) else { return }
            if spelled(s, r + 1, in: Self.shPossHer) && spelled(s, r + 2, in: Self.shRegion) || spelled(s, r + 1, in: Self.shPossHer) && spelled(s, r + 3, in: Self.shRegion) { fire(47, 0.75, r + 2) }
        case "shaved", "hairy", "wet":
            if spelled(s, p + 1, in: ["down"]) && spelled(s, p + 2, in: ["there"]) && (you(p - 1) || you(p - 2)) { fire(48, 0.75, p + 2) }
        case "skimpy", "revealing", "lowcut", "seethrough", "tight":
            if w == "tight" && !(p + 1 < n && (cls(s, p + 1) & WordClass.clothes != 0 || c3(s, p + 1) & WordClass3.sBikini != 0 || spelled(s, p + 1, in: ["shorts", "leggings", "jeans", "dress", "top"]))) { return }
            var k = clauseStart(s, p)
            while k < n && (k == clauseStart(s, p) || !boundaryAt(s, k)) { if spelled(s, k, in: Self.shFitness) || spelled(s, k, in: ["run", "running", "workout", "climbing", "cycling", "race"]) { return }; k += 1 }
            var q = p - 1
            while q >= 0 && q >= p - 4 && !boundaryAt(s, q + 1) {
                if spelled(s, q, in: ["wear", "wearing"]) { if incitement(s, q) || you(q - 1) { fire(49, 0.7, p) }; return }
                q -= 1
            }
        case "shake", "twerk", "twerking", "jiggle", "bounce", "wiggle", "perrea", "perrear", "rebola", "rebolar", "wackel", "wackeln":
            var r = p + 1
            if spelled(s, r, in: ["that", "those", "your", "ur", "them", "it", "em"]) { r += 1 }
            if spelled(s, r, in: ["for"]) && (spelled(s, r + 1, in: Self.shForWhom) || spelled(s, r + 2, in: ["cam", "camera", "stream"])) { fire(50, 0.75, r + 1); return }
            if spelled(s, r, in: ["ass", "booty", "butt", "tits", "boobs", "titties", "cheeks", "rack"]) { fire(50, 0.75, r); return }
            if w == "shake" && spelled(s, p + 1, in: ["it"]) && endsClause(s, p + 1) {
                for k in 0..<n where spelled(s, k, in: ["body"]) && (spelled(s, k - 1, in: Self.shPossHer)) { fire(50, 0.7, p + 1); return }
            }
        case "knees":
            kneesRule(s, p)
        case "body":
            bodyRule(s, p)
        case "sleeping", "slept", "sleeps", "sucking", "blowing", "blew", "sucked":
            sleepWayRule(s, p)
        case "cup":
            sizeRule(s, p)
        case "mouth", "lips", "tongue":
            // They carry `sAct` for `mouthUseRule` (run by the dispatcher); the
            // "… off to your …" frame below is not theirs: "put your lips to your mic".
            return
        default:
            // jerking off to someone: "i jerked off to your vod", "fapping to her pics", "me pajeé con tu stream"
            if w.hasPrefix("jerk") || w.hasPrefix("jack") {
                if !spelled(s, p + 1, in: Self.shJerkOff) { return }
            }
            var r = p + 1
            while r < n && r <= p + 4 && !boundaryAt(s, r) {
                if spelled(s, r, in: ["to", "con", "sur", "auf", "pra", "pensando", "watching", "viendote", "over"]) {
                    if you(r + 1) || spelled(s, r + 1, in: ["ur", "your", "her", "ya", "dich", "toi", "voce", "vc", "tu", "ta", "tes", "ton", "dein", "deine", "deinen"]) || spelled(s, r + 2, in: ["you", "u", "her", "dich", "toi", "voce", "vc", "ti"]) {
                        if spelled(s, r + 1, in: ["the"]) { return }
                        fire(51, 0.8, r + 1)
                    }
                    return
                }
                r += 1
            }
        }
    }

    /// "can't stop thinking about what's under that hoodie" (a negation that is no denial).
    private func underThinkRule(_ s: Scratch, _ p: Int) {
        guard spelled(s, p - 1, in: Self.shUnderPrev) || spelled(s, p - 2, in: Self.shUnderPrev) else { return }
        let cloth = firstAfter(s, p, within: 2) { r in cls(s, r) & WordClass.clothes != 0 || c3(s, r) & WordClass3.sBikini != 0 || spelled(s, r, in: Self.shCover) }
        if cloth < 0 || spelled(s, cloth, in: ["desk", "table"]) { return }
        var think = false
        var q = p - 2
        while q >= 0 && q >= p - 6 && !boundaryAt(s, q + 1) {
            if spelled(s, q, in: Self.shThink) { think = true }
            // "can't stop thinking": the negation and "stop" cancel out
            if cls(s, q) & WordClass.neg != 0 && !spelled(s, q + 1, in: ["stop"])
                && !(spelled(s, q, in: ["stop"]) && q > 0 && cls(s, q - 1) & WordClass.neg != 0) { return }
            q -= 1
        }
        if !think || gameClause(s, p) { return }
        emit(s, 25, p, 0.75, 5, p, cloth)
    }
}

extension WordClass3 {
    // group hate
    static let hPunish: UInt64 = 1 << 0      // thrown, hanged, shot, locked, gassed, quemados, vergast (… should be)
    static let hOnlyGood: UInt64 = 1 << 1    // good (only … for), sirven, servent, taugen, servem
    static let hBurden: UInt64 = 1 << 2      // burden, (dead) weight, drain, lastre, fardeau, Belastung, fardo
    static let hFix: UInt64 = 1 << 3         // fix (them), cured, therapy, conversion, curar, heilen
    static let hMan: UInt64 = 1 << 4         // man, guy, dick (a real man …)
    static let hAchieve: UInt64 = 1 << 5     // invented, built, contributed (never …)
    static let hInvade: UInt64 = 1 << 6      // invading, overrun, invadiendo, envahissent, überfluten
    static let hNazi: UInt64 = 1 << 7        // hitler, holocaust, auschwitz
    static let hSolution: UInt64 = 1 << 8    // Lösung, solution, ovens, Gaskammer
    static let hSlurAdj: UInt64 = 1 << 9     // filthy, dirty, dreckiger, sucio, sale, imundo, burro
    static let hDemonym: UInt64 = 1 << 10    // jew, gypsy, Zigeuner, moro, indian, nordestino (singular group words)
    static let hChore: UInt64 = 1 << 11      // dishes, kitchen, platos, vaisselle, Herd, louça
    static let hWoman: UInt64 = 1 << 12      // woman, mujer, mulher, femme, Weib, Frau
    static let hBelong: UInt64 = 1 << 13     // belong, gehören, pertenecen, pertencem
    static let hSmell: UInt64 = 1 << 14      // smell, stink, huele, pue, stinkt, fede
    static let hStrong: UInt64 = 1 << 15     // subhuman, vermin, animals, Untermenschen (after "they are")
    static let hPred: UInt64 = 1 << 16       // criminals, scammers, bugs, sheep, scum, lazy, mentally (ill) … (group + are + …)
    // sexual harassment
    static let sLick: UInt64 = 1 << 17       // lick, suck, sniff, smell, kiss, lamer, lécher, lecken
    static let sBodyX: UInt64 = 1 << 18      // neck, lips, mouth, feet, thighs, sweat, chair
    static let sRail: UInt64 = 1 << 19       // railed, breed, pound, dicked
    static let sRuin: UInt64 = 1 << 20       // ruin, wreck, destroy, devour (… you alone / in bed)
    static let sBed: UInt64 = 1 << 21        // alone, bed, bedroom, cama, lit, Bett
    static let sStrip: UInt64 = 1 << 22      // take, pull, tug, lift (the top off, your shirt down)
    static let sWithout: UInt64 = 1 << 23    // without, sin, sans, ohne, sem (clothes / anything)
    static let sSee: UInt64 = 1 << 24        // see, watch, ver, voir, sehen
    static let sContact: UInt64 = 1 << 25    // snap, wsp, zap, insta, number
    static let sFlirt: UInt64 = 1 << 26      // baby, mami, mamita, gostosa, cutie
    static let sLeak: UInt64 = 1 << 27       // leak, leaked, filtrado, fuite, vazado
    static let sMisc: UInt64 = 1 << 28       // daddy, papi; wrapped (around my …); rest (of you), under (that hoodie)
    static let hStereo: UInt64 = 1 << 29     // cant/saben (+ skill), steal/beg/ruin, blood/dna, typical, explains/figures, out/raus
    static let sAct: UInt64 = 1 << 30        // ride, sit, bend, spread, flash, taste, moan, jerk, shake, twerk, stare, cleavage …
    static let sBikini: UInt64 = 1 << 31     // bikini, lingerie, underwear, panties, calcinha

    static let sexualHateNames: [String: UInt64] = [
        "hpunish": hPunish, "honlygood": hOnlyGood, "hburden": hBurden, "hfix": hFix, "hman": hMan,
        "hachieve": hAchieve, "hinvade": hInvade, "hnazi": hNazi, "hsolution": hSolution, "hslursadj": hSlurAdj,
        "hdemonym": hDemonym, "hchore": hChore, "hwoman": hWoman, "hbelong": hBelong, "hsmell": hSmell,
        "hstrong": hStrong, "hpred": hPred, "hstereo": hStereo, "sact": sAct,
        "slick": sLick, "sbodyx": sBodyX, "srail": sRail, "sruin": sRuin, "sbed": sBed, "sstrip": sStrip,
        "swithout": sWithout, "ssee": sSee, "scontact": sContact, "sflirt": sFlirt, "sleak": sLeak,
        "smisc": sMisc, "sbikini": sBikini,
    ]
}

extension WordClass3 {
    /// The bits `sexualHateRules` dispatches on; the context bits (demonyms, body
    /// words, bed, see, flirt) start nothing.
    static let sexualHateStarts: UInt64 = ~(hDemonym | sBodyX | sBed | sSee | sFlirt) & 0xFFFF_FFFF
}

// MARK: round 9 (blind9's kinds)

extension CompiledLexicon {
    static let shMetaphor: Set<String> = ["disease", "plague", "blight", "infestation", "infection", "curse", "cancer", "virus", "stain", "tumor", "tumour"]
    static let shKindHead: Set<String> = ["kind", "people", "lot", "race", "species", "breed", "tribe", "ilk"]

    /// "your kind", "your people", "you people", "their kind", "his kind": a group named through its speaker's target.
    func kindGroup(_ s: Scratch, _ p: Int) -> Bool {
        guard p >= 1, !boundaryAt(s, p), spelled(s, p, in: Self.shKindHead) else { return false }
        let prev = spelling(s, p - 1)
        switch prev {
        case "your", "ur", "yer", "their", "his", "yall": return spelling(s, p) != "lot" || prev != "their"
        case "you", "u", "ya": return spelling(s, p) == "people" || spelling(s, p) == "lot"
        default: return false
        }
    }

    /// "bet you'd look better on your knees", "on your knees where you belong", "on your knees for daddy"
    /// (not "on your knees fixing the PC again lol", "get down on your knees and pray").
    func kneesRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p >= 2, spelled(s, p - 1, in: ["your", "ur", "her", "yo", "ya"]), spelled(s, p - 2, in: ["on"]) else { return }
        var cue = -1
        let a = clauseStart(s, p)
        var k = a
        while k < n && k <= p + 6 && (k == a || !boundaryAt(s, k)) {
            if spelled(s, k, in: ["better", "belong", "belongs", "where", "pretty", "cute", "hot", "sexy", "daddy", "good", "best"]) { cue = k }
            if k > p && spelled(s, k, in: ["for"]) && spelled(s, k + 1, in: ["me", "us", "daddy", "chat", "him", "them"]) { cue = k + 1 }
            k += 1
        }
        if cue < 0 || negationBefore(s, p - 2, 3) { return }
        emit(s, 60, p, 0.8, 5, min(cue, p - 2), max(cue, p))
    }

    /// "bet that tight little body feels amazing", "your sexy body would taste so good"
    /// (not "my body feels amazing after yoga", "a tiny body of water").
    func bodyRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        var adj = false
        var q = p - 1
        while q >= 0 && q >= p - 3 && !boundaryAt(s, q + 1) {
            if spelled(s, q, in: ["tight", "hot", "sexy", "thicc", "curvy", "petite", "juicy", "bangin", "banging", "fine", "perfect"]) { adj = true }
            if s.seqClasses[q] & WordClass.first != 0 && s.seqClasses[q] & WordClass.second == 0 { return }
            q -= 1
        }
        if !adj { return }
        let sense = firstAfter(s, p, within: 3) { r in spelled(s, r, in: ["feels", "feel", "taste", "tastes", "would", "looks", "deserves", "needs"]) }
        var bet = false
        let a = clauseStart(s, p)
        var k = a
        while k < n && (k == a || !boundaryAt(s, k)) {
            if spelled(s, k, in: Self.shFitness) || spelled(s, k, in: ["workout", "run", "running", "water"]) { return }
            if spelled(s, k, in: ["bet", "wanna", "want", "imagine"]) { bet = true }
            if s.seqClasses[k] & WordClass.neg != 0 { return }
            k += 1
        }
        if sense < 0 || !(bet || spelled(s, sense, in: ["feels", "feel", "taste", "tastes"])
                          || spelled(s, sense, in: ["would"]) && spelled(s, sense + 1, in: ["feel", "taste"])) { return }
        emit(s, 61, p, 0.75, 5, max(0, q + 1), sense)
    }

    /// "your mouth would be put to better use than talking", "her lips have better uses"
    /// (the "good for something other than talking" form is onlyGoodRule's).
    func mouthUseRule(_ s: Scratch, _ p: Int) {
        guard p >= 1, spelled(s, p - 1, in: Self.shPossHer) else { return }
        let r = firstAfter(s, p, within: 8) { k in
            spelled(s, k, in: ["use", "uses", "used"]) && (spelled(s, k - 1, in: ["better", "other", "good", "real"]) || spelled(s, k - 2, in: ["put", "to"]) && spelled(s, k - 1, in: ["to", "better"]))
        }
        if r < 0 || negationBefore(s, p - 1, 3) { return }
        emit(s, 62, p, 0.7, 5, p - 1, r)
    }

    private static let shGain: [String] = ["partner", "partnered", "promoted", "promotion", "job", "role", "mod", "mods", "vip", "famous", "fame",
        "sponsor", "sponsored", "sponsorship", "deal", "spot", "position", "top", "career", "contract", "raise", "subs", "viewers",
        "followers", "verified", "affiliate", "hired", "signed", "grades", "grade", "award", "team", "roster"]

    /// "she only got partner by sleeping with the staff", "slept her way to the top", "you got mod by sucking up to…"
    /// is not it: only sleeping with / sucking off someone to gain a place (not "she got sick by sleeping with the window open").
    func sleepWayRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        let w = spelling(s, p)
        let sleep = w.hasPrefix("sle") || w == "slept"
        let way = spelled(s, p + 1, in: ["her", "his", "your", "ur", "their", "my"]) && spelled(s, p + 2, in: ["way"])
        let with = sleep ? spelled(s, p + 1, in: ["with", "w"]) : spelled(s, p + 1, in: ["off", "dick", "dicks", "cock"])
        if !(way || with) { return }
        if !way && !spelled(s, p - 1, in: ["by", "from", "for", "just", "only"]) { return }
        var gain = -1
        for k in 0..<n where spelled(s, k, in: Self.shGain) { gain = k; break }
        if gain < 0 { return }
        if negationBefore(s, p, 4) && !spelled(s, p - 1, in: ["by"]) { return }
        emit(s, 63, p, 0.75, 5, min(gain, p), max(gain, p + 1))
    }

    /// "what's your bra size", "what cup size are you", "her bra size?" (not "my bra size changed after
    /// pregnancy", "what bra size should I get").
    func sizeRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard spelled(s, p, in: ["bra", "cup", "bras"]) else { return }
        guard spelled(s, p + 1, in: ["size", "sizes"]) || spelled(s, p - 1, in: ["size"]) else { return }
        let a = clauseStart(s, p)
        var you = false, ask = false
        var k = a
        while k < n && k <= p + 5 && (k == a || !boundaryAt(s, k)) {
            let c = s.seqClasses[k]
            if c & WordClass.first != 0 && c & WordClass.second == 0 && !spelled(s, k, in: ["us"]) { return }   // "tell us" is the audience
            if c & WordClass.second != 0 && c & WordClass.reflexive == 0 || spelled(s, k, in: ["her", "ur"]) { you = true }
            if spelled(s, k, in: ["what", "whats", "wats", "tell", "guess", "bet", "how", "asking", "reveal", "drop", "share"]) { ask = true }
            k += 1
        }
        if !you || !ask || negationBefore(s, p, 4) { return }
        emit(s, 64, p, 0.75, 5, a, p)
    }

    /// "take off the hoodie, we all know why we're here", "take off your top for chat"
    /// (not "take off the hoodie if you're hot", "take off your shoes").
    func takeOffRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard spelled(s, p, in: ["take", "pull", "rip", "strip"]), spelled(s, p + 1, in: ["off"]) else { return }
        var cloth = p + 2
        if spelled(s, cloth, in: Self.shArticle) { cloth += 1 }
        guard cloth < n, !boundaryAt(s, cloth), spelled(s, cloth, in: Self.shTops) || s.seqClasses3[cloth] & WordClass3.sBikini != 0 else { return }
        if negationBefore(s, p, 3) || gameClause(s, p) { return }
        // a cue that the audience wants to look: "for us/chat/me", "we all know why", "slowly", "show us"
        var cue = -1
        var k = cloth + 1
        while k < n && k <= cloth + 10 {
            if spelled(s, k, in: ["if", "when", "cause", "because", "its", "inside"]) && cue < 0 { return }
            if spelled(s, k, in: ["for"]) && spelled(s, k + 1, in: ["us", "me", "chat", "daddy", "the"]) { cue = k + 1; break }
            if spelled(s, k, in: ["slowly", "already", "show"]) { cue = k; break }
            if spelled(s, k, in: ["know"]) && spelled(s, k + 1, in: ["why", "what"]) { cue = k + 1; break }
            k += 1
        }
        if cue < 0 { return }
        emit(s, 65, p, 0.75, 5, p, cloth)
    }
}

// MARK: round 10 (blind10's false positives, by kind)

extension CompiledLexicon {
    static let r10NameBefore: Set<String> = ["called", "named", "in", "from", "visit", "visited", "visiting", "of", "to", "near",
                                             "village", "town", "renamed", "nach", "aus", "namens", "heisst", "hiess", "dorf"]
    static let r10NameAfter: Set<String> = ["austria", "austrian", "village", "town", "was", "is", "in", "renamed", "became", "changed",
                                            "voted", "residents", "sign", "signs"]

    /// Fucking, the Austrian village (now Fugging): in a message about a village, a town, Austria or a
    /// renaming, "fucking" used as a name ("called fucking", "visited fucking", "fucking, austria",
    /// "fucking was renamed") is not profanity. "austria is fucking boring" and "this fucking town"
    /// (an intensifier) stay.
    func villageNameRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        placeNameRule(s, p)
        // word ids, not spellings: one lookup per call instead of a string comparison per word
        guard let fucking = vocab.id(of: "fucking") else { return }
        for q in 0..<n where s.tokens[Int(s.seq[q])].word == fucking {
            let before = q > 0 && !boundaryAt(s, q) ? spelling(s, q - 1) : ""
            let after = q + 1 < n ? spelling(s, q + 1) : ""
            // a name word before it, or nothing before it ("" is in neither list) and its clause
            // ending there or a name word after it
            let named = Self.r10NameBefore.contains(before)
                || before.isEmpty && (q + 1 >= n || boundaryAt(s, q + 1) || Self.r10NameAfter.contains(after))
            if !named { continue }
            scaleEvidenceInside(s, q, q, 0, cats: 0b1)
        }
    }

    static let r10DogWords: Set<String> = ["collie", "puppies", "puppy", "pups", "pup", "litter", "litters", "breeder", "breeders", "dog",
                                           "dogs", "kennel", "kennels", "whelp", "whelped", "whelping", "spayed", "greyhound", "spaniel",
                                           "terrier", "beagle", "labrador", "husky", "poodle", "sire", "sires",
                                           "crufts", "pedigree", "stud"]

    /// "bitch" as a female dog: a dog word in the message (collie, puppies, litter, breeder, kennel …)
    /// and nobody addressed or named as a person ("our border collie is a bitch, she had 6 puppies").
    /// "your mom is a bitch", "you're a bitch, walk your dog" stay.
    func femaleDogRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        innocentSenseRule(s, p, context: Self.r10DogWords, target: "bitch", "bitches", cats: 0b11) { q in
            // a person or relative named in the clause before it ("your mom is a bitch", "that streamer
            // is a bitch"); the clause ends at a comma ("our dog just had puppies, the bitch is doing
            // great") and a dog word is no person
            personBefore(s, q, notPeople: Self.r10DogWords)
                || q + 1 < n && !boundaryAt(s, q + 1) && (spelling(s, q + 1) == "ass" || spelling(s, q + 1) == "face")
        }
    }

    static let r10FoodWords: Set<String> = ["peas", "gravy", "onions", "onion", "mash", "mashed", "butcher", "butchers", "brains", "recipe",
                                            "oven", "pork", "sausages", "liver", "supper"]

    /// Faggots, the British meatballs: with peas, gravy, onions, mash, a butcher, a recipe or "Mr Brains"
    /// in the message and nobody addressed, the word is food ("my nan makes faggots and peas").
    /// A slur at people ("you faggots", "faggots like you") stays.
    func britishFoodRule(_ s: Scratch, _ p: Int) {
        innocentSenseRule(s, p, context: Self.r10FoodWords, target: "faggots", "faggot", cats: 0b100) { q in
            // a group verdict next to it is hate, whatever the menu
            firstAfter(s, q, within: 4) { k in
                s.seqClasses[k] & (WordClass.should | WordClass.die | WordClass.violent) != 0 || spelling(s, k) == "like"
            } >= 0
        }
    }

    static let r15CatWords: Set<String> = ["cat", "cats", "kitty", "kitties", "kitten", "kittens", "meow", "meows", "purr", "purrs",
                                           "purring", "feline", "tabby", "whiskers", "fluffy"]

    /// "pussy" as a cat: a cat word in the message and nobody addressed or named as a person
    /// ("our cat is such a fluffy pussy, she sleeps on the telescope case"). "your mom is a pussy" stays.
    func catRule(_ s: Scratch, _ p: Int) {
        innocentSenseRule(s, p, context: Self.r15CatWords, target: "pussy", "pussies", cats: 0b10_0011) { q in personBefore(s, q) }
    }

    static let r15FarmWords: Set<String> = ["rooster", "roosters", "hen", "hens", "chicken", "chickens", "crow", "crows", "crowing",
                                            "crowed", "coop", "barn", "farm", "poultry", "dawn"]

    /// "cock" as a rooster: a farm word in the message and nobody addressed ("the cock in my farm sim
    /// crows every morning at 6", "the cock crowing at dawn"). Not after "my/his/suck" ("suck my cock").
    func roosterRule(_ s: Scratch, _ p: Int) {
        innocentSenseRule(s, p, context: Self.r15FarmWords, target: "cock", "cocks", cats: 0b10_0011) { q in
            q > 0 && !boundaryAt(s, q) && isWord(s, q - 1, "my", "his", "suck") || personBefore(s, q)
        }
    }

    static let r15WaterWords: Set<String> = ["polder", "polders", "flood", "flooded", "flooding", "floods", "levee", "levees", "dam",
                                             "dams", "coast", "coastal", "sea", "tide", "breach", "breached", "dutch", "netherlands",
                                             "holland"]

    /// "dyke" as a sea wall: a flood or coast word in the message and nobody addressed or named
    /// ("the dyke broke and flooded the whole polder"). Not "water" alone: "this dyke thinks she
    /// can play water polo" is a slur.
    func seaDykeRule(_ s: Scratch, _ p: Int) {
        innocentSenseRule(s, p, context: Self.r15WaterWords, target: "dyke", "dykes", cats: 0b100) { q in personBefore(s, q) }
    }

    static let r15GardenWords: Set<String> = ["garden", "gardens", "gardening", "weeding", "weeds", "rake", "rakes", "shovel",
                                              "spade", "trowel", "allotment", "soil", "seedlings", "tools"]

    /// "hoe" as a garden tool: a garden word in the message and nobody addressed or named
    /// ("garden hoes are on sale, two hoes for a tenner"). "your mom is a hoe" stays.
    func gardenHoeRule(_ s: Scratch, _ p: Int) {
        innocentSenseRule(s, p, context: Self.r15GardenWords, target: "hoe", "hoes", cats: 0b10_0011) { q in personBefore(s, q) }
    }

    static let r15NameWords: Set<String> = ["richard"]

    /// "Dick" as Richard's name: "grandpa's name was richard but everyone called him dick". Not
    /// after "my/his/suck" ("suck my dick, richard").
    func nameDickRule(_ s: Scratch, _ p: Int) {
        innocentSenseRule(s, p, context: Self.r15NameWords, target: "dick", "dick", cats: 0b10_0011) { q in
            q > 0 && !boundaryAt(s, q) && isWord(s, q - 1, "my", "his", "suck")
        }
    }

    /// A relative or a person (not "she/her": an animal can be "she"; nor a word of `notPeople`,
    /// when the sense's own context words carry the person class) in the clause before `q`.
    private func personBefore(_ s: Scratch, _ q: Int, notPeople: Set<String> = []) -> Bool {
        var k = q - 1
        while k >= 0 && k >= q - 6 && !boundaryAt(s, k + 1) && s.tokens[Int(s.seq[k + 1])].flags & TokenFlag.punctBefore == 0 {
            let c = s.seqClasses[k]
            if c & WordClass.kin != 0 || c & WordClass.person3 != 0 && !isWord(s, k, "she", "her")
                && !(s.seqClasses3[k] & WordClass3.sMisc != 0 && spelled(s, k, in: notPeople)) { return true }
            k -= 1
        }
        return false
    }

    /// The shape of the innocent-sense rules: with a word of `context` in the message and nobody
    /// addressed, the evidence in `cats` of each `a` or `b` is zeroed unless `keep` (given its
    /// position) says the word is still aimed at people. Every context and target word carries
    /// the sMisc bit and dispatches here, so it is tested before any spelling. Only the family's
    /// first word in the message acts: the exemption must land before the rules of later words
    /// run (a word marked exempt records no later evidence), and the later words would repeat it.
    private func innocentSenseRule(_ s: Scratch, _ p: Int, context: Set<String>, target a: String, _ b: String, cats: UInt8,
                                   keep: (Int) -> Bool) {
        let n = s.seqCount
        for q in 0..<p where s.seqClasses3[q] & WordClass3.sMisc != 0 && (isWord(s, q, a, b) || spelled(s, q, in: context)) {
            return
        }
        var found = false
        for q in p..<n where s.seqClasses3[q] & WordClass3.sMisc != 0 && spelled(s, q, in: context) { found = true; break }
        if !found || secondPersonInMessage(s) { return }
        for q in p..<n where s.seqClasses3[q] & WordClass3.sMisc != 0 && isWord(s, q, a, b) && !keep(q) {
            scaleEvidenceInside(s, q, q, 0, cats: cats)
            // The innocent reading is named, as an exempting phrase names it: later evidence on the
            // word records nothing and the learned model's evidence is halved (ContextScorer).
            s.tokens[Int(s.seq[q])].flags |= TokenFlag.exempt
            s.exemptMarked = true
        }
    }

    /// A place named by "called"/"named" right after a place noun is a name, not a word used:
    /// "there's a town called Dildo in Newfoundland", "a lake named Cumming". Not slurs, and not
    /// when someone is addressed ("a town called dildo, like you").
    func placeNameRule(_ s: Scratch, _ p: Int) {
        let n = s.seqCount
        guard p + 2 < n, !boundaryAt(s, p + 1), !boundaryAt(s, p + 2) else { return }
        let v = spelling(s, p + 1)
        if v != "called" && v != "named" { return }
        if secondPersonInMessage(s) { return }
        scaleEvidenceInside(s, p + 2, p + 2, 0, cats: 0b100011)
    }
}
