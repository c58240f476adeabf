/// Grammatical roles the context rules read, as bits on each vocabulary word.
@usableFromInline
enum WordClass {
    static let second: UInt64 = 1 << 0       // you, u, ur, tu, du, você, @mention
    static let secondPre: UInt64 = 1 << 1    // object pronouns before the verb: te, t', dich
    static let possessive: UInt64 = 1 << 2   // your, ur, dein, teu
    static let reflexive: UInt64 = 1 << 3    // yourself
    static let first: UInt64 = 1 << 4        // i, im, me, we, je, ich, eu
    static let future: UInt64 = 1 << 5       // will, 'll, gonna, voy, vou, vais, werde
    static let third: UInt64 = 1 << 6        // subjects and modals that make a violent verb not a threat
    static let person3: UInt64 = 1 << 7      // he, she, streamer, ref … (third-person targets)
    static let copula: UInt64 = 1 << 8       // is, are, 're, es, est, ist, bist, é
    static let det: UInt64 = 1 << 9          // a, an, such, what, un, une, ein, um …
    static let be: UInt64 = 1 << 10          // imperative "be a …", "being a …"
    static let neg: UInt64 = 1 << 11         // not, never, 'nt, nicht, pas, não
    static let violent: UInt64 = 1 << 12     // kill, murder, stab, matar, tuer, töten
    static let die: UInt64 = 1 << 13         // die, dead, cancer, morir, crever, sterben
    static let hope: UInt64 = 1 << 14        // hope, wish, ojalá, espère, hoffe
    static let should: UInt64 = 1 << 15      // should, deserve, need to, deberías, solltest
    static let secondVerb: UInt64 = 1 << 16  // verbs inflected for "you": eres, bist, deberías
    static let kin: UInt64 = 1 << 17         // family, mom, kids … (objects of threats through "your")
    static let meta: UInt64 = 1 << 18        // word, say, filter, banned, slur … (talk about moderation)
    static let interj: UInt64 = 1 << 19      // lol, ok, bro, hey
    static let nobody: UInt64 = 1 << 20      // nobody, no one, nadie, personne, niemand, ninguém
    static let everyone: UInt64 = 1 << 21    // everyone, todos, alle
    static let affect: UInt64 = 1 << 22      // likes, loves, wants, would miss, quiere, aime, mag, gosta
    static let hate: UInt64 = 1 << 23        // hates, odian, déteste, hassen, odeia
    static let someone: UInt64 = 1 << 24     // someone, alguien, jemand
    static let cond: UInt64 = 1 << 25        // if, better, favor (… if you died)
    static let group: UInt64 = 1 << 26       // women, immigrants, jews, Ausländer … (targets of group hate)
    static let groupMod: UInt64 = 1 << 27    // black, trans, those … before "people"
    static let people: UInt64 = 1 << 28      // people, ppl, gente, Leute (a group after a groupMod)
    static let dehum: UInt64 = 1 << 29       // vermin, rats, animals, subhuman, parasites, Ungeziefer …
    static let harm: UInt64 = 1 << 30        // break, smash, casser, partir, quebrar (… your face)
    static let body: UInt64 = 1 << 31        // face, legs, neck, gueule, cara, Fresse
    static let sexVerb: UInt64 = 1 << 32     // show, send, suck, manda, montre, zeig, mostra
    static let sexBody: UInt64 = 1 << 33     // tits, nudes, ass, seins, Titten, peitos
    static let mishap: UInt64 = 1 << 34      // drown, crash, overdose (hoped-for misfortunes)
    static let gameThing: UInt64 = 1 << 35   // boss, game, enemy, mob … (adjectives on them are not aimed)
    static let gameCtx: UInt64 = 1 << 36     // round, match, 1v1, ranked, lobby … (trash talk, not a threat)
    static let exterm: UInt64 = 1 << 37      // exterminate, gas, deport, wipe out (aimed at a group)
    // Added in the moderation3 round (kinds, not phrases):
    static let insAdj: UInt64 = 1 << 38      // spineless, inbred, senile, talentless, asqueroso, minable, feige
    static let insNoun: UInt64 = 1 << 39     // coward, virgin, hillbilly, hobo, cobarde, lâche, Feigling (weak alone)
    static let personN: UInt64 = 1 << 40    // person, human, player, streamer, guy (after a superlative)
    static let superl: UInt64 = 1 << 41      // dumbest, ugliest, stupidest, dümmste
    static let shVerb: UInt64 = 1 << 42      // hang, shoot, drown, off, erhängen, pends, enforca (+ yourself/dich/toi/se)
    static let shSelf: UInt64 = 1 << 43      // ahórcate, cuélgate, suicídate (reflexive glued on)
    static let shJump: UInt64 = 1 << 44      // jump, throw, tírate, jette, spring, pula, joga (+ a place to fall from)
    static let shPlace: UInt64 = 1 << 45     // bridge, window, roof, train, puente, pont, Brücke, ponte
    static let shIngest: UInt64 = 1 << 46    // swallow, drink, chug, trink, schluck, avale, bebe, traga
    static let shObj: UInt64 = 1 << 47       // pills, bleach, poison, pastillas, lejía, Tabletten, veneno
    static let stalk: UInt64 = 1 << 48       // know, found, waiting, outside, sais, weiß, kenne, conheço
    static let place: UInt64 = 1 << 49       // house, address, school, work, casa, adresse, Schule, endereço
    static let whereW: UInt64 = 1 << 50      // where, donde, où, wo, onde
    static let liveV: UInt64 = 1 << 51       // live, work, sleep, park, vives, habites, wohnst, moras
    static let mock: UInt64 = 1 << 52        // laugh (at), mock, despise, moque, lachen, ríen, riem
    static let reject: UInt64 = 1 << 53      // ashamed, regret, left, avergüenza, honte, schämt, vergonha
    static let reason: UInt64 = 1 << 54      // reason, fault, razón, raison, Grund, motivo
    static let abort: UInt64 = 1 << 55       // aborted, abortado, avorter, abgetrieben
    static let clothes: UInt64 = 1 << 56     // top, shirt, bra, clothes, ropa, fringues, Klamotten, roupa
    static let stripV: UInt64 = 1 << 57      // take, rip, pull, lift, quítate, enlève, zieh, tira
    static let compl: UInt64 = 1 << 58       // nice, great, hot, juicy, perky (+ a sexual body word)
    static let grave: UInt64 = 1 << 59       // ditch, hospital, grave, wheelchair, morgue, Krankenhaus
    static let place2: UInt64 = 1 << 60      // rapids, creek, valley, county (a weak slur before it is a place)
    static let land: UInt64 = 1 << 61        // end (up), wake (up), put, send (… in a hospital / a ditch)
    static let ogle: UInt64 = 1 << 62        // rack, thighs, curves, ass (after "nice", "hot")
    static let dehumW: UInt64 = 1 << 63      // cancer, virus, plague, burden, Krebs, burros (after a group and a copula)

