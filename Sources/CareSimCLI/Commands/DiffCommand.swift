import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import Foundation

/// `caresim diff A B`: what changed between two results of one command: the inputs that differ
/// and every headline figure with both values, the difference and whether it is beyond the
/// Monte-Carlo error of the difference.
enum DiffCommand: Command {
  static let markdown: Option<Bool> = .flag(
    "markdown", help: "Print the comparison as Markdown tables, for a note or an issue")

  /// The folder of the comparison's files and report; without it the comparison is only printed.
  static let out = CommonOptions.out(default: "none: the comparison is only printed")

  static let spec = CommandSpec(
    name: "diff",
    summary: "Compare two result folders of one command: the inputs that differ and the figures "
      + "that moved, each against its Monte-Carlo error (exit code 2 when they cannot be "
      + "compared).",
    positionals: [
      (name: "A", help: "A folder a CareSim command wrote"),
      (name: "B", help: "A folder the same command wrote"),
    ],
    options: [
      markdown.spec, out.spec, CommonOptions.locale.spec, CommonOptions.noReport.spec,
      CommonOptions.quiet.spec,
    ])

  static func run(_ invocation: Invocation) throws {
    let parsed = invocation.parsed
    let paths = (a: parsed.positional("A"), b: parsed.positional("B"))
    _ = try invocation.reportLocale()  // checked before the work
    // The output folder is checked before anything is read; it may not be A or B, which a
    // CareSim result folder would otherwise be replaced by the comparison of.
    let folder: ResultFolder? = try parsed[Self.out].map { path in
      let target = URL(fileURLWithPath: path).standardizedFileURL.path
      for compared in [paths.a, paths.b]
      where URL(fileURLWithPath: compared).standardizedFileURL.path == target {
        throw CommandFailure(
          message: "error: --out: \(path) is a folder the comparison reads; give another",
          exitCode: .invalidInput)
      }
      return try invocation.outputFolder(Self.out, fallback: path)
    }
    let a = try ResultDocument(paths.a)
    let b = try ResultDocument(paths.b)
    guard a.command == b.command else {
      throw CommandFailure(
        message: "error: cannot compare a '\(a.command)' result (\(a.path)) with a "
          + "'\(b.command)' result (\(b.path)): diff compares results of one command",
        exitCode: .invalidInput)
    }
    // The scenario files' fields where both can be read, else both results' own records.
    let fields = (a: a.scenarioFileFields, b: b.scenarioFileFields)
    let bothFiles = fields.a != nil && fields.b != nil
    let comparison = ResultComparison.compare(
      inputs: (
        a.inputs(scenarioFile: bothFiles ? fields.a : nil),
        b.inputs(scenarioFile: bothFiles ? fields.b : nil)
      ), figures: (a.figures, b.figures),
      replications: (
        a.replications.flatMap { Int(exactly: $0) }, b.replications.flatMap { Int(exactly: $0) }
      ))
    let markdown = invocation.parsed[Self.markdown]
    invocation.console.out(render(comparison, a: a, b: b, markdown: markdown))
    let unread = fields.a == nil ? a : b
    if !bothFiles, let file = unread.value("scenario.file")?.stringValue {
      invocation.console.out(
        "\nThe scenarios' fields are compared as the results record them (their ranged values): "
          + "\(unread.path)'s scenario file \(file) cannot be read from here, or has changed "
          + "since.\n")
    }
    guard let folder else { return }
    let report = ResultComparisonReport(
      command: a.command, a: a.path, b: b.path, comparison: comparison, provenance: b.document)
    let extra = try invocation.write(report.files(), to: folder, threads: nil)
    invocation.console.out(
      "\n"
        + AnalysisProvenance.wroteLine(
          folder: folder.path, ResultComparisonReport.fileNames + extra) + "\n")
  }

  /// The comparison as text tables, or as Markdown: the figures named in words, as B's report
  /// names them (the files keep their paths).
  static func render(
    _ comparison: ResultComparison, a: ResultDocument, b: ResultDocument, markdown: Bool
  ) -> String {
    var text = "\(a.command): A = \(a.path), B = \(b.path)\n\n"
    if comparison.inputs.isEmpty {
      text += "The inputs are the same.\n"
    } else {
      text += "Inputs that differ (\(comparison.inputs.count)):\n"
      text += table(
        ["input", "A", "B"],
        comparison.inputs.map { [$0.name, $0.a ?? "(none)", $0.b ?? "(none)"] },
        markdown: markdown, wrapWidth: Self.inputWrapWidth, textColumns: ["A", "B"])
    }
    let phrases = ReportPhrases(.en, levels: b.provenance?.levels ?? [])
    let beyond = comparison.figures.filter { $0.beyondMonteCarloError == true }
    text += "\nFigures (\(comparison.figures.count); \(beyond.count) beyond their Monte-Carlo "
    text += "error, \(ReportFormat.decimal(comparison.criticalValue, places: 2)) standard errors "
    text += "of the difference"
    if let degrees = comparison.degreesOfFreedom {
      text += ": Student's t at 95% with \(degrees) degrees of freedom"
    }
    text += "):\n"
    text += table(
      ["figure", "A", "B", "B - A", "beyond Monte-Carlo error"],
      comparison.figures.map { figure in
        [
          phrases.figureName(figure.name), ReportFormat.significant(figure.a),
          ReportFormat.significant(figure.b),
          ReportFormat.significant(figure.difference),
          figure.beyondMonteCarloError.map { $0 ? "yes" : "no" } ?? "no error given",
        ]
      }, markdown: markdown, textColumns: ["beyond Monte-Carlo error"])
    return text
  }

  /// The widest an input's value is printed on one line: command lines, paths and sources wrap
  /// onto more, so that the table fits a terminal of about 130 columns.
  static let inputWrapWidth = 40

  private static func table(
    _ header: [String], _ rows: [[String]], markdown: Bool, wrapWidth: Int? = nil,
    textColumns: Set<String>
  ) -> String {
    guard markdown else {
      var table = TextTable(header: header, wrapWidth: wrapWidth, textColumns: textColumns)
      for row in rows { table.append(row) }
      return table.rendered
    }
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ")
        + " |\n"
    }
    return line(header) + line(header.map { _ in "---" }) + rows.map(line).joined()
  }
}
