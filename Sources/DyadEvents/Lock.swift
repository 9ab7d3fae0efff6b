import Foundation

/// A plain lock for one-time caches.
final class NSLockShim: @unchecked Sendable {
    private let inner = NSLock()
    func lock() { inner.lock() }
    func unlock() { inner.unlock() }
}
