import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import Foundation

/// `caresim runs [FOLDER]`: the results under a folder, newest first, each with its command,
/// scenario file and hash, seed, replications, version, date and headline figure.
enum RunsCommand: Command {
  static let spec: CommandSpec = {
    var spec = CommandSpec(
      name: "runs",
      summary: "List the results under a folder (default out/), newest first: command, scenario "
        + "file and hash, seed, replications, version, date and the headline figure.",
      positionals: [(name: "FOLDER", help: "Where to look, and in its folders (default: out)")])
    spec.optionalPositionals = 1
    return spec
  }()

  /// How deep below the folder results are looked for.
  static let depth = 3

  static func run(_ invocation: Invocation) throws {
    let folder = invocation.parsed.positionalIfGiven("FOLDER") ?? "out"
    if let reason = PathKind(of: folder).asFolder {
      throw CommandFailure(message: "error: \(folder): \(reason)", exitCode: .invalidInput)
    }
    var results: [(date: Date, document: ResultDocument)] = []
    for path in resultFolders(under: folder, depth: depth) {
      guard let document = try? ResultDocument(path) else { continue }
      let marker = path + "/" + ResultFolder.markerName
      let date =
        (try? FileManager.default.attributesOfItem(atPath: marker)[.modificationDate] as? Date)
        ?? .distantPast
      results.append((date, document))
    }
    results.sort { ($0.date, $1.document.path) > ($1.date, $0.document.path) }
    var table = TextTable(
      header: [
        "folder", "command", "scenario", "hash", "seed", "replications", "version", "date (UTC)",
        "headline",
      ], textColumns: ["command", "scenario", "hash", "version", "date (UTC)", "headline"])
    let format = DateFormatter()
    format.locale = Locale(identifier: "en_US_POSIX")
    format.timeZone = TimeZone(identifier: "UTC")
    format.dateFormat = "yyyy-MM-dd HH:mm"
    for (date, document) in results {
      // The scenario's file as the command was given it (older results: its title).
      let scenario =
        document.value("scenario.file")?.stringValue
        ?? document.value("scenario.title")?.stringValue
      table.append([
        document.path, document.command, scenario ?? "",
        document.value("scenario.hash")?.stringValue ?? "", document.seed ?? "",
        document.replications.map { ReportFormat.significant($0) } ?? "",
        document.marker.caresimVersion, format.string(from: date), document.headline ?? "",
      ])
    }
    invocation.console.out(
      results.isEmpty ? "No CareSim results under \(folder)/\n" : table.rendered)
  }

  /// The folders under `folder` (itself included) that hold a result's marker, to `depth` levels.
  static func resultFolders(under folder: String, depth: Int) -> [String] {
    var found: [String] = []
    if FileManager.default.fileExists(atPath: folder + "/" + ResultFolder.markerName) {
      found.append(folder)
    }
    guard depth > 0,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else { return found }
    for name in names.sorted() where !name.hasPrefix(".") {
      var isFolder: ObjCBool = false
      let path = folder + "/" + name
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        found += resultFolders(under: path, depth: depth - 1)
      }
    }
    return found
  }
}
