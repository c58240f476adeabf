import SafeStreamCodec

/// JWT (HS256) checks for WebSocket upgrades and acting HTTP calls
/// (SPEC §2, §3), and the bearer token of `/internal/publish` (SPEC §4).
extension Server {
    /// Seconds of clock skew tolerated on `exp` and `nbf`.
    static let jwtLeewaySeconds: Int64 = 5

    var jwtRequired: Bool { settings.jwtSecret != nil }

    /// Verifies a token for `username`; the failure reply is a 401.
    func verifyToken(_ token: String?, for username: String?) -> Result<JWTClaims, HTTPReplyError> {
        guard let secret = settings.jwtSecret else { return .success(JWTClaims()) }
        func unauthorized(_ message: String) -> Result<JWTClaims, HTTPReplyError> {
            .failure(.init(HTTPReply.error(status: 401, code: "unauthorized", message: message,
                                           headers: [("WWW-Authenticate", "Bearer")])))
        }
        guard let token, !token.isEmpty else { return unauthorized("A token is required (JWT, HS256).") }
        switch JWT.verify(token, secret: Array(secret.utf8), now: Clock.wallMillis() / 1000, leeway: Self.jwtLeewaySeconds) {
        case .failure(let e):
            let why: String
            switch e {
            case .expired: why = "The token has expired."
            case .notYetValid: why = "The token is not valid yet."
            case .unsupportedAlgorithm: why = "Only HS256 tokens are accepted."
            case .badSignature: why = "The token signature is invalid."
            case .malformed: why = "The token is malformed."
            }
            return unauthorized(why)
        case .success(let claims):
            guard let sub = claims.subject else { return unauthorized("The token has no subject (sub).") }
            if let username, sub != username { return unauthorized("The token was issued for another user.") }
            guard Username.isValid(sub) else { return unauthorized("The token's subject is not a valid username.") }
            return .success(claims)
        }
    }

    /// The bearer token of an HTTP request, if any.
    func bearerToken(_ request: HTTPRequest) -> String? {
        guard let value = request.header("Authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingSpaces()
    }

    /// The acting user of an HTTP call: the token's subject with JWT_SECRET set,
    /// else the body's `field` (SPEC §3).
    func actingUser(_ request: HTTPRequest, body: JSONObject, field: String) -> Result<String, HTTPReplyError> {
        if jwtRequired {
            switch verifyToken(bearerToken(request), for: nil) {
            case .failure(let e): return .failure(e)
            case .success(let claims):
                let sub = claims.subject ?? ""
                if let given = body[field], given != .null, given != .string(sub) {
                    return .failure(.init(HTTPReply.error(status: 403, code: "forbidden",
                                                          message: "\"\(field)\" must be the token's user.")))
                }
                return .success(sub)
            }
        }
        guard case .string(let user)? = body[field], Username.isValid(user) else {
            return .failure(.init(HTTPReply.error(status: 422, code: "invalid_field",
                                                  message: "\"\(field)\" must be a username (1-32 of A-Z a-z 0-9 _ . -).")))
        }
        return .success(user)
    }

    /// `/internal/publish`: 503 when no token is configured, 401 unless the
    /// bearer token matches (compared in constant time).
    func authorizePublisher(_ request: HTTPRequest) -> HTTPReply? {
        guard let expected = settings.realtimePublishToken else {
            return HTTPReply.error(status: 503, code: "unavailable",
                                   message: "Publishing is disabled (REALTIME_PUBLISH_TOKEN is not set).")
        }
        let given = bearerToken(request) ?? ""
        guard constantTimeEquals(Array(given.utf8), Array(expected.utf8)) else {
            return HTTPReply.error(status: 401, code: "unauthorized", message: "A valid publish token is required.",
                                   headers: [("WWW-Authenticate", "Bearer")])
        }
        return nil
    }
}
