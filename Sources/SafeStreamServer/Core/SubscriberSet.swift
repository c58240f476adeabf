/// The sessions subscribed to one channel, in a dense array so a broadcast is
/// a tight loop; removal is O(1) by swapping with the last element.
struct SubscriberSet {
    private(set) var members: ContiguousArray<ChatSession> = []
    private var positions: [UInt64: Int] = [:]

    var count: Int { members.count }
    var isEmpty: Bool { members.isEmpty }

    mutating func insert(_ session: ChatSession) {
        let id = session.peer.connectionID
        guard positions[id] == nil else { return }
        positions[id] = members.count
        members.append(session)
    }

    mutating func remove(_ session: ChatSession) {
        let id = session.peer.connectionID
        guard let index = positions.removeValue(forKey: id) else { return }
        let last = members.removeLast()
        if index < members.count {
            members[index] = last
            positions[last.peer.connectionID] = index
        }
    }
}
