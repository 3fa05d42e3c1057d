import Foundation
import JSON5

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of results that CareSim owns: it holds the files of one command and a marker,
/// `caresim-result.json`, that lists them.
///
/// CareSim deletes nothing it did not write. A command names its output folder before any work;
/// ``prepare(_:)`` accepts it only when it is new, empty, or holds nothing but an earlier CareSim
/// result (its marker and the files the marker lists), and refuses anything else: a file, a
/// read-only folder, or a folder that holds a file or folder CareSim did not write. The results are
/// then built in a temporary folder and moved into place in one step when complete (see
/// ``write(_:command:)``), so the folder holds the earlier result or the new one, never a mix.
public struct ResultFolder: Sendable {
  /// The marker's file name.
  public static let markerName = "caresim-result.json"

  /// The folder as the user named it, for messages.
  public let path: String
  /// The absolute path, with symbolic links resolved where the folder exists.
  let absolutePath: String

  /// Checks that results can be written at `path` and makes the folders above it, before any work.
  ///
  /// - Parameter path: The folder, as the user gave it (relative to the current folder, or absolute).
  /// - Returns: The folder, ready for ``write(_:command:)``.
  /// - Throws: ``ResultFolderError`` naming the path and what is in the way.
  public static func prepare(_ path: String) throws(ResultFolderError) -> ResultFolder {
    guard !path.isEmpty else { throw .emptyPath }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var info = stat()
    if stat(absolute, &info) == 0 {
      let resolved = realpath(absolute, nil).map { pointer in
        defer { free(pointer) }
        return String(cString: pointer)
      }
      let folder = ResultFolder(path: path, absolutePath: resolved ?? absolute)
      guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path: path) }
      try folder.checkWritable(folder.absolutePath, mode: info.st_mode)
      if case .occupied(let entries) = try folder.contents() {
        throw .occupied(path: path, entries: entries)
      }
      return folder
    }
    let folder = ResultFolder(path: path, absolutePath: absolute)
    try folder.makeParent()
    return folder
  }

  /// Writes `files` and the marker, replacing an earlier CareSim result in the folder.
  ///
  /// The files go into a temporary sibling folder first. A new folder is then renamed into place;
  /// an existing one is exchanged with it in one step (`renameat2(RENAME_EXCHANGE)`), and the
  /// earlier result's files (only those its marker lists) are removed. Where the folder cannot be
  /// exchanged (it is the current folder, or the file system does not support it), the new files
  /// are staged inside it and renamed over the old ones, and the marker lists both until the old
  /// ones are gone, so the folder stays recognisably CareSim's at every moment. An interruption
  /// waits for the write to finish (see ``TemporaryPaths``).
  ///
  /// - Parameters:
  ///   - files: Contents keyed by relative path (`summary.json`, `charts/cost.svg`); paths may not
  ///     be absolute or contain `.`, `..` or empty components, and may not be the marker's name.
  ///   - command: The command line that produced the files, recorded in the marker.
  ///   - threads: The worker threads the results were computed on, recorded in the marker (the
  ///     files themselves do not depend on it).
  ///   - mergedFrom: The shard folders a merged result came from, recorded in the marker.
  /// - Throws: ``ResultFolderError``; on failure the folder is as it was and no temporary remains.
  public func write(
    _ files: [String: Data], command: [String], threads: Int? = nil, mergedFrom: [String]? = nil
  ) throws(ResultFolderError) {
    for name in files.keys where !FileSystem.isSafeRelativePath(name) || name == Self.markerName {
      throw .badFileName(name)
    }
    var marker = ResultMarker(command: command, threads: threads, files: files.keys.sorted())
    marker.mergedFrom = mergedFrom
    var all = files
    all[Self.markerName] = marker.encoded()
    try TemporaryPaths.shared.withInterruptionDeferred { () throws(ResultFolderError) in
      switch try contents() {
      case .occupied(let entries):
        throw .occupied(path: path, entries: entries)
      case .absent:
        try create(all)
      case .empty:
        try replace(all, old: [])
      case .result(let old):
        try replace(all, old: old)
      }
      TemporaryPaths.shared.keepCreatedFolders()
    }
  }

  /// The marker of an earlier result in `path`.
  ///
  /// - Throws: ``ResultFolderError/notAFolderToRead(path:reason:)`` when there is no folder at
  ///   `path`, and ``ResultFolderError/notAResult(path:)`` when the folder holds no valid marker.
  public static func marker(in path: String) throws(ResultFolderError) -> ResultMarker {
    if let reason = PathKind(of: path).asFolder {
      throw .notAFolderToRead(path: path, reason: reason)
    }
    let url = URL(fileURLWithPath: path).appendingPathComponent(markerName)
    guard let data = try? Data(contentsOf: url), let marker = ResultMarker(data) else {
      throw .notAResult(path: path)
    }
    return marker
  }

  /// Checks that CareSim may write in `folder`: writable for this process, and not made read-only
  /// by its owner (root may write anywhere, but a folder without write permission says "keep out").
  func checkWritable(_ folder: String, mode: mode_t) throws(ResultFolderError) {
    guard access(folder, W_OK | X_OK) == 0, mode & 0o222 != 0 else {
      throw .readOnly(path: folder == absolutePath ? path : folder)
    }
  }

  /// Makes the folders above a new result folder, noting each one made so that a run that never
  /// writes removes them again.
  private func makeParent() throws(ResultFolderError) {
    var missing: [String] = []
    var ancestor = URL(fileURLWithPath: absolutePath).deletingLastPathComponent()
    var info = stat()
    while stat(ancestor.path, &info) != 0 {
      guard errno == ENOENT, ancestor.path != "/" else {
        throw .cannotCreate(path: path, reason: FileSystem.lastError())
      }
      missing.append(ancestor.path)
      ancestor.deleteLastPathComponent()
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw .cannotCreate(path: path, reason: "'\(ancestor.path)' is a file, not a folder")
    }
    try checkWritable(ancestor.path, mode: info.st_mode)
    var made: [String] = []
    for folder in missing.reversed() {
      guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
        let reason = FileSystem.lastError()
        for created in made.reversed() { rmdir(created) }
        throw .cannotCreate(path: path, reason: reason)
      }
      made.append(folder)
    }
    TemporaryPaths.shared.registerCreatedFolders(made)
  }
}

