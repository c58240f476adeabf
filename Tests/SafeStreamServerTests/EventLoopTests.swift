import Testing
import Glibc
import Synchronization
@testable import SafeStreamServer

/// An actor that runs on the loop, the way ChatCore does.
private actor Counter {
    let loop: EventLoop
    var value = 0
    init(loop: EventLoop) { self.loop = loop }
    nonisolated var unownedExecutor: UnownedSerialExecutor { loop.asUnownedSerialExecutor() }
    func bump() { value += 1 }
}

private func startLoop() throws -> (EventLoop, Thread) {
    let loop = try EventLoop()
    let thread = Thread { loop.run() }
    return (loop, thread)
}

/// A minimal joinable thread for tests.
final class Thread: @unchecked Sendable {
    private var handle: pthread_t = 0
    private let body: () -> Void
    init(_ body: @escaping () -> Void) {
        self.body = body
        let box = Unmanaged.passRetained(self)
        pthread_create(&handle, nil, { raw in
            let me = Unmanaged<Thread>.fromOpaque(raw!).takeRetainedValue()
            me.body()
            return nil
        }, box.toOpaque())
    }
    func join() { pthread_join(handle, nil) }
}

@Suite struct EventLoopTests {
    @Test func timersFireInDeadlineOrder() throws {
        let (loop, thread) = try startLoop()
        let order = Mutex<[Int]>([])
        loop.execute {
            loop.schedule(afterNanos: 30_000_000) { order.withLock { $0.append(3) }; loop.stop() }
            loop.schedule(afterNanos: 10_000_000) { order.withLock { $0.append(1) } }
            let t = loop.schedule(afterNanos: 15_000_000) { order.withLock { $0.append(99) } }
            loop.schedule(afterNanos: 20_000_000) { order.withLock { $0.append(2) } }
            loop.cancel(t)
        }
        thread.join()
        #expect(order.withLock { $0 } == [1, 2, 3])
    }

    @Test func actorRunsOnLoopAndCallbacksEnterWithAssumeIsolated() async throws {
        let (loop, thread) = try startLoop()
        let counter = Counter(loop: loop)
        await counter.bump()                       // an ordinary hop onto the loop executor
        let seen = Mutex<Int>(0)
        loop.execute {                             // a plain loop callback, not an executor job
            counter.assumeIsolated { $0.bump() }   // no hop: we are on the loop thread
            seen.withLock { $0 = counter.assumeIsolated { $0.value } }
            loop.stop()
        }
        thread.join()
        #expect(seen.withLock { $0 } == 2)
    }
}
