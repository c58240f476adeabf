#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One operator term from `MODERATION_WORDLIST`: a word or phrase and its weight.
public struct WordlistEntry: Sendable, Equatable {
    public var term: String
    public var weight: Double
    public init(term: String, weight: Double) { self.term = term; self.weight = weight }
}

public struct WordlistError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number, or 0 when the file itself could not be read.
    public var line: Int
    public var message: String
    public init(line: Int, message: String) { self.line = line; self.message = message }
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// The `MODERATION_WORDLIST` format: `term<TAB>weight` per line, weight a
/// number in 0...1; blank lines and lines starting with `#` are skipped. A
/// weight of 0 switches a built-in term off; any other weight adds the term
/// (category profanity) or re-weights a built-in one.
public enum Wordlist {
    public static func parse(_ text: String) throws(WordlistError) -> [WordlistEntry] {
        var entries: [WordlistEntry] = []
        var number = 0
        // "\r\n" is one Character in Swift, so split on both.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw WordlistError(line: number, message: "expected term<TAB>weight, found \(fields.count) field(s)")
            }
            let term = fields[0].trimmingSpaces
            guard !term.isEmpty else { throw WordlistError(line: number, message: "empty term") }
            guard let weight = Double(fields[1].trimmingSpaces), weight.isFinite, weight >= 0, weight <= 1 else {
                throw WordlistError(line: number, message: "weight must be a number in 0...1, found \"\(fields[1])\"")
            }
            entries.append(WordlistEntry(term: String(term), weight: weight))
        }
        return entries
    }

    /// Reads and parses a wordlist file.
    public static func load(path: String) throws(WordlistError) -> [WordlistEntry] {
        guard let file = fopen(path, "rb") else {
            throw WordlistError(line: 0, message: "cannot read wordlist \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count {
                if ferror(file) != 0 {
                    throw WordlistError(line: 0, message: "cannot read wordlist \(path): read error")
                }
                break
            }
        }
        return try parse(String(decoding: bytes, as: UTF8.self))
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return s
    }
}
