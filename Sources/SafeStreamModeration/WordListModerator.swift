/// A placeholder scorer: lower-cased ASCII words looked up in a small list.
/// The real model replaces it behind the same `Moderator` seam.
public struct WordListModerator: Moderator {
    public let threshold: Double
    let weights: [String: Double]

    public init(threshold: Double = 0.5, extra: [String: Double] = [:]) {
        self.threshold = threshold
        var w: [String: Double] = ["fuck": 0.9, "shit": 0.6, "idiot": 0.7, "bitch": 0.9, "asshole": 0.9]
        for (k, v) in extra { w[k] = v }
        self.weights = w
    }

    public func evaluate(_ text: String) -> ModerationResult {
        var best = 0.0
        var spans: [Range<Int>] = []
        var start = -1
        var word: [UInt8] = []
        var index = 0
        func close(_ end: Int) {
            if start >= 0, let w = weights[String(decoding: word, as: UTF8.self)] {
                best = max(best, w); spans.append(start..<end)
            }
            start = -1; word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) {
                if start < 0 { start = index }
                word.append(lower)
            } else { close(index) }
            index += 1
        }
        close(index)
        let score = (best * 1000).rounded() / 1000
        return ModerationResult(score: score, toxic: score >= threshold,
                                categories: score > 0 ? [.profanity] : [], spans: spans)
    }
}
