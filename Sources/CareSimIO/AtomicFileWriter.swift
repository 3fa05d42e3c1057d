import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files and whole directories so that readers see the old version or the new, never a mix.
///
/// A run that is interrupted (Ctrl-C, a full disk, a crash) must not leave a half-written report
/// that looks complete. Each write goes to a uniquely named temporary sibling first and is then
/// renamed into place with `rename(2)`.
///
/// Why `rename(2)` and not `FileManager.replaceItemAt(_:withItemAt:)`: POSIX specifies that
/// `rename` replaces an existing file atomically ("there is no point at which another process
/// attempting to access newpath will find it missing") when both names are on one file system,
/// which a sibling in the same directory guarantees. `replaceItemAt` is *not* safe on this
/// platform. Measured on Swift 6.3.1 / Linux (ext4, kernel 6.18, traced with strace): with an
/// existing destination it calls `renameat(destination → replacement)`, moving the *old* file
/// over the new one, then throws "The file doesn't exist" (Cocoa code 4), leaving the
/// destination missing and the new data lost; with no existing destination it throws code 260
/// and writes nothing. (swift-corelibs-foundation's `_replaceItem` intends
/// `renameat2(RENAME_EXCHANGE)` there and falls back to a plain `renameat` with the same
/// argument order.)
public enum AtomicFileWriter {
  /// Why a write failed, naming the destination the caller asked for.
  public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or directory the caller asked to write.
    public var path: String
    /// The step that failed, such as `create temporary file` or `rename into place`.
    public var operation: String
    /// The system's explanation, such as `No such file or directory`.
    public var reason: String

    /// Creates a write error from its parts.
    ///
    /// - Parameters:
    ///   - path: The destination the caller asked to write.
    ///   - operation: The step that failed.
    ///   - reason: The system's explanation.
    public init(path: String, operation: String, reason: String) {
      self.path = path
      self.operation = operation
      self.reason = reason
    }

