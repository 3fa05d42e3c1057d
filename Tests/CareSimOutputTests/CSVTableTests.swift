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

  /// "\r\n" is one character, and no line ends inside it: as a reader of characters splits.
  @Test func aCarriageReturnBeforeALineFeedEndsNoLine() throws {
    let table = try #require(CSVTable("a,b\r\n1,2\n"))
    #expect(table.columns == ["a", "b\r\n1", "2"] && table.rows.isEmpty)
    #expect(CSVTable.fields("x,\"y\r\nz\",w") == ["x", "y\r\nz", "w"])
  }

  /// A column named twice is read at its first.
  @Test func aColumnNamedTwiceIsReadAtItsFirst() throws {
    let table = try #require(CSVTable("a,a\n1,2\n"))
    #expect(table.rows[0].text("a") == "1")
  }
}
