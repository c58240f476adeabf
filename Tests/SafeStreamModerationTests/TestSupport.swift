import SafeStreamModeration

/// One moderator for the tests (the lexicon is compiled once per process).
let moderator = LexiconModerator()

func score(_ text: String) -> Double { moderator.evaluate(text).score }
func toxic(_ text: String) -> Bool { moderator.evaluate(text).toxic }

/// The original characters `mask` would star, as a string of the starred text.
func starred(_ text: String) -> String {
    let result = moderator.evaluate(text)
    let bytes = Array(text.utf8)
    return result.spans.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: "|")
}
