// libFuzzer entry point for the moderation scorer; built by scripts/fuzz.sh
// together with Sources/SafeStreamModeration and Tests/Fuzz/Shared.
//
// scripts/fuzz.sh defines SAFESTREAM_LEXICON when Sources/SafeStreamModeration
// has LexiconModerator.swift (the model on the `moderation` branch);
// otherwise the placeholder WordListModerator is fuzzed.
//
// Input: a chat message as UTF-8 bytes (no control byte); invalid UTF-8
// becomes U+FFFD, as the server's String(decoding:) would do it.
//
// Invariants, beyond "no trap, no ASan report, no hang":
// - 0 <= score <= 1, finite, rounded to three decimals; toxic == score >= threshold;
// - every span lies within the text's UTF-8 length, starts and ends on a
//   Unicode scalar boundary, and is not empty;
// - with LexiconModerator, what docs/MODERATION.md promises: spans sorted and
//   merged (no two touch), categories distinct, a category means evidence
//   >= 0.2 and a span evidence >= 0.25, so the score is at least that;
// - masked() keeps the number of scalars and leaves text outside spans alone;
// - evaluating is deterministic (the shared scratch buffer leaks no state),
//   and the masked text can be evaluated too.

#if SAFESTREAM_LEXICON
private let moderator = LexiconModerator()
#else
private let moderator = WordListModerator()
#endif

private func check(_ result: ModerationResult, for text: String) {
    let score = result.score
    require(score.isFinite && score >= 0 && score <= 1, "score \(score)")
    require((score * 1000).rounded() == score * 1000, "score \(score) not rounded to 3 decimals")
    require(result.toxic == (score >= moderator.threshold), "toxic \(result.toxic) at score \(score)")
    let utf8 = Array(text.utf8)
    func isBoundary(_ offset: Int) -> Bool {
        offset == utf8.count || (offset < utf8.count && utf8[offset] & 0xC0 != 0x80)
    }
    for span in result.spans {
        require(span.lowerBound >= 0 && span.upperBound <= utf8.count, "span \(span) outside \(utf8.count) bytes")
        require(!span.isEmpty, "empty span \(span)")
        require(isBoundary(span.lowerBound) && isBoundary(span.upperBound), "span \(span) splits a scalar")
    }

    #if SAFESTREAM_LEXICON
    for (a, b) in zip(result.spans, result.spans.dropFirst()) {
        require(a.upperBound < b.lowerBound, "spans \(a) and \(b) not sorted and merged")
    }
    require(Set(result.categories).count == result.categories.count, "repeated category \(result.categories)")
    require(result.categories.isEmpty || score >= 0.2, "categories \(result.categories) at score \(score)")
    require(result.spans.isEmpty || score >= 0.25, "spans at score \(score)")
    #endif

    let masked = result.masked(text)
    require(masked.unicodeScalars.count == text.unicodeScalars.count, "masked() changed the scalar count")
    var offset = 0
    for (original, replaced) in zip(text.unicodeScalars, masked.unicodeScalars) {
        let inside = result.spans.contains { $0.contains(offset) }
        require(inside ? replaced == "*" : replaced == original, "masked() at byte \(offset)")
        offset += String(original).utf8.count
    }
    _ = moderator.evaluate(masked)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = moderator.evaluate(text)
    check(result, for: text)
    require(moderator.evaluate(text) == result, "evaluate is not deterministic")
    return 0
}
