import CareSimCharts
import Testing

/// Panels of small multiples share their sizes and keep their end labels apart.
@Suite struct PanelGridTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func grid(count: Int, columns: Int, yTitle: String = "Cost") -> (PanelGrid, ChartCanvas) {
    let canvas = ChartFixtures.canvas()
    let grid = PanelGrid(
      count: count, columns: columns, canvas: canvas, xAxis: ChartAxis("Month"),
      xValues: [0, 36], yAxis: ChartAxis(yTitle, format: .euros), yValues: [0, 2500],
      panelHeight: 110, formatter: formatter)
    return (grid, canvas)
  }

  @Test(arguments: [1, 2, 3])
  func panelsShareTheirSizeAndKeepTheirEndLabelsApart(columns: Int) {
    let canvas = ChartFixtures.canvas()
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

  /// Panels fill rows left to right; a row's height holds the title, plot and tick labels.
  @Test func panelsFlowRowByRow() {
    let (grid, canvas) = Self.grid(count: 5, columns: 2)
    #expect(grid.rowTop(ofPanel: 0) == grid.rowTop(ofPanel: 1))
    #expect(grid.rowTop(ofPanel: 2) == grid.rowTop(ofPanel: 0) + grid.rowHeight)
    #expect(grid.plotLeft(ofPanel: 2) == grid.plotLeft(ofPanel: 0))
    #expect(grid.plotLeft(ofPanel: 1) == grid.left + (grid.panelWidth + grid.gap))
    #expect(grid.bottom == grid.top + 3 * grid.rowHeight - ChartStyle.Panels.lastRowTrim)
    #expect(grid.rowHeight > ChartStyle.Panels.titleRoom + 110)
    #expect(grid.top == canvas.headerBottom + (ChartStyle.lineStep + ChartStyle.Panels.yTitleGap))
    let right = grid.plotLeft(ofPanel: 1) + grid.panelWidth
    #expect(right <= canvas.width - ChartStyle.padding)
    #expect((grid.midX - (grid.left + right) / 2).magnitude < 1e-9)
  }

  @Test func noYTitleNoTitleRoom() {
    let (grid, canvas) = Self.grid(count: 2, columns: 2, yTitle: "")
    #expect(grid.top == canvas.headerBottom)
    #expect(Self.grid(count: 0, columns: 2).0.frames.isEmpty)
  }
}
