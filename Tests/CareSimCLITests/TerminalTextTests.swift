import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// On a terminal, a sentence wider than the terminal is wrapped at spaces; tables, rules and
/// Markdown keep their lines.
@Suite struct TerminalTextTests {
  /// Whether `fitted` is `original` with line breaks put in at spaces, and nothing else changed.
  static func differsOnlyInLineBreaks(_ fitted: String, from original: String) -> Bool {
    fitted.replacingOccurrences(of: "\n", with: " ")
      == original.replacingOccurrences(of: "\n", with: " ")
  }

  @Test func aSentenceWiderThanTheTerminalIsWrappedAtSpaces() {
    let sentence =
      "Costs discounted at 4.0% a year, QALYs at 1.5%. Amounts in euros: totals for the whole "
      + "population over the horizon, means over replications."
    let fitted = TerminalText.fitted(sentence + "\n", columns: 60)
    let lines = fitted.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(fitted)")
    #expect(lines.allSatisfy { $0.count <= 60 }, "\(fitted)")
    #expect(lines.joined(separator: " ") == sentence)
    #expect(fitted.hasSuffix("\n"), "the text's last line break is kept")
  }

  /// On a wide terminal a sentence is wrapped at 100 columns, or as wide as a wider table of the
  /// text, so that the notes under a table read as wide as it.
  @Test func onAWideTerminalASentenceIsAsWideAsTheTextsTablesOrOneHundredColumns() {
    let sentence = Array(repeating: "word", count: 40).joined(separator: " ")
    let alone = TerminalText.fitted(sentence, columns: 200).split(separator: "\n")
    #expect(alone.map(\.count).max() == 99, "\(alone)")
    let table = "line" + String(repeating: " ", count: 6) + String(repeating: "x", count: 110)
    let underTable = TerminalText.fitted(table + "\n" + sentence, columns: 200)
      .split(separator: "\n").dropFirst()
    #expect(underTable.map(\.count).max() == 119, "\(underTable)")
  }

  @Test func aWrappedLineKeepsItsIndentation() {
    let fitted = TerminalText.fitted("    one two three four five six seven", columns: 20)
    let lines = fitted.split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }, "\(fitted)")
    #expect(lines.allSatisfy { $0.count <= 20 }, "\(fitted)")
  }

  @Test func aWordWiderThanTheTerminalStandsOnItsOwnLine() {
    let path = "out/neighbourhood-breakeven-fixedCostPerYear-society/report.html"
    let fitted = TerminalText.fitted("Wrote the report to \(path) as asked", columns: 30)
    #expect(fitted.split(separator: "\n").contains { $0 == path }, "\(fitted)")
  }

  @Test(arguments: [
    "wmo            7,992,399   7,969,528     -22,871     -51,139     6,830          360,423",
    "------------  ----------  ----------  ----------  ----------  --------  ---------------",
    "| line | without | with | difference | diff p5 | diff p95 | programme share | net benefit |",
    "## Net benefit after the funding split, per funder, with and without the programme",
  ])
  func tablesRulesAndMarkdownKeepTheirLines(line: String) {
    #expect(TerminalText.fitted(line, columns: 40) == line)
  }

  /// A command to copy keeps its line: a break inside it would run only its first part.
  @Test(arguments: [
    "  caresim merge plans/psa/shards/shard-* --out out/neighbourhood-psa-merged-from-shards",
    "  cd 'plans/psa' && array=$(sbatch --parsable --array=3,7 array.sbatch) && sbatch merge.sbatch",
    "  sh plans/psa-with-a-long-name-for-its-folder/submit.sh for-a-terminal-of-forty-columns",
  ])
  func aCommandToCopyKeepsItsLine(line: String) {
    #expect(TerminalText.fitted(line, columns: 40) == line)
  }

  /// A line indented past half the width (a table cell's continuation) keeps its line: one word a
  /// line would read worse.
  @Test func aLineIndentedPastHalfTheWidthKeepsItsLine() {
    let line = String(repeating: " ", count: 30) + "a cell's text that goes on past the edge"
    #expect(TerminalText.fitted(line, columns: 50) == line)
  }

  /// A list item's wrapped lines continue under its text, not under its dash.
  @Test func aListItemContinuesUnderItsText() {
    let item = "  - Dordrecht: nursing-home years avoided, above the break-even in most of the runs"
    let lines = TerminalText.fitted(item, columns: 40).split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.first?.hasPrefix("  - ") == true, "\(lines)")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
    #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
  }

  /// Off a terminal (a file, a pipe) the text is written as it is.
  @Test func offATerminalTheTextIsUnchanged() {
    let text = String(repeating: "a long sentence ", count: 20) + "\n"
    #expect(TerminalText.shown(text, columns: nil) == text)
    #expect(TerminalText.shown(text, columns: 60) != text)
  }

  @Test func shortLinesAndEmptyLinesAreUnchanged() {
    let text = "A short line.\n\nAnother.\n"
    #expect(TerminalText.fitted(text, columns: 40) == text)
  }

  /// A real command's text: every table line is kept as it was, every other line fits (or is one
  /// word), and nothing but line breaks at spaces differ.
  @Test func aRunsTextFitsATerminalOfSixtyColumns() throws {
    let run = try withTemporaryDirectory { folder in
      AnalysisCommandTests.run([
        "run", AnalysisCommandTests.ladder, "--replications", "2", "--out",
        folder.appendingPathComponent("run").path, "--no-report",
      ])
    }
    try #require(run.code == 0, "\(run.error)")
    let fitted = TerminalText.fitted(run.out, columns: 60)
    #expect(Self.differsOnlyInLineBreaks(fitted, from: run.out))
    let original = run.out.split(separator: "\n")
    let wide = original.filter { $0.count > 60 }
    #expect(wide.contains { !TerminalText.keepsItsLine($0) }, "the text has a sentence to wrap")
    let kept = wide.filter { TerminalText.keepsItsLine($0) }
    #expect(!kept.isEmpty, "the text has a table wider than 60 columns")
    let lines = fitted.split(separator: "\n")
    for line in kept { #expect(lines.contains(line), "\(line)") }
    // A word wider than the terminal (the output folder's path) stands alone.
    for line in lines where !kept.contains(line) {
      #expect(line.count <= 60 || !line.drop { $0 == " " }.contains(" "), "\(line)")
    }
  }
}
