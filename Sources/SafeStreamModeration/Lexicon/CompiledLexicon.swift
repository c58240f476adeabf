/// The built-in lexicon plus operator terms, compiled once: the vocabulary
/// trie, word classes, canonical ids and the phrase automaton. Immutable after
/// `init`, so one instance is shared by every copy of a `LexiconModerator`.
@usableFromInline
final class CompiledLexicon: @unchecked Sendable {
    let folder = CharacterFolder.shared
    let vocab = Vocabulary()
    let automaton = PhraseAutomaton()
    /// The learned word model (shared: it does not depend on operator terms);
    /// an empty one in tests that measure the rules alone.
    let wordModel: WordModel
    /// "no" and "one": "no one" reads as "nobody".
    @exclusivity(unchecked) private(set) var noWord: Int32 = -1
    @exclusivity(unchecked) private(set) var oneWord: Int32 = -1
    /// "why" before a negation makes it a question, not a negation ("why don't you just die").
    @exclusivity(unchecked) private(set) var whyWord: Int32 = -1
    /// "died" (one word of the `die` group): a report, not the wish of "just die".
    @exclusivity(unchecked) private(set) var diedWord: Int32 = -1
    @exclusivity(unchecked) private(set) var dieWord: Int32 = -1
    /// "respawn": an order to die with the game's way back after it is a tip ("kill yourself in the lava to respawn").
    @exclusivity(unchecked) private(set) var respawnWord: Int32 = -1
    /// "hit by", "run over": a misfortune hoped for ("hope you get hit by a bus").
    @exclusivity(unchecked) private(set) var hitWord: Int32 = -1
    @exclusivity(unchecked) private(set) var runWord: Int32 = -1
    @exclusivity(unchecked) private(set) var byWord: Int32 = -1
    @exclusivity(unchecked) private(set) var overWord: Int32 = -1
    /// Comparison words: "nobody plays support like you" is praise, not rejection.
    @exclusivity(unchecked) private(set) var compareWords: [Int32] = []
    /// Reflexive pronouns that make a method verb self-harm: "geh dich erschießen", "pends-toi", "se enforca".
    @exclusivity(unchecked) private(set) var reflexiveWords: [Int32] = []
    /// Adjectives that only intensify ("little", "old", "total"): with a weak noun they are no insult.
    @exclusivity(unchecked) private(set) var intensifierWords: [Int32] = []
    /// "your joke", "ton travail": a noun owned by you is a thing, not you.
    @exclusivity(unchecked) private(set) var ownerWords: [Int32] = []
    /// Stalking said by "we", or with waiting/watching/outside, is a threat; "i know your school" alone is not.
    @exclusivity(unchecked) private(set) var weWords: [Int32] = []
    @exclusivity(unchecked) private(set) var menaceWords: [Int32] = []
    /// "take/pull/rip … off", "zieh … aus": without the particle it is not undressing ("pull your shirt down").
    @exclusivity(unchecked) private(set) var offWords: [Int32] = []
    @exclusivity(unchecked) private(set) var andWord: Int32 = -1
    /// "you'll", "vas", "wirst": a future said to you.
    @exclusivity(unchecked) private(set) var youllWords: [Int32] = []
    @exclusivity(unchecked) private(set) var firstVerbWords: [Int32] = []
    /// Plural insult nouns ("idiots", "morons"): aimed at the room when the clause names the chat.
    @exclusivity(unchecked) private(set) var pluralInsult: [Bool] = []
    @exclusivity(unchecked) private(set) var audienceWords: [Int32] = []
    @exclusivity(unchecked) private(set) var leaveWords: [Int32] = []
    @exclusivity(unchecked) private(set) var anyoneWords: [Int32] = []
    @exclusivity(unchecked) private(set) var needOffWords: [Int32] = []
    /// The spelling tables of `persistRule` and `misc9Rule` indexed by word id
    /// (0 = not in the table): built once the vocabulary is complete, so the
    /// rules read one byte a word instead of hashing its spelling.
    @exclusivity(unchecked) private(set) var persistKindOf: [UInt8] = []
    @exclusivity(unchecked) private(set) var misc9KindOf: [UInt8] = []
    /// The same for `triggerRule` and the shared `sMisc` bit of `sexualHateRules`.
    @exclusivity(unchecked) private(set) var triggerKindOf: [UInt8] = []
    @exclusivity(unchecked) private(set) var sexMiscKindOf: [UInt8] = []

    /// A dispatch table by spelling: the words of `groups[i]` map to `i + 1`
    /// (the first group that names a word wins, as the first case of a switch would).
    static func kinds(_ groups: [[String]]) -> [String: UInt8] {
        var table: [String: UInt8] = [:]
        for (i, group) in groups.enumerated() {
            for word in group where table[word] == nil { table[word] = UInt8(i + 1) }
        }
        return table
    }

