import Foundation
import SalesCoachWorkspace
import Synchronization

/// Watches for Ctrl-C while a long workspace write runs, and interrupts it.
final class InterruptWatcher: Sendable {
    private let workspace: Workspace
    private let running = Atomic<Bool>(false)
    private let didFire = Atomic<Bool>(false)

    init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Whether Ctrl-C interrupted the work.
    var fired: Bool { didFire.load(ordering: .acquiring) }

    func start() {
        interruptRequested.store(false, ordering: .relaxed)
        running.store(true, ordering: .releasing)
        Thread.detachNewThread { [self] in
            while running.load(ordering: .acquiring) {
                if interruptRequested.exchange(false, ordering: .relaxed) {
                    didFire.store(true, ordering: .releasing)
                    // Keep interrupting until the work ends: the write may not have started yet.
                    while running.load(ordering: .acquiring) {
                        workspace.interrupt()
                        usleep(20_000)
                    }
                    return
                }
                usleep(20_000)
            }
        }
    }

    func stop() {
        running.store(false, ordering: .releasing)
    }
}
