/// Counters kept by the network layer (loop thread only).
struct ServerMetrics {
    var bytesIn: UInt64 = 0
    var bytesOut: UInt64 = 0
    var framesIn: UInt64 = 0
    var framesOut: UInt64 = 0
    var connectionsAccepted: UInt64 = 0
    var handshakesCompleted: UInt64 = 0
    var handshakesRejected: UInt64 = 0
    var protocolErrors: UInt64 = 0
    var httpRequests: UInt64 = 0
    var httpErrors: UInt64 = 0
    var slowClientsDropped: UInt64 = 0
}
