import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How a result reaches its folder. Each step is chosen so that the folder holds the earlier result
// or the new one, and so that nothing CareSim did not write is ever removed: only files that the
// earlier marker lists are deleted, and folders only with rmdir(2), which refuses a non-empty one.

extension ResultFolder {
  /// A new folder: stage beside it, then one rename.
  func create(_ files: [String: Data]) throws(ResultFolderError) {
    let staging = try stage(files, in: FileSystem.temporarySibling(of: url, kind: "caresim"))
    guard rename(staging, absolutePath) == 0 else {
      let reason = FileSystem.lastError()
      discard(staging)
      throw .writeFailed(path: path, operation: "move the results into place", reason: reason)
    }
    TemporaryPaths.shared.unregister(staging)
  }

  /// An empty folder or an earlier result: exchange whole folders where possible, otherwise
  /// replace file by file inside the folder.
  func replace(_ files: [String: Data], old: [String]) throws(ResultFolderError) {
    guard !holdsCurrentFolder, let exchange = Self.exchange else {
      return try replaceInPlace(files, old: old)
    }
    var info = stat()
    stat(absolutePath, &info)
    let staging = try stage(files, in: FileSystem.temporarySibling(of: url, kind: "caresim"))
    chmod(staging, info.st_mode & 0o7777)
    guard exchange(AT_FDCWD, staging, AT_FDCWD, absolutePath, Self.renameExchange) == 0 else {
      let code = errno
      discard(staging)
      // Not every file system can exchange (EINVAL), and a folder on another mount cannot (EXDEV).
      guard [EINVAL, ENOSYS, EXDEV, ENOTSUP].contains(code) else {
        throw .writeFailed(
          path: path, operation: "move the results into place",
          reason: String(cString: strerror(code)))
      }
      return try replaceInPlace(files, old: old)
    }
    // `staging` now holds the earlier result.
    removeResult(files: old, in: staging)
    rmdir(staging)
    TemporaryPaths.shared.unregister(staging)
  }

  /// Replaces the files inside the folder: used for the current folder (exchanging it would leave
  /// the user's shell in a deleted folder) and where folders cannot be exchanged.
  ///
  /// The marker first lists the earlier files and the new ones together, so that at every moment
  /// the folder holds only what its marker lists; then the new files are renamed in, the earlier
  /// ones that remain are removed, and the marker of the new result is renamed in last.
  private func replaceInPlace(_ files: [String: Data], old: [String]) throws(ResultFolderError) {
    let union = ResultMarker(
      command: [], files: Array(Set(old).union(files.keys).subtracting([Self.markerName])).sorted())
    var staged = files
    staged[Self.unionMarkerName] = union.encoded()
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    let staging = try stage(
      staged, in: absolutePath + "/" + Self.stagingPrefix + "\(getpid())-\(random)")
    func move(_ name: String, to target: String) throws(ResultFolderError) {
      do {
        try FileSystem.createDirectories(for: target, under: absolutePath, reportingAs: path)
      } catch {
        throw .writeFailed(path: path, operation: error.operation, reason: error.reason)
      }
      guard rename(staging + "/" + name, absolutePath + "/" + target) == 0 else {
        throw .writeFailed(
          path: path, operation: "move '\(target)' into place", reason: FileSystem.lastError())
      }
    }
    do {
      try move(Self.unionMarkerName, to: Self.markerName)
      for name in files.keys.sorted() where name != Self.markerName { try move(name, to: name) }
      removeResult(files: old.filter { files[$0] == nil }, in: absolutePath, keepingMarker: true)
      try move(Self.markerName, to: Self.markerName)
    } catch {
      discard(staging)
      throw error
    }
    removeEmptyFolders(under: staging)
    TemporaryPaths.shared.unregister(staging)
  }

  /// Writes every file into a new staging folder, registered for removal on interruption.
  private func stage(_ files: [String: Data], in staging: String) throws(ResultFolderError)
    -> String
  {
    guard mkdir(staging, 0o777) == 0 else {
      throw .writeFailed(
        path: path, operation: "create a temporary folder", reason: FileSystem.lastError())
    }
    TemporaryPaths.shared.register(staging)
    do {
      // Sorted so that a failure is reported for the same file on every run.
      for (name, data) in files.sorted(by: { $0.key < $1.key }) {
        try FileSystem.createDirectories(for: name, under: staging, reportingAs: path)
        try FileSystem.createFile(
          at: staging + "/" + name, containing: data, reportingAs: path, what: "'\(name)'")
      }
    } catch {
      discard(staging)
      throw .writeFailed(path: path, operation: error.operation, reason: error.reason)
    }
    return staging
  }

  /// Removes a staging folder that holds only what this process wrote into it.
  private func discard(_ staging: String) {
    try? FileManager.default.removeItem(atPath: staging)
    TemporaryPaths.shared.unregister(staging)
  }

  /// Removes an earlier result's listed files, its marker and its staging leftovers from `folder`,
  /// then the folders they leave empty.
  private func removeResult(files: [String], in folder: String, keepingMarker: Bool = false) {
    for name in files { unlink(folder + "/" + name) }
    if !keepingMarker { unlink(folder + "/" + Self.markerName) }
    let leftovers = (try? entries(of: folder))?.filter { $0.hasPrefix(Self.stagingPrefix) } ?? []
    for name in leftovers where !keepingMarker || !isOwnStaging(name) {
      // A staging folder holds only files a CareSim write put there.
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
    for name in files {
      var parent = URL(fileURLWithPath: name).deletingLastPathComponent().relativePath
      while parent != "." && !parent.isEmpty {
        rmdir(folder + "/" + parent)
        parent = URL(fileURLWithPath: parent).deletingLastPathComponent().relativePath
      }
    }
  }

  /// Whether a staging folder name is this process's own.
  private func isOwnStaging(_ name: String) -> Bool {
    name.hasPrefix(Self.stagingPrefix + "\(getpid())-")
  }

  /// Removes a staging folder's now-empty subfolders and the folder itself.
  private func removeEmptyFolders(under folder: String) {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var folders: [String] = []
    while let name = enumerator?.nextObject() as? String { folders.append(folder + "/" + name) }
    for subfolder in folders.sorted().reversed() { rmdir(subfolder) }
    rmdir(folder)
  }

  /// The marker that lists the earlier files and the new ones during an in-place replacement.
  private static let unionMarkerName = ".caresim-result-union.json"

  var url: URL { URL(fileURLWithPath: absolutePath) }

  /// Whether the process's current folder is the result folder or inside it.
  private var holdsCurrentFolder: Bool {
    let current = FileManager.default.currentDirectoryPath
    let resolved =
      realpath(current, nil).map { pointer in
        defer { free(pointer) }
        return String(cString: pointer)
      } ?? current
    return resolved == absolutePath || resolved.hasPrefix(absolutePath + "/")
  }

  /// `renameat2(2)` with `RENAME_EXCHANGE`: Swift's Glibc module does not export it (it is declared
  /// only under `_GNU_SOURCE`), so it is looked up in the C library at run time; nil where the
  /// library has none.
  private static let exchange:
    (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? =
      {
        #if os(Linux)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(
          symbol,
          to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32)
            -> Int32).self)
        #else
        return nil
        #endif
      }()

  /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
  private static let renameExchange: UInt32 = 1 << 1
}
