import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What CareSim has made on disk and not yet handed over: temporary files and folders, and the
/// folders it created to hold an output.
///
/// An interrupted run (Ctrl-C, SIGTERM) must leave nothing of its own behind. The signal handler
/// calls ``removeAllForExit()``, which takes the same lock that a write holds from the first
/// temporary file to the last rename; so an interruption either finds the write not begun, and
/// removes its temporaries, or waits for it to finish, and finds nothing to remove. Either way the
/// destination holds the earlier result or the new one, never a mix.
package final class TemporaryPaths: @unchecked Sendable {
  /// The registry of this process.
  package static let shared = TemporaryPaths()

  /// Recursive, because a write registers its temporaries while it holds the lock.
  private let lock = NSRecursiveLock()
  private var temporaries: [String] = []
  private var createdFolders: [String] = []

  /// Runs `body` while an interruption waits, so that what it writes is finished before the
  /// process exits.
  package func withInterruptionDeferred<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  /// Notes a temporary file or folder, to be removed if the process is interrupted.
  package func register(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    temporaries.append(path)
  }

  /// Forgets a temporary that has been moved into place or removed.
  package func unregister(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    temporaries.removeAll { $0 == path }
  }

  /// Notes folders made to hold an output (outermost first), to be removed again if the output is
  /// never written; a folder is removed only while it is empty.
  package func registerCreatedFolders(_ paths: [String]) {
    lock.lock()
    defer { lock.unlock() }
    createdFolders += paths
  }

  /// Forgets the created folders once an output is in place: they now hold it.
  package func keepCreatedFolders() {
    lock.lock()
    defer { lock.unlock() }
    createdFolders.removeAll()
  }

  /// Removes every temporary and every created folder that is still empty; used when a command
  /// fails after it prepared its output.
  package func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    removeRegistered()
  }

  /// Removes what ``removeAll()`` removes and keeps the lock, so that no write starts after it:
  /// the caller is about to end the process.
  ///
  /// - Returns: Whether a write had begun (a temporary existed) when the interruption came.
  @discardableResult
  package func removeAllForExit() -> Bool {
    lock.lock()
    let hadTemporaries = !temporaries.isEmpty
    removeRegistered()
    return hadTemporaries
  }

  private func removeRegistered() {
    for path in temporaries.reversed() {
      try? FileManager.default.removeItem(atPath: path)
    }
    temporaries.removeAll()
    // Innermost first; rmdir(2) removes only empty folders, so nothing of anyone else's goes.
    for path in createdFolders.reversed() {
      rmdir(path)
    }
    createdFolders.removeAll()
  }
}
