import CareSimCharts
import Testing

/// Layers stacked month by month: the stacks, shares when normalised, the legend.
@Suite struct StackedAreaChartTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func chart(
    x: [Double], _ layers: [StackedAreaChart.Layer], normalised: Bool = false
  ) -> StackedAreaChart {
    StackedAreaChart(
      title: "Where residents live", xAxis: ChartAxis("Month"),
      yAxis: ChartAxis("Residents", format: normalised ? .percent : .number), x: x,
      layers: layers, normalised: normalised)
  }

  /// Each stack is the running sum of the layers below it; negative and non-finite values
  /// count as zero.
  @Test func stacksAreRunningSums() {
    let chart = Self.chart(
      x: [0, 1, 2],
      [
        .init("home", values: [5, 4, .nan]), .init("care", values: [1, -2, 3]),
        .init("died", values: [0, 1, 2]),
      ])
    #expect(chart.stacks == [[5, 4, 0], [6, 4, 3], [6, 5, 5]])
  }

  /// Normalised, every column with residents adds up to one; an empty column stays at zero.
  @Test func normalisedColumnsAddUpToOne() {
    let chart = Self.chart(
      x: [0, 1, 2], [.init("a", values: [1, 0, 3]), .init("b", values: [3, 0, 1])],
      normalised: true)
    #expect(chart.stacks == [[0.25, 0, 0.75], [1, 0, 1]])
    let frame = ChartFixtures.frame(of: chart)
    #expect(frame.xy.y.domainLower == 0 && frame.xy.y.domainUpper == 1)
  }

  /// Layers take the palette's colours in order, cycling after eight.
  @Test func layersTakeTheirColoursInOrder() {
    let layers = (0..<9).map { StackedAreaChart.Layer("l\($0)", values: [1]) }
    let legend = Self.chart(x: [0], layers).legend(formatter: Self.formatter)
    #expect(legend.count == 9)
    #expect(legend[0].swatch == .area(color: "#0072b2", opacity: 1))
    #expect(legend[8].swatch == legend[0].swatch)
    #expect(Set(legend.prefix(8).map(\.swatch)).count == 8)
    #expect(StackedAreaChart.color(9) == StackedAreaChart.layerColors[1])
  }

  @Test(arguments: [[0.0, 0, 0], [.nan, -1, 0]])
  func nothingPositiveSaysNoData(values: [Double]) {
    let document = SVGElements(Self.chart(x: [0, 1, 2], [.init("a", values: values)]))
    #expect(document.withClass("chart-no-data").map(\.text) == ["No data"])
    #expect(document.withClass("mark-area").isEmpty)
  }

  @Test func descriptionNamesTheLayers() {
    let chart = Self.chart(
      x: [0, 1], [.init("Home", values: [1, 1]), .init("Care", values: [1, 2])])
    #expect(
      SVGElements(chart).all.first?.attributes["aria-label"]
        == "Where residents live. Stacked area chart of residents by month: Home and Care")
  }
}
