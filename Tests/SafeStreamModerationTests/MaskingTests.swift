import Testing
import SafeStreamModeration

@Suite struct MaskingTests {
    func masked(_ text: String) -> String { moderator.evaluate(text).masked(text) }

    @Test func plainWord() {
        #expect(masked("oh shit, I missed it") == "oh ****, I missed it")
    }

    @Test func separatedLettersAreStarredWithTheirSeparators() {
        #expect(masked("f.u.c.k this") == "******* this")
        #expect(masked("what f u c k") == "what *******")
    }

    @Test func repeatedLettersLeetAndStars() {
        #expect(masked("fuuuuck") == "*******")
        #expect(masked("sh1t happens") == "**** happens")
        #expect(masked("f*ck") == "****")
    }

    @Test func fullWidthAndLookAlikesStarTheOriginalCharacters() {
        #expect(masked("ｆｕｃｋ off") == "**** off" || masked("ｆｕｃｋ off") == "********")
        #expect(masked("ｆｕｃｋ") == "****")
        #expect(masked("a fuсk") == "a ****")      // Cyrillic с is one scalar, two bytes
        #expect(starred("a fuсk") == "fuсk")
    }

    @Test func invisibleAndCombiningCharactersInsideAWordAreStarred() {
        #expect(masked("f\u{200B}uck") == "*****")
        #expect(masked("fu\u{0301}ck!") == "*****!")
    }

    @Test func spansAreUTF8ByteRangesOfTheOriginal() {
        let text = "¡hola! shit"
        let r = moderator.evaluate(text)
        #expect(r.spans == [8..<12])
    }
}