    static let names: [String: UInt64] = [
        "second": second, "secondpre": secondPre, "possessive": possessive, "reflexive": reflexive,
        "first": first, "future": future, "third": third, "person3": person3, "copula": copula,
        "det": det, "be": be, "neg": neg, "violent": violent, "die": die, "hope": hope,
        "should": should, "secondverb": secondVerb, "kin": kin, "meta": meta, "interj": interj,
        "nobody": nobody, "everyone": everyone, "affect": affect, "hate": hate, "someone": someone, "cond": cond,
        "group": group, "groupmod": groupMod, "people": people, "dehum": dehum, "harm": harm, "body": body,
        "sexverb": sexVerb, "sexbody": sexBody, "mishap": mishap, "gamething": gameThing, "gamectx": gameCtx,
        "exterm": exterm,
        "insadj": insAdj, "insnoun": insNoun, "personn": personN, "superl": superl, "shverb": shVerb,
        "shself": shSelf, "shjump": shJump, "shplace": shPlace, "shingest": shIngest, "shobj": shObj,
        "stalk": stalk, "place": place, "where": whereW, "livev": liveV, "mock": mock, "reject": reject,
        "reason": reason, "abort": abort, "clothes": clothes, "stripv": stripV, "compl": compl, "grave": grave,
        "place2": place2, "land": land, "ogle": ogle, "dehumw": dehumW,
    ]
}

/// Per-word flags of scored terms.
@usableFromInline
enum TermFlag {
    static let noun: UInt8 = 1      // an insult noun: vocative and "is a …" count as aimed
    static let prefix: UInt8 = 2    // also matches as the start of a glued word
    static let neg: UInt8 = 4       // a negation just before cancels it (phrases)
    static let exempt: UInt8 = 8    // a phrase that makes its words innocent
    static let scored: UInt8 = 16   // carries weight or target weight
    static let inPhrase: UInt8 = 32 // a word of some phrase (single-letter joins may produce it)
    static let ctx: UInt8 = 64      // a game or match word in its clause cancels the phrase ("watch your back, snipers")
}

/// More roles for the context rules, on a second word of bits (`WordClass`
/// is full). Ranges are kept apart by domain so the rule files can grow
/// independently: bits 0–19 insults (Scoring/InsultRules), 20–39 threats
/// and harassment (Scoring/MenaceRules), 40–59 other languages (Scoring/ForeignRules).
@usableFromInline
enum WordClass2 {
    static let names: [String: UInt64] = insultNames.merging(menaceNames) { a, _ in a }.merging(foreignNames) { a, _ in a }
}

/// A third word of roles: bits 0–31 sexual harassment and group hate
/// (Scoring/SexualHateRules); 32–41 insults, 42–51 menace, 52–63 other
/// languages (their rules read `s.seqClasses3[p]` themselves).
@usableFromInline
enum WordClass3 {
    static let sharedBits: UInt64 = ~0 << 32
    static let names: [String: UInt64] = sexualHateNames
        .merging(insultNames3) { a, _ in a }.merging(menaceNames3) { a, _ in a }.merging(foreignNames3) { a, _ in a }
}
