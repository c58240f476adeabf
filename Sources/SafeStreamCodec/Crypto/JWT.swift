public enum JWTError: Error, Equatable, Sendable {
    /// Not three base64url segments, a header or payload that is not a JSON
    /// object, or a claim of the wrong type.
    case malformed
    /// The header's `alg`, when it is anything but HS256 (including "none").
    case unsupportedAlgorithm(String)
    case badSignature
    case expired
    case notYetValid
}

/// JSON Web Tokens (RFC 7519) signed with HS256 (RFC 7518 §3.2) in JWS
/// compact serialization (RFC 7515 §7.1). Pure: the clock is an argument.
public enum JWT {
    /// Verifies an HS256 compact JWS: header must be {"alg":"HS256"} (typ optional); alg none or anything else → unsupportedAlgorithm; signature compared in constant time; exp/nbf (NumericDate seconds, int or double) checked against `now` (seconds since epoch) with `leeway` seconds.
    ///
    /// Order of checks: shape and base64url of all three segments, header,
    /// signature, and only then the payload's JSON, so unauthenticated
    /// claims are never interpreted. The algorithm comes from the header
    /// but only HS256 is ever accepted: the verifier, not the token, picks
    /// the algorithm (RFC 8725 §3.1), which rules out "none" and key-confusion
    /// attacks.
    public static func verify(_ token: String, secret: [UInt8], now: Int64, leeway: Int64 = 30) -> Result<JWTClaims, JWTError> {
        var token = token
        return token.withUTF8 { verify(utf8: $0, secret: secret, now: now, leeway: leeway) }
    }

    /// Makes a token (used by tests and tooling).
    public static func sign(claims: JSONObject, secret: [UInt8]) -> String {
        // The same header PyJWT writes.
        let header = Base64.encodeURL(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        var writer = JSONWriter()
        writer.value(.object(claims))
        let signingInput = header + "." + Base64.encodeURL(writer.bytes)
        let signature = HMACSHA256.authenticate(message: Array(signingInput.utf8), key: secret)
        return signingInput + "." + Base64.encodeURL(signature)
    }

    private static func verify(
        utf8 token: UnsafeBufferPointer<UInt8>, secret: [UInt8], now: Int64, leeway: Int64
    ) -> Result<JWTClaims, JWTError> {
        // RFC 7515 §7.1: BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature).
        guard let firstDot = token.firstIndex(of: UInt8(ascii: ".")),
              let secondDot = token[(firstDot + 1)...].firstIndex(of: UInt8(ascii: ".")),
              !token[(secondDot + 1)...].contains(UInt8(ascii: ".")) else {
            return .failure(.malformed)
        }
        guard let headerBytes = Base64.decodeURL(UnsafeBufferPointer(rebasing: token[..<firstDot])),
              let payloadBytes = Base64.decodeURL(UnsafeBufferPointer(rebasing: token[(firstDot + 1)..<secondDot])),
              let signature = Base64.decodeURL(UnsafeBufferPointer(rebasing: token[(secondDot + 1)...])) else {
            return .failure(.malformed)
        }

        guard case .object(let header)? = try? JSONParser.parse(headerBytes) else {
            return .failure(.malformed)
        }
        guard case .string(let algorithm)? = header["alg"] else { return .failure(.malformed) }
        guard algorithm == "HS256" else { return .failure(.unsupportedAlgorithm(algorithm)) }
        // RFC 7515 §4.1.11: extensions listed in "crit" must be understood;
        // we implement none, so any "crit" makes the token unusable.
        guard header["crit"] == nil else { return .failure(.malformed) }

        let signingInput = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: token[..<secondDot]))
        let expected = HMACSHA256.authenticate(message: signingInput, key: secret)
        guard constantTimeEquals(expected, signature) else { return .failure(.badSignature) }

        guard case .object(let payload)? = try? JSONParser.parse(payloadBytes),
              let claims = JWTClaims(payload: payload) else {
            return .failure(.malformed)
        }
        // RFC 7519 §4.1.4: reject on or after exp; §4.1.5: reject before nbf;
        // both allow "some small leeway" for clock skew.
        let earliest = now.subtractingSaturating(leeway)
        let latest = now.addingSaturating(leeway)
        if let value = payload["exp"], let expiry = NumericDate(value), expiry.isAtOrBefore(earliest) {
            return .failure(.expired)
        }
        if let value = payload["nbf"], let notBefore = NumericDate(value), notBefore.isAfter(latest) {
            return .failure(.notYetValid)
        }
        return .success(claims)
    }
}

extension Int64 {
    /// Clock arithmetic that cannot trap on hostile or extreme inputs.
    fileprivate func addingSaturating(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }

    fileprivate func subtractingSaturating(_ other: Int64) -> Int64 {
        let (difference, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return difference }
        return other > 0 ? .min : .max
    }
}
