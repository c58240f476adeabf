/// A min-heap of deadlines. Cancelled timers stay in the heap and are skipped
/// when they surface (cheaper than searching the heap on every cancel).
struct TimerHeap {
    struct Entry {
        var deadline: UInt64
        var id: UInt64
    }
    private var heap: [Entry] = []

    var isEmpty: Bool { heap.isEmpty }
    var earliest: UInt64? { heap.first?.deadline }

    mutating func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if less(heap[child], heap[parent]) { heap.swapAt(child, parent); child = parent } else { break }
        }
    }

    /// Removes and returns the earliest entry if it is due at `now`.
    mutating func popDue(now: UInt64) -> Entry? {
        guard let first = heap.first, first.deadline <= now else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let l = 2 * parent + 1, r = l + 1
                var smallest = parent
                if l < heap.count && less(heap[l], heap[smallest]) { smallest = l }
                if r < heap.count && less(heap[r], heap[smallest]) { smallest = r }
                if smallest == parent { break }
                heap.swapAt(parent, smallest); parent = smallest
            }
        }
        return first
    }

    private func less(_ a: Entry, _ b: Entry) -> Bool {
        a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id
    }
}
