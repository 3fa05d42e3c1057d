import CareSimCharts
import CareSimOutput
import Foundation

/// Builds `report.html` (English) or `report.nl.html` (Dutch) for a result folder's files, for
/// whichever command wrote them.
///
/// Every command's report is drawn from its files alone, so `caresim report DIR` rebuilds it from a
/// folder without running anything, and gives the same page as the command did.
package enum ReportBuilder {
  /// The file name of the English report.
  package static let fileName = "report.html"

  /// The file name of the report in `locale`: `report.html` in English, `report.nl.html` in
  /// Dutch, so that the two languages stand side by side in one folder.
  package static func fileName(for locale: ReportLocale) -> String {
    locale == .en ? fileName : "report.\(locale.rawValue).html"
  }

  /// Whether `name` is a report, in any language, rather than one of the command's files.
  package static func isReport(_ name: String) -> Bool {
    ReportLocale.allCases.contains { fileName(for: $0) == name }
  }

  /// The commands that write a report.
  package static let commands = [
    "run", "sweep", "grid", "psa", "split", "breakeven", "calibrate", "validate-study", "voi",
    "diff",
  ]

  /// The report page of `command`'s files.
  ///
  /// - Parameters:
  ///   - command: The command that wrote the files (`run`, `sweep`, ...).
  ///   - files: The folder's files, by name, without a report.
  ///   - marker: The folder's marker, for the command line and the threads.
  ///   - locale: The reader's language and number conventions.
  /// - Returns: The HTML page.
  /// - Throws: ``ReportInputError`` when a file the report needs is missing or unreadable.
  package static func page(
    command: String, files: [String: Data], marker: ResultMarker?, locale: ReportLocale
  ) throws(ReportInputError) -> String {
    let result = ResultFiles(files: files, marker: marker)
    switch command {
    case "run": return try RunReportPage.render(result, locale: locale)
    case "sweep": return try SweepReportPage.render(result, locale: locale)
    case "grid": return try GridReportPage.render(result, locale: locale)
    case "psa": return try PSAReportPage.render(result, locale: locale)
    case "split": return try SplitReportPage.render(result, locale: locale)
    case "breakeven": return try BreakEvenReportPage.render(result, locale: locale)
    case "calibrate": return try CalibrationReportPage.render(result, locale: locale)
    case "validate-study": return try ValidationReportPage.render(result, locale: locale)
    case "voi": return try VOIReportPage.render(result, locale: locale)
    case "diff": return try DiffReportPage.render(result, locale: locale)
    default: throw .unknownCommand(command)
    }
  }

  /// The files with a report added, for a command that has one.
  ///
  /// - Parameters:
  ///   - files: The command's files.
  ///   - command: The command line, as the marker records it.
  ///   - threads: The threads, as the marker records them.
  ///   - locale: The reader's language and number conventions.
  /// - Returns: The files and the report in `locale` (``fileName(for:)``).
  /// - Throws: ``ReportInputError`` when the command's files do not make a report (a bug).
  package static func adding(
    to files: [String: Data], command: [String], threads: Int?, locale: ReportLocale
  ) throws(ReportInputError) -> [String: Data] {
    guard command.count > 1 else { throw .unknownCommand("") }
    let marker = ResultMarker(command: command, threads: threads, files: files.keys.sorted())
    var files = files
    files[fileName(for: locale)] = Data(
      try page(command: command[1], files: files, marker: marker, locale: locale).utf8)
    return files
  }
}
