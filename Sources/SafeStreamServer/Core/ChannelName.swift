/// A channel a connection can subscribe to (SPEC §2): `lobby`,
/// `stream:<id>`, `post:<id>`, `comment:<id>` with a positive integer id.
public struct ChannelName: Hashable, Sendable, CustomStringConvertible {
    public let description: String

    public static let lobby = ChannelName(unchecked: "lobby")

    init(unchecked: String) { description = unchecked }

    /// nil for anything that is not a valid channel name.
    public init?(_ text: some StringProtocol) {
        if text == "lobby" { description = "lobby"; return }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = text[..<colon]
        let id = text[text.index(after: colon)...]
        guard kind == "stream" || kind == "post" || kind == "comment" else { return nil }
        // A positive integer with no sign, no leading zero and at most 18 digits.
        guard !id.isEmpty, id.utf8.count <= 18, id.utf8.first != UInt8(ascii: "0"),
              id.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        description = String(text)
    }

    /// `stream:<id>` channels are the only ones a live stream can be started on.
    public var isStream: Bool { description.hasPrefix("stream:") }
}

/// SPEC §2: 1-32 of `[A-Za-z0-9_.-]`.
public enum Username {
    public static func isValid(_ name: some StringProtocol) -> Bool {
        let bytes = name.utf8
        guard !bytes.isEmpty, bytes.count <= 32 else { return false }
        return bytes.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
        }
    }
}
