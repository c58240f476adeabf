/// How a request's body is delimited (RFC 9112 §6.3).
enum HTTPBodyFraming: Equatable, Sendable {
    case none
    case length(Int)
    case chunked

    /// Decides from the header fields. Ambiguous framing is the classic
    /// request-smuggling hole, so every doubt is a 400.
    static func decide(_ headers: [(name: String, value: String)], maxBodyBytes: Int) throws(HTTPParseError) -> HTTPBodyFraming {
        var codings: [Substring] = []
        var sawTransferEncoding = false
        var lengthText: Substring?
        for field in headers {
            if HTTPSyntax.equalsIgnoringASCIICase(field.name, "Transfer-Encoding") {
                sawTransferEncoding = true
                for element in field.value.split(separator: ",") {
                    let coding = HTTPSyntax.trimmingOWS(element)
                    if !coding.isEmpty { codings.append(coding) }
                }
            } else if HTTPSyntax.equalsIgnoringASCIICase(field.name, "Content-Length") {
                // Some intermediaries merge repeats into "5, 5": every element
                // must be the same number (RFC 9110 §8.6).
                for element in field.value.split(separator: ",", omittingEmptySubsequences: false) {
                    let digits = try lengthDigits(HTTPSyntax.trimmingOWS(element))
                    if let previous = lengthText, previous != digits { throw .badRequest("conflicting Content-Length") }
                    lengthText = digits
                }
            }
        }
        if sawTransferEncoding {
            // RFC 9112 §6.3 item 3: a message with both is a smuggling attempt.
            if lengthText != nil { throw .badRequest("both Content-Length and Transfer-Encoding") }
            guard codings.count == 1, HTTPSyntax.equalsIgnoringASCIICase(codings[0], "chunked"[...]) else {
                if codings.isEmpty { throw .badRequest("empty Transfer-Encoding") }
                throw .notImplemented("unsupported transfer coding")
            }
            return .chunked
        }
        guard let lengthText else { return .none }
        // Checked before any body byte is buffered: 413 from the header alone.
        guard let length = value(of: lengthText, cap: maxBodyBytes) else { throw .bodyTooLarge }
        return length == 0 ? .none : .length(length)
    }

    /// Content-Length = 1*DIGIT; returns the digits without leading zeros,
    /// so "05" and "5" compare equal and huge values compare exactly.
    private static func lengthDigits(_ text: Substring) throws(HTTPParseError) -> Substring {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .badRequest("invalid Content-Length")
        }
        let trimmed = text.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : trimmed
    }

    /// The value of validated digits, nil if above `cap` (never overflows).
    private static func value(of digits: Substring, cap: Int) -> Int? {
        var value = 0
        for byte in digits.utf8 {
            let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            guard !overflow1, !overflow2, sum <= cap else { return nil }
            value = sum
        }
        return value
    }
}
