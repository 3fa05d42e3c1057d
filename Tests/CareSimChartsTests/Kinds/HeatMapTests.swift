import CareSimCharts
import Testing

/// Heat maps over two parameters: the contour, its legend entry and the accessible name.
@Suite struct HeatMapTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  static func map(
    _ values: [[Double]], contour: HeatMap.Contour? = .init(level: 0, label: "Break-even")
  ) -> HeatMap {
    HeatMap(
      title: "Net benefit", xAxis: ChartAxis("Price", format: .euros),
      yAxis: ChartAxis("Uptake", format: .percent),
      colorAxis: ChartAxis("Net benefit", format: .euros),
      x: (0..<(values.first?.count ?? 0)).map { 40 + 10 * Double($0) },
      y: values.indices.map { 0.1 * Double($0 + 1) }, values: values, contour: contour)
  }

  static let crossing: [[Double]] = [[-2, -1, 1], [-1, 1, 2], [1, 2, 3]]

  /// The contour is traced through the values at its level, and only when asked for.
  @Test func contourLinesAtTheLevel() {
    #expect(Self.map(Self.crossing).contourLines == MarchingSquares.lines(Self.crossing, level: 0))
    #expect(!Self.map(Self.crossing).contourLines.isEmpty)
    #expect(Self.map(Self.crossing, contour: nil).contourLines.isEmpty)
    let above = Self.map(Self.crossing, contour: .init(level: 10, label: "Ten"))
    #expect(above.contourLines.isEmpty)
  }

  /// The contour has a legend entry, with its level, only when it crosses the grid; so does the
  /// accessible name.
  @Test func contourIsNamedOnlyWhenItCrosses() {
    let crossing = Self.map(Self.crossing)
    #expect(
      crossing.legend(formatter: Self.formatter) == [
        LegendItem("Break-even (€0)", .line(color: ChartPalette.ink, dash: "", marker: nil))
      ])
    #expect(
      SVGElements(crossing).all.first?.attributes["aria-label"]
        == "Net benefit. Heat map of net benefit by price and uptake, with the Break-even line")
    let above = Self.map(Self.crossing, contour: .init(level: 10, label: "Ten"))
    #expect(above.legend(formatter: Self.formatter).isEmpty)
    #expect(
      SVGElements(above).all.first?.attributes["aria-label"]
        == "Net benefit. Heat map of net benefit by price and uptake")
  }

  @Test func noFiniteValueSaysNoData() {
    let document = SVGElements(Self.map([[.nan, .infinity], [-.infinity, .nan]]))
    #expect(document.withClass("chart-no-data").map(\.text) == ["No data"])
    #expect(document.withClass("mark").isEmpty)
    #expect(document.withClass("chart-missing").count == 4)
  }
}