    static func categoryIndex(_ name: Substring) -> UInt8? {
        for (i, c) in ModerationCategory.allCases.enumerated() where c.rawValue == name { return UInt8(i) }
        return nil
    }

    init(extra: [WordlistEntry], learned: Bool = true) {
        wordModel = learned ? WordModel.builtin : WordModel(bias: 0, text: "")
        let scratch = Scratch()
        var pendingPhrases: [([Int32], PhraseAutomaton.Phrase)] = []
        var canonicalFixed = Set<Int32>()

        for rawLine in BuiltinLexicon.text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.drop { $0 == " " }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("=") {
                var cls: UInt64 = 0, cls2: UInt64 = 0, cls3: UInt64 = 0
                for name in fields[0].dropFirst().split(separator: ",") {
                    cls |= WordClass.names[String(name)] ?? 0
                    cls2 |= WordClass2.names[String(name)] ?? 0
                    cls3 |= WordClass3.names[String(name)] ?? 0
                }
                for group in fields[1].split(separator: ";") {
                    var first: Int32 = -1
                    for form in group.split(separator: ",") {
                        let ids = words(of: String(form), scratch)
                        guard ids.count == 1 else { continue }
                        let id = ids[0]
                        vocab.classes[Int(id)] |= cls
                        vocab.classes2[Int(id)] |= cls2
                        vocab.classes3[Int(id)] |= cls3
                        if first < 0 { first = vocab.canonical[Int(id)] }
                        if !canonicalFixed.contains(id) { vocab.canonical[Int(id)] = first; canonicalFixed.insert(id) }
                    }
                }
                continue
            }
            guard fields.count >= 3, let weight = Double(fields[1]) else { continue }
            var info = PhraseAutomaton.Phrase(length: 0, weight: weight, targetWeight: 0, category: 255, flags: TermFlag.scored)
            if fields[2] == "exempt" { info.flags = TermFlag.exempt } else { info.category = Self.categoryIndex(fields[2]) ?? 0 }
            if fields.count > 3 {
                for opt in fields[3].split(separator: " ") {
                    if opt.hasPrefix("t=") { info.targetWeight = Double(opt.dropFirst(2)) ?? 0 }
                    else if opt == "noun" { info.flags |= TermFlag.noun }
                    else if opt == "prefix" { info.flags |= TermFlag.prefix }
                    else if opt == "neg" { info.flags |= TermFlag.neg }
                    else if opt == "ctx" { info.flags |= TermFlag.ctx }
                }
            }
            var first: Int32 = -1
            for form in fields[0].split(separator: ",") {
                let ids = words(of: String(form), scratch)
                if ids.isEmpty { continue }
                if ids.count == 1 {
                    let id = Int(ids[0])
                    if info.flags & TermFlag.exempt != 0 { continue }
                    vocab.weight[id] = weight
                    vocab.targetWeight[id] = info.targetWeight
                    vocab.category[id] = info.category
                    vocab.flags[id] |= info.flags
                    if first < 0 { first = vocab.canonical[id] }
                    if !canonicalFixed.contains(ids[0]) { vocab.canonical[id] = first; canonicalFixed.insert(ids[0]) }
                } else {
                    var p = info
                    p.length = ids.count
                    pendingPhrases.append((ids, p))
                }
            }
        }
        // Operator terms: re-weight a known term or phrase, or add a new one (profanity).
        var operatorIds: [Int32] = []
        for entry in extra {
            let ids = words(of: entry.term, scratch)
            if ids.isEmpty { continue }
            operatorIds += ids
            if ids.count == 1 {
                let id = Int(ids[0])
                vocab.weight[id] = entry.weight
                if vocab.flags[id] & TermFlag.scored == 0 { vocab.category[id] = 0 }
                vocab.flags[id] |= TermFlag.scored
                if entry.weight == 0 { vocab.targetWeight[id] = 0 }
            } else {
                if let i = pendingPhrases.lastIndex(where: { $0.0 == ids }) {
                    pendingPhrases[i].1.weight = entry.weight
                    if entry.weight == 0 { pendingPhrases[i].1.targetWeight = 0 }
                } else {
                    pendingPhrases.append((ids, .init(length: ids.count, weight: entry.weight, targetWeight: 0,
                                                      category: 0, flags: TermFlag.scored)))
                }
            }
        }
        // Words of the operator's terms: the operator's weight is the last word
        // on them, so the learned model does not read them (`shit<TAB>0`
        // switches `oh shit` off entirely).
        var operatorWord: [Bool] = []
        if !operatorIds.isEmpty {
            operatorWord = [Bool](repeating: false, count: vocab.words.count)
            for id in operatorIds {
                operatorWord[Int(id)] = true
                operatorWord[Int(vocab.canonical[Int(id)])] = true
            }
        }
        for (ids, info) in pendingPhrases {
            for id in ids { vocab.flags[Int(id)] |= TermFlag.inPhrase }
            automaton.add(ids.map { vocab.canonical[Int($0)] }, info)
        }
        automaton.finish()
        noWord = words(of: "no", scratch).first ?? -1
        vocab.theWord = words(of: "the", scratch).first ?? -1
        oneWord = words(of: "one", scratch).first ?? -1
        whyWord = words(of: "why", scratch).first ?? -1
        diedWord = words(of: "died", scratch).first ?? -1
        dieWord = words(of: "die", scratch).first ?? -1
        respawnWord = words(of: "respawn", scratch).first ?? -1
        hitWord = words(of: "hit", scratch).first ?? -1
        runWord = words(of: "run", scratch).first ?? -1
        byWord = words(of: "by", scratch).first ?? -1
        overWord = words(of: "over", scratch).first ?? -1
        reflexiveWords = ["dich", "toi", "te", "se", "mich"].compactMap { words(of: $0, scratch).first }
        intensifierWords = ["little", "old", "absolute", "complete", "total", "fucking", "bloody", "petit", "petite",
                            "pauvre", "kleiner", "sale", "gros", "grosse", "stinking", "stinkin"].compactMap { words(of: $0, scratch).first }
        ownerWords = ["your", "yer", "yor", "ton", "ta", "tes", "dein", "deine", "deinen", "deinem", "deiner", "teu", "tua"]
            .compactMap { words(of: $0, scratch).first }
        weWords = ["we", "weve", "were", "wir", "nous", "nosotros", "nos", "on"].compactMap { words(of: $0, scratch).first }
        menaceWords = ["waiting", "wait", "watching", "following", "outside", "tracked", "traced", "attends", "warte", "espero",
                       "coming"].compactMap { words(of: $0, scratch).first }
        youllWords = ["youll", "youre", "ull", "vas", "wirst", "vai", "vais"].compactMap { words(of: $0, scratch).first }
        andWord = words(of: "and", scratch).first ?? -1
        pluralInsult = (0..<vocab.words.count).map { i in
            vocab.flags[i] & (TermFlag.noun | TermFlag.scored) == (TermFlag.noun | TermFlag.scored)
                && (vocab.category[i] == 1 || vocab.category[i] == 2) && vocab.weight[i] >= 0.3 && vocab.words[i].hasSuffix("s")
        }
        audienceWords = ["chat", "lobby", "server", "stream", "here", "everywhere", "channel", "comments", "thread"]
            .compactMap { words(of: $0, scratch).first }
        leaveWords = ["left", "leave", "divorced", "abandoned"].compactMap { words(of: $0, scratch).first }
        anyoneWords = ["someone", "somebody", "anyone", "anybody", "people", "a", "alguien", "quelqu", "jemanden", "alguem"]
            .compactMap { words(of: $0, scratch).first }
        firstVerbWords = ["mato", "bute", "tue", "bringe", "tote", "umbringe", "apunalo", "esfaqueio", "matare", "mataremos",
                          "matamos", "tuerai", "tuerons", "tuons", "buterai", "matarei", "reventare", "partire"].compactMap { words(of: $0, scratch).first }
        offWords = ["off", "aus"].compactMap { words(of: $0, scratch).first }
        needOffWords = ["take", "pull", "rip", "zieh"].compactMap { words(of: $0, scratch).first }
        compareWords = ["like", "as", "than", "unlike", "como", "comme", "wie"].compactMap { words(of: $0, scratch).first }
        wordModel.bind(vocab, skipped: operatorWord)
        persistKindOf = vocab.words.map { Self.persistKinds[$0] ?? 0 }
        misc9KindOf = vocab.words.map { Self.misc9Kinds[$0] ?? 0 }
        triggerKindOf = vocab.words.map { Self.triggerKinds[$0] ?? 0 }
        sexMiscKindOf = vocab.words.map { Self.sexMiscKinds[$0] ?? 0 }
    }

    /// The vocabulary ids of the words of `term`, normalized like a message.
    private func words(of term: String, _ s: Scratch) -> [Int32] {
        var text = term
        text.withUTF8 { TextNormalizer.decode($0, s, folder) }
        TextNormalizer.tokenize(s)
        var ids: [Int32] = []
        for t in 0..<s.tokenCount {
            let tok = s.tokens[t]
            var letters: [UInt8] = []
            for c in Int(tok.c0)..<Int(tok.c1) {
                if s.kind[c] == CharKind.apostrophe { continue }
                let m = TextNormalizer.mask(s.kind[c], s.val[c])
                if m == 0 { return [] }
                letters.append(UInt8(m.trailingZeroBitCount))
            }
            if letters.isEmpty { continue }
            ids.append(vocab.intern(letters))
        }
        return ids
    }
}
