import Testing

@testable import CareSimReports

/// Numbers in terminal tables: one style, thousands separated in amounts and decimals alike.
@Suite struct TextTableTests {
  @Test(
    arguments: [
      (7516.44, 1, "7,516.4"), (-1_234_567.891, 2, "-1,234,567.89"), (83.2, 1, "83.2"),
      (999.96, 1, "1,000.0"), (-0.001, 2, "0.00"), (12.72, 2, "12.72"), (1500, 0, "1,500"),
    ] as [(Double, Int, String)])
  func decimalsSeparateThousands(value: Double, places: Int, expected: String) {
    #expect(ReportFormat.decimal(value, places: places) == expected)
  }

  /// Without a wrap width a table is as it always was: labels left, numbers right.
  @Test func unwrappedTablesAlignLabelsLeftAndNumbersRight() {
    var table = TextTable(header: ["figure", "A"])
    table.append(["net benefit", "1,000"])
    table.append(["QALYs", "2.5"])
    #expect(
      table.rendered
        == "figure           A\n-----------  -----\nnet benefit  1,000\nQALYs          2.5\n")
  }

  /// Words line up where they start: a text column is left-aligned among right-aligned numbers,
  /// and no line ends in the spaces that pad it.
  @Test func textColumnsAlignLeftAndNoLineTrailsSpaces() {
    var table = TextTable(header: ["figure", "value", "status"], textColumns: ["status"])
    table.append(["net benefit", "1,000", "reproduced"])
    table.append(["QALYs", "2.5", "holds"])
    #expect(
      table.rendered
        == "figure       value  status\n-----------  -----  ----------\n"
        + "net benefit  1,000  reproduced\nQALYs          2.5  holds\n")
  }

  /// Long cells wrap at spaces onto lines below, a word longer than the width is cut, and a
  /// column with a wrapped cell is left-aligned.
  @Test func longCellsWrapAtSpaces() {
    var table = TextTable(header: ["input", "A", "B"], wrapWidth: 12)
    table.append(["command line", "run a.json --seed 1", "run a.json --seed 2"])
    table.append(["seed", "1", "2"])
    table.append(["scenario.file", "Scenarios/neighbourhood.json", "x.json"])
    let lines = table.rendered.split(separator: "\n").map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }
    let margin = String(repeating: " ", count: 15)
    #expect(
      lines == [
        "input          A             B",
        "-------------  ------------  ----------",
        "command line   run a.json    run a.json",
        margin + "--seed 1      --seed 2",
        "seed           1             2",
        "scenario.file  Scenarios/ne  x.json",
        margin + "ighbourhood.",
        margin + "json",
      ])
  }
}
