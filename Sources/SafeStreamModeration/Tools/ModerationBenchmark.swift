#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `safestream moderate --benchmark N`: scores a realistic mix of 40–120
/// character chat messages N times on the calling thread and reports time per
/// message and heap growth across the run.
public enum ModerationBenchmark {
    /// Clean and toxic, plain and obfuscated, several languages.
    public static let messages: [String] = [
        "lol that was the cleanest headshot I have seen all week, clip it!",
        "kill the healer first, then focus the tank before the boss enrages",
        "hola a todos, que golazo el de anoche, el partido estuvo increíble",
        "c'est génial ce stream, merci pour les conseils sur le build",
        "das ist krass gut, wie hast du den Boss so schnell besiegt?",
        "boa noite galera, bora jogar mais uma partida antes de dormir",
        "you are such an idiot, nobody wants you on this team, uninstall",
        "I will kill you and I know where you live, watch your back",
        "ｙｏｕ ａｒｅ ａ ｆｕｃｋｉｎｇ ｍｏｒｏｎ and everyone in chat knows it",
        "f.u.c.k this game honestly, the matchmaking is rigged again today",
        "shiiiit I missed the jump again, third time in a row, sorry chat",
        "eres un pendejo de mierda, no sabes jugar, vete a la mierda ya",
        "the word filter is too strict, it blocked Scunthorpe and cocktail",
        "nice kill! that shiitake ramen recipe from the Essex stream was great",
        "t'es vraiment un connard, personne ne t'aime ici, dégage du stream",
        "du bist so ein Vollidiot, halt die Fresse und spiel einfach besser",
        "você é um idiota, vai tomar no cu, ninguém gosta de você aqui",
        "mods, can you ban the spammer? he keeps posting links every minute",
        "kys nobody would miss you, go die in a fire you absolute l0s3r",
        "I died laughing at that clip 😂😂 the assassin build is so broken",
        "bass drop at 3:20 is insane, title of the track please? 🎵🔥",
        "уоu аrе а stupid bitch (with Cyrillic look-alikes inside words)",
        "gg wp everyone, see you tomorrow at 8pm for the tournament finals",
        "that boss killed me five times, we got destroyed lol, shoot the tank",
    ]

    /// `rulesOnly`: without the learned word model, to see what it costs.
    public static func run(messages count: Int, rulesOnly: Bool = false) -> String {
        let moderator = rulesOnly ? LexiconModerator(rulesOnlyThreshold: 0.5) : LexiconModerator()
        let corpus = messages
        var sink = 0.0
        for _ in 0..<20 { for m in corpus { sink += moderator.evaluate(m).score } }   // warm-up: buffers grow once

        let heapBefore = heapInUse()
        let start = now()
        var i = 0
        var index = 0
        while i < count {
            sink += moderator.evaluate(corpus[index]).score
            index += 1
            if index == corpus.count { index = 0 }
            i += 1
        }
        let elapsed = now() - start
        let heapAfter = heapInUse()

        let perMessage = count > 0 ? Double(elapsed) / Double(count) : 0
        let perSecond = perMessage > 0 ? 1e9 / perMessage : 0
        let totalBytes = corpus.reduce(0) { $0 + $1.utf8.count }
        var report = "moderation benchmark: \(count) messages, average \(totalBytes / corpus.count) bytes, \(corpus.count) distinct\n"
        report += "  \(format(perMessage)) ns/message, \(Int(perSecond)) messages/s\n"
        report += "  resident memory: before \(heapBefore) B, after \(heapAfter) B, growth \(heapAfter - heapBefore) B\n"
        report += "  (checksum \(format(sink)))"
        return report
    }

    static func now() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
    }

    /// Resident memory from /proc/self/statm (glibc's mallinfo2 is not
    /// visible through the Glibc module); 0 where unavailable.
    static func heapInUse() -> Int {
        guard let f = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(f) }
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), f) != nil else { return 0 }
        let fields = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func format(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
