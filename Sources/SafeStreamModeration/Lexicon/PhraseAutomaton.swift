/// Aho–Corasick over canonical word ids: one transition per token finds every
/// phrase ending at that token, whatever phrases overlap or nest.
@usableFromInline
final class PhraseAutomaton: @unchecked Sendable {
    struct Phrase {
        var length: Int
        var weight: Double
        var targetWeight: Double
        var category: UInt8
        var flags: UInt8
    }

    @exclusivity(unchecked) private var keys: [UInt64] = []      // open addressing: (state << 32 | symbol) + 1, 0 = empty
    @exclusivity(unchecked) private var values: [Int32] = []
    @exclusivity(unchecked) private var mask = 0
    @exclusivity(unchecked) private(set) var fail: [Int32] = [0]
    @exclusivity(unchecked) private(set) var output: [Int32] = [-1]     // phrase index ending at this state, or -1
    @exclusivity(unchecked) private(set) var outputLink: [Int32] = [-1] // next state on the fail chain with an output
    @exclusivity(unchecked) private(set) var phrases: [Phrase] = []
    @exclusivity(unchecked) private var edges: [(state: Int32, symbol: Int32, next: Int32)] = []
    @exclusivity(unchecked) private var stateDepth: [Int] = [0]
    @exclusivity(unchecked) private var building: [UInt64: Int32] = [:]

    /// Adds a phrase (canonical ids), or re-weights it if it exists.
    func add(_ symbols: [Int32], _ info: Phrase) {
        var state: Int32 = 0
        for s in symbols {
            let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(s))
            if let next = building[key] {
                state = next
            } else {
                let next = Int32(fail.count)
                fail.append(0); output.append(-1); outputLink.append(-1); stateDepth.append(stateDepth[Int(state)] + 1)
                edges.append((state, s, next))
                building[key] = next
                state = next
            }
        }
        if output[Int(state)] < 0 {
            output[Int(state)] = Int32(phrases.count)
            phrases.append(info)
        } else {
            phrases[Int(output[Int(state)])] = info
        }
    }

    /// Builds the hash of transitions and the failure links (breadth first).
    func finish() {
        var size = 16
        while size < edges.count * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        for e in edges { insert(e.state, e.symbol, e.next) }
        var children: [[(Int32, Int32)]] = Array(repeating: [], count: fail.count)
        for e in edges { children[Int(e.state)].append((e.symbol, e.next)) }
        var queue: [Int32] = children[0].map { $0.1 }
        var head = 0
        while head < queue.count {
            let r = queue[head]; head += 1
            for (symbol, u) in children[Int(r)] {
                queue.append(u)
                if r != 0 {
                    var f = fail[Int(r)]
                    while true {
                        let t = goto(f, symbol)
                        if t >= 0 { fail[Int(u)] = t; break }
                        if f == 0 { fail[Int(u)] = 0; break }
                        f = fail[Int(f)]
                    }
                }
                let fu = fail[Int(u)]
                outputLink[Int(u)] = output[Int(fu)] >= 0 ? fu : outputLink[Int(fu)]
            }
        }
        edges = []
        building = [:]
    }

    private func insert(_ state: Int32, _ symbol: Int32, _ next: Int32) {
        let key = (UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))) &+ 1
        var i = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key; values[i] = next
    }

    @inline(__always) static func hash(_ k: UInt64) -> UInt64 { (k &* 0x9E37_79B9_7F4A_7C15) >> 29 }

    /// The direct transition, or -1.
    @inline(__always)
    func goto(_ state: Int32, _ symbol: Int32) -> Int32 {
        let key = (UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))) &+ 1
        var i = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    /// The automaton's next state after reading `symbol` (-1 = unknown word).
    @inline(__always)
    func step(_ state: Int32, _ symbol: Int32) -> Int32 {
        if symbol < 0 { return 0 }
        var s = state
        while true {
            let t = goto(s, symbol)
            if t >= 0 { return t }
            if s == 0 { return 0 }
            s = fail[Int(s)]
        }
    }
}
