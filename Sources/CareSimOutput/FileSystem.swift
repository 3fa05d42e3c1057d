import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system steps a result folder is written with: new files that are complete before
/// anyone sees them, and renames that put them in place.
///
/// Why `rename(2)` and not `FileManager.replaceItemAt(_:withItemAt:)`: POSIX specifies that
/// `rename` replaces an existing file atomically ("there is no point at which another process
/// attempting to access newpath will find it missing") when both names are on one file system.
/// `replaceItemAt` is *not* safe on this platform. Measured on Swift 6.3.1 / Linux (ext4, kernel
/// 6.18, traced with strace): with an existing destination it calls `renameat(destination →
/// replacement)`, moving the *old* file over the new one, then throws "The file doesn't exist"
/// (Cocoa code 4), leaving the destination missing and the new data lost; with no existing
/// destination it throws code 260 and writes nothing.
enum FileSystem {
  /// Why a write failed, naming the destination the caller asked for.
  struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or directory the caller asked to write.
    var path: String
    /// The step that failed, such as `create temporary file` or `rename into place`.
    var operation: String
    /// The system's explanation, such as `No such file or directory`.
    var reason: String

    /// Creates a write error from its parts.
    ///
    /// - Parameters:
    ///   - path: The destination the caller asked to write.
    ///   - operation: The step that failed.
    ///   - reason: The system's explanation.
    init(path: String, operation: String, reason: String) {
      self.path = path
      self.operation = operation
      self.reason = reason
    }

    /// A one-line description such as `cannot write '/out/run.csv': rename into place: …`.
    var description: String {
      "cannot write '\(path)': \(operation): \(reason)"
    }
  }
}

// MARK: - Implementation

extension FileSystem {
  /// A unique hidden sibling path: `<parent>/.<name>.<kind>-<pid>-<random>`.
  ///
  /// The random part comes from the system generator: it only has to avoid collisions between
  /// concurrent writers, and it has no bearing on simulation results (which use injected,
  /// seeded generators). `O_EXCL` / `mkdir` still refuse to reuse a name if one ever repeats.
  static func temporarySibling(of url: URL, kind: String) -> String {
    let parent = url.deletingLastPathComponent().path
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    return "\(parent)/.\(url.lastPathComponent).\(kind)-\(getpid())-\(random)"
  }

  /// Creates a new file (failing if the name exists), writes all of `data`, flushes and closes.
  ///
  /// On failure the partly written file is removed. `what` names the file in the error's
  /// operation (`create 'charts/cost.svg'`), since `destination` may be the enclosing folder.
  static func createFile(
    at path: String,
    containing data: Data,
    reportingAs destination: String,
    what: String
  ) throws(WriteError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw WriteError(path: destination, operation: "create \(what)", reason: lastError())
    }
    var failure: WriteError?
    let written = data.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }  // empty data: nothing to write
      var offset = 0
      while offset < buffer.count {
        let count = write(descriptor, base + offset, buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += count
      }
      return true
    }
    if !written {
      failure = WriteError(
        path: destination, operation: "write \(what)", reason: lastError())
    } else if fsync(descriptor) != 0 {
      failure = WriteError(
        path: destination, operation: "flush \(what)", reason: lastError())
    }
    if close(descriptor) != 0 && failure == nil {
      failure = WriteError(
        path: destination, operation: "close \(what)", reason: lastError())
    }
    if let failure {
      unlink(path)
      throw failure
    }
  }

  /// Creates the folders between `root` and the file `name` (for `charts/cost.svg`, `charts`).
  static func createDirectories(
    for name: String,
    under root: String,
    reportingAs destination: String
  ) throws(WriteError) {
    var path = root
    for component in name.split(separator: "/").dropLast() {
      path += "/" + component
      if mkdir(path, 0o777) != 0 && errno != EEXIST {
        throw WriteError(
          path: destination, operation: "create folder '\(component)'", reason: lastError())
      }
    }
  }

  /// Whether `name` stays inside the directory it is written to.
  static func isSafeRelativePath(_ name: String) -> Bool {
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    return !components.isEmpty
      && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }
  }

  /// Removes a file or folder tree, ignoring errors (used only for clean-up).
  static func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The text for the current `errno`, such as `No such file or directory`.
  static func lastError() -> String {
    String(cString: strerror(errno))
  }
}