/// What `caresim-result.json` records: the CareSim version, the command line and the files written.
public struct ResultMarker: Sendable, Equatable {
  public var caresimVersion: String
  public var command: [String]
  /// The worker threads the results were computed on, where a command ran replications.
  public var threads: Int?
  /// Relative paths of the files written, sorted; the marker itself is not listed.
  public var files: [String]
  /// The shard folders a merged result was merged from (`caresim merge`); nil for a result one
  /// process computed.
  public var mergedFrom: [String]?

  /// The version of CareSim that writes markers.
  public static let currentVersion = CareSimVersion.current

  public init(
    caresimVersion: String = Self.currentVersion, command: [String], threads: Int? = nil,
    files: [String]
  ) {
    self.caresimVersion = caresimVersion
    self.command = command
    self.threads = threads
    self.files = files
  }

  /// Reads a marker; nil when the bytes are not one.
  init?(_ data: Data) {
    guard data.count < 1 << 20, let json = try? JSONValue.parse(data),
      let fields = json.objectValue, let version = fields["caresimVersion"]?.stringValue,
      let command = fields["command"]?.arrayValue?.compactMap(\.stringValue),
      let files = fields["files"]?.arrayValue?.compactMap(\.stringValue),
      files.allSatisfy(FileSystem.isSafeRelativePath)
    else { return nil }
    self.init(
      caresimVersion: version, command: command,
      threads: fields["threads"]?.numberValue.flatMap { Int(exactly: $0) }, files: files)
    mergedFrom = fields["mergedFrom"]?.arrayValue?.compactMap(\.stringValue)
  }

  func encoded() -> Data {
    var fields: [String: JSONValue] = [
      "about": .string(
        "Written by CareSim. CareSim replaces this folder only while it holds nothing but the "
          + "files listed here."),
      "caresimVersion": .string(caresimVersion),
      "command": .array(command.map(JSONValue.string)),
      "threads": threads.map { .number(Double($0)) } ?? .null,
      "files": .array(files.map(JSONValue.string)),
    ]
    if let mergedFrom { fields["mergedFrom"] = .array(mergedFrom.map(JSONValue.string)) }
    var data = JSONValue.object(fields).encoded(prettyPrinted: true)
    data.append(0x0A)
    return data
  }
}

/// Why a result folder cannot be used or written.
public enum ResultFolderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--out ""`.
  case emptyPath
  /// The path names a file (or something else that is not a folder).
  case notAFolder(path: String)
  /// The folder, or the folder it would be made in, may not be written.
  case readOnly(path: String)
  /// The folder holds entries CareSim did not write; up to ten are named, folders with a `/`.
  case occupied(path: String, entries: [String])
  /// A folder above the result folder could not be made.
  case cannotCreate(path: String, reason: String)
  /// A command produced a file name that would leave the folder (a bug, reported not trapped).
  case badFileName(String)
  /// A command that reads a result (`report`, `diff`) was given a path that names no folder.
  case notAFolderToRead(path: String, reason: String)
  /// `caresim report` was pointed at a folder without a marker.
  case notAResult(path: String)
  /// The system refused a step of the write.
  case writeFailed(path: String, operation: String, reason: String)

  /// Whether the user's choice of folder is at fault (exit code 2) rather than the system (1).
  public var isInputError: Bool {
    switch self {
    case .emptyPath, .notAFolder, .readOnly, .occupied, .notAFolderToRead, .notAResult,
      .cannotCreate:
      true
    case .badFileName, .writeFailed: false
    }
  }

  public var description: String {
    switch self {
    case .emptyPath:
      return "an empty path names no folder; give a folder such as 'out/results'"
    case .notAFolder(let path):
      return "'\(path)' is a file, not a folder; CareSim writes its results into a folder"
    case .readOnly(let path):
      return "'\(path)' is read-only; CareSim does not write into a folder it may not change"
    case .occupied(let path, let entries):
      let shown = entries.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
      let more = entries.count > 10 ? " and \(entries.count - 10) more" : ""
      return "'\(path)' holds \(shown)\(more), which no CareSim result marker "
        + "(\(ResultFolder.markerName)) lists; CareSim replaces only its own earlier results. "
        + "Choose a new or empty folder, or move these away"
    case .cannotCreate(let path, let reason):
      return "cannot make the folder '\(path)': \(reason)"
    case .badFileName(let name):
      return "internal error: result file name '\(name)' is not a plain relative path"
    case .notAFolderToRead(_, let reason):
      return "\(reason); give a folder that a CareSim command wrote"
    case .notAResult(let path):
      return "'\(path)' holds no CareSim result (no valid \(ResultFolder.markerName))"
    case .writeFailed(let path, let operation, let reason):
      return "cannot write '\(path)': \(operation): \(reason)"
    }
  }
}
