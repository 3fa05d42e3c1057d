import CareSimCharts
import Testing

/// The plane's points, highlight, zero line and willingness-to-pay lines.
@Suite struct ScatterChartMarksTests {
  /// A dot per finite point, in one translucent group; the highlight a diamond with its values.
  @Test func oneDotPerFinitePoint() {
    let points = (0..<50).map { ChartPoint(x: Double($0 % 7) / 100 - 0.02, y: Double($0) * 80) }
    let document = SVGElements(
      ScatterChartTests.plane(
        points + [ChartPoint(x: .nan, y: 1), ChartPoint(x: 2, y: -.infinity)],
        highlight: .init(ChartPoint(x: 0.01, y: 2000), label: "Mean")))
    #expect(document.withClass("mark-point").count == 50)
    #expect(document.withClass("mark-point").allSatisfy { $0.name == "circle" })
    #expect(document.withClass("chart-points").first?.attributes["fill-opacity"] == "0.45")
    let highlight = document.withClass("mark-highlight")
    #expect(highlight.count == 1 && highlight.first?.name == "path")
    #expect(document.named("title").map(\.text).contains("Mean: 0.01, €2,000"))
  }

  /// A vertical zero line when the x range has values on both sides of zero (the horizontal one
  /// likewise for y); a plane in one quadrant has its axes on the plot's edges.
  @Test func zeroLineWhenXStraddlesZero() {
    let both = ScatterChartTests.plane([ChartPoint(x: -0.1, y: -1), ChartPoint(x: 0.2, y: 2)])
    #expect(SVGElements(both).withClass("chart-zero").count == 2)
    let left = ScatterChartTests.plane([ChartPoint(x: -0.1, y: 1), ChartPoint(x: 0.2, y: 2)])
    let zero = SVGElements(left).withClass("chart-zero")
    #expect(zero.count == 1 && zero.first?.attributes["y1"] != zero.first?.attributes["y2"])
    let corner = ScatterChartTests.plane([ChartPoint(x: 0.1, y: 1), ChartPoint(x: 0.2, y: 2)])
    #expect(SVGElements(corner).withClass("chart-zero").isEmpty)
  }

  /// A line per finite slope that crosses the plot, each labelled where there is room; the
  /// others become notes below the chart.
  @Test func slopeLinesAndTheirLabels() {
    let points = [ChartPoint(x: -0.05, y: -500), ChartPoint(x: 0.1, y: 4000)]
    let chart = ScatterChartTests.plane(
      points,
      slopes: [
        .init(20_000, label: "€20k per QALY"), .init(.nan, label: "Not a number"),
        .init(0, label: "Flat"),
      ])
    let document = SVGElements(chart)
    #expect(document.withClass("chart-reference").count == 2)
    let labels = document.withClass("chart-reference-label").map(\.text)
    #expect(labels == ["€20k per QALY", "Flat"])
    #expect(document.withClass("chart-note").map(\.text) == ["Line: Not a number"])
  }

  /// A line so steep that it leaves the plot at the origin is not drawn, and is noted.
  @Test func aLineThatMissesThePlotIsNoted() {
    let chart = ScatterChartTests.plane(
      [ChartPoint(x: 1, y: 1)], slopes: [.init(-1e9, label: "Steep")])
    let document = SVGElements(chart, locale: .nl)
    #expect(document.withClass("chart-reference").isEmpty)
    #expect(document.withClass("chart-note").map(\.text) == ["Lijn: Steep"])
  }
}
