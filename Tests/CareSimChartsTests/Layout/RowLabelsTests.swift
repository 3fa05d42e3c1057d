import CareSimCharts
import Testing

/// Row labels wrapped within their share of the width, to as many lines as a readable label
/// needs, cut only beyond ``RowLabels/maxLines``.
@Suite struct RowLabelsTests {
  static let size = ChartStyle.labelSize
  static let long = "Informal carers, valued at replacement cost, in the second year"
  /// A path without spaces: one word wider than the column, so it is cut.
  static let unbreakable = "mechanisms.escalation.partOfCrisisCostsAvoidedByTheProgramme"

  @Test func shortLabelsTakeOneLineAndTheirWidth() {
    let labels = RowLabels(["Wlz", "Municipality"], canvas: ChartCanvas(width: 520))
    #expect(labels.lines == [["Wlz"], ["Municipality"]])
    #expect(labels.width == TextMetrics.width("Municipality", size: Self.size))
    #expect(labels.rowStep(minimum: 30) == 30)
    #expect(RowLabels([], canvas: ChartCanvas(width: 520)).width == 0)
  }

  /// A long label wraps within 40% of the inner width and is not cut; rows grow to hold its
  /// lines.
  @Test(arguments: [520.0, 760])
  func longLabelsWrapWithinTheirShareAndAreNotCut(width: Double) {
    let canvas = ChartCanvas(width: width)
    let labels = RowLabels(["Wlz", Self.long], canvas: canvas)
    let limit = canvas.innerWidth * ChartStyle.Rows.labelShare
    let lines = labels.lines[1]
    #expect(lines.count >= 2)
    #expect(lines.joined(separator: " ") == Self.long)
    #expect(labels.width <= limit)
    #expect(labels.lines.joined().allSatisfy { TextMetrics.width($0, size: Self.size) <= limit })
    let needed =
      Double(lines.count - 1) * RowLabels.lineStep + TextMetrics.lineHeight(Self.size)
      + ChartStyle.Rows.labelPadding
    #expect(labels.rowStep(minimum: 1) == needed)
    #expect(labels.rowStep(minimum: needed + 5) == needed + 5)
  }

  /// Labels end at the label column's right edge; a cut label keeps its full text as the
  /// tooltip of its last line.
  @Test func drawnLabelsAreRightAlignedAndKeepTheirFullText() {
    var canvas = ChartCanvas(width: 520)
    let labels = RowLabels(["Wlz", Self.long, Self.unbreakable], canvas: canvas)
    labels.draw(0, full: "Wlz", y: 100, on: &canvas)
    labels.draw(1, full: Self.long, y: 160, on: &canvas)
    labels.draw(2, full: Self.unbreakable, y: 220, on: &canvas)
    let right = ChartStyle.padding + labels.width
    #expect(canvas.texts.allSatisfy { ($0.box.maxX - right).magnitude < 1e-9 })
    let longLines = labels.lines[1].count
    #expect(canvas.texts.count == 1 + longLines + 1)
    let document = SVGElements(canvas.writer.output)
    #expect(document.named("title").map(\.text) == [Self.unbreakable])
    // The wrapped label's lines are centred on the row's middle.
    let boxes = canvas.texts.dropFirst().prefix(longLines).map(\.box)
    #expect(((boxes[0].y + boxes[longLines - 1].maxY) / 2 - 160).magnitude < 1)
  }
}
