import CareSimCharts
import Testing

/// The areas of a stacked chart and the layer names written inside them.
@Suite struct StackedAreaChartMarksTests {
  static let months = ChartFixtures.months

  static func chart(_ layers: [StackedAreaChart.Layer], x: [Double] = months) -> StackedAreaChart {
    StackedAreaChart(
      title: "Where residents live", xAxis: ChartAxis("Month"),
      yAxis: ChartAxis("Share", format: .percent), x: x, layers: layers, normalised: true)
  }

  /// An area per layer, closed along its top and back along the one below, its name as tooltip.
  @Test func oneAreaPerLayer() throws {
    let layers = [
      StackedAreaChart.Layer("At home", values: Self.months.map { 100 - $0 }),
      .init("Home care", values: Self.months.map { 20 + $0 }),
      .init("Nursing home", values: Self.months.map { _ in 10 }),
    ]
    let document = SVGElements(Self.chart(layers))
    let areas = document.withClass("mark-area")
    #expect(areas.count == 3)
    #expect(areas.map { $0.attributes["fill"] } == (0..<3).map { StackedAreaChart.color($0).hex })
    let d = try #require(areas.first?.attributes["d"])
    #expect(d.filter { $0 == "L" }.count == 2 * Self.months.count - 1)
    #expect(d.hasSuffix(" Z"))
    #expect(document.named("title").dropFirst().map(\.text) == layers.map(\.name))
  }

  /// Thick layers are named inside, in a colour readable on theirs; a thin one is not.
  @Test func thickLayersAreNamedInside() {
    let document = SVGElements(
      Self.chart([
        .init("At home", values: Self.months.map { _ in 60 }),
        .init("Died", values: Self.months.map { _ in 0.2 }),
        .init("Home care", values: Self.months.map { _ in 40 }),
      ]))
    let names = document.withClass("chart-area-label")
    #expect(names.map(\.text) == ["At home", "Home care"])
    #expect(names.first?.attributes["fill"] == StackedAreaChart.color(0).readableText.hex)
  }

  /// One column has no width to write a name in.
  @Test func oneColumnHasNoNames() {
    let document = SVGElements(Self.chart([.init("a", values: [2])], x: [3]))
    #expect(document.withClass("mark-area").count == 1)
    #expect(document.withClass("chart-area-label").isEmpty)
  }
}
