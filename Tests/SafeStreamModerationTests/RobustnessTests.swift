import Testing
import SafeStreamModeration

@Suite struct RobustnessTests {
    @Test func oddInputsDoNotCrash() {
        let inputs = [
            "", " ", "\n\n\n", "'", "\"", "''''", "@", "@@@@", "*", "***", "!!!", "$$$", "a", "i", "u",
            String(repeating: "\u{0301}", count: 5000),
            String(repeating: "a", count: 100_000),
            String(repeating: "f u c k ", count: 5000),
            String(repeating: "f.", count: 20_000),
            String(repeating: "you idiot kys ", count: 3000),
            String(repeating: "ｆ", count: 10_000),
            String(repeating: "😂", count: 10_000),
            String(repeating: "'a'", count: 10_000),
            "\u{FFFD}\u{FFFF}\u{10FFFF}\u{E0001}\u{E007F}",
            String(decoding: [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0x66, 0x75, 0x63, 0x6B] as [UInt8], as: UTF8.self),
            String(repeating: "ß", count: 3000) + "æœ",
            "\0fuck\0",
        ]
        for text in inputs {
            let r = moderator.evaluate(text)
            #expect(r.score >= 0 && r.score <= 1)
            for span in r.spans { #expect(span.lowerBound >= 0 && span.upperBound <= text.utf8.count) }
            _ = r.masked(text)
        }
    }

    @Test func concurrentUseIsSafe() async {
        let expected = [moderator.evaluate("you are an idiot"), moderator.evaluate("hello there")]
        await withTaskGroup(of: Bool.self) { group in
            for i in 0..<8 {
                group.addTask {
                    var same = true
                    for _ in 0..<500 {
                        same = same && moderator.evaluate(i % 2 == 0 ? "you are an idiot" : "hello there") == expected[i % 2]
                    }
                    return same
                }
            }
            for await same in group { #expect(same) }
        }
    }
}
