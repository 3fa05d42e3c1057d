import CareSimCharts
import Testing

/// The tornado's two half-bars per row and its base line with its label.
@Suite struct TornadoChartMarksTests {
  static let chart = TornadoChart(
    title: "t", valueAxis: ChartAxis("Net benefit", format: .euros), base: 1850,
    rows: [
      .init("Uptake", low: 400, high: 3100, lowSetting: "20%", highSetting: "60%"),
      .init("Discount rate", low: 2150, high: 1500),
      .init("Burden relief", low: 1700, high: 2500),
      .init("Broken", low: .nan, high: 1),
    ])

  /// Two half-bars per row that moves, the longer first so the shorter stays on top; each
  /// tooltip names the end, its setting and its outcome.
  @Test func twoHalvesPerRowTheLongerFirst() throws {
    let document = SVGElements(Self.chart)
    let bars = document.withClass("mark-bar")
    #expect(bars.count == 6)
    let widths = try bars.map { try #require(Double($0.attributes["width"] ?? "")) }
    for row in 0..<3 { #expect(widths[2 * row] >= widths[2 * row + 1]) }
    #expect(bars.first?.attributes["fill"] == TornadoChart.lowColor)
    let tooltips = document.named("title").map(\.text)
    #expect(tooltips.contains("Uptake, parameter at its high value (60%): €3,100"))
    #expect(tooltips.contains("Uptake, parameter at its low value (20%): €400"))
    #expect(tooltips.contains("Discount rate, parameter at its low value: €2,150"))
  }

  /// Every half-bar starts at the base line.
  @Test func halvesStartAtTheBase() throws {
    let document = SVGElements(Self.chart)
    let base = try #require(document.withClass("chart-reference").first?.attributes["x1"])
    for bar in document.withClass("mark-bar") {
      let x = try #require(Double(bar.attributes["x"] ?? ""))
      let width = try #require(Double(bar.attributes["width"] ?? ""))
      let baseX = try #require(Double(base))
      #expect((x - baseX).magnitude < 0.01 || (x + width - baseX).magnitude < 0.02)
    }
  }

  /// A base at the axis's end keeps its label inside the chart.
  @Test(arguments: [-1e6, 1e6])
  func theBaseLabelStaysInside(base: Double) {
    var chart = Self.chart
    chart.base = base
    let rendered = chart.render(locale: .en)
    let label = rendered.texts.first { $0.text.hasPrefix("Base case") }
    #expect(label.map { $0.box.x >= ChartStyle.padding - 1e-9 } == true)
    #expect(label.map { $0.box.maxX <= rendered.width - ChartStyle.padding + 1e-9 } == true)
  }
}
