import CareSimCharts
import Testing

/// What every chart kind shares: the `<svg>` element around the drawing, its accessible name,
/// its size and its legend rule.
@Suite struct ChartTests {
  @Test func theStandardSizeIsAMemoColumn() {
    #expect(ChartSize.standard == ChartSize())
    #expect(ChartSize.standard.width == 520 && ChartSize.standard.plotHeight == 230)
    #expect(
      ScatterChart(title: "", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"), points: []).size
        .plotHeight == 280)
  }

  /// The SVG is what `render` draws: one element of whole height, every text above its bottom
  /// padding, the kind in its class.
  @Test(arguments: ChartFixtures.all.map(\.name))
  func renderingDrawsOneElement(name: String) throws {
    let chart = try #require(ChartFixtures.all.first { $0.name == name }?.chart)
    let rendered = chart.render(locale: .nl)
    #expect(chart.svg(locale: .nl) == rendered.svg)
    #expect(rendered.height == rendered.height.rounded(.up))
    let lowest = rendered.texts.map(\.box.maxY).max() ?? 0
    #expect(lowest <= rendered.height - ChartStyle.padding)
    #expect(rendered.svg.hasSuffix("</svg>\n"))
    let root = try #require(SVGElements(rendered.svg).all.first)
    #expect(root.attributes["class"] == "chart chart-\(type(of: chart).kind)")
  }

  /// The accessible name is the title, then the description; an untitled chart has only the
  /// description, and draws no title.
  @Test func accessibleNameIsTitleThenDescription() throws {
    var chart = LineChart(
      title: "Costs", xAxis: ChartAxis("Month"), yAxis: ChartAxis("Cost"),
      series: [LineSeries("Wmo", x: [0, 1], y: [2, 3])])
    let named = try #require(SVGElements(chart).all.first)
    #expect(named.attributes["aria-label"] == "Costs. Line chart of cost by month: Wmo")
    chart.title = ""
    let untitled = SVGElements(chart)
    #expect(untitled.all.first?.attributes["aria-label"] == "Line chart of cost by month: Wmo")
    #expect(untitled.withClass("chart-title").isEmpty)
  }

  /// A legend is drawn from the kind's minimum count: two series for lines, one status for a
  /// dot plot.
  @Test func legendsFollowTheKindsMinimum() {
    let one = LineChart(
      title: "t", xAxis: ChartAxis("x"), yAxis: ChartAxis("y"),
      series: [LineSeries("a", x: [0, 1], y: [0, 1])])
    #expect(SVGElements(one).withClass("chart-legend").isEmpty)
    var two = one
    two.series.append(LineSeries("b", x: [0, 1], y: [1, 0]))
    #expect(SVGElements(two).withClass("chart-legend-label").map(\.text) == ["a", "b"])
    let dots = DotPlot(
      title: "t", valueAxis: ChartAxis("v"), rows: [.init("r", value: 1, status: "Within")],
      statuses: ["Within"])
    #expect(SVGElements(dots).withClass("chart-legend-label").map(\.text) == ["Within"])
  }
}
