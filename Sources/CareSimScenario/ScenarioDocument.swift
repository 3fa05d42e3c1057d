import Foundation
import JSON5

/// A scenario file as validation sees it: its own document with every file it `extends` merged
/// beneath it, and where each value was set.
///
/// A file may name a base by `extends: "PATH"`, PATH relative to the file's folder; the base may
/// itself extend another, up to ``ScenarioLimits/bases`` files. Each file is read by the same
/// JSON5 reader with the same limits, so a syntax error names the file it is in. The members of
/// each file are then merged over its base's (see `ScenarioDocument+Merge.swift`), and the
/// merged document, which holds no `extends`, is what every command reads.
struct ScenarioDocument {
  /// The merged document.
  var json: JSONValue
  /// Where each value of the merged document stands; every value names its file when the
  /// document came from several.
  var sourceMap: SourceMap
  /// The file's hash, which any change to any byte of any file read changes.
  ///
  /// FNV-1a 64 of the file's bytes; for a file that extends others, FNV-1a 64 of the hashes of
  /// every file in the chain, one per line, the file first.
  var hash: String
  /// The files extended, the file's own base first.
  var bases: [Scenario.Base]

  /// One file of a chain, as read.
  private struct Link {
    var file: String
    var url: URL
    var hash: String
    var json: JSONValue
    var sourceMap: SourceMap

    init(file: String, url: URL, data: Data) throws(ScenarioErrors) {
      self.file = file
      self.url = url
      hash = StableHash.hexDigest(data)
      (json, sourceMap) = try ScenarioErrors.parsing(data, file: file)
    }

    /// The document without its `extends` member, with its file named on every value.
    var merging: (json: JSONValue, sourceMap: SourceMap) {
      var json = json
      if case .object(var fields) = json {
        fields["extends"] = nil
        json = .object(fields)
      }
      var sourceMap = sourceMap.attributed(to: file)
      sourceMap.members["extends"] = nil
      return (json, sourceMap)
    }
  }

  /// A file as a cycle is recognised: its absolute path with symbolic links resolved.
  private static func identity(of url: URL) -> String {
    url.standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Reads a scenario file's text, reads the chain of files it extends, and merges them.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: How errors and outputs name the file.
  ///   - url: Where the file is: a base's path is relative to its folder.
  /// - Returns: The merged document; for a file without `extends`, the file's own, unchanged.
  /// - Throws: ``ScenarioErrors`` for a syntax error in any file (naming that file), and for an
  ///   `extends` that is not a relative path, names a file that cannot be read, closes a cycle or
  ///   makes the chain too long (each naming the extending file and the line of its `extends`).
  static func read(_ data: Data, file: String, at url: URL) throws(ScenarioErrors)
    -> ScenarioDocument
  {
    var links = [try Link(file: file, url: url, data: data)]
    while let last = links.last, let extends = last.json.objectValue?["extends"] {
      links.append(try base(extends, of: last, after: links))
    }
    guard links.count > 1 else {
      return ScenarioDocument(
        json: links[0].json, sourceMap: links[0].sourceMap, hash: links[0].hash, bases: [])
    }
    var document = links[links.count - 1].merging
    for link in links.dropLast().reversed() {
      document = merged(link.merging, over: document)
    }
    return ScenarioDocument(
      json: document.json, sourceMap: document.sourceMap,
      hash: StableHash.hexDigest(Data(links.map(\.hash).joined(separator: "\n").utf8)),
      bases: links.dropFirst().map { Scenario.Base(file: $0.file, hash: $0.hash) })
  }

  /// The file that `link`'s `extends` member names, read.
  ///
  /// An absolute path is refused, so that a folder of scenarios reads the same wherever it is
  /// copied; a file that cannot be read is an error at the `extends` line rather than the base's
  /// own "cannot read", since the path written there is what the user would correct.
  private static func base(_ extends: JSONValue, of link: Link, after links: [Link])
    throws(ScenarioErrors) -> Link
  {
    let position = link.sourceMap.members["extends"]?.position
    func failure(_ kind: ScenarioError.Kind) -> ScenarioErrors {
      ScenarioErrors([
        ScenarioError(
          file: link.file, field: "extends", kind: kind, line: position?.line,
          column: position?.column)
      ])
    }
    guard let path = extends.stringValue, !path.isEmpty else {
      throw failure(
        .wrongType(
          expected: "the path of a scenario file, relative to this file's folder",
          found: extends.stringValue == nil ? extends.typeName : "an empty string"))
    }
    guard !path.hasPrefix("/") else {
      throw failure(
        .invalid(
          reason: "'\(path)' is an absolute path; write the base's path relative to this "
            + "file's folder, so that the folder reads the same wherever it is copied"))
    }
    let url = link.url.deletingLastPathComponent().appendingPathComponent(path)
      .standardizedFileURL
    let file = name(of: path, from: link.file)
    let chain = (links.map(\.file) + [file]).joined(separator: " extends ")
    if links.contains(where: { identity(of: $0.url) == identity(of: url) }) {
      throw failure(
        .invalid(
          reason: "\(chain): a cycle; a scenario cannot extend itself, directly or through "
            + "its bases"))
    }
    guard links.count <= ScenarioLimits.bases else {
      throw failure(
        .invalid(
          reason: "\(chain): a scenario may extend at most \(ScenarioLimits.bases) files in a "
            + "chain"))
    }
    let data: Data
    do {
      data = try ScenarioErrors.reading(url, name: file)
    } catch {
      guard case .unreadable(let reason) = error.errors.first?.kind else {
        throw error  // a file over the size limit: the base's own error, naming it
      }
      throw failure(
        .invalid(reason: "cannot read the base scenario '\(path)' (\(file)): \(reason)"))
    }
    return try Link(file: file, url: url, data: data)
  }

  /// A base's name: its path joined to the folder of the file that names it, without `.` and
  /// `folder/..`, so that errors and provenance name `Scenarios/neighbourhood.json` rather than
  /// `Scenarios/workshop/../neighbourhood.json`.
  ///
  /// The joining is textual, as the file is found: a `..` after a symbolic link to a folder
  /// leaves the link, not its target.
  ///
  /// - Parameters:
  ///   - path: The path the `extends` member gives, relative to the folder of `file`.
  ///   - file: The name of the extending file, relative to the working folder or absolute.
  /// - Returns: The base's name, relative or absolute as `file` is.
  static func name(of path: String, from file: String) -> String {
    let isAbsolute = file.hasPrefix("/")
    var components: [Substring] = []
    for component in file.split(separator: "/").dropLast() + path.split(separator: "/") {
      switch component {
      case ".":
        continue
      case "..":
        if let last = components.last, last != ".." {
          components.removeLast()
        } else if !isAbsolute {
          components.append(component)
        }
      default:
        components.append(component)
      }
    }
    return (isAbsolute ? "/" : "") + components.joined(separator: "/")
  }
}
