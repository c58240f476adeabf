#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SafeStreamModeration

/// `safestream moderate` — the moderation model on stdin/stdout, one message
/// per line (see ModerationLineProtocol), configured like the server from
/// MODERATION_THRESHOLD and MODERATION_WORDLIST.
/// `safestream moderate --benchmark [N] [--rules-only]` — time N messages (default 1,000,000).
/// `safestream moderate --features` — per input line, the words the learned
/// model reads, separated by spaces (for scripts/train-word-model.py).
/// `safestream moderate --rules-only` — score with the rules alone, without
/// the learned word model (to see what the model adds).
/// Returns the process exit status: 0 ok, 2 bad configuration or usage.
func runModerateCommand(_ arguments: [String]) -> Int32 {
    var args = arguments
    if args.first == "moderate" { args.removeFirst() }
    if args.first == "--benchmark" {
        args.removeFirst()
        var rulesOnly = false
        if let i = args.firstIndex(of: "--rules-only") { rulesOnly = true; args.remove(at: i) }
        var count = 1_000_000
        if let first = args.first {
            guard args.count == 1, let n = Int(first), n > 0 else {
                fputs("safestream moderate: --benchmark takes a positive message count, got \"\(args.joined(separator: " "))\"\n", stderr)
                return 2
            }
            count = n
        }
        print(ModerationBenchmark.run(messages: count, rulesOnly: rulesOnly))
        return 0
    }
    var features = false, rulesOnly = false
    if args.first == "--features" { features = true; args.removeFirst() }
    else if args.first == "--rules-only" { rulesOnly = true; args.removeFirst() }
    guard args.isEmpty else {
        fputs("usage: safestream moderate [--benchmark [N] [--rules-only] | --features | --rules-only]\n", stderr)
        return 2
    }
    var threshold = 0.5
    if let raw = getenv("MODERATION_THRESHOLD").map({ String(cString: $0) }), !raw.isEmpty {
        guard let t = Double(raw), t >= 0, t <= 1 else {
            fputs("safestream moderate: MODERATION_THRESHOLD must be a number in 0...1, got \"\(raw)\"\n", stderr)
            return 2
        }
        threshold = t
    }
    var extra: [WordlistEntry] = []
    if let path = getenv("MODERATION_WORDLIST").map({ String(cString: $0) }), !path.isEmpty {
        do {
            extra = try Wordlist.load(path: path)
        } catch {
            fputs("safestream moderate: MODERATION_WORDLIST \(path): \(error)\n", stderr)
            return 2
        }
    }
    if rulesOnly {
        let moderator = LexiconModerator(rulesOnlyThreshold: threshold, extraTerms: extra)
        ModerationLineProtocol.run(moderator: moderator, input: stdin, output: stdout)
        return 0
    }
    let moderator = LexiconModerator(threshold: threshold, extraTerms: extra)
    if features {
        while let line = readLine(strippingNewline: true) {
            print(moderator.featureWords(line).joined(separator: " "))
        }
        return 0
    }
    ModerationLineProtocol.run(moderator: moderator, input: stdin, output: stdout)
    return 0
}
