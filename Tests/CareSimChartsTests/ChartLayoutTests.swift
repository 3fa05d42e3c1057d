import CareSimCharts
import Testing

/// The layout steps on their own: rows keep their value labels inside the chart, panels share
/// their sizes and keep their end labels apart, and labels take the first free spot.
@Suite struct ChartLayoutTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  /// A canvas `width` wide with a title drawn, as a kind's layout sees it.
  static func canvas(width: Double = 520) -> ChartCanvas {
    var canvas = ChartCanvas(width: width)
    canvas.drawTitle("A title")
    return canvas
  }

  @Test(arguments: [320.0, 520, 760])
  func rowValueLabelsStayBetweenTheRowLabelsAndThePadding(width: Double) {
    let canvas = Self.canvas(width: width)
    let values = [-2.5e6, 4e5, 3.1e6]
    let labels = values.map {
      [ValueLabel($0, as: .euros, formatter: Self.formatter, isLeft: $0 < 0)]
    }
    let frame = RowFrame(
      labels: ["Wlz", "Wmo", "A funder with a long name"], canvas: canvas,
      axis: ChartAxis("Net", format: .euros), values: values, valueLabels: labels,
      labelGap: ChartStyle.Rows.barLabelGap, top: canvas.headerBottom,
      minimumStep: ChartStyle.Rows.barStep, formatter: Self.formatter)
    for label in labels.joined() {
      let reach = label.reach(on: frame.axis.scale)
      #expect(reach >= frame.left - 0.01 && reach <= frame.right + 0.01, "\(label.text): \(reach)")
    }
    #expect(frame.left > ChartStyle.padding)
    #expect(frame.right == width - ChartStyle.padding)
    #expect(frame.middle(ofRow: 0) == frame.top + frame.rowStep / 2)
    #expect(frame.bottom == frame.top + 3 * frame.rowStep)
  }

  @Test func rowsWithoutLabelsKeepAnEmptyArea() {
    let canvas = Self.canvas()
    let frame = RowFrame(
      labels: [], canvas: canvas, axis: ChartAxis("v"), values: [],
      labelGap: ChartStyle.Rows.dotLabelGap, top: 50, minimumStep: ChartStyle.Rows.dotStep,
      formatter: Self.formatter)
    #expect(frame.bottom == 50 + ChartStyle.Rows.emptyHeight)
  }

  @Test(arguments: [1, 2, 3])
  func panelsShareTheirSizeAndKeepTheirEndLabelsApart(columns: Int) {
    let canvas = Self.canvas()
    let grid = PanelGrid(
      count: 5, columns: columns, canvas: canvas, xAxis: ChartAxis("Month"),
      xValues: [0, 120_000], yAxis: ChartAxis("Cost", format: .euros), yValues: [0, 2.5e6],
      panelHeight: 110, formatter: Self.formatter)
    #expect(grid.frames.count == 5)
    for (index, frame) in grid.frames.enumerated() {
      // The plot's width is its right edge less its left, so it may differ in the last bit.
      #expect((frame.plot.width - grid.panelWidth).magnitude < 1e-9)
      #expect(frame.plot.x == grid.plotLeft(ofPanel: index))
      #expect(frame.plot.y == grid.rowTop(ofPanel: index) + ChartStyle.Panels.titleRoom)
      #expect(frame.yTicks.nice == grid.frames[0].yTicks.nice)
    }
    // The last x label of a panel ends before the first of its right neighbour begins, and
    // no label leaves the chart on the right.
    func labelExtent(_ frame: XYFrame) -> (left: Double, right: Double) {
      let ends = zip(frame.xTicks.nice.values, frame.xTicks.widths).filter { $0.1 > 0 }.map {
        (frame.x.position($0.0) - $0.1 / 2, frame.x.position($0.0) + $0.1 / 2)
      }
      return (ends.map(\.0).min() ?? 0, ends.map(\.1).max() ?? 0)
    }
    for index in grid.frames.indices {
      #expect(labelExtent(grid.frames[index]).right <= canvas.width - ChartStyle.padding + 0.01)
      if index % columns != columns - 1 && index + 1 < grid.frames.count {
        #expect(
          labelExtent(grid.frames[index]).right < labelExtent(grid.frames[index + 1]).left)
      }
    }
  }

  @Test func aReferenceLabelTakesTheFirstFreeSpot() {
    var canvas = Self.canvas()
    var placer = LabelPlacer(bounds: ChartRect(x: 0, y: 0, width: 200, height: 100))
    placer.reserve(ChartRect(x: 100, y: 0, width: 100, height: 100))
    let spots = [
      LabelSpot("€20k", x: 110, baseline: 50, anchor: .start),  // on the reserved half
      LabelSpot("€20k", x: 90, baseline: 50, anchor: .end),
    ]
    #expect(canvas.drawReferenceLabel("€20k", at: spots, placer: &placer))
    #expect(canvas.texts.last?.box == spots[1].box)
    // The spot is taken now, so the same label finds no room and is left to a note.
    #expect(!canvas.drawReferenceLabel("€20k", at: [spots[1]], placer: &placer))
  }
}
