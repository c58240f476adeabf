import Testing
import SafeStreamModeration
#if canImport(Glibc)
import Glibc
#endif

@Suite struct WordlistTests {
    @Test func parsesTermsCommentsAndBlankLines() throws {
        let entries = try Wordlist.parse("# extra terms\n\nfrak\t0.8\r\ngo touch grass\t0.6\n  # indented comment\ndamn\t0\n")
        #expect(entries == [WordlistEntry(term: "frak", weight: 0.8), WordlistEntry(term: "go touch grass", weight: 0.6),
                            WordlistEntry(term: "damn", weight: 0)])
    }

    @Test(arguments: [
        ("frak 0.8\n", 1),                     // no tab
        ("# ok\nfrak\t0.8\nbad\n", 3),
        ("a\t0.5\nb\tlots\n", 2),
        ("a\t1.5\n", 1),
        ("a\t-0.1\n", 1),
        ("a\t0.5\textra\n", 1),
        ("\n\n\t0.5\n", 3),
        ("a\tnan\n", 1),
    ])
    func malformedLinesReportTheirLineNumber(text: String, line: Int) {
        #expect(throws: WordlistError.self) { try Wordlist.parse(text) }
        do { _ = try Wordlist.parse(text) } catch { #expect(error.line == line, "\(error)") }
    }

    @Test func loadReportsAnUnreadableFile() {
        do {
            _ = try Wordlist.load(path: "/nonexistent/wordlist.tsv")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 0)
            #expect(error.message.contains("/nonexistent/wordlist.tsv"))
        }
    }

    @Test func loadReadsAFile() throws {
        let path = "/tmp/safestream-wordlist-\(getpid()).tsv"
        let f = fopen(path, "w")!
        fputs("frak\t0.9\n", f)
        fclose(f)
        defer { unlink(path) }
        #expect(try Wordlist.load(path: path) == [WordlistEntry(term: "frak", weight: 0.9)])
    }

    @Test func extraTermsAddAndReweight() throws {
        let m = LexiconModerator(extraTerms: try Wordlist.parse("frak\t0.8\ngo touch grass\t0.7\nshit\t0\nidiot\t0.9\n"))
        #expect(m.evaluate("oh frak").toxic)
        #expect(m.evaluate("fr4k").toxic)                     // normalized like the built-in terms
        #expect(m.evaluate("go touch grass").toxic)
        #expect(m.evaluate("oh shit").score == 0)             // switched off
        #expect(m.evaluate("idiot").score > moderator.evaluate("idiot").score)
        #expect(!moderator.evaluate("oh frak").toxic)         // the built-in moderator is unchanged
    }
}