    /// A one-line description such as `cannot write '/out/run.csv': rename into place: …`.
    public var description: String {
      "cannot write '\(path)': \(operation): \(reason)"
    }
  }

  /// Replaces the file at `url` with `data` atomically.
  ///
  /// The data goes to `.<name>.tmp-<pid>-<random>` in the same directory, is flushed with
  /// `fsync` (so that after a power loss the renamed file is not empty), and is then renamed
  /// over `url`. A new file gets mode 0666 minus the process umask; an existing file's
  /// permissions are not carried over.
  ///
  /// - Parameters:
  ///   - data: The complete new contents.
  ///   - url: A file URL whose parent directory exists.
  /// - Throws: `WriteError` naming `url`'s path. On failure the temporary file is removed and
  ///   any existing file at `url` is unchanged.
  public static func write(_ data: Data, to url: URL) throws(WriteError) {
    let destination = url.path
    let temporary = temporarySibling(of: url, kind: "tmp")
    try createFile(
      at: temporary, containing: data, reportingAs: destination, what: "temporary file")
    guard rename(temporary, destination) == 0 else {
      let error = WriteError(path: destination, operation: "rename into place", reason: lastError())
      unlink(temporary)
      throw error
    }
  }

  /// Creates the folders above `directory` if needed and checks that the folder can be written
  /// there, so that a command can fail before its work rather than after it.
  /// - Throws: ``WriteError`` naming the path when a parent cannot be made or is not writable.
  public static func prepareParent(of directory: URL) throws(WriteError) {
    let parent = directory.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw WriteError(
        path: directory.path, operation: "create parent folder",
        reason: "\(error.localizedDescription)")
    }
    guard access(parent.path, W_OK) == 0 else {
      throw WriteError(
        path: directory.path, operation: "write in parent folder", reason: lastError())
    }
  }

  /// Replaces the directory at `directory` with one holding exactly `files`.
  ///
  /// A run's output folder should be complete or absent. All files are written into a fresh
  /// temporary sibling directory first. If `directory` does not exist, the new one is renamed
  /// into place in one atomic step. If it exists, it is renamed aside, the new one is renamed in
  /// and the old one is deleted: `rename(2)` cannot replace a non-empty directory, so for an
  /// instant between the two renames the path is absent, but it never holds a partial set.
  /// (Linux's `renameat2(RENAME_EXCHANGE)` could close that gap, but Swift's `Glibc` module does
  /// not export it (measured: it is declared only under `_GNU_SOURCE`), and absent-for-an-instant
  /// meets the requirement without a C shim target.)
  ///
  /// - Parameters:
  ///   - files: Contents keyed by relative path, such as `summary.csv` or `charts/cost.svg`;
  ///     intermediate folders are created. Paths may not be absolute or contain `.`, `..` or
  ///     empty components.
  ///   - directory: The folder to create or replace. Its parent must exist. If it exists it
  ///     must be a directory (symbolic links are not followed).
  /// - Throws: `WriteError` naming `directory`'s path, or the offending file's path for a bad
  ///   name. On failure the temporary directory is removed and an existing `directory` is left
  ///   as it was.
  public static func writeDirectory(_ files: [String: Data], to directory: URL) throws(WriteError) {
    let destination = directory.path
    for name in files.keys where !isSafeRelativePath(name) {
      throw WriteError(
        path: directory.appendingPathComponent(name).path,
        operation: "check file name",
        reason: "must be a relative path without '.', '..' or empty components"
      )
    }

    var info = stat()
    let exists = lstat(destination, &info) == 0
    if exists && (info.st_mode & S_IFMT) != S_IFDIR {
      throw WriteError(
        path: destination,
        operation: "replace directory",
        reason: "it exists and is not a directory (symbolic links are not followed)"
      )
    }

    let staging = temporarySibling(of: directory, kind: "tmp")
    guard mkdir(staging, 0o777) == 0 else {
      throw WriteError(
        path: destination, operation: "create temporary directory", reason: lastError())
    }
    do {
      // Sorted so that a failure is reported for the same file on every run.
      for (name, data) in files.sorted(by: { $0.key < $1.key }) {
        try createDirectories(for: name, under: staging, reportingAs: destination)
        try createFile(
          at: staging + "/" + name, containing: data, reportingAs: destination, what: "'\(name)'")
      }
    } catch {
      removeTree(staging)
      throw error
    }

    guard exists else {
      guard rename(staging, destination) == 0 else {
        let error = WriteError(
          path: destination, operation: "rename into place", reason: lastError())
        removeTree(staging)
        throw error
      }
      return
    }

    let aside = temporarySibling(of: directory, kind: "old")
    guard rename(destination, aside) == 0 else {
      let error = WriteError(
        path: destination, operation: "move existing directory aside", reason: lastError())
      removeTree(staging)
      throw error
    }
    guard rename(staging, destination) == 0 else {
      var error = WriteError(path: destination, operation: "rename into place", reason: lastError())
      // Put the old directory back so the caller keeps what it had; if even that fails, say
      // where it is rather than deleting it.
      if rename(aside, destination) != 0 {
        error.reason += "; the previous contents are kept at '\(aside)'"
      }
      removeTree(staging)
      throw error
    }
    // The new output is complete and in place; a leftover `.old-` folder is untidy, not wrong,
    // so a failure to delete it is not reported as a failed write.
    removeTree(aside)
  }
}

// MARK: - Implementation

extension AtomicFileWriter {
  /// A unique hidden sibling path: `<parent>/.<name>.<kind>-<pid>-<random>`.
  ///
  /// The random part comes from the system generator: it only has to avoid collisions between
  /// concurrent writers, and it has no bearing on simulation results (which use injected,
  /// seeded generators). `O_EXCL` / `mkdir` still refuse to reuse a name if one ever repeats.
  fileprivate static func temporarySibling(of url: URL, kind: String) -> String {
    let parent = url.deletingLastPathComponent().path
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    return "\(parent)/.\(url.lastPathComponent).\(kind)-\(getpid())-\(random)"
  }

  /// Creates a new file (failing if the name exists), writes all of `data`, flushes and closes.
  ///
  /// On failure the partly written file is removed. `what` names the file in the error's
  /// operation (`create 'charts/cost.svg'`), since `destination` may be the enclosing folder.
  fileprivate static func createFile(
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
        let count = systemWrite(descriptor, base + offset, buffer.count - offset)
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

  /// `write(2)`, spelled apart from `AtomicFileWriter.write(_:to:)`, which shadows it here.
  fileprivate static func systemWrite(
    _ descriptor: Int32,
    _ bytes: UnsafeRawPointer,
    _ count: Int
  ) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
  }

  /// Creates the folders between `root` and the file `name` (for `charts/cost.svg`, `charts`).
  fileprivate static func createDirectories(
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
  fileprivate static func isSafeRelativePath(_ name: String) -> Bool {
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    return !components.isEmpty
      && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }
  }

  /// Removes a file or folder tree, ignoring errors (used only for clean-up).
  fileprivate static func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The text for the current `errno`, such as `No such file or directory`.
  fileprivate static func lastError() -> String {
    String(cString: strerror(errno))
  }
}
