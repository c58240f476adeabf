import Glibc

/// A pthread mutex with one condition variable: what the log writer thread
/// sleeps on. (Synchronization.Mutex has no condition variable.)
final class ConditionLock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var cond = pthread_cond_t()

    init() {
        pthread_mutex_init(&mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(&cond, &attr)
        pthread_condattr_destroy(&attr)
    }

    func lock() { pthread_mutex_lock(&mutex) }
    func unlock() { pthread_mutex_unlock(&mutex) }
    func signal() { pthread_cond_signal(&cond) }
    func broadcast() { pthread_cond_broadcast(&cond) }

    /// Waits (lock held) until signalled or `nanos` pass.
    func wait(nanos: UInt64) {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let total = UInt64(ts.tv_nsec) + nanos
        ts.tv_sec += Int(total / 1_000_000_000)
        ts.tv_nsec = Int(total % 1_000_000_000)
        pthread_cond_timedwait(&cond, &mutex, &ts)
    }
}
