import ArgumentParsing
import CareSimOutput
import CareSimReports
import Foundation

/// `caresim report DIR`: rebuilds the report from a result folder's files, running nothing:
/// `report.html` in English, `report.nl.html` with `--locale nl`; the other language's report,
/// if the folder has one, stays beside it.
enum ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report",
    summary:
      "Rebuild report.html (report.nl.html with --locale nl) from an existing result folder, "
      + "without running anything.",
    positionals: [(name: "DIR", help: "A folder a CareSim command wrote")],
    options: [CommonOptions.locale.spec, CommonOptions.quiet.spec])

  static func run(_ invocation: Invocation) throws {
    let path = invocation.parsed.positional("DIR")
    let locale = try invocation.reportLocale()
    let marker: ResultMarker
    do {
      marker = try ResultFolder.marker(in: path)
    } catch {
      throw CommandFailure(message: "error: \(path): \(error)", exitCode: .invalidInput)
    }
    guard marker.command.count > 1, ReportBuilder.commands.contains(marker.command[1]) else {
      throw CommandFailure(
        message: "error: \(path): the marker names no command with a report "
          + "(\(marker.command.dropFirst().first ?? "none")); reports come from "
          + ReportBuilder.commands.joined(separator: ", "),
        exitCode: .invalidInput)
    }
    // The folder must still hold only its result, as for any command that writes it.
    let folder: ResultFolder
    do {
      folder = try ResultFolder.prepare(path)
    } catch {
      throw CommandFailure(message: "error: \(error)", exitCode: .invalidInput)
    }
    let report = ReportBuilder.fileName(for: locale)
    var files: [String: Data] = [:]
    // The other language's report is kept as it is, and not read as one of the command's files.
    var otherReports: [String: Data] = [:]
    for name in marker.files where name != report {
      let data = FileManager.default.contents(atPath: path + "/" + name)
      // A report, in either language, is redrawn from the data files; one that is gone is not
      // missed.
      if ReportBuilder.isReport(name) {
        if let data { otherReports[name] = data }
        continue
      }
      guard let data else {
        throw CommandFailure(
          message: "error: \(path): \(name), which its marker lists, is missing",
          exitCode: .invalidInput)
      }
      files[name] = data
    }
    do {
      files = try ReportBuilder.adding(
        to: files, command: marker.command, threads: marker.threads, locale: locale
      ).merging(otherReports) { built, _ in built }
    } catch {
      throw CommandFailure(
        message: "error: \(path): cannot draw the report: \(error)", exitCode: .invalidInput)
    }
    do {
      // The folder keeps the command that wrote its results.
      try folder.write(files, command: marker.command, threads: marker.threads)
    } catch {
      throw CommandFailure(
        message: "error: \(error)", exitCode: error.isInputError ? .invalidInput : .failure)
    }
    invocation.console.out("Wrote \(path)/\(report)\n")
  }
}
