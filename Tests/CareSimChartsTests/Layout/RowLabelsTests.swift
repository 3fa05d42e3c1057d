import CareSimCharts
import Testing

/// Row labels wrapped to two lines within their share of the width, cut beyond it.
@Suite struct RowLabelsTests {
  static let size = ChartStyle.labelSize
  static let long = "Informal carers, valued at replacement cost, in the second year"

  @Test func shortLabelsTakeOneLineAndTheirWidth() {
    let labels = RowLabels(["Wlz", "Municipality"], canvas: ChartCanvas(width: 520))
    #expect(labels.lines == [["Wlz"], ["Municipality"]])
    #expect(labels.width == TextMetrics.width("Municipality", size: Self.size))
    #expect(labels.rowStep(minimum: 30) == 30)
    #expect(RowLabels([], canvas: ChartCanvas(width: 520)).width == 0)
  }

  /// A long label wraps to two lines within 40% of the inner width, and rows grow to hold them.
  @Test(arguments: [320.0, 520, 760])
  func longLabelsWrapWithinTheirShare(width: Double) {
    let canvas = ChartCanvas(width: width)
    let labels = RowLabels(["Wlz", Self.long], canvas: canvas)
    let limit = canvas.innerWidth * ChartStyle.Rows.labelShare
    #expect(labels.lines[1].count == 2)
    #expect(labels.width <= limit)
    #expect(labels.lines.joined().allSatisfy { TextMetrics.width($0, size: Self.size) <= limit })
    let twoLines =
      RowLabels.lineStep + TextMetrics.lineHeight(Self.size) + ChartStyle.Rows.labelPadding
    #expect(labels.rowStep(minimum: 1) == twoLines)
    #expect(labels.rowStep(minimum: twoLines + 5) == twoLines + 5)
  }

  /// Labels end at the label column's right edge; a cut label keeps its full text as the
  /// tooltip of its last line.
  @Test func drawnLabelsAreRightAlignedAndKeepTheirFullText() {
    var canvas = ChartCanvas(width: 320)
    let labels = RowLabels(["Wlz", Self.long], canvas: canvas)
    labels.draw(0, full: "Wlz", y: 100, on: &canvas)
    labels.draw(1, full: Self.long, y: 140, on: &canvas)
    let right = ChartStyle.padding + labels.width
    #expect(canvas.texts.allSatisfy { ($0.box.maxX - right).magnitude < 1e-9 })
    #expect(canvas.texts.count == 3)
    let document = SVGElements(canvas.writer.output)
    #expect(document.named("title").map(\.text) == [Self.long])
    // The two lines are centred on the row's middle.
    let boxes = canvas.texts.dropFirst().map(\.box)
    #expect(((boxes[0].y + boxes[1].maxY) / 2 - 140).magnitude < 1)
  }
}
