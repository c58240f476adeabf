import Glibc

/// Monotonic and wall-clock readings, in one place so the services never
/// read a clock themselves: time is passed into them.
public enum Clock {
    /// Nanoseconds since an arbitrary point; never goes backwards.
    @inline(__always)
    public static func monotonicNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Milliseconds since the Unix epoch (UTC).
    @inline(__always)
    public static func wallMillis() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) &* 1000 &+ Int64(ts.tv_nsec / 1_000_000)
    }
}
