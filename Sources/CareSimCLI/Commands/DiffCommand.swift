import ArgumentParsing
import CareSimCore
import CareSimReports
import Foundation

/// `caresim diff A B`: what changed between two results of one command: the inputs that differ
/// and every headline figure with both values, the difference and whether it is beyond the
/// Monte-Carlo error of the difference.
enum DiffCommand: Command {
  static let markdown: Option<Bool> = .flag(
    "markdown", help: "Print the comparison as Markdown tables, for a note or an issue")

  static let spec = CommandSpec(
    name: "diff",
    summary: "Compare two result folders of one command: the inputs that differ and the figures "
      + "that moved, each against its Monte-Carlo error (exit code 2 when they cannot be "
      + "compared).",
    positionals: [
      (name: "A", help: "A folder a CareSim command wrote"),
      (name: "B", help: "A folder the same command wrote"),
    ],
    options: [markdown.spec])

  static func run(_ invocation: Invocation) throws {
    let a = try ResultDocument(invocation.parsed.positional("A"))
    let b = try ResultDocument(invocation.parsed.positional("B"))
    guard a.command == b.command else {
      throw CommandFailure(
        message: "error: cannot compare a '\(a.command)' result (\(a.path)) with a "
          + "'\(b.command)' result (\(b.path)): diff compares results of one command",
        exitCode: .invalidInput)
    }
    let comparison = ResultComparison.compare(
      inputs: (a.inputs, b.inputs), figures: (a.figures, b.figures))
    let markdown = invocation.parsed[Self.markdown]
    invocation.console.out(render(comparison, a: a, b: b, markdown: markdown))
  }

  /// The comparison as text tables, or as Markdown.
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
        markdown: markdown)
    }
    let beyond = comparison.figures.filter { $0.beyondMonteCarloError == true }
    text += "\nFigures (\(comparison.figures.count); \(beyond.count) beyond their Monte-Carlo "
    text += "error, 1.96 standard errors of the difference):\n"
    text += table(
      ["figure", "A", "B", "B - A", "beyond Monte-Carlo error"],
      comparison.figures.map { figure in
        [
          figure.name, ReportFormat.significant(figure.a), ReportFormat.significant(figure.b),
          ReportFormat.significant(figure.difference),
          figure.beyondMonteCarloError.map { $0 ? "yes" : "no" } ?? "no error given",
        ]
      }, markdown: markdown)
    return text
  }

  private static func table(_ header: [String], _ rows: [[String]], markdown: Bool) -> String {
    guard markdown else {
      var table = TextTable(header: header)
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
