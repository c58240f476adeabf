// libFuzzer entry point for JWT.verify and Base64; built by scripts/fuzz.sh
// together with Sources/SafeStreamCodec and Tests/Fuzz/Shared.
//
// Input: the token text as sent in `?token=` (no control byte).
//
// A fuzzer cannot forge HS256, so mutated tokens would never get past the
// signature check. Each input is therefore verified twice: as sent, and
// re-signed — its first two segments with a correct signature for `secret`
// appended — which lets the fuzzer reach the header and claims logic.
// An input starting with '{' is instead read as header JSON, a newline and
// payload JSON, which are base64url-encoded and signed: mutating JSON finds
// claim edge cases much faster than mutating its base64.
//
// Invariants, beyond "no trap, no ASan report, no hang":
// - a re-signed token never fails with .badSignature;
// - a verified token's claims match its payload, and signing those claims
//   again verifies to the same claims (or the same exp/nbf verdict);
// - Base64 is canonical: decode(t) == b implies encode(b) == t, in both
//   alphabets; encode then decode is the identity on any bytes;
// - the String and byte-buffer decodeURL entry points agree.

private let secret = Array("fuzz-secret-0123456789abcdef-32b".utf8)
/// 2023-11-14T22:13:20Z, as in JWTTests; the leeway is the default 30 s.
private let now: Int64 = 1_700_000_000

private func checkVerified(_ claims: JWTClaims) {
    let raw = claims.raw
    if case .string(let sub)? = raw["sub"] { require(claims.subject == sub, "sub") } else {
        require(claims.subject == nil, "subject without sub")
    }
    if case .string(let avatar)? = raw["avatar"] { require(claims.avatar == avatar, "avatar") } else {
        require(claims.avatar == nil, "avatar without avatar")
    }
    if raw["exp"] == nil { require(claims.expiresAt == nil, "expiresAt without exp") }
    if raw["nbf"] == nil { require(claims.notBefore == nil, "notBefore without nbf") }
    // Accepted means exp > now - leeway and nbf <= now + leeway; the
    // modelled claims round exp down and nbf up to whole seconds.
    if let exp = claims.expiresAt { require(exp >= now - 30, "expired token accepted: exp \(exp)") }
    if let nbf = claims.notBefore { require(nbf <= now + 30, "early token accepted: nbf \(nbf)") }

    // The same claims signed by us verify to the same claims.
    let token = JWT.sign(claims: raw, secret: secret)
    switch JWT.verify(token, secret: secret, now: now) {
    case .success(let again):
        require(again.subject == claims.subject && again.expiresAt == claims.expiresAt
                && again.notBefore == claims.notBefore && again.badges == claims.badges
                && again.avatar == claims.avatar, "claims changed when re-signed: \(claims) vs \(again)")
    case .failure(let error):
        fatalError("claims \(raw) verified once, then failed with \(error) when signed by JWT.sign")
    }
}

private func checkBase64(_ text: String) {
    if let bytes = Base64.decode(text) {
        require(Base64.encode(bytes) == text, "non-canonical base64 accepted: \(text)")
    }
    let url = Base64.decodeURL(text)
    if let bytes = url {
        require(Base64.encodeURL(bytes) == text, "non-canonical base64url accepted: \(text)")
    }
    var copy = text
    let fromBuffer = copy.withUTF8 { Base64.decodeURL($0) }
    require(fromBuffer == url, "decodeURL entry points disagree on \(text)")
    let raw = Array(text.utf8)
    require(Base64.decode(Base64.encode(raw)) == raw, "encode/decode round trip")
    require(Base64.decodeURL(Base64.encodeURL(raw)) == raw, "encodeURL/decodeURL round trip")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.first == UInt8(ascii: "{") {
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let payload = newline < bytes.count ? Array(bytes[(newline + 1)...]) : []
        bytes = Array((Base64.encodeURL(Array(bytes[..<newline])) + "." + Base64.encodeURL(payload)).utf8)
    }
    let token = String(decoding: bytes, as: UTF8.self)
    checkBase64(token)

    if case .success(let claims) = JWT.verify(token, secret: secret, now: now) { checkVerified(claims) }

    // Re-sign: keep everything before the second dot (or the whole text),
    // append the signature a holder of the secret would compute.
    let utf8 = Array(token.utf8)
    guard let firstDot = utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
    let secondDot = utf8[(firstDot + 1)...].firstIndex(of: UInt8(ascii: ".")) ?? utf8.count
    let signingInput = Array(utf8[..<secondDot])
    let signature = Base64.encodeURL(HMACSHA256.authenticate(message: signingInput, key: secret))
    let signed = String(decoding: signingInput, as: UTF8.self) + "." + signature
    switch JWT.verify(signed, secret: secret, now: now) {
    case .success(let claims):
        checkVerified(claims)
    case .failure(let error):
        require(error != .badSignature, "correctly signed token rejected: \(signed)")
    }
    return 0
}
