import CareSimCharts
import Testing

/// The heat map's plot: one band per parameter value, rows bottom to top, the colour bar right.
@Suite struct HeatMapFrameTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func chart(
    x: [Double] = [40, 60, 80, 100, 120], y: [Double] = [0.1, 0.2, 0.30000000000000004],
    yTitle: String = "Uptake", colorTitle: String = "Net benefit", width: Double = 520
  ) -> HeatMap {
    HeatMap(
      title: "Net benefit by price and uptake",
      xAxis: ChartAxis("Price", format: .euros), yAxis: ChartAxis(yTitle, format: .percent),
      colorAxis: ChartAxis(colorTitle, format: .euros), x: x, y: y,
      values: y.map { u in x.map { p in 9000 * u - 45 * p } }, size: ChartSize(width: width))
  }

  @Test func bandsFollowTheGridAndRowsRunUp() {
    let chart = Self.chart()
    let frame = HeatMapFrame(chart, canvas: ChartFixtures.canvas(), formatter: Self.formatter)
    #expect(frame.columns.count == 5 && frame.rows.count == 3)
    #expect(frame.columns.start == frame.plot.x && frame.columns.end == frame.plot.maxX)
    #expect(frame.rows.start == frame.plot.maxY && frame.rows.end == frame.plot.y)
    #expect(frame.plot.height == chart.size.plotHeight)
    #expect(frame.contour == chart.contourLines)
  }

  /// Labels have the decimals the values need: 0.30000000000000004 reads as 30%.
  @Test func labelsHaveTheDecimalsTheValuesNeed() {
    let frame = HeatMapFrame(
      Self.chart(), canvas: ChartFixtures.canvas(), formatter: Self.formatter)
    #expect(frame.xLabels == ["€40", "€60", "€80", "€100", "€120"])
    #expect(frame.yLabels == ["10%", "20%", "30%"])
    let quarters = HeatMapFrame(
      Self.chart(x: [0, 0.25, 0.5], y: [0.05, 0.1, 0.15]), canvas: ChartFixtures.canvas(),
      formatter: Self.formatter)
    #expect(quarters.xLabels == ["€0", "€0.25", "€0.50"])
    #expect(quarters.yLabels == ["5%", "10%", "15%"])
  }

  /// The plot, the last column's label and the colour bar keep clear of each other and of the
  /// padding.
  @Test(arguments: [320.0, 520, 760])
  func theColourBarHasItsRoom(width: Double) {
    let canvas = ChartFixtures.canvas(width: width)
    let frame = HeatMapFrame(Self.chart(width: width), canvas: canvas, formatter: Self.formatter)
    let barLeft = width - ChartStyle.padding - frame.barWidth
    #expect(frame.plot.maxX + ChartStyle.Cells.colourBarGap <= barLeft + 1e-9)
    let last = TextMetrics.width(frame.xLabels.last ?? "", size: ChartStyle.tickSize)
    #expect(
      frame.columns.centre(4) + last / 2 <= barLeft - ChartStyle.Cells.lastLabelClearance + 1e-9)
    #expect(frame.plot.x >= ChartStyle.padding)
  }

  /// Long axis titles take two lines above the plot, which moves down by a line.
  @Test func longTitlesTakeTwoLines() {
    let canvas = ChartFixtures.canvas()
    let short = HeatMapFrame(Self.chart(), canvas: canvas, formatter: Self.formatter)
    #expect(!short.twoTitleLines && short.yTitleBaseline == short.titleBaseline)
    let long = HeatMapFrame(
      Self.chart(
        yTitle: "Share of eligible residents who take up the intervention",
        colorTitle: "Net benefit to society per resident, discounted"),
      canvas: canvas, formatter: Self.formatter)
    #expect(long.twoTitleLines)
    #expect(long.yTitleBaseline == long.titleBaseline + ChartStyle.lineStep)
    #expect(long.plot.y == short.plot.y + ChartStyle.lineStep)
  }
}
