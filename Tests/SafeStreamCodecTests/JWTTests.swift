import Testing
@testable import SafeStreamCodec

/// HS256 verification against tokens made by PyJWT 2.15.1, plus the ways a
/// token can be wrong. `now` is passed in, so every edge is exact.
@Suite struct JWTTests {
    /// `jwt.encode({"sub":"alice","exp":4102444800,"badges":["host"]}, "s3cret", algorithm="HS256")`
    static let pyJWTToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImV4cCI6NDEwMjQ0NDgwMCwiYmFkZ2VzIjpbImhvc3QiXX0.X874pmPqdiEMdrVnQwvQK3BDCrd0c5NBLkZ0IlP81wI"
    static let secret = Array("s3cret".utf8)

    /// `jwt.encode({"sub":"bob","nbf":1700000000,"exp":1700003600.5,"avatar":"https://example.com/b.png",
    ///   "badges":["host","winner"],"room":"lobby"}, "another-secret-that-is-32-bytes!", algorithm="HS256")`
    static let pyJWTFullToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJib2IiLCJuYmYiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMzYwMC41LCJhdmF0YXIiOiJodHRwczovL2V4YW1wbGUuY29tL2IucG5nIiwiYmFkZ2VzIjpbImhvc3QiLCJ3aW5uZXIiXSwicm9vbSI6ImxvYmJ5In0.MyjpeNfGSZLAzL94WB55I_-wVPnCeaW1actSBtICb7Y"
    static let fullSecret = Array("another-secret-that-is-32-bytes!".utf8)

    /// Now, in 2023: the PyJWT token expires in 2100.
    static let now: Int64 = 1_700_000_000

    private func claims(_ members: [(key: String, value: JSONValue)]) -> JSONObject {
        JSONObject(members)
    }

    private func token(_ members: [(key: String, value: JSONValue)], secret: [UInt8] = secret) -> String {
        JWT.sign(claims: JSONObject(members), secret: secret)
    }

    /// Replaces one segment of a compact token.
    private func replacingSegment(_ index: Int, of token: String, with segment: String) -> String {
        var parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        parts[index] = segment
        return parts.joined(separator: ".")
    }

    private func encodeSegment(_ json: String) -> String {
        Base64.encodeURL(Array(json.utf8))
    }

    // MARK: - Tokens from PyJWT

    @Test func verifiesPyJWTToken() throws {
        let claims = try JWT.verify(Self.pyJWTToken, secret: Self.secret, now: Self.now).get()
        #expect(claims.subject == "alice")
        #expect(claims.expiresAt == 4_102_444_800)
        #expect(claims.notBefore == nil)
        #expect(claims.badges == ["host"])
        #expect(claims.avatar == nil)
        #expect(claims.raw["exp"] == .int(4_102_444_800))
    }

    @Test func verifiesPyJWTTokenWithEveryClaim() throws {
        let claims = try JWT.verify(Self.pyJWTFullToken, secret: Self.fullSecret, now: Self.now).get()
        #expect(claims.subject == "bob")
        #expect(claims.notBefore == 1_700_000_000)
        // exp 1700003600.5 is rounded down.
        #expect(claims.expiresAt == 1_700_003_600)
        #expect(claims.badges == ["host", "winner"])
        #expect(claims.avatar == "https://example.com/b.png")
        #expect(claims.raw["room"] == .string("lobby"))
    }

