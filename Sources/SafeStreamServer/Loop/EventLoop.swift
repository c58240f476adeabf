import Glibc
import CSafeStreamLinux
import Synchronization

/// Something the loop calls when its fd is ready. `events` is the epoll mask.
public protocol LoopHandler: AnyObject {
    func handle(events: UInt32)
}

/// The one thread that does all network I/O and runs the core actor.
///
/// Shape (after Redis' ae and SwiftNIO's SelectableEventLoop): register an fd
/// with a handler, schedule timers, and a before-sleep hook that flushes every
/// socket's buffered output once per iteration. It is also a `SerialExecutor`:
/// the `ChatCore` actor names this loop as its executor, so actor code runs on
/// this thread and socket callbacks enter it with `assumeIsolated` — no hop,
/// no await, no thread switch between a read and the broadcast it causes.
///
/// Only `enqueue`, `execute` and `wakeUp` may be called from other threads.
public final class EventLoop: SerialExecutor, @unchecked Sendable {
    private struct Registration {
        var generation: UInt32
        var handler: LoopHandler
    }

    private var epoll: Epoll
    private let wakeFD: Int32
    private var registrations: [Registration?] = []
    private var nextGeneration: UInt32 = 1

    private var timers = TimerHeap()
    private var timerBodies: [UInt64: () -> Void] = [:]
    private var nextTimerID: UInt64 = 1

    private let inbox = Mutex<Inbox>(Inbox())
    private struct Inbox {
        var jobs: [UnownedJob] = []
        var tasks: [() -> Void] = []
        var wakePending = false
    }

    private var beforeSleepHooks: [() -> Void] = []
    private var stopRequested = false
    private var thread: pthread_t?

    /// Nanoseconds the last iteration took from wake-up to sleep (event-loop lag).
    public private(set) var lastIterationNanos: UInt64 = 0
    /// The largest iteration seen since the last read of it (for /metrics).
    public var maxIterationNanos: UInt64 = 0

    public init() throws(SystemError) {
        epoll = try Epoll()
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard wakeFD >= 0 else { throw SystemError("eventfd") }
        epoll.add(fd: wakeFD, generation: 0, readable: true, writable: false)
    }

    // MARK: Thread checks

    public var inLoopThread: Bool {
        guard let thread else { return false }
        return pthread_equal(thread, pthread_self()) != 0
    }

    /// Binds the loop to the calling thread before `run()` (so code that runs
    /// before the first iteration can already assume isolation).
    public func bindToCurrentThread() { thread = pthread_self() }

    // MARK: SerialExecutor

    public func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        let needWake = inbox.withLock { box -> Bool in
            box.jobs.append(unowned)
            if box.wakePending { return false }
            box.wakePending = true
            return true
        }
        if needWake { signalWake() }
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Called by `assumeIsolated` when the runtime cannot tell by itself that
    /// we are on this executor (socket callbacks are not executor jobs).
    public func checkIsolated() {
        precondition(inLoopThread, "not on the SafeStream event loop thread")
    }

    public func isIsolatingCurrentContext() -> Bool? { inLoopThread }

    /// Runs `body` on the loop thread soon. Safe from any thread.
    public func execute(_ body: @escaping () -> Void) {
        let needWake = inbox.withLock { box -> Bool in
            box.tasks.append(body)
            if box.wakePending { return false }
            box.wakePending = true
            return true
        }
        if needWake { signalWake() }
    }

    private func signalWake() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    // MARK: Registration

    /// Starts watching `fd`. The handler is retained until `unregister`.
    public func register(fd: Int32, handler: LoopHandler, readable: Bool = true, writable: Bool = false) {
        let index = Int(fd)
        if index >= registrations.count {
            registrations.append(contentsOf: repeatElement(nil, count: index - registrations.count + 1))
        }
        let generation = nextGeneration
        nextGeneration &+= 1
        if nextGeneration == 0 { nextGeneration = 1 }
        registrations[index] = Registration(generation: generation, handler: handler)
        epoll.add(fd: fd, generation: generation, readable: readable, writable: writable)
    }

