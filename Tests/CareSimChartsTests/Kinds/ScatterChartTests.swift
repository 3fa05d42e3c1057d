import CareSimCharts
import Testing

/// The cost-effectiveness plane: axes through the origin, its legend and accessible name.
@Suite struct ScatterChartTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func plane(
    _ points: [ChartPoint], highlight: ScatterChart.Highlight? = nil,
    slopes: [ScatterChart.Slope] = []
  ) -> ScatterChart {
    ScatterChart(
      title: "Plane", xAxis: ChartAxis("QALYs"), yAxis: ChartAxis("Cost", format: .euros),
      points: points, highlight: highlight, slopes: slopes)
  }

  /// Both axes hold zero, so the quadrants show even when every point lies in one.
  @Test func bothAxesHoldZero() {
    let frame = ChartFixtures.frame(
      of: Self.plane([ChartPoint(x: 0.05, y: 1200), ChartPoint(x: 0.09, y: 3400)]))
    #expect(frame.x.domainLower <= 0 && frame.x.domainUpper >= 0.09)
    #expect(frame.y.domainLower <= 0 && frame.y.domainUpper >= 3400)
  }

  /// The axes cover the highlight too.
  @Test func theHighlightIsCovered() {
    let frame = ChartFixtures.frame(
      of: Self.plane(
        [ChartPoint(x: 1, y: 1)], highlight: .init(ChartPoint(x: -3, y: 50), label: "Mean")))
    #expect(frame.x.domainLower <= -3 && frame.y.domainUpper >= 50)
  }

  @Test func legendOfPointsAndHighlight() {
    let plain = Self.plane([ChartPoint(x: 1, y: 1)])
    #expect(
      plain.legend(formatter: Self.formatter) == [
        LegendItem("Simulated runs", .marker(color: ChartPalette.positive, shape: .circle))
      ])
    let highlighted = Self.plane(
      [ChartPoint(x: 1, y: 1)], highlight: .init(ChartPoint(x: 1, y: 1), label: "Mean"))
    #expect(
      highlighted.legend(formatter: Self.formatter).map(\.label) == ["Simulated runs", "Mean"])
  }

  /// The accessible name counts the points in the reader's digits and names the lines.
  @Test func descriptionCountsPointsAndNamesLines() {
    let points = (0..<1234).map { ChartPoint(x: Double($0), y: 1) }
    let chart = Self.plane(
      points, slopes: [.init(20_000, label: "€20k"), .init(50_000, label: "€50k")])
    #expect(
      SVGElements(chart, locale: .nl).all.first?.attributes["aria-label"]
        == "Plane. Spreidingsdiagram van 1.234 punten, cost tegen QALYs, met lijnen voor €20k en €50k"
    )
  }

  /// Nothing finite to plot says so, unless the highlight can be drawn.
  @Test func noFinitePointSaysNoData() {
    let broken = [ChartPoint(x: .nan, y: 1), ChartPoint(x: 1, y: .infinity)]
    #expect(SVGElements(Self.plane(broken)).withClass("chart-no-data").map(\.text) == ["No data"])
    let highlighted = Self.plane(broken, highlight: .init(ChartPoint(x: 1, y: 2), label: "Mean"))
    #expect(SVGElements(highlighted).withClass("chart-no-data").isEmpty)
  }
}
