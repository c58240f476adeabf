/// `GET /metrics` in the Prometheus text format (SPEC §3).
extension Server {
    func metricsText() -> String {
        var out = ""
        func metric(_ name: String, _ type: String, _ help: String, _ value: some Numeric, labels: String = "") {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name)\(labels) \(value)\n"
        }
        let m = metrics
        metric("safestream_connections", "gauge", "Open TCP connections.", openConnections)
        metric("safestream_websockets", "gauge", "Open WebSocket connections.", openWebSockets)
        metric("safestream_connections_accepted_total", "counter", "TCP connections accepted.", m.connectionsAccepted)
        metric("safestream_handshakes_total", "counter", "WebSocket handshakes completed.", m.handshakesCompleted)
        metric("safestream_handshakes_rejected_total", "counter", "WebSocket handshakes refused.", m.handshakesRejected)
        metric("safestream_frames_in_total", "counter", "WebSocket messages received.", m.framesIn)
        metric("safestream_frames_out_total", "counter", "WebSocket frames queued to clients.", m.framesOut)
        metric("safestream_bytes_in_total", "counter", "Bytes read from sockets.", m.bytesIn)
        metric("safestream_bytes_out_total", "counter", "Bytes written to sockets.", m.bytesOut)
        metric("safestream_protocol_errors_total", "counter", "Connections failed for RFC 6455 violations.", m.protocolErrors)
        metric("safestream_http_requests_total", "counter", "HTTP requests parsed.", m.httpRequests)
        metric("safestream_http_parse_errors_total", "counter", "HTTP requests rejected by the parser.", m.httpErrors)
        metric("safestream_slow_clients_dropped_total", "counter", "Clients dropped for exceeding SLOW_CLIENT_MAX_BUFFER.", m.slowClientsDropped)
        let core = self.core.assumeIsolated { $0.metrics }
        out += "# HELP safestream_events_total Events published, by type.\n# TYPE safestream_events_total counter\n"
        for t in CoreMetrics.EventType.allCases {
            out += "safestream_events_total{type=\"\(t.rawValue)\"} \(core.events[t, default: 0])\n"
        }
        metric("safestream_deliveries_total", "counter", "Event frames queued to subscribers.", core.deliveries)
        metric("safestream_moderation_flagged_total", "counter", "Messages scored toxic.", core.moderationFlagged)
        metric("safestream_rate_limited_total", "counter", "Chat messages refused by the rate limit.", core.rateLimited)
        metric("safestream_errors_sent_total", "counter", "error frames sent to clients.", core.errorsSent)
        let log = sink.stats
        metric("safestream_log_lines_total", "counter", "Event lines written to the JSONL log.", log.linesWritten)
        metric("safestream_log_bytes_total", "counter", "Bytes written to the JSONL log.", log.bytesWritten)
        metric("safestream_log_write_errors_total", "counter", "Failed log writes (disk full, directory gone).", log.writeErrors)
        metric("safestream_log_lines_dropped_total", "counter", "Lines dropped after the pending queue overflowed.", log.linesDropped)
        metric("safestream_log_pending_bytes", "gauge", "Bytes queued for the log writer.", log.pendingBytes)
        metric("safestream_log_rotations_total", "counter", "Log rotations.", log.rotations)
        let avg = log.batches > 0 ? Double(log.writeNanosTotal) / Double(log.batches) / 1e9 : 0
        metric("safestream_log_write_seconds_avg", "gauge", "Average time to write one batch of log lines.", avg)
        metric("safestream_log_write_seconds_max", "gauge", "Longest time to write one batch of log lines.", Double(log.writeNanosMax) / 1e9)
        metric("safestream_event_loop_lag_seconds", "gauge", "Duration of the last event-loop iteration.", Double(loop.lastIterationNanos) / 1e9)
        metric("safestream_event_loop_lag_max_seconds", "gauge", "Longest event-loop iteration since the last scrape.", Double(loop.maxIterationNanos) / 1e9)
        loop.maxIterationNanos = 0
        return out
    }
}
