import CareSimCore
import Testing

@testable import CareSimOutput

/// The CSV reader every result's report reads its files with.
@Suite struct CSVTableTests {
  /// Quoted fields keep their commas and doubled quotes; text beyond ASCII reads back whole.
  @Test func quotedFieldsAndTextBeyondASCIIReadBack() throws {
    let table = try #require(
      CSVTable("name,value,note\n\"a, b\",1.5,\"she said \"\"ja\"\"\"\nzorg € één,,x\n"))
    #expect(table.columns == ["name", "value", "note"])
    #expect(
      table.rows.map(\.cells) == [["a, b", "1.5", "she said \"ja\""], ["zorg € één", "", "x"]])
    #expect(table.rows[0].number("value") == 1.5)
    #expect(table.rows[1].text("value") == nil && table.rows[1].number("value").isNaN)
    #expect(table.rows[1].text("missing") == nil)
  }

  /// Empty lines are skipped; a row of another width, or no header, is no table.
  @Test func emptyLinesAreSkippedAndRaggedRowsRefused() throws {
    let table = try #require(CSVTable("a,b\n\n1,2\n\n"))
    #expect(table.rows.map(\.cells) == [["1", "2"]])
    #expect(CSVTable("a,b\n1,2,3\n") == nil)
    #expect(CSVTable("") == nil)
    #expect(CSVTable("\n\n") == nil)
  }

  /// A file saved with Windows line ends reads as one saved with a line feed alone.
  @Test func windowsLineEndsReadAsLineFeeds() throws {
    let table = try #require(CSVTable("a,b\r\n1,2\r\n\r\n3,4"))
    #expect(table.columns == ["a", "b"] && table.rows.map(\.cells) == [["1", "2"], ["3", "4"]])
    #expect(CSVTable.lines(of: "x\r\n\ny\r") == ["x", "", "y"])
  }

  /// A comma or a quote is a separator even where a combining mark follows it, which a reader of
  /// Swift's characters would take for one character with it.
  @Test func aCommaBeforeACombiningMarkSeparates() throws {
    let table = try #require(CSVTable("a,b\n1,\u{301}x\n"))
    #expect(table.rows.map(\.cells) == [["1", "\u{301}x"]])
    #expect(CSVTable.fields("\"\u{301}y\",z") == ["\u{301}y", "z"])
  }

  /// A column named twice is read at its first.
  @Test func aColumnNamedTwiceIsReadAtItsFirst() throws {
    let table = try #require(CSVTable("a,a\n1,2\n"))
    #expect(table.rows[0].text("a") == "1")
  }

  /// A PSA table saved with Windows line ends reads as the one `psa` wrote.
  @Test func aDecisionTableWithWindowsLineEndsReadsAsWritten() throws {
    let text = "sample,relativeRisk,netBenefit.society,qalyGain\n0,0.8,100,0.5\n1,0.9,-20,0.1\n"
    let written = try DecisionTable.read(csv: text, file: "samples.csv")
    let saved = try DecisionTable.read(
      csv: text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"),
      file: "samples.csv")
    #expect(saved == written && written.parameterNames == ["relativeRisk"])
  }
}