    @Test func acceptsExtraHeaderFields() {
        // `jwt.encode({"sub":"alice"}, "s3cret", algorithm="HS256", headers={"kid":"k1"})`
        let token = "eyJhbGciOiJIUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhbGljZSJ9.-33T5QSq89IemzJrFa0QGsYHeNcN4AwVkFs1jRPkAHI"
        #expect(JWT.verify(token, secret: Self.secret, now: Self.now) == .success(
            JWTClaims(subject: "alice", raw: JSONObject([("sub", .string("alice"))]))))
    }

    @Test func signMatchesPyJWTByteForByte() {
        let made = token([("sub", .string("alice")), ("exp", .int(4_102_444_800)), ("badges", .array([.string("host")]))])
        #expect(made == Self.pyJWTToken)
    }

    @Test func signedTokensVerify() throws {
        let made = token([("sub", .string("carol")), ("avatar", .string("https://x/y.png"))])
        let claims = try JWT.verify(made, secret: Self.secret, now: Self.now).get()
        #expect(claims.subject == "carol")
        #expect(claims.avatar == "https://x/y.png")
        #expect(claims.badges == [])
        #expect(claims.expiresAt == nil)
    }

    // MARK: - Tampering

    @Test func wrongSecret() {
        #expect(JWT.verify(Self.pyJWTToken, secret: Array("s3cres".utf8), now: Self.now) == .failure(.badSignature))
        #expect(JWT.verify(Self.pyJWTToken, secret: [], now: Self.now) == .failure(.badSignature))
    }

    @Test func tamperedPayload() {
        let forged = replacingSegment(1, of: Self.pyJWTToken,
                                      with: encodeSegment(#"{"sub":"mallory","exp":4102444800,"badges":["host"]}"#))
        #expect(JWT.verify(forged, secret: Self.secret, now: Self.now) == .failure(.badSignature))
    }

    @Test func tamperedSignature() {
        var signature = Array(Self.pyJWTToken.split(separator: ".")[2].utf8)
        signature[5] = signature[5] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        let forged = replacingSegment(2, of: Self.pyJWTToken, with: String(decoding: signature, as: UTF8.self))
        #expect(JWT.verify(forged, secret: Self.secret, now: Self.now) == .failure(.badSignature))
    }

    @Test func truncatedAndEmptySignature() {
        let signature = String(Self.pyJWTToken.split(separator: ".")[2].prefix(40))
        #expect(JWT.verify(replacingSegment(2, of: Self.pyJWTToken, with: signature), secret: Self.secret, now: Self.now)
            == .failure(.badSignature))
        #expect(JWT.verify(replacingSegment(2, of: Self.pyJWTToken, with: ""), secret: Self.secret, now: Self.now)
            == .failure(.badSignature))
    }

    @Test func reencodedSignatureWithPaddingBitsIsRejected() {
        // The last character of a 32-byte signature carries 2 padding bits;
        // flipping them would decode to the same bytes in a lax decoder.
        var signature = Array(Self.pyJWTToken.split(separator: ".")[2].utf8)
        signature[signature.count - 1] = UInt8(ascii: "x")  // 'w' + 1: sets a padding bit
        let respelled = replacingSegment(2, of: Self.pyJWTToken, with: String(decoding: signature, as: UTF8.self))
        #expect(JWT.verify(respelled, secret: Self.secret, now: Self.now) == .failure(.malformed))
    }

    // MARK: - Algorithms

    @Test func algNoneIsRejected() {
        // `jwt.encode({"sub":"alice","exp":4102444800}, None, algorithm="none")`
        let token = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhbGljZSIsImV4cCI6NDEwMjQ0NDgwMH0."
        #expect(JWT.verify(token, secret: Self.secret, now: Self.now) == .failure(.unsupportedAlgorithm("none")))
    }

    @Test func algNoneWithAValidHS256SignatureIsStillRejected() {
        let header = encodeSegment(#"{"alg":"none"}"#)
        let payload = encodeSegment(#"{"sub":"alice"}"#)
        let signature = Base64.encodeURL(HMACSHA256.authenticate(message: Array("\(header).\(payload)".utf8), key: Self.secret))
        #expect(JWT.verify("\(header).\(payload).\(signature)", secret: Self.secret, now: Self.now)
            == .failure(.unsupportedAlgorithm("none")))
    }

    @Test func hs512IsRejected() {
        // `jwt.encode({"sub":"alice","exp":4102444800}, "s3cret", algorithm="HS512")`
        let token = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImV4cCI6NDEwMjQ0NDgwMH0.ISm_ZbrNb5LBvR63WsG-1Iau6wYbalxQKTGWvtnu27TwWt4RPuYi2n1Sen-S-bJbEBPg_zQyIG7-WBVv9RS9Cg"
        #expect(JWT.verify(token, secret: Self.secret, now: Self.now) == .failure(.unsupportedAlgorithm("HS512")))
    }

    @Test(arguments: ["hs256", "HS256 ", "RS256", "ES256", ""])
    func otherAlgorithmNamesAreRejected(alg: String) {
        let forged = replacingSegment(0, of: Self.pyJWTToken, with: encodeSegment(#"{"alg":"\#(alg)","typ":"JWT"}"#))
        #expect(JWT.verify(forged, secret: Self.secret, now: Self.now) == .failure(.unsupportedAlgorithm(alg)))
    }

    @Test func headerWithoutAlgOrWithCritIsMalformed() {
        for header in [#"{"typ":"JWT"}"#, #"{"alg":256}"#, #"{"alg":null}"#, #"{"alg":"HS256","crit":["exp"]}"#] {
            let forged = replacingSegment(0, of: Self.pyJWTToken, with: encodeSegment(header))
            #expect(JWT.verify(forged, secret: Self.secret, now: Self.now) == .failure(.malformed), "\(header)")
        }
    }

    // MARK: - Time

    @Test func expired() {
        let made = token([("sub", .string("alice")), ("exp", .int(1_000))])
        #expect(JWT.verify(made, secret: Self.secret, now: Self.now) == .failure(.expired))
    }

    @Test func notYetValid() {
        let made = token([("sub", .string("alice")), ("nbf", .int(Self.now + 3_600))])
        #expect(JWT.verify(made, secret: Self.secret, now: Self.now) == .failure(.notYetValid))
    }

    @Test func expiryLeewayEdges() {
        let made = token([("exp", .int(1_000))])
        func verify(_ now: Int64, leeway: Int64 = 30) -> Result<JWTClaims, JWTError> {
            JWT.verify(made, secret: Self.secret, now: now, leeway: leeway)
        }
        // RFC 7519 §4.1.4: invalid on or after exp (+ leeway).
        #expect((try? verify(1_029).get()) != nil)
        #expect(verify(1_030) == .failure(.expired))
        #expect((try? verify(999, leeway: 0).get()) != nil)
        #expect(verify(1_000, leeway: 0) == .failure(.expired))
    }

    @Test func notBeforeLeewayEdges() {
        let made = token([("nbf", .int(1_000))])
        func verify(_ now: Int64, leeway: Int64 = 30) -> Result<JWTClaims, JWTError> {
            JWT.verify(made, secret: Self.secret, now: now, leeway: leeway)
        }
        // RFC 7519 §4.1.5: invalid before nbf (- leeway).
        #expect((try? verify(970).get()) != nil)
        #expect(verify(969) == .failure(.notYetValid))
        #expect((try? verify(1_000, leeway: 0).get()) != nil)
        #expect(verify(999, leeway: 0) == .failure(.notYetValid))
    }

    @Test func fractionalNumericDates() {
        let made = token([("exp", .double(1_000.5)), ("nbf", .double(900.5))])
        func verify(_ now: Int64) -> Result<JWTClaims, JWTError> {
            JWT.verify(made, secret: Self.secret, now: now, leeway: 0)
        }
        #expect(verify(900) == .failure(.notYetValid))
        let claims = try? verify(901).get()
        #expect(claims?.notBefore == 901)
        #expect(claims?.expiresAt == 1_000)
        #expect((try? verify(1_000).get()) != nil)
        #expect(verify(1_001) == .failure(.expired))
    }

    @Test func extremeTimesDoNotTrap() {
        let made = token([("exp", .int(Int64.max)), ("nbf", .int(Int64.min))])
        #expect((try? JWT.verify(made, secret: Self.secret, now: Int64.max, leeway: Int64.max).get()) != nil)
        #expect((try? JWT.verify(made, secret: Self.secret, now: Int64.min, leeway: Int64.max).get()) != nil)
        #expect(JWT.verify(made, secret: Self.secret, now: Int64.max, leeway: 0) == .failure(.expired))
        // A (nonsensical) negative leeway saturates instead of trapping.
        #expect(JWT.verify(made, secret: Self.secret, now: 0, leeway: Int64.min) == .failure(.expired))
        let huge = token([("exp", .double(1e300)), ("nbf", .double(-1e300))])
        let claims = try? JWT.verify(huge, secret: Self.secret, now: Self.now).get()
        #expect(claims?.expiresAt == Int64.max)
        #expect(claims?.notBefore == Int64.min)
    }

    // MARK: - Malformed

    @Test(arguments: [
        "",
        ".",
        "..",
        "onlyonepart",
        "two.parts",
        "a.b.c.d",
    ])
    func wrongShape(token: String) {
        #expect(JWT.verify(token, secret: Self.secret, now: Self.now) == .failure(.malformed))
    }

    @Test func twoPartsOfARealToken() {
        let parts = Self.pyJWTToken.split(separator: ".")
        #expect(JWT.verify("\(parts[0]).\(parts[1])", secret: Self.secret, now: Self.now) == .failure(.malformed))
        #expect(JWT.verify(Self.pyJWTToken + ".", secret: Self.secret, now: Self.now) == .failure(.malformed))
    }

    @Test(arguments: [0, 1, 2])
    func badBase64URL(segment: Int) {
        for bad in ["ab+c", "ab/c", "abc=", "a", "ab c", "é"] {
            let forged = replacingSegment(segment, of: Self.pyJWTToken, with: bad)
            #expect(JWT.verify(forged, secret: Self.secret, now: Self.now) == .failure(.malformed), "\(segment): \(bad)")
        }
    }

    @Test func headerThatIsNotAnObject() {
        for header in ["[]", #""HS256""#, "null", "{", ""] {
            let forged = replacingSegment(0, of: Self.pyJWTToken, with: encodeSegment(header))
            #expect(JWT.verify(forged, secret: Self.secret, now: Self.now) == .failure(.malformed), "\(header)")
        }
    }

    /// A correctly signed token whose payload is the given text.
    private func signedRaw(payload: String) -> String {
        let header = encodeSegment(#"{"alg":"HS256","typ":"JWT"}"#)
        let body = encodeSegment(payload)
        let signature = Base64.encodeURL(HMACSHA256.authenticate(message: Array("\(header).\(body)".utf8), key: Self.secret))
        return "\(header).\(body).\(signature)"
    }

    @Test(arguments: [
        "[1,2]", #""alice""#, "42", "null", "", "{", #"{"sub":"alice",}"#,
    ])
    func payloadThatIsNotAnObject(payload: String) {
        #expect(JWT.verify(signedRaw(payload: payload), secret: Self.secret, now: Self.now) == .failure(.malformed))
    }

    @Test(arguments: [
        #"{"sub":42}"#, #"{"sub":null}"#, #"{"exp":"4102444800"}"#, #"{"exp":null}"#, #"{"nbf":true}"#,
        #"{"badges":"host"}"#, #"{"badges":["host",1]}"#, #"{"avatar":["x"]}"#,
    ])
    func claimOfTheWrongType(payload: String) {
        #expect(JWT.verify(signedRaw(payload: payload), secret: Self.secret, now: Self.now) == .failure(.malformed))
    }

    @Test func unsignedGarbageIsABadSignatureNotAParse() {
        // The payload is only parsed after the signature checks out.
        let header = encodeSegment(#"{"alg":"HS256"}"#)
        let token = "\(header).\(encodeSegment("not json")).\(Base64.encodeURL([UInt8](repeating: 0, count: 32)))"
        #expect(JWT.verify(token, secret: Self.secret, now: Self.now) == .failure(.badSignature))
    }
}
