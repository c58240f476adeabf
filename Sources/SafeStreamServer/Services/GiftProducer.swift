/// The bot gift generator (SPEC §6): `gift_id` 1-1000, `amount` 1-5, from a
/// seedable generator so tests can predict the sequence.
public struct GiftProducer {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// SplitMix64: tiny, fast and good enough for choosing gifts.
    private mutating func nextRandom() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> (giftID: Int, amount: Int) {
        let giftID = Int(nextRandom() % 1000) + 1
        let amount = Int(nextRandom() % 5) + 1
        return (giftID, amount)
    }
}
