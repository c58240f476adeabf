import Testing
@testable import SafeStreamModeration

/// The foreign-domain families of round 5 (Scoring/ForeignRules.swift and
/// Lexicon/BuiltinLexicon+Foreign.swift): each kind in Spanish, French,
/// German and Portuguese, with clean neighbours that share its words —
/// false friends, game talk, kindness, a fan who knows the schedule.
@Suite struct ForeignFamilyTests {
    @Test(arguments: [
        "vos sos un forro total",
        "che conchudo, andá a cagar",
        "la concha de tu hermana, boludo",
        "sos un pelotudo importante",
        "qué pendejazo eres",
        "eres un cabronazo",
        "ostie de niaiseux, va-t'en",
        "maudit cave, tu comprends rien",
        "t'es ben épais mon gars",
        "mange de la marde",
        "farme ta yeule",
        "du Wappler, geh ham",
        "heast, du bist so a Oaschloch",
        "du Koffer, lern spielen",
        "du huere Tubel",
        "du bisch en Seckel",
        "seu anormal, para de jogar",
        "és um cabrão",
        "vai à merda, palhaço",
        "ninguém te quer aqui, vaza daqui",
        "no sirves para nada, desinstala",
        "tu sers à rien, arrête de jouer",
        "du bist nichts wert",
        "você não serve pra nada",
        "nadie te soporta en este chat",
        "personne te supporte ici",
        "dich will hier keiner, hau ab",
        "une erreur de la nature comme toi",
        "tu madre debió tragarte",
        "sé a qué hora sales del trabajo, ten cuidado",
        "je sais quel bus tu prends le matin",
        "wir wissen, welche Schule du besuchst, pass bloß auf",
        "sei que escola você estuda, toma cuidado",
        "sería una lástima que te pasara algo de camino a casa",
        "ce serait dommage qu'il arrive quelque chose à ta famille",
        "wäre schade, wenn deinem Hund was passiert",
        "seria uma pena se acontecesse algo com a tua família",
        "vou vazar suas fotos no grupo",
        "je vais balancer tes photos sur twitter",
        "manda fotos o mando tus capturas a toda tu familia",
        "tes parents doivent avoir honte chaque jour",
        "deine Eltern bereuen es bestimmt",
        "ni siquiera tu madre te aguanta",
        "même ta mère te supporte pas",
        "nicht mal deine Mutter mag dich",
        "rata asquerosa, vete",
        "eres un payaso patético",
        "viado imundo",
        "sale chien, dégage",
        "enséñame las tetas",
        "muéstranos las chichis",
        "fotos sin ropa ya",
        "sale arabe, rentre chez toi",
        "schlitzauge verpiss dich",
        "seu traveco nojento",
        "joto de mierda",
    ])
    func caught(text: String) { #expect(toxic(text), "\(text)") }

    @Test(arguments: [
        "o forro do sofá rasgou",
        "el forro de mi chaqueta está roto",
        "il fait frais dans la cave à vin",
        "la cave est pleine de zombies dans ce niveau",
        "cette soupe est trop épaisse",
        "hast du den Koffer schon gepackt?",
        "mein Koffer ist zu schwer für den Flug",
        "ich hab meinen Koffer vergessen",
        "sé que eres capaz, ánimo",
        "sei que você consegue, força",
        "je sais à quelle heure tu lances le live, j'ai mis une alarme",
        "ya sé en qué canal estás, te sigo",
        "tu sais à quelle heure ça commence ?",
        "qué pena que le pasara eso a tu perro, ánimo",
        "sería una pena perder la racha",
        "wäre schade, wenn das Spiel abstürzt",
        "te paso tus fotos del viaje por whatsapp",
        "je t'envoie tes photos demain",
        "mis padres lo lamentan mucho",
        "tes parents doivent être fiers de toi",
        "ni mi madre me reconoce con este pelo",
        "nem a minha mãe sabe jogar isso",
        "la rata del nivel tres es enorme",
        "mi perro sucio necesita un baño",
        "un chien galeux traîne dans le village du jeu",
        "a minha rapariga chegou a casa",
        "o puto está a dormir",
        "Das Zimmer ist ziemlich dick isoliert",
        "die Wände sind echt dick",
        "ten cuidado con el boss de fuego",
        "pass auf, der Boss hat noch eine Phase",
        "fais attention au sniper sur le toit",
        "cuídate mucho, nos vemos mañana",
        "vivo en Caracas desde hace años",
        "mi abuela es india, de Bolivia",
        "ostie que c'est beau",
        "tabarnak, j'ai encore raté le saut",
        "huere geil, das Spiel",
        "personne veut jouer avec moi ce soir?",
        "nadie te gana en este juego",
        "sale el nuevo parche mañana",
        "vai chorar de emoção com esse final",
        "t'es vraiment trop fort",
        "le bus passe à quelle heure ?",
        "je vais balancer la vidéo demain sur la chaîne",
    ])
    func clean(text: String) { #expect(!toxic(text), "\(text)") }

    /// Ambiguous words count only through the rules: no base weight on their own.
    @Test(arguments: ["cave", "Koffer", "forro", "épais", "anormal"])
    func ambiguousAlone(text: String) { #expect(score(text) < 0.5, "\(text)") }

    /// A fan who knows the schedule, a caring goodbye: below the threshold;
    /// the same knowledge with a warning stacks into a threat.
    @Test func stacking() {
        let alone = score("ich weiß, wann du Feierabend hast")
        let warned = score("ich weiß, wann du Feierabend hast, pass bloß auf")
        #expect(alone < 0.5)
        #expect(warned >= 0.5)
        #expect(score("cuídate mucho") < 0.5)
    }
}
