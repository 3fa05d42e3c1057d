import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ResultFolder {
  /// What a result folder holds now.
  enum Contents: Equatable {
    case absent
    case empty
    /// An earlier CareSim result: the files its marker lists that exist (the marker, and staging
    /// folders of an interrupted write, are ours too).
    case result(files: [String])
    /// Entries CareSim did not write, as relative paths (folders end in `/`).
    case occupied(entries: [String])
  }

  /// The name prefix of the staging folder a write makes inside the result folder when it cannot
  /// exchange folders; one left by a killed process is recognised as CareSim's.
  static let stagingPrefix = ".caresim-staging-"

  /// Reads the folder and sorts what it holds into CareSim's and anything else.
  func contents() throws(ResultFolderError) -> Contents {
    var info = stat()
    guard lstat(absolutePath, &info) == 0 else {
      guard errno == ENOENT else {
        throw .writeFailed(
          path: path, operation: "read the folder", reason: FileSystem.lastError())
      }
      return .absent
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path: path) }
    let names = try entries(of: absolutePath)
    guard !names.isEmpty else { return .empty }
    guard names.contains(Self.markerName),
      let marker = try? Self.marker(in: absolutePath)
    else {
      return .occupied(entries: try describe(names, under: ""))
    }
    var foreign: [String] = []
    var owned: [String] = []
    try sort(
      names, under: "", listed: Set(marker.files), foreign: &foreign, owned: &owned)
    return foreign.isEmpty ? .result(files: owned) : .occupied(entries: foreign)
  }

  /// Sorts the entries of one folder of the result (`prefix` is its relative path with a slash).
  private func sort(
    _ names: [String], under prefix: String, listed: Set<String>,
    foreign: inout [String], owned: inout [String]
  ) throws(ResultFolderError) {
    for name in names {
      let relative = prefix + name
      let isOurs = prefix.isEmpty && (name == Self.markerName || name.hasPrefix(Self.stagingPrefix))
      if isOurs { continue }
      var info = stat()
      lstat(absolutePath + "/" + relative, &info)
      switch info.st_mode & S_IFMT {
      case S_IFREG where listed.contains(relative):
        owned.append(relative)
      case S_IFDIR where listed.contains { $0.hasPrefix(relative + "/") }:
        try sort(
          try entries(of: absolutePath + "/" + relative), under: relative + "/", listed: listed,
          foreign: &foreign, owned: &owned)
      case S_IFDIR:
        foreign.append(relative + "/")
      default:
        foreign.append(relative)
      }
    }
  }

  /// The entries as the user sees them: folders with a trailing slash.
  private func describe(_ names: [String], under prefix: String) throws(ResultFolderError)
    -> [String]
  {
    names.map { name in
      var info = stat()
      lstat(absolutePath + "/" + prefix + name, &info)
      return prefix + name + ((info.st_mode & S_IFMT) == S_IFDIR ? "/" : "")
    }
  }

  /// The names in a folder, hidden ones included, sorted.
  func entries(of folder: String) throws(ResultFolderError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      throw .writeFailed(
        path: path, operation: "read the folder", reason: error.localizedDescription)
    }
  }
}