    public func setInterest(fd: Int32, readable: Bool, writable: Bool) {
        guard let reg = registrations[Int(fd)] else { return }
        epoll.modify(fd: fd, generation: reg.generation, readable: readable, writable: writable)
    }

    /// Stops watching `fd` (call before closing it).
    public func unregister(fd: Int32) {
        guard Int(fd) < registrations.count, registrations[Int(fd)] != nil else { return }
        epoll.remove(fd: fd)
        registrations[Int(fd)] = nil
    }

    // MARK: Timers

    public struct TimerID: Hashable, Sendable { let raw: UInt64 }

    @discardableResult
    public func schedule(afterNanos delay: UInt64, _ body: @escaping () -> Void) -> TimerID {
        let id = nextTimerID
        nextTimerID &+= 1
        timers.push(.init(deadline: Clock.monotonicNanos() &+ delay, id: id))
        timerBodies[id] = body
        return TimerID(raw: id)
    }

    /// Calls `body` every `interval` until it returns false.
    public func repeating(everyNanos interval: UInt64, _ body: @escaping () -> Bool) {
        schedule(afterNanos: interval) { [unowned self] in
            if body() { self.repeating(everyNanos: interval, body) }
        }
    }

    public func cancel(_ timer: TimerID) {
        timerBodies[timer.raw] = nil
    }

    // MARK: Hooks

    /// Runs at the end of every iteration, before the loop sleeps: this is
    /// where buffered output leaves in one write per socket.
    public func addBeforeSleepHook(_ hook: @escaping () -> Void) {
        beforeSleepHooks.append(hook)
    }

    // MARK: Running

    /// Asks the loop to return from `run()` after the current iteration.
    public func stop() {
        if inLoopThread { stopRequested = true } else { execute { [unowned self] in self.stopRequested = true } }
    }

    /// Runs the loop on the calling thread until `stop()`.
    public func run() {
        thread = pthread_self()
        while !stopRequested {
            runOnce(timeoutMs: computeTimeout())
        }
        // Drain what was enqueued before stop so no actor job is lost.
        drainInbox()
        for hook in beforeSleepHooks { hook() }
    }

    private func computeTimeout() -> Int32 {
        let pending = inbox.withLock { !$0.jobs.isEmpty || !$0.tasks.isEmpty }
        if pending { return 0 }
        guard let earliest = timers.earliest else { return 1000 }
        let now = Clock.monotonicNanos()
        if earliest <= now { return 0 }
        let ms = (earliest - now + 999_999) / 1_000_000
        return Int32(min(ms, 1000))
    }

    private func runOnce(timeoutMs: Int32) {
        epoll.wait(timeoutMs: timeoutMs) { fd, generation, events in
            if fd == wakeFD {
                var value: UInt64 = 0
                _ = read(wakeFD, &value, 8)
                return
            }
            let index = Int(fd)
            guard index < registrations.count, let reg = registrations[index],
                  reg.generation == generation else { return }   // stale event for a reused fd
            reg.handler.handle(events: events)
        }
        let start = Clock.monotonicNanos()
        drainInbox()
        runDueTimers()
        for hook in beforeSleepHooks { hook() }
        let took = Clock.monotonicNanos() &- start
        lastIterationNanos = took
        if took > maxIterationNanos { maxIterationNanos = took }
    }

    private func drainInbox() {
        while true {
            let (jobs, tasks) = inbox.withLock { box -> ([UnownedJob], [() -> Void]) in
                let taken = (box.jobs, box.tasks)
                box.jobs.removeAll()
                box.tasks.removeAll()
                box.wakePending = false
                return taken
            }
            if jobs.isEmpty && tasks.isEmpty { return }
            let executor = asUnownedSerialExecutor()
            for job in jobs { job.runSynchronously(on: executor) }
            for task in tasks { task() }
        }
    }

    private func runDueTimers() {
        let now = Clock.monotonicNanos()
        while let entry = timers.popDue(now: now) {
            if let body = timerBodies.removeValue(forKey: entry.id) { body() }
        }
    }
}
