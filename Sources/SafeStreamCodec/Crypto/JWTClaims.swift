/// The claims SafeStream reads from a verified token (RFC 7519 §4.1 plus our
/// own `badges` and `avatar`), and the whole payload for anything else.
public struct JWTClaims: Sendable, Equatable {
    /// `sub`: the username the token was issued for.
    public var subject: String?
    /// `exp` in seconds since the epoch. A fractional NumericDate is rounded
    /// down, so whoever schedules the expiry closes the connection early
    /// rather than late.
    public var expiresAt: Int64?
    /// `nbf` in seconds since the epoch; a fractional value is rounded up.
    public var notBefore: Int64?
    /// `badges`, e.g. ["host", "winner"]; empty when absent.
    public var badges: [String]
    /// `avatar`: a URL as the issuer wrote it (not validated here).
    public var avatar: String?
    /// The full payload object, for claims not modelled above.
    public var raw: JSONObject

    public init(
        subject: String? = nil,
        expiresAt: Int64? = nil,
        notBefore: Int64? = nil,
        badges: [String] = [],
        avatar: String? = nil,
        raw: JSONObject = JSONObject()
    ) {
        self.subject = subject
        self.expiresAt = expiresAt
        self.notBefore = notBefore
        self.badges = badges
        self.avatar = avatar
        self.raw = raw
    }
}

/// A NumericDate (RFC 7519 §2): seconds since the epoch, integer or not.
enum NumericDate {
    case seconds(Int64)
    case fractional(Double)

    /// nil when the claim is not a JSON number.
    init?(_ value: JSONValue) {
        switch value {
        case .int(let seconds): self = .seconds(seconds)
        case .double(let seconds): self = .fractional(seconds)
        default: return nil
        }
    }

    /// True if this instant is at or before `limit` (integers compared exactly).
    func isAtOrBefore(_ limit: Int64) -> Bool {
        switch self {
        case .seconds(let seconds): return seconds <= limit
        case .fractional(let seconds): return seconds <= Double(limit)
        }
    }

    /// True if this instant is after `limit`.
    func isAfter(_ limit: Int64) -> Bool {
        !isAtOrBefore(limit)
    }

    /// Whole seconds, rounded down or up, clamped to Int64's range.
    func wholeSeconds(roundingUp: Bool) -> Int64 {
        switch self {
        case .seconds(let seconds):
            return seconds
        case .fractional(let seconds):
            let rounded = roundingUp ? seconds.rounded(.up) : seconds.rounded(.down)
            // Double(Int64.max) is 2^63, one past the largest Int64.
            if rounded >= 9_223_372_036_854_775_808.0 { return Int64.max }
            if rounded <= -9_223_372_036_854_775_808.0 { return Int64.min }
            return Int64(rounded)
        }
    }
}

extension JWTClaims {
    /// Reads the modelled claims; nil if one is present with the wrong type
    /// (a null counts as a wrong type, as PyJWT treats it).
    init?(payload: JSONObject) {
        var claims = JWTClaims(raw: payload)
        if let value = payload["sub"] {
            guard case .string(let subject) = value else { return nil }
            claims.subject = subject
        }
        if let value = payload["exp"] {
            guard let date = NumericDate(value) else { return nil }
            claims.expiresAt = date.wholeSeconds(roundingUp: false)
        }
        if let value = payload["nbf"] {
            guard let date = NumericDate(value) else { return nil }
            claims.notBefore = date.wholeSeconds(roundingUp: true)
        }
        if let value = payload["badges"] {
            guard case .array(let elements) = value else { return nil }
            var badges: [String] = []
            badges.reserveCapacity(elements.count)
            for element in elements {
                guard case .string(let badge) = element else { return nil }
                badges.append(badge)
            }
            claims.badges = badges
        }
        if let value = payload["avatar"] {
            guard case .string(let avatar) = value else { return nil }
            claims.avatar = avatar
        }
        self = claims
    }
}
